import { and, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { boards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import { users } from '../users/index.ts';
import { complaintReporters, complaints } from './complaints.tables.ts';

export type ComplaintRow = typeof complaints.$inferSelect;
export type ReporterRow = typeof complaintReporters.$inferSelect;

/** A complaint with the names an answer shows: its board's code, the enterprise, the handler. */
export interface ComplaintJoined {
  row: ComplaintRow;
  board: string;
  enterprise: { id: string; name: string; taxCode: string } | null;
  handler: { id: string; fullName: string; username: string } | null;
}

/**
 * The next number of a board's register of a kind for a year. The transaction holds a lock on
 * that register until it ends, so two complaints received at once never get the same number
 * (PostgreSQL's advisory lock; the unique index on (board, reference) stands behind it).
 */
export async function nextSequence(
  tx: Executor,
  boardId: string,
  prefix: string,
  year: number,
): Promise<number> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`complaints:${boardId}:${prefix}:${year}`}, 0))`,
  );
  const [row] = await tx
    .select({ last: sql<number | null>`max(cast(split_part(${complaints.reference}, '-', 3) as integer))` })
    .from(complaints)
    .where(and(eq(complaints.boardId, boardId), sql`${complaints.reference} like ${`${prefix}-${year}-%`}`));
  return Number(row?.last ?? 0) + 1;
}

export async function insertComplaint(
  tx: Executor,
  values: typeof complaints.$inferInsert,
): Promise<ComplaintRow> {
  const [row] = await tx.insert(complaints).values(values).returning();
  return row!;
}

export async function insertReporter(
  tx: Executor,
  values: typeof complaintReporters.$inferInsert,
): Promise<ReporterRow> {
  const [row] = await tx.insert(complaintReporters).values(values).returning();
  return row!;
}

export async function findReporter(
  executor: Executor,
  complaintId: string,
): Promise<ReporterRow | undefined> {
  const [row] = await executor
    .select()
    .from(complaintReporters)
    .where(eq(complaintReporters.complaintId, complaintId));
  return row;
}

export async function updateReporter(
  tx: Executor,
  complaintId: string,
  version: number,
  values: Partial<typeof complaintReporters.$inferInsert>,
): Promise<ReporterRow | undefined> {
  const [row] = await tx
    .update(complaintReporters)
    .set({ ...values, version: sql`${complaintReporters.version} + 1` })
    .where(and(eq(complaintReporters.complaintId, complaintId), eq(complaintReporters.version, version)))
    .returning();
  return row;
}

export async function findComplaint(
  executor: Executor,
  id: string,
  lock = false,
): Promise<ComplaintRow | undefined> {
  const query = executor.select().from(complaints).where(eq(complaints.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface ComplaintFilter {
  boardIds: readonly string[];
  ids?: readonly string[];
  year?: number | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  statuses?: readonly string[];
  field?: string | undefined;
  handler?: string | undefined;
  q?: string | undefined;
}

/** The complaints of the boards that match, with the names an answer shows (unordered: the caller sorts). */
export async function selectComplaints(
  executor: Executor,
  filter: ComplaintFilter,
): Promise<ComplaintJoined[]> {
  if (filter.boardIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    inArray(complaints.boardId, [...filter.boardIds]),
    filter.ids ? inArray(complaints.id, [...filter.ids]) : undefined,
    filter.year !== undefined
      ? and(
          sql`${complaints.receivedOn} >= ${`${filter.year}-01-01`}`,
          sql`${complaints.receivedOn} <= ${`${filter.year}-12-31`}`,
        )
      : undefined,
    filter.kind ? eq(complaints.kind, filter.kind) : undefined,
    filter.status ? eq(complaints.status, filter.status) : undefined,
    filter.statuses ? inArray(complaints.status, [...filter.statuses]) : undefined,
    filter.field ? eq(complaints.field, filter.field) : undefined,
    filter.handler ? eq(complaints.handlerUserId, filter.handler) : undefined,
  ];
  for (const term of (filter.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = `%${escapeLike(term)}%`;
    conditions.push(
      or(
        ilike(complaints.reference, pattern),
        ilike(complaints.subject, pattern),
        ilike(complaints.content, pattern),
        ilike(complaints.respondent, pattern),
        ilike(enterprises.name, pattern),
      ),
    );
  }
  const rows = await executor
    .select({
      row: complaints,
      board: boards.code,
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      enterpriseTaxCode: enterprises.taxCode,
      handlerId: users.id,
      handlerName: users.fullName,
      handlerUsername: users.username,
    })
    .from(complaints)
    .innerJoin(boards, eq(boards.id, complaints.boardId))
    .leftJoin(enterprises, eq(enterprises.id, complaints.respondentEnterpriseId))
    .leftJoin(users, eq(users.id, complaints.handlerUserId))
    .where(and(...conditions));
  return rows.map((r) => ({
    row: r.row,
    board: r.board,
    enterprise:
      r.enterpriseId === null
        ? null
        : { id: r.enterpriseId, name: r.enterpriseName ?? '', taxCode: r.enterpriseTaxCode ?? '' },
    handler:
      r.handlerId === null
        ? null
        : { id: r.handlerId, fullName: r.handlerName ?? '', username: r.handlerUsername ?? '' },
  }));
}

/** An enterprise of the board, or undefined. */
export async function findEnterprise(executor: Executor, boardId: string, id: string) {
  const [row] = await executor
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.id, id), eq(enterprises.boardId, boardId)));
  return row;
}

/** Who may be assigned a board's complaints: its active staff, leaders and administrators. */
export async function boardHandlers(executor: Executor, boardIds: readonly string[]) {
  if (boardIds.length === 0) return [];
  return executor
    .select({
      id: users.id,
      fullName: users.fullName,
      username: users.username,
      role: users.role,
      boardId: users.boardId,
      board: boards.code,
    })
    .from(users)
    .innerJoin(boards, eq(boards.id, users.boardId))
    .where(
      and(
        inArray(users.boardId, [...boardIds]),
        eq(users.scope, 'board'),
        inArray(users.role, ['staff', 'leader', 'admin']),
        sql`${users.disabledAt} is null`,
        ne(users.role, 'enterprise'),
      ),
    );
}
