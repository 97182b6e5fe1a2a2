/**
 * A decision's signed file (văn bản quyết định đã ký): a PDF, or a scan as JPEG or PNG, at most
 * 20 MB, set once — a signed decision is kept as signed. Its type is read from its first bytes,
 * never from its name or the request's content-type; sent back byte for byte under its name.
 */
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { SCANNED_DOCUMENT_TYPES, sniffAccepted, uploadMediaTypes } from '../../kernel/documents/file-type.ts';
import { PlanningErrors } from './planning.errors.ts';
import * as repo from './planning.repository.ts';
import type { DecisionFileQuery, ZoneDecision } from './planning.schemas.ts';
import { getDecision, readable, ZONE_DECISION_ENTITY } from './planning.service.ts';

export const DECISION_FILE_LIMIT_MB = 20;
/** Largest file accepted, bytes. */
export const DECISION_FILE_LIMIT_BYTES = DECISION_FILE_LIMIT_MB * 1024 * 1024;

/** What an upload may be sent as (its true type is read from its bytes). */
export const DECISION_FILE_MEDIA_TYPES = uploadMediaTypes(SCANNED_DOCUMENT_TYPES);

/** Stores a decision's signed file, once; audited. */
export async function uploadDecisionFile(
  db: Db,
  actor: Actor,
  id: string,
  query: DecisionFileQuery,
  body: unknown,
): Promise<ZoneDecision> {
  const content = Buffer.isBuffer(body) ? body : null;
  if (content === null)
    throw PlanningErrors.PLANNING_FILE_TYPE([
      { path: 'body', message: 'Gửi tệp làm nội dung thô của yêu cầu.', reason: 'not_a_file' },
    ]);
  if (content.length === 0)
    throw PlanningErrors.PLANNING_FILE_EMPTY([{ path: 'body', message: 'Tệp rỗng.', reason: 'empty' }]);
  const contentType = sniffAccepted(content, SCANNED_DOCUMENT_TYPES);
  if (contentType === null)
    throw PlanningErrors.PLANNING_FILE_TYPE([
      { path: 'body', message: 'Nội dung tệp không phải PDF, JPEG hay PNG.', reason: 'type' },
    ]);
  return db.transaction(async (tx) => {
    const current = await repo.lockDecision(tx, readable(actor), id);
    if (!current) throw PlanningErrors.PLANNING_DECISION_NOT_FOUND();
    assertCan(actor, 'records.write', current.boardId);
    const fileExists = () =>
      PlanningErrors.PLANNING_FILE_EXISTS([
        {
          path: 'params.id',
          message: `Đã có tệp «${current.fileName ?? ''}»: văn bản đã ký không thay được.`,
          reason: 'file_exists',
        },
      ]);
    if (current.fileName !== null) throw fileExists();
    const row = await repo.setDecisionFile(tx, id, { fileName: query.fileName, contentType, content });
    if (!row) throw fileExists();
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: ZONE_DECISION_ENTITY,
        entityId: row.id,
        entityKey: row.number,
        before: current,
        after: { ...row, fileSize: content.length },
      },
    ]);
    return getDecision(tx, actor, id);
  });
}

/** A decision's signed file, for download. */
export async function decisionFile(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; contentType: string; content: Buffer }> {
  const row = await repo.decisionFile(db, readable(actor), id);
  if (!row) throw PlanningErrors.PLANNING_DECISION_NOT_FOUND();
  if (row.fileName === null || row.contentType === null || row.content === null)
    throw PlanningErrors.PLANNING_FILE_NOT_FOUND();
  return { fileName: row.fileName, contentType: row.contentType, content: Buffer.from(row.content) };
}
