/**
 * The public side of the one-stop shop: anyone looks a dossier up by its code (one-stop-v1
 * "Public look-up": the procedure, the status, the dates, the result — nothing about the
 * applicant), and an investor submits a dossier on the public form, confirmed by e-mail.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { Mailer } from '../../kernel/mail.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { vietnamDateOf } from '../../../domain/working-days.ts';
import { loadWorkingCalendar } from './calendar.service.ts';
import { DossierErrors } from './dossiers.errors.ts';
import * as repo from './dossiers.repository.ts';
import type { PublicDossier, PublicSubmissionBody } from './dossiers.schemas.ts';
import { findProceduresByCodes } from './procedures.repository.ts';
import { createDossier, DOSSIER_ENTITY, procedureInForce } from './dossiers.service.ts';

/** A form sent sooner than this after it was opened is a robot's. */
export const MIN_FORM_MS = 3_000;
/** A confirmation link works for this long. */
export const CONFIRMATION_DAYS = 7;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A dossier as the public sees it, by its code; unknown or unconfirmed → 404, the same answer. */
export async function lookUpDossier(db: Db, code: string): Promise<PublicDossier> {
  const found = await repo.findDossierByCode(db, code);
  if (!found || found.dossier.status === 'unconfirmed') throw DossierErrors.DOSSIER_PUBLIC_NOT_FOUND();
  const { dossier } = found;
  return {
    code: dossier.code,
    procedure: { code: found.procedureCode, name: found.version.name },
    status: dossier.status,
    receivedOn: dossier.receivedAt === null ? null : vietnamDateOf(dossier.receivedAt),
    dueDate: dossier.dueDate,
    result:
      dossier.resultKind !== null && dossier.resultAt !== null
        ? { kind: dossier.resultKind, on: vietnamDateOf(dossier.resultAt) }
        : null,
  };
}

function refused(reason: string, path: string) {
  return DossierErrors.DOSSIER_PUBLIC_REFUSED([
    { path, message: 'Biểu mẫu không hợp lệ; hãy mở lại trang và điền lại.', reason },
  ]);
}

/**
 * An investor's online submission: kept unconfirmed (staff do not see it) until the link mailed
 * to the applicant's address is opened; only a sha256 of the link's token is stored. Without an
 * SMTP server nothing can be mailed, and the answer says so.
 */
