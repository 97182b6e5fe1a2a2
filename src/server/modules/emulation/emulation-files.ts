/**
 * The files emulation keeps (the signed covenant): PDF, Word, JPEG or PNG, at most 10 MB. The type
 * is read from the file's first bytes, never from its name or the request's content-type.
 */

export const ATTACHMENT_LIMIT_MB = 10;
/** Largest file accepted, bytes. */
export const ATTACHMENT_LIMIT_BYTES = ATTACHMENT_LIMIT_MB * 1024 * 1024;

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What an upload may be sent as. */
export const UPLOAD_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  DOCX_MEDIA_TYPE,
  'application/octet-stream',
];

const startsWith = (content: Buffer, bytes: number[]) =>
  content.length >= bytes.length && bytes.every((b, i) => content[i] === b);

/** The file's media type by its magic bytes; null when it is none of those accepted. */
export function sniffSignedDocument(content: Buffer): string | null {
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // An Office Open XML package names its parts in the zip's headers, uncompressed.
  if (
    startsWith(content, [0x50, 0x4b, 0x03, 0x04]) &&
    content.includes('[Content_Types].xml') &&
    content.includes('word/')
  )
    return DOCX_MEDIA_TYPE;
  return null;
}
