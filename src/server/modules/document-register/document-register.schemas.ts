import { z } from 'zod';
import { AGENCY_SYMBOL, DOCUMENT_TYPE_CODES } from '../../../domain/document-number.ts';
import { CalendarDate, PageQuery, paged, Timestamp, Uuid } from '../../kernel/schemas.ts';

const line = (max: number) => z.string().trim().min(1).max(max);

export const OutgoingDocument = z
  .object({
    id: Uuid,
    boardId: Uuid,
    year: z.number().int(),
    sequence: z.number().int(),
    number: z.string(),
    type: z.enum(DOCUMENT_TYPE_CODES),
    summary: z.string(),
    issuedOn: CalendarDate,
    signer: z.string().nullable(),
    signerTitle: z.string().nullable(),
    source: z.string().nullable(),
    /** Who took the number (username), and when. */
    createdBy: z.string().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'OutgoingDocument' });
export type OutgoingDocument = z.infer<typeof OutgoingDocument>;

export const OutgoingDocumentList = paged(OutgoingDocument);

export const ListOutgoingDocumentsQuery = z.strictObject({
  boardId: Uuid.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  ...PageQuery,
});

export const RegisterDocumentBody = z.strictObject({
  boardId: Uuid.optional(),
  type: z.enum(DOCUMENT_TYPE_CODES).default('BC'),
  summary: line(500),
  /** The document's date; today in Vietnam when left out. Its year is the register's. */
  issuedOn: CalendarDate.optional(),
  signer: line(200).optional(),
  signerTitle: line(200).optional(),
  /** The board's abbreviation in the symbol (Số: 05/BC-BQL). */
  agencySymbol: z
    .string()
    .trim()
    .regex(AGENCY_SYMBOL, { message: 'Chữ viết tắt của Ban: chữ in hoa và số, 2–12 ký tự (ví dụ BQL).' })
    .default('BQL'),
  source: z.string().trim().max(2000).optional(),
});
export type RegisterDocumentBody = z.infer<typeof RegisterDocumentBody>;
