import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db } from '../../kernel/db/database.ts';
import { actingBoard, readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { documentNumber, registerYear } from '../../../domain/document-number.ts';
import * as repo from './document-register.repository.ts';
import { DocumentRegisterErrors } from './document-register.errors.ts';
import type { OutgoingDocument, RegisterDocumentBody } from './document-register.schemas.ts';

const REGISTER_BOARD: BoardChoiceErrors = {
  required: DocumentRegisterErrors.DOCUMENT_REGISTER_BOARD_REQUIRED,
  notFound: DocumentRegisterErrors.DOCUMENT_REGISTER_BOARD_NOT_FOUND,
};

function present(row: repo.OutgoingDocumentRow): OutgoingDocument {
  return {
    id: row.id,
    boardId: row.boardId,
    year: row.year,
    sequence: row.sequence,
    number: row.number,
    type: row.type,
    summary: row.summary,
    issuedOn: row.issuedOn,
    signer: row.signer,
    signerTitle: row.signerTitle,
    source: row.source,
    createdBy: row.createdBy,
    createdAt: toVietnamTimestamp(row.createdAt),
  };
}

/** The register of the boards the actor reads (one board when named), newest number first. */
export async function listOutgoingDocuments(
  db: Db,
  actor: Actor,
  query: { boardId?: string | undefined; year?: number | undefined; page: number; pageSize: number },
) {
  const boards =
    query.boardId === undefined
      ? readableBoardIds(actor, 'records.read')
      : [actingBoard(actor, { boardId: query.boardId, errors: REGISTER_BOARD, permission: 'records.read' })];
  if (boards.length === 0) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
  const { items, total } = await repo.listDocuments(db, boards, query);
  return { items: items.map(present), page: query.page, pageSize: query.pageSize, total };
}

/**
 * Lấy số: gives a document the next number of its board's register for the year of its date,
 * and records it — in one transaction, audited. The number is the board's for good.
 */
export async function registerOutgoingDocument(
  db: Db,
  actor: Actor,
  body: RegisterDocumentBody,
): Promise<OutgoingDocument> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    path: 'body.boardId',
    errors: REGISTER_BOARD,
    permission: 'records.write',
  });
  const issuedOn = body.issuedOn ?? vietnamToday();
  const year = registerYear(issuedOn);
  return db.transaction(async (tx) => {
    const sequence = await repo.nextSequence(tx, boardId, year);
    const row = await repo.insertDocument(tx, {
      boardId,
      year,
      sequence,
      number: documentNumber(sequence, body.type, body.agencySymbol),
      type: body.type,
      summary: body.summary,
      issuedOn,
      signer: body.signer ?? null,
      signerTitle: body.signerTitle ?? null,
      source: body.source || null,
      createdBy: actor.label,
    });
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'outgoing_document',
        entityId: row.id,
        entityKey: row.number,
        after: row,
      },
    ]);
    return present(row);
  });
}
