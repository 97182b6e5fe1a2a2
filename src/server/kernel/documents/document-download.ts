/**
 * A report route that also answers its report as a file (documents-v1): the same URL with
 * `format=docx` (the Word report) or `format=xlsx` (the Excel statistical form). What the route
 * declares (a 200 that is JSON, a .docx or an .xlsx) and how it sends the file are here; the
 * module lays out its own document.
 */
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { fileResponse } from '../openapi.ts';
import { DOCX_CONTENT_TYPE } from './official-report.ts';
import { XLSX_CONTENT_TYPE } from './xlsx.ts';

/** A report's 200: its JSON, or with format=docx / format=xlsx the file. */
export function jsonOrDocument<T extends z.ZodType>(json: T, description: string) {
  return {
    description: `${description}; with format=docx the Word report (Decree 30 layout), with format=xlsx the Excel statistical form`,
    content: {
      'application/json': { schema: json },
      ...fileResponse(DOCX_CONTENT_TYPE, 'The report as a Word document (.docx)').content,
      ...fileResponse(XLSX_CONTENT_TYPE, 'The report as an Excel workbook (.xlsx)').content,
    },
  };
}

export interface DocumentFile {
  /** ASCII only. */
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Sends a document as an attachment, not to be cached. */
export function sendDocument(reply: FastifyReply, file: DocumentFile): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.content);
}

/**
 * The Content-Disposition of an attachment whose name may hold any character (Vietnamese letters):
 * an ASCII fallback, and the name itself in RFC 5987 form, which browsers prefer.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a file (a workbook made for the user, a stored upload) as an attachment, not cached, not sniffed. */
export function sendAttachment(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; content: Buffer },
): FastifyReply {
  return reply
    .type(file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}

/** Sends a workbook made for the user (.xlsx) as an attachment. */
export async function sendWorkbook(
  reply: FastifyReply,
  file: Promise<{ fileName: string; content: Buffer }>,
): Promise<void> {
  void sendAttachment(reply, { ...(await file), contentType: XLSX_CONTENT_TYPE });
}
