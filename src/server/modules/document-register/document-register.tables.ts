import { check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { DOCUMENT_TYPE_CODES } from '../../../domain/document-number.ts';
import { boards } from '../boards/boards.tables.ts';

/**
 * Sổ văn bản đi: the documents a board issues, each with its number in the board's yearly
 * sequence (01 from 1 January). A number once given is never given again, nor taken back.
 */
export const outgoingDocuments = pgTable(
  'outgoing_documents',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    /** Số và ký hiệu as printed: `05/BC-BQL`. */
    number: text('number').notNull(),
    type: text('type', { enum: DOCUMENT_TYPE_CODES }).notNull(),
    /** Trích yếu: what the document is about. */
    summary: text('summary').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    signer: text('signer'),
    signerTitle: text('signer_title'),
    /** What it was made from, e.g. the report's address with its parameters. */
    source: text('source'),
    /** Who took the number (the actor's label: username, or cli:<os user>). */
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('outgoing_documents_board_year_sequence_key').on(t.boardId, t.year, t.sequence),
    index('outgoing_documents_board_issued_idx').on(t.boardId, t.issuedOn),
    check('outgoing_documents_type_check', oneOf('type', DOCUMENT_TYPE_CODES)),
  ],
);
