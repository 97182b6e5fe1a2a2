/**
 * The SQL of the register: registrations for titles, initiatives and their authors, proposals and
 * their items, decisions, and the awards they put on the register.
 */
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { pageOffset, type PageRequest } from '../../kernel/db/listing.ts';
import { emulationMovements } from '../emulation/index.ts';
import {
  awards,
  commendationDecisions,
  commendationProposalItems,
  commendationProposals,
  commendationSubjects,
  initiativeAuthors,
  initiatives,
  titleRegistrations,
} from './commendation.tables.ts';

export type RegistrationRow = typeof titleRegistrations.$inferSelect;
export type InitiativeRow = typeof initiatives.$inferSelect;
export type ProposalRow = typeof commendationProposals.$inferSelect;
export type ProposalItemRow = typeof commendationProposalItems.$inferSelect;
export type DecisionRow = typeof commendationDecisions.$inferSelect;
export type AwardRow = typeof awards.$inferSelect;
export type SubjectRow = typeof commendationSubjects.$inferSelect;

/** Whether a movement is the board's own or a bloc's (one a board may take part in). */
export async function movementExists(executor: Executor, id: string, boardId: string): Promise<boolean> {
  const rows = await executor
    .select({ id: emulationMovements.id })
    .from(emulationMovements)
    .where(
      and(
        eq(emulationMovements.id, id),
        or(eq(emulationMovements.boardId, boardId), isNotNull(emulationMovements.blocId)),
      ),
    );
  return rows.length > 0;
}

// ---- registrations ------------------------------------------------------------------------------

export interface RegistrationFilter {
  boardId: string;
  year: number;
  award?: string | undefined;
  kind?: string | undefined;
  subjectId?: string | undefined;
}

