/**
 * The promotion's directory: investor organisations and their contacts, events and delegations
 * (abroad and at home), and working sessions with their follow-ups.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { matchesSearch } from '../../kernel/db/listing.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import { assertReferences, assertWrite, boardOf, listBoards, loadVisible } from './promotion-access.ts';
import { PromotionErrors } from './promotion.errors.ts';
import type {
  Contact,
  CreateContactBody,
  CreateEventBody,
  CreateMeetingBody,
  CreateOrganisationBody,
  Meeting,
  Organisation,
  PromotionEvent,
  UpdateContactBody,
  UpdateEventBody,
  UpdateMeetingBody,
  UpdateOrganisationBody,
} from './promotion.schemas.ts';
import {
  investmentLeads,
  promotionContacts,
  promotionEvents,
  promotionMeetings,
  promotionOrganisations,
} from './promotion.tables.ts';

const LIST_LIMIT = 500;
const search = (...parts: (string | null | undefined)[]) =>
  normaliseForSearch(parts.filter(Boolean).join(' '));
const stamps = (row: { version: number; createdAt: Date; updatedAt: Date }) => ({
  version: row.version,
  createdAt: toVietnamTimestamp(row.createdAt),
  updatedAt: toVietnamTimestamp(row.updatedAt),
});
/** The fields of a patch that were sent (undefined means "unchanged"). */
function sent<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function names(
  executor: Executor,
  table: typeof promotionOrganisations | typeof promotionEvents | typeof investmentLeads,
  ids: (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await executor
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(inArray(table.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
const ref = (map: Map<string, string>, id: string | null) => (id ? { id, name: map.get(id) ?? '' } : null);

// ─── Organisations ──────────────────────────────────────────────────────────────────────────

type OrganisationRow = typeof promotionOrganisations.$inferSelect;
const presentOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  boardId: row.boardId,
  name: row.name,
  kind: row.kind,
  countryCode: row.countryCode,
  website: row.website,
  note: row.note,
  ...stamps(row),
});

export async function listOrganisations(
  db: Db,
  actor: Actor,
  query: { board?: string | undefined; q?: string | undefined },
) {
  const ids = await listBoards(db, actor, query.board);
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(promotionOrganisations)
    .where(
      and(
        inArray(promotionOrganisations.boardId, ids),
        matchesSearch(promotionOrganisations.searchText, query.q),
      ),
    )
    .orderBy(asc(promotionOrganisations.name), asc(promotionOrganisations.id))
    .limit(LIST_LIMIT);
  return rows.map(presentOrganisation);
}

export async function getOrganisation(db: Db, actor: Actor, id: string) {
  return presentOrganisation(
    await loadVisible(db, actor, promotionOrganisations, id, () =>
      PromotionErrors.PROMOTION_ORGANISATION_NOT_FOUND(),
    ),
  );
}

export async function createOrganisation(db: Db, actor: Actor, body: CreateOrganisationBody) {
  return db.transaction(async (tx) => {
    const boardId = await boardOf(tx, actor, body.board, 'records.write', 'body.board');
    const [row] = await tx
      .insert(promotionOrganisations)
      .values({
        boardId,
        name: body.name,
        kind: body.kind,
        countryCode: body.countryCode,
        website: body.website,
        note: body.note,
        searchText: search(body.name, body.website),
      })
      .returning();
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'promotion_organisation',
        entityId: row!.id,
        entityKey: row!.name,
        after: row,
      },
    ]);
    return presentOrganisation(row!);
  });
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, body: UpdateOrganisationBody) {
  return db.transaction(async (tx) => {
    const before = await loadVisible(
      tx,
      actor,
      promotionOrganisations,
      id,
      () => PromotionErrors.PROMOTION_ORGANISATION_NOT_FOUND(),
      true,
    );
    assertWrite(actor, before.boardId);
    const { version, ...patch } = body;
    const next = { ...before, ...sent(patch) };
    const row = await updateVersioned(tx, promotionOrganisations, id, version, before.version, {
      ...sent(patch),
      searchText: search(next.name, next.website),
    });
    await recordAudit(tx, actor, [
      {
        boardId: before.boardId,
        action: 'update',
        entityType: 'promotion_organisation',
        entityId: id,
        entityKey: row.name,
        before,
        after: row,
      },
    ]);
    return presentOrganisation(row);
  });
}

// ─── Contacts ───────────────────────────────────────────────────────────────────────────────

