/**
 * A dossier's files (the application, a supplement, the result, the apology letter), stored in
 * the database with their sha256. The type is read from the file's first bytes, never from its
 * name or the request's content-type: PDF, JPEG, PNG, and Word/Excel (a zip holding word/ or xl/).
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { AttachmentPurpose } from '../../../domain/one-stop.ts';
import { DossierErrors } from './dossiers.errors.ts';
import * as repo from './dossiers.repository.ts';
import { assertState, loadDossier, presentAttachment } from './dossiers.service.ts';
import { assertCan } from '../../kernel/actor.ts';

/** Largest file accepted, bytes. */
export const ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What an upload may be sent as (and what a 415 names). */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  DOCX_MEDIA_TYPE,
  XLSX_MEDIA_TYPE,
  'application/octet-stream',
];

const ATTACHMENT_ENTITY: AuditEntityType = 'dossier_attachment';

const startsWith = (content: Buffer, bytes: number[]) =>
  content.length >= bytes.length && bytes.every((b, i) => content[i] === b);

/** The file's media type by its magic bytes; null when it is none of those accepted. */
export function sniffMediaType(content: Buffer): string | null {
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office Open XML package names its parts in the zip's headers, uncompressed.
    if (!content.includes('[Content_Types].xml')) return null;
    if (content.includes('word/')) return DOCX_MEDIA_TYPE;
    if (content.includes('xl/')) return XLSX_MEDIA_TYPE;
  }
  return null;
}

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
