/**
 * A follow-up's evidence file (a photo of the remedied works, the enterprise's remedy report): PDF,
 * JPEG or PNG, at most 10 MB, stored with the follow-up once — a follow-up is kept as written. The
 * type is read from the file's first bytes, never from its name or the request's content-type.
 */

export const EVIDENCE_LIMIT_MB = 10;
/** Largest file accepted, bytes. */
export const EVIDENCE_LIMIT_BYTES = EVIDENCE_LIMIT_MB * 1024 * 1024;

/** What an upload may be sent as (its true type is read from its bytes). */
export const EVIDENCE_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/octet-stream',
];

const startsWith = (content: Buffer, bytes: number[]) =>
  content.length >= bytes.length && bytes.every((b, i) => content[i] === b);

/** The file's media type by its magic bytes; null when it is not a PDF, JPEG or PNG. */
export function sniffEvidence(content: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}
