/**
 * A follow-up's evidence file: stored once with the follow-up (kept as written, never replaced),
 * sent back byte for byte. Writing needs inspection.manage on the follow-up's board, reading
 * records.read; another board's follow-up answers 404. Audited in the write's transaction.
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { sniffEvidence } from './inspection-files.ts';
import { InspectionErrors } from './inspection.errors.ts';
import * as repo from './inspection.repository.ts';
import type { FollowUpFileQuery, InspectionFollowUp } from './inspection.schemas.ts';
import {
  assertManage,
  INSPECTION_ENTITY,
  inTransaction,
  loadFinding,
  presentFollowUp,
  readable,
} from './inspection.service.ts';

/** Stores a follow-up's evidence file (PDF, JPEG, PNG by its first bytes), once; audited. */
export async function uploadFollowUpFile(
  db: Executor,
  actor: Actor,
  id: string,
  query: FollowUpFileQuery,
  body: unknown,
): Promise<InspectionFollowUp> {
  const content = Buffer.isBuffer(body) ? body : null;
  if (content === null)
    throw InspectionErrors.INSPECTION_FILE_TYPE([
      { path: 'body', message: 'Gửi tệp làm nội dung thô của yêu cầu.', reason: 'not_a_file' },
    ]);
  if (content.length === 0)
    throw InspectionErrors.INSPECTION_FILE_EMPTY([{ path: 'body', message: 'Tệp rỗng.', reason: 'empty' }]);
  const contentType = sniffEvidence(content);
  if (contentType === null)
    throw InspectionErrors.INSPECTION_FILE_TYPE([
      { path: 'body', message: 'Nội dung tệp không phải PDF, JPEG hay PNG.', reason: 'type' },
    ]);
  return inTransaction(db, async (tx) => {
    const current = await repo.findFollowUp(tx, readable(actor), id);
    if (!current) throw InspectionErrors.INSPECTION_FOLLOW_UP_NOT_FOUND();
    assertManage(actor, current.boardId);
    // The finding is locked first, as a follow-up or a closing locks it.
    const finding = await loadFinding(tx, actor, current.findingId, true);
    if (finding.status === 'closed') throw InspectionErrors.INSPECTION_FINDING_CLOSED();
    const fileExists = () =>
      InspectionErrors.INSPECTION_FOLLOW_UP_FILE_EXISTS([
        {
          path: 'params.id',
          message: `Đã có tệp «${current.fileName ?? ''}»: một lần ghi khắc phục chỉ có một tệp, không thay được.`,
          reason: 'file_exists',
        },
      ]);
    if (current.fileName !== null) throw fileExists();
    const row = await repo.setFollowUpFile(tx, id, { fileName: query.fileName, contentType, content });
    if (!row) throw fileExists();
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.followUp,
        entityId: row.id,
        before: current,
        after: row,
      },
    ]);
    const [withName] = (await repo.followUpsOfFindings(tx, [row.findingId])).filter((f) => f.id === row.id);
    return presentFollowUp(withName!);
  });
}

/** A follow-up's evidence file, for download. */
export async function followUpFile(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; contentType: string; content: Buffer }> {
  const row = await repo.followUpFile(db, readable(actor), id);
  if (!row) throw InspectionErrors.INSPECTION_FOLLOW_UP_NOT_FOUND();
  if (row.fileName === null || row.contentType === null || row.content === null)
    throw InspectionErrors.INSPECTION_FOLLOW_UP_FILE_NOT_FOUND();
  return { fileName: row.fileName, contentType: row.contentType, content: Buffer.from(row.content) };
}
