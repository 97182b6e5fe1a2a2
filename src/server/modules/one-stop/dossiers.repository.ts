/**
 * The dossiers' SQL: dossiers, their steps, supplements, events and attachments (the catalogue's
 * reads are procedures.repository.ts's).
 */
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';
import { matchesSearch, pageOffset } from '../../kernel/db/listing.ts';
import type { DossierStatus } from '../../../domain/one-stop.ts';
import {
  dossierAttachments,
  dossierEvents,
  dossiers,
  dossierSteps,
  dossierSupplements,
  procedures,
  procedureVersions,
} from './one-stop.tables.ts';

export type DossierRow = typeof dossiers.$inferSelect;
export type DossierInsert = typeof dossiers.$inferInsert;
export type StepRow = typeof dossierSteps.$inferSelect;
export type SupplementRow = typeof dossierSupplements.$inferSelect;
export type EventRow = typeof dossierEvents.$inferSelect;
export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
export type AttachmentMeta = Omit<typeof dossierAttachments.$inferSelect, 'content'>;

/** A dossier with its procedure's code and its version's name and effective date. */
export interface DossierWithProcedure {
  dossier: DossierRow;
  procedureCode: string;
  version: ProcedureVersionRow;
}

const withProcedure = {
  dossier: dossiers,
  procedureCode: procedures.code,
  version: procedureVersions,
};

function joined(executor: Executor) {
  return executor
    .select(withProcedure)
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId));
}

/** A dossier of the boards given (an enterprise: of its own enterprise), locked when asked. */
export async function findDossier(
  executor: Executor,
  boardIds: readonly string[],
  id: string,
  options: { enterpriseId?: string | undefined; lock?: boolean; staffOnly?: boolean } = {},
): Promise<DossierWithProcedure | null> {
  if (boardIds.length === 0) return null;
  const query = joined(executor).where(
    and(
      eq(dossiers.id, id),
      inArray(dossiers.boardId, [...boardIds]),
      // An unconfirmed public submission is nobody's business until its e-mail is confirmed.
      ne(dossiers.status, 'unconfirmed'),
      options.enterpriseId === undefined ? undefined : eq(dossiers.enterpriseId, options.enterpriseId),
    ),
  );
  const rows = options.lock ? await query.for('update', { of: dossiers }) : await query;
  return rows[0] ?? null;
}

export interface DossierFilter {
  boardIds: readonly string[];
  enterpriseId?: string | undefined;
  status?: DossierStatus | undefined;
  statuses?: readonly DossierStatus[];
  procedureId?: string | undefined;
  channel?: string | undefined;
  search?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  /** Processing dossiers whose due date is before this date (overdue). */
  dueBefore?: string;
  /** Processing dossiers whose due date is within these dates (due soon). */
  dueWithin?: { from: string; to: string };
}

/** Vietnam date of a timestamp column, in SQL. */
const vietnamDate = (column: SQL | typeof dossiers.receivedAt) =>
  sql<string>`((${column}) at time zone 'Asia/Ho_Chi_Minh')::date`;

function filterWhere(filter: DossierFilter): SQL | undefined {
  return and(
    inArray(dossiers.boardId, [...filter.boardIds]),
    ne(dossiers.status, 'unconfirmed'),
    filter.enterpriseId === undefined ? undefined : eq(dossiers.enterpriseId, filter.enterpriseId),
    filter.status === undefined ? undefined : eq(dossiers.status, filter.status),
    filter.statuses === undefined ? undefined : inArray(dossiers.status, [...filter.statuses]),
    filter.procedureId === undefined ? undefined : eq(dossiers.procedureId, filter.procedureId),
    filter.channel === undefined ? undefined : eq(dossiers.channel, filter.channel as 'online'),
    matchesSearch(dossiers.searchText, filter.search),
    filter.receivedFrom === undefined
      ? undefined
      : sql`${vietnamDate(dossiers.receivedAt)} >= ${filter.receivedFrom}`,
    filter.receivedTo === undefined
      ? undefined
      : sql`${vietnamDate(dossiers.receivedAt)} <= ${filter.receivedTo}`,
    filter.dueBefore === undefined
      ? undefined
      : and(eq(dossiers.status, 'processing'), lt(dossiers.dueDate, filter.dueBefore)),
    filter.dueWithin === undefined
      ? undefined
      : and(
          eq(dossiers.status, 'processing'),
          gte(dossiers.dueDate, filter.dueWithin.from),
          lte(dossiers.dueDate, filter.dueWithin.to),
        ),
  );
}

