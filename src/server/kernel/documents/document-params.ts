import { z } from 'zod';
import { CalendarDate } from '../schemas.ts';

/**
 * A report as a file (documents-v1): `format=docx` the Word report in the Decree 30 layout,
 * `format=xlsx` the Excel statistical form; none or `json` the JSON. The Word report's number,
 * date, signer and signer's title.
 */
export const DocumentParams = {
  format: z
    .enum(['json', 'docx', 'xlsx'])
    .optional()
    .describe(
      'json (default), docx: the Word report (Decree 30/2020/NĐ-CP), xlsx: the Excel statistical form',
    ),
  number: z
    .string()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}./-]{0,39}$/u, {
      message: 'Số văn bản gồm chữ, số và các dấu / - . (tối đa 40 ký tự), ví dụ 125/BC-BQL.',
    })
    .optional()
    .describe('Word: the document number, e.g. 125/BC-BQL (5 → 05/BC-BQL)'),
  date: CalendarDate.optional().describe("Word: the document's date (default: today in Vietnam)"),
  signer: z.string().trim().min(1).max(100).optional().describe("Word: the signer's name"),
  signerTitle: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe("Word: the signer's title, e.g. Trưởng ban (a line break for KT. Trưởng ban / Phó Trưởng ban)"),
};