/** A page of a year's registrations with their subjects, by subject name. */
export async function listRegistrations(
  executor: Executor,
  filter: RegistrationFilter,
  page: PageRequest,
): Promise<{ rows: { registration: RegistrationRow; subject: SubjectRow }[]; total: number }> {
  const where = and(
    eq(titleRegistrations.boardId, filter.boardId),
    eq(titleRegistrations.year, filter.year),
    filter.award === undefined ? undefined : eq(titleRegistrations.award, filter.award),
    filter.kind === undefined ? undefined : eq(commendationSubjects.kind, filter.kind),
    filter.subjectId === undefined ? undefined : eq(titleRegistrations.subjectId, filter.subjectId),
  );
  const rows = await executor
    .select({ registration: titleRegistrations, subject: commendationSubjects })
    .from(titleRegistrations)
    .innerJoin(commendationSubjects, eq(commendationSubjects.id, titleRegistrations.subjectId))
    .where(where)
    .orderBy(asc(commendationSubjects.kind), asc(commendationSubjects.name), asc(titleRegistrations.award))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const [total] = await executor
    .select({ n: count() })
    .from(titleRegistrations)
    .innerJoin(commendationSubjects, eq(commendationSubjects.id, titleRegistrations.subjectId))
    .where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findRegistration(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
): Promise<RegistrationRow | null> {
  if (boardIds.length === 0) return null;
  const [row] = await executor
    .select()
    .from(titleRegistrations)
    .where(and(eq(titleRegistrations.id, id), inArray(titleRegistrations.boardId, [...boardIds])))
    .for('update');
  return row ?? null;
}

export async function findRegistrationFor(
  executor: Executor,
  subjectId: string,
  year: number,
  award: string,
): Promise<RegistrationRow | null> {
  const [row] = await executor
    .select()
    .from(titleRegistrations)
    .where(
      and(
        eq(titleRegistrations.subjectId, subjectId),
        eq(titleRegistrations.year, year),
        eq(titleRegistrations.award, award),
      ),
    );
  return row ?? null;
}

/** Inserts a registration; undefined when the subject already registered that title that year. */
export async function insertRegistration(
  executor: Executor,
  values: typeof titleRegistrations.$inferInsert,
): Promise<RegistrationRow | undefined> {
  const [row] = await executor.insert(titleRegistrations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteRegistration(executor: Executor, id: string): Promise<void> {
  await executor.delete(titleRegistrations).where(eq(titleRegistrations.id, id));
}

// ---- initiatives --------------------------------------------------------------------------------

export interface InitiativeFilter {
  boardId: string;
  year?: number | undefined;
  level?: string | undefined;
  subjectId?: string | undefined;
}

function initiativeWhere(filter: InitiativeFilter): SQL | undefined {
  return and(
    eq(initiatives.boardId, filter.boardId),
    filter.year === undefined ? undefined : eq(initiatives.year, filter.year),
    filter.level === undefined ? undefined : eq(initiatives.level, filter.level),
    filter.subjectId === undefined
      ? undefined
      : sql`exists (select 1 from ${initiativeAuthors} where ${initiativeAuthors.initiativeId} = ${initiatives.id}
                    and ${initiativeAuthors.subjectId} = ${filter.subjectId})`,
  );
}

/** Initiatives matching, newest year first, at most `limit` (a search by words is done in the application). */
export async function initiativesWhere(
  executor: Executor,
  filter: InitiativeFilter,
  limit: number,
  offset = 0,
): Promise<InitiativeRow[]> {
  return executor
    .select()
    .from(initiatives)
    .where(initiativeWhere(filter))
    .orderBy(desc(initiatives.year), asc(initiatives.title), asc(initiatives.id))
    .limit(limit)
    .offset(offset);
}

export async function countInitiatives(executor: Executor, filter: InitiativeFilter): Promise<number> {
  const [total] = await executor.select({ n: count() }).from(initiatives).where(initiativeWhere(filter));
  return Number(total?.n ?? 0);
}

export async function findInitiative(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
  lock = false,
): Promise<InitiativeRow | null> {
  if (boardIds.length === 0) return null;
  const query = executor
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.id, id), inArray(initiatives.boardId, [...boardIds])));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** The authors of each initiative given, in the order they were named. */
export async function authorsOf(
  executor: Executor,
  initiativeIds: readonly string[],
): Promise<Map<string, SubjectRow[]>> {
  const result = new Map<string, SubjectRow[]>(initiativeIds.map((id) => [id, []]));
  if (initiativeIds.length === 0) return result;
  const rows = await executor
    .select({ initiativeId: initiativeAuthors.initiativeId, subject: commendationSubjects })
    .from(initiativeAuthors)
    .innerJoin(commendationSubjects, eq(commendationSubjects.id, initiativeAuthors.subjectId))
    .where(inArray(initiativeAuthors.initiativeId, [...initiativeIds]))
    .orderBy(asc(commendationSubjects.name));
  for (const row of rows) result.get(row.initiativeId)?.push(row.subject);
  return result;
}

export async function insertInitiative(
  executor: Executor,
  values: typeof initiatives.$inferInsert,
): Promise<InitiativeRow> {
  const [row] = await executor.insert(initiatives).values(values).returning();
  return row!;
}

export async function setAuthors(executor: Executor, initiativeId: string, subjectIds: readonly string[]) {
  await executor.delete(initiativeAuthors).where(eq(initiativeAuthors.initiativeId, initiativeId));
  if (subjectIds.length > 0)
    await executor
      .insert(initiativeAuthors)
      .values(subjectIds.map((subjectId) => ({ initiativeId, subjectId })));
}

export async function deleteInitiative(executor: Executor, id: string): Promise<void> {
  await executor.delete(initiatives).where(eq(initiatives.id, id));
}

/** Every initiative of a board with its authors' ids. */
export async function initiativesOfBoard(
  executor: Executor,
  boardId: string,
): Promise<{ initiative: InitiativeRow; authorIds: string[] }[]> {
  const rows = await executor.select().from(initiatives).where(eq(initiatives.boardId, boardId));
  const authors = await executor
    .select({ initiativeId: initiativeAuthors.initiativeId, subjectId: initiativeAuthors.subjectId })
    .from(initiativeAuthors)
    .innerJoin(initiatives, eq(initiatives.id, initiativeAuthors.initiativeId))
    .where(eq(initiatives.boardId, boardId));
  const byInitiative = new Map<string, string[]>();
  for (const a of authors)
    byInitiative.set(a.initiativeId, [...(byInitiative.get(a.initiativeId) ?? []), a.subjectId]);
  return rows.map((initiative) => ({ initiative, authorIds: byInitiative.get(initiative.id) ?? [] }));
}

/** The initiatives a subject is an author of, newest first. */
export async function initiativesOfSubject(executor: Executor, subjectId: string): Promise<InitiativeRow[]> {
  return executor
    .select({ initiative: initiatives })
    .from(initiatives)
    .innerJoin(initiativeAuthors, eq(initiativeAuthors.initiativeId, initiatives.id))
    .where(eq(initiativeAuthors.subjectId, subjectId))
    .orderBy(desc(initiatives.year), asc(initiatives.title))
    .then((rows) => rows.map((r) => r.initiative));
}

// ---- proposals ----------------------------------------------------------------------------------

export interface ProposalFilter {
  boardId: string;
  year?: number | undefined;
  state?: string | undefined;
  kind?: string | undefined;
}

export async function listProposals(
  executor: Executor,
  filter: ProposalFilter,
  page: PageRequest,
): Promise<{ rows: ProposalRow[]; total: number }> {
  const where = and(
    eq(commendationProposals.boardId, filter.boardId),
    filter.year === undefined ? undefined : eq(commendationProposals.year, filter.year),
    filter.state === undefined ? undefined : eq(commendationProposals.state, filter.state),
    filter.kind === undefined ? undefined : eq(commendationProposals.kind, filter.kind),
  );
  const rows = await executor
    .select()
    .from(commendationProposals)
    .where(where)
    .orderBy(
      desc(commendationProposals.year),
      desc(commendationProposals.createdAt),
      asc(commendationProposals.id),
    )
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const [total] = await executor.select({ n: count() }).from(commendationProposals).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findProposal(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
  lock = false,
): Promise<ProposalRow | null> {
  if (boardIds.length === 0) return null;
  const query = executor
    .select()
    .from(commendationProposals)
    .where(and(eq(commendationProposals.id, id), inArray(commendationProposals.boardId, [...boardIds])));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

export async function insertProposal(
  executor: Executor,
  values: typeof commendationProposals.$inferInsert,
): Promise<ProposalRow> {
  const [row] = await executor.insert(commendationProposals).values(values).returning();
  return row!;
}

/** Items of the proposals given with their subjects, by subject name. */
export async function itemsOf(
  executor: Executor,
  proposalIds: readonly string[],
): Promise<{ item: ProposalItemRow; subject: SubjectRow }[]> {
  if (proposalIds.length === 0) return [];
  return executor
    .select({ item: commendationProposalItems, subject: commendationSubjects })
    .from(commendationProposalItems)
    .innerJoin(commendationSubjects, eq(commendationSubjects.id, commendationProposalItems.subjectId))
    .where(inArray(commendationProposalItems.proposalId, [...proposalIds]))
    .orderBy(
      asc(commendationSubjects.kind),
      asc(commendationSubjects.name),
      asc(commendationProposalItems.award),
    );
}

/** Replaces every item of a proposal. */
export async function replaceItems(
  executor: Executor,
  proposalId: string,
  items: readonly { subjectId: string; award: string; achievement: string }[],
): Promise<void> {
  await executor
    .delete(commendationProposalItems)
    .where(eq(commendationProposalItems.proposalId, proposalId));
  if (items.length > 0)
    await executor.insert(commendationProposalItems).values(items.map((item) => ({ proposalId, ...item })));
}

export async function setItemVote(
  executor: Executor,
  itemId: string,
  vote: { councilAgreed: boolean | null; votesFor: number | null; votesTotal: number | null },
): Promise<void> {
  await executor.update(commendationProposalItems).set(vote).where(eq(commendationProposalItems.id, itemId));
}

// ---- decisions ----------------------------------------------------------------------------------

export async function findDecision(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
): Promise<DecisionRow | null> {
  if (boardIds.length === 0) return null;
  const [row] = await executor
    .select()
    .from(commendationDecisions)
    .where(and(eq(commendationDecisions.id, id), inArray(commendationDecisions.boardId, [...boardIds])));
  return row ?? null;
}

export async function findDecisionByNumber(
  executor: Executor,
  boardId: string,
  number: string,
  signedOn: string,
): Promise<DecisionRow | null> {
  const [row] = await executor
    .select()
    .from(commendationDecisions)
    .where(
      and(
        eq(commendationDecisions.boardId, boardId),
        eq(commendationDecisions.number, number),
        eq(commendationDecisions.signedOn, signedOn),
      ),
    );
  return row ?? null;
}

export async function decisionsOfProposals(
  executor: Executor,
  proposalIds: readonly string[],
): Promise<DecisionRow[]> {
  if (proposalIds.length === 0) return [];
  return executor
    .select()
    .from(commendationDecisions)
    .where(inArray(commendationDecisions.proposalId, [...proposalIds]))
    .orderBy(asc(commendationDecisions.signedOn));
}

export async function insertDecision(
  executor: Executor,
  values: typeof commendationDecisions.$inferInsert,
): Promise<DecisionRow> {
  const [row] = await executor.insert(commendationDecisions).values(values).returning();
  return row!;
}

export async function listDecisions(
  executor: Executor,
  filter: { boardId: string; year?: number | undefined },
  page: PageRequest,
): Promise<{ rows: { decision: DecisionRow; awardCount: number }[]; total: number }> {
  const where = and(
    eq(commendationDecisions.boardId, filter.boardId),
    filter.year === undefined
      ? undefined
      : and(
          gte(commendationDecisions.signedOn, `${filter.year}-01-01`),
          lte(commendationDecisions.signedOn, `${filter.year}-12-31`),
        ),
  );
  const rows = await executor
    .select({
      decision: commendationDecisions,
      awardCount: sql<number>`(select count(*)::int from awards where awards.decision_id = commendation_decisions.id)`,
    })
    .from(commendationDecisions)
    .where(where)
    .orderBy(desc(commendationDecisions.signedOn), desc(commendationDecisions.createdAt))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const [total] = await executor.select({ n: count() }).from(commendationDecisions).where(where);
  return {
    rows: rows.map((r) => ({ ...r, awardCount: Number(r.awardCount) })),
    total: Number(total?.n ?? 0),
  };
}

// ---- awards -------------------------------------------------------------------------------------

export interface AwardWithContext {
  award: AwardRow;
  subject: SubjectRow;
  decision: DecisionRow | null;
}

export interface AwardFilter {
  boardId: string;
  year?: number | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
  subjectId?: string | undefined;
  award?: string | undefined;
  kind?: string | undefined;
  includeRevoked?: boolean;
  decisionId?: string | undefined;
}

function awardWhere(filter: AwardFilter): SQL | undefined {
  return and(
    eq(awards.boardId, filter.boardId),
    filter.year === undefined ? undefined : eq(awards.year, filter.year),
    filter.fromYear === undefined ? undefined : gte(awards.year, filter.fromYear),
    filter.toYear === undefined ? undefined : lte(awards.year, filter.toYear),
    filter.subjectId === undefined ? undefined : eq(awards.subjectId, filter.subjectId),
    filter.award === undefined ? undefined : eq(awards.award, filter.award),
    filter.kind === undefined ? undefined : eq(commendationSubjects.kind, filter.kind),
    filter.includeRevoked === false ? isNull(awards.revokedOn) : undefined,
    filter.decisionId === undefined ? undefined : eq(awards.decisionId, filter.decisionId),
  );
}

function awardsJoined(executor: Executor) {
  return executor
    .select({ award: awards, subject: commendationSubjects, decision: commendationDecisions })
    .from(awards)
    .innerJoin(commendationSubjects, eq(commendationSubjects.id, awards.subjectId))
    .leftJoin(commendationDecisions, eq(commendationDecisions.id, awards.decisionId));
}

/** A page of the register, newest year (then newest decision) first. */
export async function listAwards(
  executor: Executor,
  filter: AwardFilter,
  page: PageRequest,
): Promise<{ rows: AwardWithContext[]; total: number }> {
  const where = awardWhere(filter);
  const rows = await awardsJoined(executor)
    .where(where)
    .orderBy(
      desc(awards.year),
      sql`${commendationDecisions.signedOn} desc nulls last`,
      asc(commendationSubjects.name),
      asc(awards.award),
      asc(awards.id),
    )
    .limit(page.pageSize)
    .offset(pageOffset(page));
  return { rows, total: await countAwards(executor, filter) };
}

export async function countAwards(executor: Executor, filter: AwardFilter): Promise<number> {
  const [total] = await executor
    .select({ n: count() })
    .from(awards)
    .innerJoin(commendationSubjects, eq(commendationSubjects.id, awards.subjectId))
    .where(awardWhere(filter));
  return Number(total?.n ?? 0);
}

export async function findAward(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
  lock = false,
): Promise<AwardRow | null> {
  if (boardIds.length === 0) return null;
  const query = executor
    .select()
    .from(awards)
    .where(and(eq(awards.id, id), inArray(awards.boardId, [...boardIds])));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

export async function awardsWithContext(
  executor: Executor,
  ids: readonly string[],
): Promise<AwardWithContext[]> {
  if (ids.length === 0) return [];
  return awardsJoined(executor)
    .where(inArray(awards.id, [...ids]))
    .orderBy(asc(commendationSubjects.kind), asc(commendationSubjects.name), asc(awards.award));
}

/** Awards already on the register for these (subject, year, award), revoked or not. */
export async function existingAwards(
  executor: Executor,
  keys: readonly { subjectId: string; year: number; award: string }[],
): Promise<AwardRow[]> {
  if (keys.length === 0) return [];
  return executor
    .select()
    .from(awards)
    .where(
      and(
        inArray(awards.subjectId, [...new Set(keys.map((k) => k.subjectId))]),
        inArray(awards.year, [...new Set(keys.map((k) => k.year))]),
      ),
    );
}

/** Awards in force (not revoked) of a kind on a board in a year. */
export async function countAwardsInForce(
  executor: Executor,
  boardId: string,
  year: number,
  award: string,
): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(awards)
    .where(
      and(
        eq(awards.boardId, boardId),
        eq(awards.year, year),
        eq(awards.award, award),
        isNull(awards.revokedOn),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function insertAwards(
  executor: Executor,
  values: (typeof awards.$inferInsert)[],
): Promise<AwardRow[]> {
  if (values.length === 0) return [];
  return executor.insert(awards).values(values).returning();
}

/** Every award of a board with its decision (for the eligibility engine). */
export async function awardsOfBoard(
  executor: Executor,
  boardId: string,
): Promise<{ award: AwardRow; decision: DecisionRow | null }[]> {
  return executor
    .select({ award: awards, decision: commendationDecisions })
    .from(awards)
    .leftJoin(commendationDecisions, eq(commendationDecisions.id, awards.decisionId))
    .where(eq(awards.boardId, boardId));
}

/** Whether a decision has put this award for this subject and year on the register. */
export async function decidedRegistrationKeys(
  executor: Executor,
  boardId: string,
  year: number,
): Promise<Set<string>> {
  const rows = await executor
    .select({ subjectId: awards.subjectId, award: awards.award })
    .from(awards)
    .where(and(eq(awards.boardId, boardId), eq(awards.year, year)));
  return new Set(rows.map((r) => `${r.subjectId}:${r.award}`));
}
