/**
 * The public site's enquiry form and its handling by staff.
 *
 * The spam guard needs no outside service: the form carries a token the server signed (HMAC-SHA256
 * over the moment it was issued, with KCN_FORM_SECRET or a random per-process secret), which must
 * come back at least 3 s and at most 2 h later; a hidden field (honeypot) must stay empty; the
 * message holds at most two links; the route is rate-limited. A bot is never told it was caught:
 * every well-formed post answers the same 202. A filled honeypot is dropped without a trace; any
 * other failure (bad or stale token, too fast, too many links) is kept with status 'spam', so
 * staff can still rescue a person the guard misjudged. Neither ever becomes a lead by itself.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { spamReason, type EnquiryStatus } from '../../../domain/promotion.ts';
import { boardDirectory } from '../boards/index.ts';
import { zones } from '../zones/index.ts';
import { insertContact } from './directory.service.ts';
import { getLead, insertLead } from './leads.service.ts';
import { assertWrite, listBoards, loadVisible } from './promotion-access.ts';
import { PromotionErrors } from './promotion.errors.ts';
import type { Enquiry, PublicEnquiryBody } from './promotion.schemas.ts';
import { promotionEnquiries } from './promotion.tables.ts';

const SECRET = process.env.KCN_FORM_SECRET || randomBytes(32).toString('hex');

const sign = (issuedAt: number) =>
  createHmac('sha256', SECRET).update(`enquiry-form:${issuedAt}`).digest('hex');

/** A form token for the moment `now` (ms since the epoch): "issuedAt.signature". */
export function issueFormToken(now: number = Date.now()): { token: string; issuedAt: number } {
  return { token: `${now}.${sign(now)}`, issuedAt: now };
}

/** The moment a token was issued, when it is ours; null otherwise. */
export function verifyFormToken(token: string): number | null {
  const match = /^(\d{1,16})\.([0-9a-f]{64})$/.exec(token);
  if (!match) return null;
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(issuedAt), 'hex');
  const given = Buffer.from(match[2]!, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given) ? issuedAt : null;
}

/** Receives a public enquiry: stored as 'new', as 'spam', or (honeypot) not at all; the answer is always the same. */
export async function receiveEnquiry(
  db: Db,
  actor: Actor,
  body: PublicEnquiryBody,
  now: number = Date.now(),
): Promise<{ received: true }> {
  const issuedAt = verifyFormToken(body.token);
  const reason = spamReason({
    honeypot: body.website,
    tokenValid: issuedAt !== null,
    issuedAtMs: issuedAt ?? 0,
    nowMs: now,
    texts: [body.message, body.fullName, body.organisation ?? ''],
  });
  if (reason === 'honeypot') return { received: true };
  const boardId = (await boardDirectory(db, { codes: [body.board] })).idByCode.get(body.board);
  if (boardId === undefined) return { received: true };
  await db.transaction(async (tx) => {
    let zoneId: string | null = null;
    if (body.zoneId) {
      const [zone] = await tx
        .select({ id: zones.id })
        .from(zones)
        .where(and(eq(zones.id, body.zoneId), eq(zones.boardId, boardId)));
      zoneId = zone?.id ?? null;
    }
    const [row] = await tx
      .insert(promotionEnquiries)
      .values({
        boardId,
        zoneId,
        fullName: body.fullName,
        organisation: body.organisation ?? null,
        email: body.email,
        phone: body.phone ?? null,
        countryCode: body.countryCode ?? null,
        message: body.message,
        language: body.language,
        status: reason === null ? 'new' : 'spam',
      })
      .returning({ id: promotionEnquiries.id });
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'promotion_enquiry',
        entityId: row!.id,
        after: { status: reason === null ? 'new' : 'spam', spamReason: reason },
      },
    ]);
  });
  return { received: true };
}

type EnquiryRow = typeof promotionEnquiries.$inferSelect;
const presentEnquiry = (row: EnquiryRow): Enquiry => ({
  id: row.id,
  boardId: row.boardId,
  zoneId: row.zoneId,
  fullName: row.fullName,
  organisation: row.organisation,
  email: row.email,
  phone: row.phone,
  countryCode: row.countryCode,
  message: row.message,
  language: row.language,
  status: row.status,
  leadId: row.leadId,
  receivedAt: toVietnamTimestamp(row.receivedAt),
  version: row.version,
});

