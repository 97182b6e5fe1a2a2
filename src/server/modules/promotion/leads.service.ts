/**
 * Investment leads through their stages (enquiry → site visit → policy decision → certificate, or
 * lost), linked to the licensed project at 'certificate'; and the year's promotion figures.
 */
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { queryRows, type Db, type Executor } from '../../kernel/db/database.ts';
import { matchesSearch } from '../../kernel/db/listing.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { AppError } from '../../kernel/errors.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { trimDecimal } from '../../../domain/decimal.ts';
import {
  promotionFigures,
  stageChangeRefusal,
  type LeadSource,
  type LeadStage,
  type PromotionFigures,
} from '../../../domain/promotion.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import { getProject, projects, registeredCapitalSql } from '../projects/index.ts';
import { presentMeetings } from './directory.service.ts';
import { assertReferences, assertWrite, boardOf, listBoards, loadVisible } from './promotion-access.ts';
import { PromotionErrors } from './promotion.errors.ts';
import type { CreateLeadBody, Lead, LeadDetail, StageBody, UpdateLeadBody } from './promotion.schemas.ts';
import {
  investmentLeads,
  leadStageChanges,
  promotionContacts,
  promotionEnquiries,
  promotionEvents,
  promotionMeetings,
  promotionOrganisations,
} from './promotion.tables.ts';

type LeadRow = typeof investmentLeads.$inferSelect;
const LIST_LIMIT = 500;

export const leadSearch = (l: Pick<LeadRow, 'name' | 'sector' | 'note'>) =>
  normaliseForSearch([l.name, l.sector, l.note].filter(Boolean).join(' '));

async function nameMap(
  executor: Executor,
  table: typeof promotionOrganisations | typeof promotionEvents,
  ids: (string | null)[],
) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await executor
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(inArray(table.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Each project's code, name and registered capital now (đồng). */
async function projectsById(executor: Executor, ids: string[]) {
  if (ids.length === 0)
    return new Map<string, { id: string; code: string; name: string; registeredCapitalVnd: string | null }>();
  const rows = await executor
    .select({
      id: projects.id,
      code: projects.code,
      name: projects.name,
      capital: sql<string | null>`${registeredCapitalSql(sql`${projects.id}`, 'capital_vnd')}::text`,
    })
    .from(projects)
    .where(inArray(projects.id, ids));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, registeredCapitalVnd: r.capital }]),
  );
}

async function presentLeads(executor: Executor, rows: LeadRow[]): Promise<Lead[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const contactIds = [...new Set(rows.flatMap((r) => (r.contactId ? [r.contactId] : [])))];
  const [orgs, events, contacts, spans, linked] = await Promise.all([
    nameMap(
      executor,
      promotionOrganisations,
      rows.map((r) => r.organisationId),
    ),
    nameMap(
      executor,
      promotionEvents,
      rows.map((r) => r.eventId),
    ),
    contactIds.length === 0
      ? Promise.resolve([])
      : executor
          .select({ id: promotionContacts.id, name: promotionContacts.fullName })
          .from(promotionContacts)
          .where(inArray(promotionContacts.id, contactIds)),
    executor
      .select({
        leadId: leadStageChanges.leadId,
        opened: sql<string>`min(${leadStageChanges.since})::text`,
        last: sql<string>`max(${leadStageChanges.since})::text`,
      })
      .from(leadStageChanges)
      .where(inArray(leadStageChanges.leadId, ids))
      .groupBy(leadStageChanges.leadId),
    projectsById(executor, [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))]),
  ]);
  const contactNames = new Map(contacts.map((c) => [c.id, c.name]));
  const ref = (map: Map<string, string>, id: string | null) => (id ? { id, name: map.get(id) ?? '' } : null);
  return rows.map((row) => {
    const span = spans.find((s) => s.leadId === row.id);
    return {
      id: row.id,
      boardId: row.boardId,
      name: row.name,
      organisation: ref(orgs, row.organisationId),
      contact: ref(contactNames, row.contactId),
      source: row.source,
      event: ref(events, row.eventId),
      zoneId: row.zoneId,
      sector: row.sector,
      countryCode: row.countryCode,
      expectedCapitalVnd: row.expectedCapitalVnd === null ? null : row.expectedCapitalVnd.toString(),
      expectedCapitalUsd: row.expectedCapitalUsd === null ? null : trimDecimal(row.expectedCapitalUsd),
      landNeedHa: row.landNeedHa === null ? null : trimDecimal(row.landNeedHa),
      stage: row.stage,
      stageSince: span?.last ?? '',
      openedOn: span?.opened ?? '',
      project: row.projectId ? (linked.get(row.projectId) ?? null) : null,
      note: row.note,
      version: row.version,
      createdAt: toVietnamTimestamp(row.createdAt),
      updatedAt: toVietnamTimestamp(row.updatedAt),
    };
  });
}