/** A page of dossiers, newest receipt (or submission) first. */
export async function listDossiers(
  executor: Executor,
  filter: DossierFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: DossierWithProcedure[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = filterWhere(filter);
  const rows = await joined(executor)
    .where(where)
    .orderBy(
      desc(sql`coalesce(${dossiers.receivedAt}, ${dossiers.submittedAt}, ${dossiers.createdAt})`),
      desc(dossiers.code),
    )
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const [total] = await executor.select({ n: count() }).from(dossiers).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Every dossier matching (no page): the attention lists, bounded by their filter. */
export async function dossiersWhere(
  executor: Executor,
  filter: DossierFilter,
  limit = 500,
): Promise<DossierWithProcedure[]> {
  if (filter.boardIds.length === 0) return [];
  return joined(executor)
    .where(filterWhere(filter))
    .orderBy(asc(dossiers.dueDate), asc(dossiers.code))
    .limit(limit);
}

/** How many supplement requests each dossier has had. */
export async function supplementCounts(
  executor: Executor,
  dossierIds: readonly string[],
): Promise<Map<string, number>> {
  if (dossierIds.length === 0) return new Map();
  const rows = await executor
    .select({ dossierId: dossierSupplements.dossierId, n: count() })
    .from(dossierSupplements)
    .where(inArray(dossierSupplements.dossierId, [...dossierIds]))
    .groupBy(dossierSupplements.dossierId);
  return new Map(rows.map((r) => [r.dossierId, Number(r.n)]));
}

/*
 * Other modules' tables are read here by name, read-only (boards, enterprises, users): importing
 * their faces would tie this module's start-up to theirs (an import cycle through packages).
 */

/** A board that still exists (not dissolved), by its code. */
export async function findBoardIdByCode(executor: Executor, code: string): Promise<string | null> {
  const [board] = await queryRows<{ id: string }>(
    executor,
    sql`select id from boards where code = ${code} and dissolved_on is null limit 1`,
  );
  return board?.id ?? null;
}

/** Whether a user belongs to a board and is not disabled (an assignee of a step). */
export async function isBoardUser(executor: Executor, boardId: string, userId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    executor,
    sql`select id from users where id = ${userId} and board_id = ${boardId} and disabled_at is null`,
  );
  return rows.length > 0;
}

/** An enterprise among the boards given (the applicant of a dossier): its board, name and tax code. */
export async function findEnterprise(executor: Executor, boardIds: readonly string[], id: string) {
  if (boardIds.length === 0) return null;
  const [row] = await queryRows<{ id: string; boardId: string; name: string; taxCode: string }>(
    executor,
    sql`select id, board_id as "boardId", name, tax_code as "taxCode" from enterprises
        where id = ${id} and board_id = any(${uuidArray(boardIds)})`,
  );
  return row ?? null;
}

// ---- codes ---------------------------------------------------------------------------------------

/**
 * The next sequence of the codes beginning with `stem` (a prefix and a day). The transaction
 * holds a lock on that stem until it ends, so two dossiers received at once never get the same
 * code (PostgreSQL's advisory lock; the unique index stands behind it).
 */
export async function nextDossierSequence(tx: Executor, stem: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`dossier:${stem}`}, 0))`);
  const [row] = await tx
    .select({
      last: sql<number | null>`max(substr(${dossiers.code}, ${stem.length + 1}::int)::bigint)`,
    })
    .from(dossiers)
    .where(
      and(
        sql`left(${dossiers.code}, ${stem.length}::int) = ${stem}`,
        sql`substr(${dossiers.code}, ${stem.length + 1}::int) ~ '^[0-9]{1,15}$'`,
      ),
    );
  return Number(row?.last ?? 0) + 1;
}

// ---- writes --------------------------------------------------------------------------------------

export async function insertDossier(tx: Executor, values: DossierInsert): Promise<DossierRow> {
  const [row] = await tx.insert(dossiers).values(values).returning();
  return row!;
}

/** Updates a dossier read at `expectedVersion`; undefined when someone changed it meanwhile. */
export async function updateDossier(
  tx: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<DossierInsert>,
): Promise<DossierRow | undefined> {
  const [row] = await tx
    .update(dossiers)
    .set({ ...values, version: sql`${dossiers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(dossiers.id, id), eq(dossiers.version, expectedVersion)))
    .returning();
  return row;
}