type ContactRow = typeof promotionContacts.$inferSelect;
async function presentContacts(executor: Executor, rows: ContactRow[]): Promise<Contact[]> {
  const orgs = await names(
    executor,
    promotionOrganisations,
    rows.map((r) => r.organisationId),
  );
  return rows.map((row) => ({
    id: row.id,
    boardId: row.boardId,
    organisation: ref(orgs, row.organisationId),
    fullName: row.fullName,
    position: row.position,
    email: row.email,
    phone: row.phone,
    countryCode: row.countryCode,
    note: row.note,
    ...stamps(row),
  }));
}
const contactSearch = (c: Pick<ContactRow, 'fullName' | 'email' | 'phone' | 'position'>) =>
  search(c.fullName, c.email, c.phone, c.position);

export async function listContacts(
  db: Db,
  actor: Actor,
  query: { board?: string | undefined; q?: string | undefined; organisationId?: string | undefined },
) {
  const ids = await listBoards(db, actor, query.board);
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(promotionContacts)
    .where(
      and(
        inArray(promotionContacts.boardId, ids),
        matchesSearch(promotionContacts.searchText, query.q),
        query.organisationId ? eq(promotionContacts.organisationId, query.organisationId) : undefined,
      ),
    )
    .orderBy(asc(promotionContacts.fullName), asc(promotionContacts.id))
    .limit(LIST_LIMIT);
  return presentContacts(db, rows);
}

export async function getContact(db: Db, actor: Actor, id: string) {
  const row = await loadVisible(db, actor, promotionContacts, id, () =>
    PromotionErrors.PROMOTION_CONTACT_NOT_FOUND(),
  );
  return (await presentContacts(db, [row]))[0]!;
}

export async function insertContact(
  tx: Executor,
  actor: Actor,
  boardId: string,
  body: Omit<CreateContactBody, 'board'>,
): Promise<ContactRow> {
  await assertReferences(tx, boardId, { organisationId: body.organisationId });
  const [row] = await tx
    .insert(promotionContacts)
    .values({
      boardId,
      organisationId: body.organisationId,
      fullName: body.fullName,
      position: body.position,
      email: body.email,
      phone: body.phone,
      countryCode: body.countryCode,
      note: body.note,
      searchText: contactSearch(body),
    })
    .returning();
  await recordAudit(tx, actor, [
    {
      boardId,
      action: 'create',
      entityType: 'promotion_contact',
      entityId: row!.id,
      entityKey: row!.fullName,
      after: row,
    },
  ]);
  return row!;
}

export async function createContact(db: Db, actor: Actor, body: CreateContactBody) {
  return db.transaction(async (tx) => {
    const boardId = await boardOf(tx, actor, body.board, 'records.write', 'body.board');
    return (await presentContacts(tx, [await insertContact(tx, actor, boardId, body)]))[0]!;
  });
}

export async function updateContact(db: Db, actor: Actor, id: string, body: UpdateContactBody) {
  return db.transaction(async (tx) => {
    const before = await loadVisible(
      tx,
      actor,
      promotionContacts,
      id,
      () => PromotionErrors.PROMOTION_CONTACT_NOT_FOUND(),
      true,
    );
    assertWrite(actor, before.boardId);
    const { version, ...patch } = body;
    await assertReferences(tx, before.boardId, { organisationId: patch.organisationId });
    const next = { ...before, ...sent(patch) };
    const row = await updateVersioned(tx, promotionContacts, id, version, before.version, {
      ...sent(patch),
      searchText: contactSearch(next),
    });
    await recordAudit(tx, actor, [
      {
        boardId: before.boardId,
        action: 'update',
        entityType: 'promotion_contact',
        entityId: id,
        entityKey: row.fullName,
        before,
        after: row,
      },
    ]);
    return (await presentContacts(tx, [row]))[0]!;
  });
}

// ─── Events ─────────────────────────────────────────────────────────────────────────────────

type EventRow = typeof promotionEvents.$inferSelect;
const presentEvent = (row: EventRow): PromotionEvent => ({
  id: row.id,
  boardId: row.boardId,
  kind: row.kind,
  name: row.name,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  place: row.place,
  countryCode: row.countryCode,
  abroad: row.countryCode !== 'VN',
  organiser: row.organiser,
  participants: row.participants,
  costVnd: row.costVnd === null ? null : row.costVnd.toString(),
  outcome: row.outcome,
  ...stamps(row),
});
const eventSearch = (e: Pick<EventRow, 'name' | 'place' | 'organiser'>) =>
  search(e.name, e.place, e.organiser);