export async function listEnquiries(
  db: Db,
  actor: Actor,
  query: { board?: string | undefined; status?: EnquiryStatus | undefined },
): Promise<Enquiry[]> {
  const ids = await listBoards(db, actor, query.board);
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(promotionEnquiries)
    .where(
      and(
        inArray(promotionEnquiries.boardId, ids),
        query.status ? eq(promotionEnquiries.status, query.status) : undefined,
      ),
    )
    .orderBy(desc(promotionEnquiries.receivedAt), asc(promotionEnquiries.id))
    .limit(500);
  return rows.map(presentEnquiry);
}

const loadEnquiry = (db: Executor, actor: Actor, id: string) =>
  loadVisible(db, actor, promotionEnquiries, id, () => PromotionErrors.PROMOTION_ENQUIRY_NOT_FOUND(), true);

/** The enquiry's new status, if it still has the version the editor read. */
async function setStatus(
  tx: Executor,
  enquiry: EnquiryRow,
  expected: number,
  values: { status: EnquiryStatus; leadId?: string },
): Promise<EnquiryRow> {
  if (expected !== enquiry.version) throw versionConflict(enquiry.version);
  const [row] = await tx
    .update(promotionEnquiries)
    .set({ ...values, version: sql`${promotionEnquiries.version} + 1` })
    .where(and(eq(promotionEnquiries.id, enquiry.id), eq(promotionEnquiries.version, expected)))
    .returning();
  if (!row) throw versionConflict(enquiry.version + 1);
  return row;
}

const handled = (status: string) =>
  PromotionErrors.PROMOTION_ENQUIRY_HANDLED([
    { path: 'params.id', message: `Trạng thái hiện tại: ${status}.`, reason: 'handled', value: status },
  ]);

/** Makes a lead at stage 'enquiry' (with a contact for the sender) from a new or spam-flagged enquiry. */
export async function leadFromEnquiry(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; name?: string | undefined; openedOn?: string | undefined },
) {
  const leadId = await db.transaction(async (tx) => {
    const enquiry = await loadEnquiry(tx, actor, id);
    assertWrite(actor, enquiry.boardId);
    if (enquiry.status !== 'new' && enquiry.status !== 'spam') throw handled(enquiry.status);
    const contact = await insertContact(tx, actor, enquiry.boardId, {
      organisationId: null,
      fullName: enquiry.fullName,
      position: null,
      email: enquiry.email,
      phone: enquiry.phone,
      countryCode: enquiry.countryCode,
      note: enquiry.organisation,
    });
    const lead = await insertLead(tx, actor, enquiry.boardId, {
      name: body.name ?? enquiry.organisation ?? enquiry.fullName,
      source: 'enquiry',
      openedOn: body.openedOn ?? vietnamToday(),
      stage: 'enquiry',
      organisationId: null,
      contactId: contact.id,
      eventId: null,
      zoneId: enquiry.zoneId,
      sector: null,
      countryCode: enquiry.countryCode,
      expectedCapitalVnd: null,
      expectedCapitalUsd: null,
      landNeedHa: null,
      note: enquiry.message.slice(0, 4000),
    });
    await setStatus(tx, enquiry, body.version, { status: 'lead', leadId: lead.id });
    await recordAudit(tx, actor, [
      {
        boardId: enquiry.boardId,
        action: 'update',
        entityType: 'promotion_enquiry',
        entityId: id,
        before: { status: enquiry.status },
        after: { status: 'lead', leadId: lead.id },
      },
    ]);
    return lead.id;
  });
  return getLead(db, actor, leadId);
}

/** Sets an enquiry aside as spam, or closes it (a new one; a spam one may still be closed). */
export async function closeEnquiry(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; status: 'spam' | 'closed' },
): Promise<Enquiry> {
  return db.transaction(async (tx) => {
    const enquiry = await loadEnquiry(tx, actor, id);
    assertWrite(actor, enquiry.boardId);
    if (enquiry.status !== 'new' && !(enquiry.status === 'spam' && body.status === 'closed'))
      throw handled(enquiry.status);
    const row = await setStatus(tx, enquiry, body.version, { status: body.status });
    await recordAudit(tx, actor, [
      {
        boardId: enquiry.boardId,
        action: 'update',
        entityType: 'promotion_enquiry',
        entityId: id,
        before: { status: enquiry.status },
        after: { status: body.status },
      },
    ]);
    return presentEnquiry(row);
  });
}