export async function insertSteps(tx: Executor, values: (typeof dossierSteps.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await tx.insert(dossierSteps).values(values);
}

export async function stepsOf(executor: Executor, dossierIds: readonly string[]): Promise<StepRow[]> {
  if (dossierIds.length === 0) return [];
  return executor
    .select()
    .from(dossierSteps)
    .where(inArray(dossierSteps.dossierId, [...dossierIds]))
    .orderBy(asc(dossierSteps.dossierId), asc(dossierSteps.position));
}

export async function updateStep(
  tx: Executor,
  id: string,
  values: Partial<typeof dossierSteps.$inferInsert>,
): Promise<StepRow> {
  const [row] = await tx
    .update(dossierSteps)
    .set({ ...values, version: sql`${dossierSteps.version} + 1`, updatedAt: new Date() })
    .where(eq(dossierSteps.id, id))
    .returning();
  return row!;
}

export async function insertSupplement(
  tx: Executor,
  values: typeof dossierSupplements.$inferInsert,
): Promise<SupplementRow> {
  const [row] = await tx.insert(dossierSupplements).values(values).returning();
  return row!;
}

export async function supplementsOf(
  executor: Executor,
  dossierIds: readonly string[],
): Promise<SupplementRow[]> {
  if (dossierIds.length === 0) return [];
  return executor
    .select()
    .from(dossierSupplements)
    .where(inArray(dossierSupplements.dossierId, [...dossierIds]))
    .orderBy(asc(dossierSupplements.requestedAt));
}

export async function updateSupplement(
  tx: Executor,
  id: string,
  values: Partial<typeof dossierSupplements.$inferInsert>,
): Promise<SupplementRow> {
  const [row] = await tx
    .update(dossierSupplements)
    .set({ ...values, version: sql`${dossierSupplements.version} + 1`, updatedAt: new Date() })
    .where(eq(dossierSupplements.id, id))
    .returning();
  return row!;
}

export async function insertEvent(tx: Executor, values: typeof dossierEvents.$inferInsert): Promise<void> {
  await tx.insert(dossierEvents).values(values);
}

export async function eventsOf(executor: Executor, dossierId: string): Promise<EventRow[]> {
  return executor
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierId, dossierId))
    .orderBy(asc(dossierEvents.at), asc(dossierEvents.createdAt));
}

// ---- attachments ---------------------------------------------------------------------------------

const attachmentMeta = {
  id: dossierAttachments.id,
  boardId: dossierAttachments.boardId,
  dossierId: dossierAttachments.dossierId,
  purpose: dossierAttachments.purpose,
  fileName: dossierAttachments.fileName,
  mediaType: dossierAttachments.mediaType,
  sizeBytes: dossierAttachments.sizeBytes,
  sha256: dossierAttachments.sha256,
  uploadedBy: dossierAttachments.uploadedBy,
  createdAt: dossierAttachments.createdAt,
};