const eventDatesOk = (startsOn: string, endsOn: string) => {
  if (endsOn < startsOn)
    throw PromotionErrors.PROMOTION_EVENT_DATES([
      {
        path: 'body.endsOn',
        message: 'Ngày kết thúc trước ngày bắt đầu.',
        reason: 'before_start',
        value: endsOn,
      },
    ]);
};

export async function listEvents(
  db: Db,
  actor: Actor,
  query: {
    board?: string | undefined;
    q?: string | undefined;
    year?: number | undefined;
    kind?: EventRow['kind'] | undefined;
  },
) {
  const ids = await listBoards(db, actor, query.board);
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(promotionEvents)
    .where(
      and(
        inArray(promotionEvents.boardId, ids),
        matchesSearch(promotionEvents.searchText, query.q),
        query.kind ? eq(promotionEvents.kind, query.kind) : undefined,
        query.year ? gte(promotionEvents.startsOn, `${query.year}-01-01`) : undefined,
        query.year ? lte(promotionEvents.startsOn, `${query.year}-12-31`) : undefined,
      ),
    )
    .orderBy(desc(promotionEvents.startsOn), asc(promotionEvents.id))
    .limit(LIST_LIMIT);
  return rows.map(presentEvent);
}

export async function getEvent(db: Db, actor: Actor, id: string) {
  return presentEvent(
    await loadVisible(db, actor, promotionEvents, id, () => PromotionErrors.PROMOTION_EVENT_NOT_FOUND()),
  );
}

export async function createEvent(db: Db, actor: Actor, body: CreateEventBody) {
  return db.transaction(async (tx) => {
    const boardId = await boardOf(tx, actor, body.board, 'records.write', 'body.board');
    eventDatesOk(body.startsOn, body.endsOn);
    const [row] = await tx
      .insert(promotionEvents)
      .values({
        boardId,
        kind: body.kind,
        name: body.name,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        place: body.place,
        countryCode: body.countryCode,
        organiser: body.organiser,
        participants: body.participants,
        costVnd: body.costVnd === null ? null : BigInt(body.costVnd),
        outcome: body.outcome,
        searchText: eventSearch(body),
      })
      .returning();
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'promotion_event',
        entityId: row!.id,
        entityKey: row!.name,
        after: row,
      },
    ]);
    return presentEvent(row!);
  });
}

export async function updateEvent(db: Db, actor: Actor, id: string, body: UpdateEventBody) {
  return db.transaction(async (tx) => {
    const before = await loadVisible(
      tx,
      actor,
      promotionEvents,
      id,
      () => PromotionErrors.PROMOTION_EVENT_NOT_FOUND(),
      true,
    );
    assertWrite(actor, before.boardId);
    const { version, costVnd, ...patch } = body;
    const next = { ...before, ...sent(patch) };
    eventDatesOk(next.startsOn, next.endsOn);
    const row = await updateVersioned(tx, promotionEvents, id, version, before.version, {
      ...sent(patch),
      ...(costVnd === undefined ? {} : { costVnd: costVnd === null ? null : BigInt(costVnd) }),
      searchText: eventSearch(next),
    });
    await recordAudit(tx, actor, [
      {
        boardId: before.boardId,
        action: 'update',
        entityType: 'promotion_event',
        entityId: id,
        entityKey: row.name,
        before,
        after: row,
      },
    ]);
    return presentEvent(row);
  });
}

// ─── Meetings ───────────────────────────────────────────────────────────────────────────────

type MeetingRow = typeof promotionMeetings.$inferSelect;
export async function presentMeetings(executor: Executor, rows: MeetingRow[]): Promise<Meeting[]> {
  const [orgs, leads, events] = await Promise.all([
    names(
      executor,
      promotionOrganisations,
      rows.map((r) => r.organisationId),
    ),
    names(
      executor,
      investmentLeads,
      rows.map((r) => r.leadId),
    ),
    names(
      executor,
      promotionEvents,
      rows.map((r) => r.eventId),
    ),
  ]);
  const today = vietnamToday();
  return rows.map((row) => ({
    id: row.id,
    boardId: row.boardId,
    heldOn: row.heldOn,
    subject: row.subject,
    organisation: ref(orgs, row.organisationId),
    lead: ref(leads, row.leadId),
    event: ref(events, row.eventId),
    participants: row.participants,
    notes: row.notes,
    followUp: row.followUp,
    followUpDueOn: row.followUpDueOn,
    followUpDoneOn: row.followUpDoneOn,
    followUpOverdue:
      row.followUp !== null &&
      row.followUpDoneOn === null &&
      row.followUpDueOn !== null &&
      row.followUpDueOn < today,
    ...stamps(row),
  }));
}
const meetingSearch = (m: Pick<MeetingRow, 'subject' | 'participants' | 'notes' | 'followUp'>) =>
  search(m.subject, m.participants, m.notes.slice(0, 2000), m.followUp);

