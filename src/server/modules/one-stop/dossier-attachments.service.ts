/**
 * A dossier's files (the application, a supplement, the result, the apology letter), stored in
 * the database with their sha256. The type is read from the file's first bytes, never from its
 * name or the request's content-type: PDF, JPEG, PNG, and Word/Excel (a zip holding word/ or xl/).
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db } from '../../kernel/db/database.ts';
import {
  DOCX_MEDIA_TYPE,
  SCANNED_DOCUMENT_TYPES,
  sniffFileType,
  uploadMediaTypes,
  XLSX_MEDIA_TYPE,
} from '../../kernel/documents/file-type.ts';
import type { AttachmentPurpose } from '../../../domain/one-stop.ts';
import { DossierErrors } from './dossiers.errors.ts';
import * as repo from './dossiers.repository.ts';
import { assertState, loadDossier, presentAttachment } from './dossiers.service.ts';
import { assertCan } from '../../kernel/actor.ts';

/** Largest file accepted, bytes. */
export const ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;

export { DOCX_MEDIA_TYPE, XLSX_MEDIA_TYPE };

/** What an upload may be sent as (and what a 415 names). */
export const ATTACHMENT_MEDIA_TYPES = uploadMediaTypes([
  ...SCANNED_DOCUMENT_TYPES,
  DOCX_MEDIA_TYPE,
  XLSX_MEDIA_TYPE,
]);

const ATTACHMENT_ENTITY: AuditEntityType = 'dossier_attachment';

/** The file's media type by its magic bytes; null when it is none of those accepted. */
export const sniffMediaType = sniffFileType;

/** Attaches a file to a dossier (staff of its board, or its enterprise owner), audited. */
export async function attachFile(
  db: Db,
  actor: Actor,
  id: string,
  query: { purpose: AttachmentPurpose; fileName: string },
  body: unknown,
) {
  const content = Buffer.isBuffer(body) ? body : null;
  if (content === null)
    throw DossierErrors.DOSSIER_ATTACHMENT_TYPE([
      { path: 'body', message: 'Gửi tệp làm nội dung thô của yêu cầu.', reason: 'not_a_file' },
    ]);
  if (content.length === 0)
    throw DossierErrors.DOSSIER_ATTACHMENT_EMPTY([{ path: 'body', message: 'Tệp rỗng.', reason: 'empty' }]);
  const mediaType = sniffMediaType(content);
  if (mediaType === null)
    throw DossierErrors.DOSSIER_ATTACHMENT_TYPE([
      { path: 'body', message: 'Nội dung tệp không phải PDF, JPEG, PNG, DOCX hay XLSX.', reason: 'type' },
    ]);
  return db.transaction(async (tx) => {
    const { dossier } = await loadDossier(tx, actor, id, true);
    if (actor.role === 'enterprise') assertCan(actor, 'onestop.submit', dossier.boardId);
    else assertCan(actor, 'onestop.process', dossier.boardId);
    assertState(dossier.status, 'attach');
    const row = await repo.insertAttachment(tx, {
      boardId: dossier.boardId,
      dossierId: dossier.id,
      purpose: query.purpose,
      fileName: query.fileName,
      mediaType,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedBy: actor.label,
    });
    await repo.insertEvent(tx, {
      boardId: dossier.boardId,
      dossierId: dossier.id,
      at: row.createdAt,
      action: 'attach',
      status: dossier.status,
      actor: actor.label,
      note: `${query.purpose}: ${query.fileName}`,
    });
    await recordAudit(tx, actor, [
      {
        boardId: dossier.boardId,
        action: 'create',
        entityType: ATTACHMENT_ENTITY,
        entityId: row.id,
        entityKey: dossier.code,
        after: row,
      },
    ]);
    return presentAttachment(row);
  });
}

/** A dossier's file, for download. */
export async function attachmentFile(db: Db, actor: Actor, id: string, attachmentId: string) {
  const { dossier } = await loadDossier(db, actor, id);
  const row = await repo.findAttachment(db, dossier.id, attachmentId);
  if (!row) throw DossierErrors.DOSSIER_ATTACHMENT_NOT_FOUND();
  return { fileName: row.fileName, mediaType: row.mediaType, content: row.content };
}