export async function insertAttachment(
  tx: Executor,
  values: typeof dossierAttachments.$inferInsert,
): Promise<AttachmentMeta> {
  const [row] = await tx.insert(dossierAttachments).values(values).returning(attachmentMeta);
  return row!;
}

export async function attachmentsOf(executor: Executor, dossierId: string): Promise<AttachmentMeta[]> {
  return executor
    .select(attachmentMeta)
    .from(dossierAttachments)
    .where(eq(dossierAttachments.dossierId, dossierId))
    .orderBy(asc(dossierAttachments.createdAt));
}

export async function findAttachment(executor: Executor, dossierId: string, id: string) {
  const [row] = await executor
    .select()
    .from(dossierAttachments)
    .where(and(eq(dossierAttachments.dossierId, dossierId), eq(dossierAttachments.id, id)))
    .limit(1);
  return row ?? null;
}

// ---- public --------------------------------------------------------------------------------------

export async function findDossierByCode(
  executor: Executor,
  code: string,
): Promise<DossierWithProcedure | null> {
  const [row] = await joined(executor).where(eq(dossiers.code, code)).limit(1);
  return row ?? null;
}

export async function findDossierByTokenHash(executor: Executor, hash: string): Promise<DossierRow | null> {
  const [row] = await executor
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.confirmationTokenHash, hash), eq(dossiers.status, 'unconfirmed')))
    .for('update')
    .limit(1);
  return row ?? null;
}

// ---- due dates -----------------------------------------------------------------------------------

/** The received dossiers named, or every one received from a date on (Vietnam time). */
export async function receivedDossiers(
  executor: Executor,
  where: { ids?: readonly string[]; fromDate?: string },
): Promise<DossierRow[]> {
  if (where.ids !== undefined && where.ids.length === 0) return [];
  return executor
    .select()
    .from(dossiers)
    .where(
      and(
        sql`${dossiers.receivedAt} is not null`,
        where.ids === undefined ? undefined : inArray(dossiers.id, [...where.ids]),
        where.fromDate === undefined
          ? undefined
          : sql`${vietnamDate(dossiers.receivedAt)} >= ${where.fromDate}`,
      ),
    )
    .orderBy(asc(dossiers.id));
}

export async function setDueDate(executor: Executor, id: string, dueDate: string | null): Promise<void> {
  await executor.update(dossiers).set({ dueDate }).where(eq(dossiers.id, id));
}

export async function setStepDueDate(executor: Executor, id: string, dueDate: string | null): Promise<void> {
  await executor.update(dossierSteps).set({ dueDate }).where(eq(dossierSteps.id, id));
}

/** Open steps of processing dossiers of a board, with their dossier's due date (the attention board). */
export async function openSteps(executor: Executor, boardId: string): Promise<StepRow[]> {
  return executor
    .select({ step: dossierSteps })
    .from(dossierSteps)
    .innerJoin(dossiers, eq(dossiers.id, dossierSteps.dossierId))
    .where(
      and(
        eq(dossierSteps.boardId, boardId),
        isNull(dossierSteps.completedAt),
        or(eq(dossiers.status, 'processing'), eq(dossiers.status, 'awaiting_supplement')),
      ),
    )
    .then((rows) => rows.map((r) => r.step));
}

/** Statuses of each dossier the steps belong to. */
export async function statusesOf(
  executor: Executor,
  dossierIds: readonly string[],
): Promise<Map<string, DossierStatus>> {
  if (dossierIds.length === 0) return new Map();
  const rows = await executor
    .select({ id: dossiers.id, status: dossiers.status })
    .from(dossiers)
    .where(inArray(dossiers.id, [...dossierIds]));
  return new Map(rows.map((r) => [r.id, r.status]));
}