export async function submitPublicDossier(
  db: Db,
  actor: Actor,
  body: PublicSubmissionBody,
  options: { mailer: Mailer; origin: string; now?: Date },
): Promise<{ code: string; confirmationSent: boolean; message: string }> {
  const now = options.now ?? new Date();
  if (body.website !== undefined && body.website.trim() !== '') throw refused('honeypot', 'body.website');
  const elapsed = now.getTime() - body.startedAt;
  if (elapsed < MIN_FORM_MS || elapsed > 7 * 86_400_000) throw refused('too_fast', 'body.startedAt');
  const boardId = await repo.findBoardIdByCode(db, body.boardCode);
  if (!boardId)
    throw DossierErrors.DOSSIER_PROCEDURE_NOT_FOUND([
      { path: 'body.boardCode', message: 'Không có Ban Quản lý này.', reason: 'not_found' },
    ]);
  const [procedure] = await findProceduresByCodes(db, [boardId], [body.procedureCode]);
  if (!procedure)
    throw DossierErrors.DOSSIER_PROCEDURE_NOT_FOUND([
      { path: 'body.procedureCode', message: 'Không có thủ tục này.', reason: 'not_found' },
    ]);
  const calendar = await loadWorkingCalendar(db);
  const token = randomBytes(32).toString('base64url');
  const publicActor: Actor = { ...actor, label: 'public' };
  const date = vietnamDateOf(now);
  const row = await db.transaction(async (tx) => {
    const { version } = await procedureInForce(tx, boardId, procedure.id, date, 'body.procedureCode');
    if (version.onlineLevel === 'none')
      throw DossierErrors.DOSSIER_NOT_ONLINE([
        {
          path: 'body.procedureCode',
          message: 'Thủ tục không có dịch vụ công trực tuyến.',
          reason: 'not_online',
        },
      ]);
    return createDossier(tx, publicActor, calendar, {
      values: {
        boardId,
        procedureId: procedure.id,
        channel: 'online',
        status: 'unconfirmed',
        applicantName: body.applicant.name,
        applicantEmail: body.applicant.email,
        applicantPhone: body.applicant.phone || null,
        applicantAddress: body.applicant.address || null,
        summary: body.summary,
        submittedAt: now,
        confirmationTokenHash: hashToken(token),
      },
      codeDate: date,
      procedure,
      version,
      event: { action: 'submit_public', at: now },
    });
  });

  if (!options.mailer.configured)
    return {
      code: row.code,
      confirmationSent: false,
      message:
        'Máy chủ chưa được cấu hình gửi thư điện tử (SMTP), nên không gửi được liên kết xác nhận: hồ sơ chưa được chuyển tới Ban Quản lý. Vui lòng liên hệ Bộ phận tiếp nhận và trả kết quả.',
    };
  const link = `${options.origin}/nop-ho-so/xac-nhan?token=${encodeURIComponent(token)}`;
  try {
    await options.mailer.send({
      to: [body.applicant.email],
      subject: `[KCN Hub] Xác nhận hồ sơ ${row.code}`,
      text: [
        `Kính gửi ${body.applicant.name},`,
        '',
        `Hồ sơ "${body.summary}" đã được ghi nhận ngày ${formatDate(date)} với mã hồ sơ ${row.code}.`,
        `Để gửi hồ sơ tới Ban Quản lý, vui lòng mở liên kết sau trong vòng ${CONFIRMATION_DAYS} ngày:`,
        link,
        '',
        'Nếu bạn không nộp hồ sơ này, hãy bỏ qua thư.',
        'Trân trọng.',
      ].join('\n'),
    });
  } catch {
    return {
      code: row.code,
      confirmationSent: false,
      message: 'Không gửi được thư xác nhận tới địa chỉ đã nhập. Vui lòng kiểm tra địa chỉ và nộp lại.',
    };
  }
  return {
    code: row.code,
    confirmationSent: true,
    message: 'Đã gửi thư xác nhận. Hãy mở liên kết trong thư để gửi hồ sơ tới Ban Quản lý.',
  };
}

/** The link of the confirmation e-mail opened: the submission now awaits acceptance by staff. */
export async function confirmPublicDossier(
  db: Db,
  actor: Actor,
  token: string,
): Promise<{ code: string; status: 'submitted' }> {
  const publicActor: Actor = { ...actor, label: 'public' };
  return db.transaction(async (tx) => {
    const row = await repo.findDossierByTokenHash(tx, hashToken(token));
    const expired =
      row?.submittedAt != null && Date.now() - row.submittedAt.getTime() > CONFIRMATION_DAYS * 86_400_000;
    if (!row || expired) throw DossierErrors.DOSSIER_CONFIRMATION_INVALID();
    const updated = await repo.updateDossier(tx, row.id, row.version, {
      status: 'submitted',
      confirmationTokenHash: null,
    });
    if (!updated) throw DossierErrors.DOSSIER_CONFIRMATION_INVALID();
    const now = new Date();
    await repo.insertEvent(tx, {
      boardId: row.boardId,
      dossierId: row.id,
      at: now,
      action: 'confirm',
      status: 'submitted',
      actor: publicActor.label,
      note: null,
    });
    await recordAudit(tx, publicActor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: DOSSIER_ENTITY,
        entityId: row.id,
        entityKey: row.code,
        before: { status: row.status },
        after: { status: 'submitted' },
      },
    ]);
    return { code: row.code, status: 'submitted' as const };
  });
}
