/**
 * What a file is, read from its first bytes — never from its name or the request's content-type —
 * for the files the modules keep: scans and signed documents (PDF, JPEG, PNG) and Office files.
 */

export const PDF_MEDIA_TYPE = 'application/pdf';
export const JPEG_MEDIA_TYPE = 'image/jpeg';
export const PNG_MEDIA_TYPE = 'image/png';
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A signed paper as the board keeps it: a PDF, or a scan as JPEG or PNG. */
export const SCANNED_DOCUMENT_TYPES = [PDF_MEDIA_TYPE, JPEG_MEDIA_TYPE, PNG_MEDIA_TYPE] as const;

export type KnownFileType =
  | typeof PDF_MEDIA_TYPE
  | typeof JPEG_MEDIA_TYPE
  | typeof PNG_MEDIA_TYPE
  | typeof DOCX_MEDIA_TYPE
  | typeof XLSX_MEDIA_TYPE;

/** What an upload of these types may be sent as (its true type is read from its bytes). */
export function uploadMediaTypes(accepted: readonly KnownFileType[]): string[] {
  return [...accepted, 'application/octet-stream'];
}

const startsWith = (content: Buffer, bytes: number[]) =>
  content.length >= bytes.length && bytes.every((b, i) => content[i] === b);

/** The file's media type by its magic bytes; null when it is none of the known ones. */
export function sniffFileType(content: Buffer): KnownFileType | null {
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF_MEDIA_TYPE;
  if (startsWith(content, [0xff, 0xd8, 0xff])) return JPEG_MEDIA_TYPE;
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG_MEDIA_TYPE;
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office Open XML package names its parts in the zip's headers, uncompressed.
    if (!content.includes('[Content_Types].xml')) return null;
    if (content.includes('word/')) return DOCX_MEDIA_TYPE;
    if (content.includes('xl/')) return XLSX_MEDIA_TYPE;
  }
  return null;
}

/** The file's media type when it is one of `accepted`; null otherwise. */
export function sniffAccepted<T extends KnownFileType>(content: Buffer, accepted: readonly T[]): T | null {
  const type = sniffFileType(content);
  return type !== null && (accepted as readonly KnownFileType[]).includes(type) ? (type as T) : null;
}
