/**
 * The files emulation keeps (the signed covenant): PDF, Word, JPEG or PNG, at most 10 MB. The type
 * is read from the file's first bytes, never from its name or the request's content-type.
 */
import {
  DOCX_MEDIA_TYPE,
  SCANNED_DOCUMENT_TYPES,
  sniffAccepted,
  uploadMediaTypes,
} from '../../kernel/documents/file-type.ts';

export const ATTACHMENT_LIMIT_MB = 10;
/** Largest file accepted, bytes. */
export const ATTACHMENT_LIMIT_BYTES = ATTACHMENT_LIMIT_MB * 1024 * 1024;

export { DOCX_MEDIA_TYPE };

const SIGNED_DOCUMENT_TYPES = [...SCANNED_DOCUMENT_TYPES, DOCX_MEDIA_TYPE] as const;

/** What an upload may be sent as. */
export const UPLOAD_MEDIA_TYPES = uploadMediaTypes(SIGNED_DOCUMENT_TYPES);

/** The file's media type by its magic bytes; null when it is none of those accepted. */
export const sniffSignedDocument = (content: Buffer) => sniffAccepted(content, SIGNED_DOCUMENT_TYPES);
