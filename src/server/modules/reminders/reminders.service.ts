import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import type { Mailer } from '../../kernel/mail.ts';
import { actingBoard } from '../../kernel/scope.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { addDays, toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { periodPhrase } from '../../../domain/production-report-text.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { enterprisesOfBoards, STATISTICS_BOARD_CHOICE } from '../enterprises/index.ts';
import { reminders as pendingFilers } from '../filing/index.ts';
import { contactsOfUsernames } from '../users/index.ts';
import * as repo from './reminders.repository.ts';
import type { RemindersSent } from './reminders.schemas.ts';
import type { MAIL_STATUSES } from './reminders.tables.ts';

type MailStatus = (typeof MAIL_STATUSES)[number];

/** The reminder's e-mail, in the board's words. */
function reminderMail(input: {
  board: string;
  enterprise: string;
  period: string;
  dueDate: string;
  usernames: string[];
}) {
  const period = periodPhrase(input.period, createTranslator('vi'));
  return {
    subject: `[KCN Hub] Nhắc nộp báo cáo thống kê ${period.charAt(0).toLowerCase()}${period.slice(1)}`,
    text: [
      `Kính gửi ${input.enterprise},`,
      '',
      `${input.board} đề nghị doanh nghiệp nộp báo cáo thống kê ${period.charAt(0).toLowerCase()}${period.slice(1)} ` +
        `trên KCN Hub trước hoặc trong ngày ${formatDate(input.dueDate)}.`,
      input.usernames.length > 0
        ? `Đăng nhập bằng tài khoản: ${input.usernames.join(', ')}.`
        : 'Doanh nghiệp chưa có tài khoản; vui lòng liên hệ Ban Quản lý để được cấp.',
      '',
      'Trân trọng.',
      input.board,
    ].join('\n'),
  };
}

/**
 * Nhắc nộp báo cáo: every enterprise expected to file `period` that has not (no report, a draft or
 * a returned one) gets a notice on its filing page and, when an SMTP server is configured and its
 * accounts have addresses, an e-mail. Each reminder is recorded with the date sent and what
 * became of the e-mail, and audited.
 */
export async function sendReminders(
  db: Db,
  actor: Actor,
  body: { period: string; boardId?: string | undefined },
  mailer: Mailer,
): Promise<RemindersSent> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'statistics.review',
    path: 'body.boardId',
    errors: STATISTICS_BOARD_CHOICE,
  });
  const pending = await pendingFilers(db, actor, { period: body.period, boardId });
  const [board] = await listBoardsByIds(db, [boardId]);
  const contacts = new Map(
    (await contactsOfUsernames(db, [...new Set(pending.items.flatMap((item) => item.usernames))])).map(
      (c) => [c.username, c],
    ),
  );

  // E-mails first, outside any transaction: an SMTP server may take seconds to answer.
  const outcomes: {
    item: (typeof pending.items)[number];
    recipients: string[];
    status: MailStatus;
    error: string | null;
  }[] = [];
  for (const item of pending.items) {
    const recipients = [
      ...new Set(item.usernames.flatMap((u) => (contacts.get(u)?.email ? [contacts.get(u)!.email!] : []))),
    ];
    if (!mailer.configured) {
      outcomes.push({ item, recipients, status: 'not_configured', error: null });
      continue;
    }
    if (recipients.length === 0) {
      outcomes.push({ item, recipients, status: 'no_address', error: null });
      continue;
    }
    try {
      await mailer.send({
        to: recipients,
        ...reminderMail({
          board: board?.name ?? 'Ban Quản lý',
          enterprise: item.name,
          period: body.period,
          dueDate: pending.dueDate,
          usernames: item.usernames,
        }),
      });
      outcomes.push({ item, recipients, status: 'sent', error: null });
    } catch (error) {
      outcomes.push({ item, recipients, status: 'failed', error: (error as Error).message.slice(0, 500) });
    }
  }

  const rows = await db.transaction(async (tx) => {
    const inserted = await repo.insertReminders(
      tx,
      outcomes.map((o) => ({
        boardId,
        enterpriseId: o.item.id,
        period: body.period,
        sentBy: actor.label,
        recipients: o.recipients,
        mailStatus: o.status,
        mailError: o.error,
      })),
    );
    await recordAudit(
      tx,
      actor,
      inserted.map((row, i) => ({
        boardId,
        action: 'create' as const,
        entityType: 'reminder' as const,
        entityId: row.id,
        entityKey: outcomes[i]!.item.taxCode,
        after: row,
      })),
    );
    return inserted;
  });
  const count = (status: MailStatus) => outcomes.filter((o) => o.status === status).length;
  return {
    period: body.period,
    dueDate: pending.dueDate,
    reminded: rows.length,
    emailed: count('sent'),
    withoutAddress: count('no_address'),
    failed: count('failed'),
    mailConfigured: mailer.configured,
    items: rows.map((row, i) => presentReminder(row, outcomes[i]!.item)),
  };
}

function presentReminder(row: repo.ReminderRow, enterprise: { taxCode: string; name: string }) {
  return {
    enterpriseId: row.enterpriseId,
    taxCode: enterprise.taxCode,
    name: enterprise.name,
    period: row.period,
    sentAt: toVietnamTimestamp(row.sentAt),
    sentBy: row.sentBy,
    recipients: row.recipients,
    mailStatus: row.mailStatus,
  };
}

/** The reminders sent for a period (who, when, to which addresses), newest first. */
export async function sentReminders(
  db: Db,
  actor: Actor,
  query: { period: string; boardId?: string | undefined },
) {
  const boardId = actingBoard(actor, {
    boardId: query.boardId,
    permission: 'statistics.read',
    errors: STATISTICS_BOARD_CHOICE,
  });
  const rows = await repo.remindersOfPeriod(db, boardId, query.period);
  // Named from the register, not from who is still to file: one that has filed since keeps its name.
  const enterprises = new Map((await enterprisesOfBoards(db, [boardId])).map((e) => [e.id, e]));
  return {
    items: rows.map((row) => presentReminder(row, enterprises.get(row.enterpriseId)!)),
  };
}

/** An enterprise account's reminders of the last 90 days, for its filing page. */
export async function myReminders(db: Db, actor: Actor) {
  if (!actor.enterpriseId) return { items: [] };
  const since = addDays(vietnamToday(), -90);
  const rows = (await repo.remindersOfEnterprise(db, actor.enterpriseId)).filter(
    (row) => toVietnamTimestamp(row.sentAt).slice(0, 10) >= since,
  );
  return {
    items: rows.map((row) => ({ period: row.period, sentAt: toVietnamTimestamp(row.sentAt), dueDate: null })),
  };
}

/** Reminders follow their enterprise to the board that holds its zone now (organisation-v1). */
export async function transferRemindersOfEnterprises(
  tx: Executor,
  enterpriseIds: string[],
  toBoardId: string,
) {
  await repo.setRemindersBoard(tx, enterpriseIds, toBoardId);
}