export async function listLeads(
  db: Db,
  actor: Actor,
  query: {
    board?: string | undefined;
    q?: string | undefined;
    stage?: LeadStage | undefined;
    source?: LeadSource | undefined;
    year?: number | undefined;
  },
): Promise<Lead[]> {
  const ids = await listBoards(db, actor, query.board);
  if (ids.length === 0) return [];
  const l = investmentLeads;
  const openedIn = query.year
    ? sql`(select min(c.since) from lead_stage_changes c where c.lead_id = ${l.id}) between ${`${query.year}-01-01`}::date and ${`${query.year}-12-31`}::date`
    : undefined;
  const rows = await db
    .select()
    .from(l)
    .where(
      and(
        inArray(l.boardId, ids),
        matchesSearch(l.searchText, query.q),
        query.stage ? eq(l.stage, query.stage) : undefined,
        query.source ? eq(l.source, query.source) : undefined,
        openedIn,
      ),
    )
    .orderBy(desc(l.updatedAt), asc(l.id))
    .limit(LIST_LIMIT);
  return presentLeads(db, rows);
}

async function presentDetail(executor: Executor, row: LeadRow): Promise<LeadDetail> {
  const [lead] = await presentLeads(executor, [row]);
  const [stages, meetings, enquiry] = await Promise.all([
    executor
      .select()
      .from(leadStageChanges)
      .where(eq(leadStageChanges.leadId, row.id))
      .orderBy(asc(leadStageChanges.since), asc(leadStageChanges.createdAt)),
    executor
      .select()
      .from(promotionMeetings)
      .where(eq(promotionMeetings.leadId, row.id))
      .orderBy(desc(promotionMeetings.heldOn), asc(promotionMeetings.id)),
    executor
      .select({ id: promotionEnquiries.id })
      .from(promotionEnquiries)
      .where(eq(promotionEnquiries.leadId, row.id))
      .limit(1),
  ]);
  return {
    ...lead!,
    stages: stages.map((s) => ({
      id: s.id,
      stage: s.stage,
      since: s.since,
      note: s.note,
      createdAt: toVietnamTimestamp(s.createdAt),
    })),
    meetings: await presentMeetings(executor, meetings),
    enquiryId: enquiry[0]?.id ?? null,
  };
}

const loadLead = (executor: Executor, actor: Actor, id: string, lock = false) =>
  loadVisible(executor, actor, investmentLeads, id, () => PromotionErrors.PROMOTION_LEAD_NOT_FOUND(), lock);

export async function getLead(db: Db, actor: Actor, id: string): Promise<LeadDetail> {
  return presentDetail(db, await loadLead(db, actor, id));
}

const fieldValues = (body: Partial<CreateLeadBody>) => {
  const out: Partial<typeof investmentLeads.$inferInsert> = {};
  for (const key of [
    'name',
    'source',
    'organisationId',
    'contactId',
    'eventId',
    'zoneId',
    'sector',
    'countryCode',
    'note',
  ] as const)
    if (body[key] !== undefined) (out as Record<string, unknown>)[key] = body[key];
  if (body.expectedCapitalVnd !== undefined)
    out.expectedCapitalVnd = body.expectedCapitalVnd === null ? null : BigInt(body.expectedCapitalVnd);
  if (body.expectedCapitalUsd !== undefined)
    out.expectedCapitalUsd = body.expectedCapitalUsd === null ? null : trimDecimal(body.expectedCapitalUsd);
  if (body.landNeedHa !== undefined)
    out.landNeedHa = body.landNeedHa === null ? null : trimDecimal(body.landNeedHa);
  return out;
};