export async function listMeetings(
  db: Db,
  actor: Actor,
  query: {
    board?: string | undefined;
    q?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    followUp?: 'open' | 'overdue' | undefined;
    leadId?: string | undefined;
  },
) {
  const ids = await listBoards(db, actor, query.board);
  if (ids.length === 0) return [];
  const m = promotionMeetings;
  const open = and(isNotNull(m.followUp), isNull(m.followUpDoneOn));
  const rows = await db
    .select()
    .from(m)
    .where(
      and(
        inArray(m.boardId, ids),
        matchesSearch(m.searchText, query.q),
        query.from ? gte(m.heldOn, query.from) : undefined,
        query.to ? lte(m.heldOn, query.to) : undefined,
        query.leadId ? eq(m.leadId, query.leadId) : undefined,
        query.followUp === 'open' ? open : undefined,
        query.followUp === 'overdue' ? and(open, lt(m.followUpDueOn, vietnamToday())) : undefined,
      ),
    )
    .orderBy(desc(m.heldOn), asc(m.id))
    .limit(LIST_LIMIT);
  return presentMeetings(db, rows);
}

const followUpDateOk = (heldOn: string, doneOn: string | null) => {
  if (doneOn !== null && (doneOn < heldOn || doneOn > vietnamToday()))
    throw PromotionErrors.PROMOTION_FOLLOW_UP_DATE([
      {
        path: 'body.followUpDoneOn',
        message: 'Ngày hoàn thành không hợp lệ.',
        reason: 'out_of_range',
        value: doneOn,
      },
    ]);
};

/** The board of a lead the actor sees and may write on (else the reference is unknown). */
async function leadBoard(tx: Executor, actor: Actor, leadId: string): Promise<string> {
  const lead = await loadVisible(tx, actor, investmentLeads, leadId, () =>
    PromotionErrors.PROMOTION_REFERENCE_NOT_FOUND([
      {
        path: 'body.leadId',
        message: 'Không có bản ghi này trong Ban Quản lý.',
        reason: 'not_found',
        value: leadId,
      },
    ]),
  );
  assertWrite(actor, lead.boardId);
  return lead.boardId;
}

export async function createMeeting(db: Db, actor: Actor, body: CreateMeetingBody) {
  return db.transaction(async (tx) => {
    // A session on a lead, with no board named, is on the lead's board.
    const boardId =
      body.board === undefined && body.leadId
        ? await leadBoard(tx, actor, body.leadId)
        : await boardOf(tx, actor, body.board, 'records.write', 'body.board');
    await assertReferences(tx, boardId, {
      organisationId: body.organisationId,
      leadId: body.leadId,
      eventId: body.eventId,
    });
    const [row] = await tx
      .insert(promotionMeetings)
      .values({
        boardId,
        heldOn: body.heldOn,
        subject: body.subject,
        organisationId: body.organisationId,
        leadId: body.leadId,
        eventId: body.eventId,
        participants: body.participants,
        notes: body.notes,
        followUp: body.followUp,
        followUpDueOn: body.followUpDueOn,
        searchText: meetingSearch(body),
      })
      .returning();
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'promotion_meeting',
        entityId: row!.id,
        entityKey: row!.subject,
        after: row,
      },
    ]);
    return (await presentMeetings(tx, [row!]))[0]!;
  });
}

export async function updateMeeting(db: Db, actor: Actor, id: string, body: UpdateMeetingBody) {
  return db.transaction(async (tx) => {
    const before = await loadVisible(
      tx,
      actor,
      promotionMeetings,
      id,
      () => PromotionErrors.PROMOTION_MEETING_NOT_FOUND(),
      true,
    );
    assertWrite(actor, before.boardId);
    const { version, ...patch } = body;
    const next = { ...before, ...sent(patch) };
    followUpDateOk(next.heldOn, next.followUpDoneOn);
    const row = await updateVersioned(tx, promotionMeetings, id, version, before.version, {
      ...sent(patch),
      searchText: meetingSearch(next),
    });
    await recordAudit(tx, actor, [
      {
        boardId: before.boardId,
        action: 'update',
        entityType: 'promotion_meeting',
        entityId: id,
        entityKey: row.subject,
        before,
        after: row,
      },
    ]);
    return (await presentMeetings(tx, [row]))[0]!;
  });
}
