/**
 * A follow-up's evidence file (a photo of the remedied works, the enterprise's remedy report): PDF,
 * JPEG or PNG, at most 10 MB, stored with the follow-up once — a follow-up is kept as written. The
 * type is read from the file's first bytes, never from its name or the request's content-type.
 */
import { SCANNED_DOCUMENT_TYPES, sniffAccepted, uploadMediaTypes } from '../../kernel/documents/file-type.ts';

export const EVIDENCE_LIMIT_MB = 10;
/** Largest file accepted, bytes. */
export const EVIDENCE_LIMIT_BYTES = EVIDENCE_LIMIT_MB * 1024 * 1024;

/** What an upload may be sent as (its true type is read from its bytes). */
export const EVIDENCE_MEDIA_TYPES = uploadMediaTypes(SCANNED_DOCUMENT_TYPES);

/** The file's media type by its magic bytes; null when it is not a PDF, JPEG or PNG. */
export const sniffEvidence = (content: Buffer) => sniffAccepted(content, SCANNED_DOCUMENT_TYPES);