/** Inserts a lead with its first stage (inside the caller's transaction, audited). */
export async function insertLead(
  tx: Executor,
  actor: Actor,
  boardId: string,
  body: Omit<CreateLeadBody, 'board'>,
): Promise<LeadRow> {
  if (body.openedOn > vietnamToday())
    throw PromotionErrors.PROMOTION_STAGE_DATE([
      {
        path: 'body.openedOn',
        message: 'Ngày mở không được sau hôm nay.',
        reason: 'future',
        value: body.openedOn,
      },
    ]);
  await assertReferences(tx, boardId, {
    organisationId: body.organisationId,
    contactId: body.contactId,
    eventId: body.eventId,
    zoneId: body.zoneId,
  });
  const [row] = await tx
    .insert(investmentLeads)
    .values({
      ...(fieldValues(body) as typeof investmentLeads.$inferInsert),
      boardId,
      name: body.name,
      source: body.source,
      stage: body.stage,
      searchText: leadSearch(body),
    })
    .returning();
  await tx.insert(leadStageChanges).values({
    boardId,
    leadId: row!.id,
    stage: body.stage,
    since: body.openedOn,
    note: '',
    createdBy: actor.userId,
  });
  await recordAudit(tx, actor, [
    {
      boardId,
      action: 'create',
      entityType: 'investment_lead',
      entityId: row!.id,
      entityKey: row!.name,
      after: { ...row, openedOn: body.openedOn },
    },
  ]);
  return row!;
}

export async function createLead(db: Db, actor: Actor, body: CreateLeadBody): Promise<LeadDetail> {
  return db.transaction(async (tx) => {
    const boardId = await boardOf(tx, actor, body.board, 'records.write', 'body.board');
    return presentDetail(tx, await insertLead(tx, actor, boardId, body));
  });
}

export async function updateLead(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateLeadBody,
): Promise<LeadDetail> {
  return db.transaction(async (tx) => {
    const before = await loadLead(tx, actor, id, true);
    assertWrite(actor, before.boardId);
    const { version, ...patch } = body;
    await assertReferences(tx, before.boardId, {
      organisationId: patch.organisationId,
      contactId: patch.contactId,
      eventId: patch.eventId,
      zoneId: patch.zoneId,
    });
    const values = fieldValues(patch as Partial<CreateLeadBody>);
    const next = { ...before, ...values };
    const row = await updateVersioned(tx, investmentLeads, id, version, before.version, {
      ...values,
      searchText: leadSearch(next),
    });
    await recordAudit(tx, actor, [
      {
        boardId: before.boardId,
        action: 'update',
        entityType: 'investment_lead',
        entityId: id,
        entityKey: row.name,
        before,
        after: row,
      },
    ]);
    return presentDetail(tx, row);
  });
}

const STAGE_REFUSALS = {
  final: () =>
    PromotionErrors.PROMOTION_STAGE_FINAL([
      { path: 'body.stage', message: 'Giai đoạn cuối.', reason: 'final' },
    ]),
  not_forward: () =>
    PromotionErrors.PROMOTION_STAGE_NOT_FORWARD([
      { path: 'body.stage', message: 'Không được lùi giai đoạn.', reason: 'not_forward' },
    ]),
  before_previous: () =>
    PromotionErrors.PROMOTION_STAGE_DATE([
      { path: 'body.since', message: 'Trước lần chuyển trước.', reason: 'before_previous' },
    ]),
  future: () =>
    PromotionErrors.PROMOTION_STAGE_DATE([{ path: 'body.since', message: 'Sau hôm nay.', reason: 'future' }]),
  project_required: () =>
    PromotionErrors.PROMOTION_STAGE_PROJECT_REQUIRED([
      { path: 'body.projectId', message: 'Chọn dự án đã cấp phép.', reason: 'required' },
    ]),
};

/** Moves a lead to its next stage (the rules of stageChangeRefusal), linking the project at 'certificate'. */
export async function changeStage(db: Db, actor: Actor, id: string, body: StageBody): Promise<LeadDetail> {
  return db.transaction(async (tx) => {
    const before = await loadLead(tx, actor, id, true);
    assertWrite(actor, before.boardId);
    const [last] = await tx
      .select({ since: leadStageChanges.since })
      .from(leadStageChanges)
      .where(eq(leadStageChanges.leadId, id))
      .orderBy(desc(leadStageChanges.since))
      .limit(1);
    const refusal = stageChangeRefusal({
      current: before.stage,
      currentSince: last?.since ?? '0000-01-01',
      next: body.stage,
      since: body.since,
      today: vietnamToday(),
      hasProject: body.projectId !== undefined,
    });
    if (refusal) throw STAGE_REFUSALS[refusal]();
    let projectId: string | null = before.projectId;
    if (body.stage === 'certificate' && body.projectId !== undefined) {
      const notFound = () =>
        PromotionErrors.PROMOTION_PROJECT_NOT_FOUND([
          {
            path: 'body.projectId',
            message: 'Không có dự án này.',
            reason: 'not_found',
            value: body.projectId,
          },
        ]);
      const project = await getProject(tx, actor, body.projectId).catch((error: unknown) => {
        if (error instanceof AppError && error.statusCode === 404) throw notFound();
        throw error;
      });
      if (project.boardId !== before.boardId) throw notFound();
      projectId = project.id;
    }
    const row = await updateVersioned(tx, investmentLeads, id, body.version, before.version, {
      stage: body.stage,
      projectId,
    });
    await tx.insert(leadStageChanges).values({
      boardId: before.boardId,
      leadId: id,
      stage: body.stage,
      since: body.since,
      note: body.note,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, [
      {
        boardId: before.boardId,
        action: 'update',
        entityType: 'investment_lead',
        entityId: id,
        entityKey: row.name,
        before: { stage: before.stage, projectId: before.projectId },
        after: { stage: body.stage, since: body.since, note: body.note, projectId },
      },
    ]);
    return presentDetail(tx, row);
  });
}

// ─── Figures ────────────────────────────────────────────────────────────────────────────────

/** The year's promotion figures of one board (the actor's own, or the one named). */
export async function figures(
  db: Db,
  actor: Actor,
  query: { board?: string | undefined; year: number },
): Promise<PromotionFigures> {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const leads = await db.select().from(investmentLeads).where(eq(investmentLeads.boardId, boardId));
  const [stages, capital, events, meetings, enquiries] = await Promise.all([
    db
      .select({
        leadId: leadStageChanges.leadId,
        stage: leadStageChanges.stage,
        since: leadStageChanges.since,
      })
      .from(leadStageChanges)
      .where(eq(leadStageChanges.boardId, boardId))
      .orderBy(asc(leadStageChanges.since), asc(leadStageChanges.createdAt)),
    projectsById(db, [...new Set(leads.flatMap((l) => (l.projectId ? [l.projectId] : [])))]),
    db
      .select({
        kind: promotionEvents.kind,
        startsOn: promotionEvents.startsOn,
        countryCode: promotionEvents.countryCode,
      })
      .from(promotionEvents)
      .where(eq(promotionEvents.boardId, boardId)),
    db
      .select({ heldOn: promotionMeetings.heldOn })
      .from(promotionMeetings)
      .where(
        and(
          eq(promotionMeetings.boardId, boardId),
          gte(promotionMeetings.heldOn, `${query.year}-01-01`),
          lte(promotionMeetings.heldOn, `${query.year}-12-31`),
        ),
      ),
    queryRows<{ day: string }>(
      db,
      sql`select (received_at at time zone 'Asia/Ho_Chi_Minh')::date::text as day from promotion_enquiries
          where board_id = ${boardId} and status <> 'spam'`,
    ),
  ]);
  return promotionFigures(query.year, {
    leads: leads.map((lead) => {
      const linked = lead.projectId ? capital.get(lead.projectId) : undefined;
      return {
        source: lead.source,
        stages: stages.filter((s) => s.leadId === lead.id),
        capitalVnd: linked?.registeredCapitalVnd ? BigInt(linked.registeredCapitalVnd) : null,
      };
    }),
    events,
    meetingDates: meetings.map((m) => m.heldOn),
    enquiryDates: enquiries.map((e) => e.day),
  });
}
