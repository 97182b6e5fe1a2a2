/**
 * What the agenda reads itself, through the faces' tables (read only): a board's one-stop dossiers
 * overdue or due soon, those submitted online awaiting receipt, and enterprises' reports awaiting
 * review — each the first few in the agenda's order, with how many there are.
 */
import { and, asc, count, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { enterprises } from '../enterprises/index.ts';
import { enterpriseReports } from '../filing/index.ts';
import { dossiers, procedureVersions } from '../one-stop/index.ts';

export interface DossierDue {
  id: string;
  code: string;
  applicantName: string;
  procedureName: string;
  dueDate: string | null;
  submittedAt: Date | null;
}

/** Processing dossiers of the board due on or before `until`: the earliest due first. */
export async function dossiersDue(
  executor: Executor,
  boardId: string,
  today: string,
  until: string,
  limit: number,
): Promise<{ rows: DossierDue[]; overdue: number; dueSoon: number }> {
  const where = and(
    eq(dossiers.boardId, boardId),
    eq(dossiers.status, 'processing'),
    lte(dossiers.dueDate, until),
  );
  const rows = await executor
    .select({
      id: dossiers.id,
      code: dossiers.code,
      applicantName: dossiers.applicantName,
      procedureName: procedureVersions.name,
      dueDate: dossiers.dueDate,
      submittedAt: dossiers.submittedAt,
    })
    .from(dossiers)
    .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
    .where(where)
    .orderBy(asc(dossiers.dueDate), asc(dossiers.code), asc(dossiers.id))
    .limit(limit);
  const [overdue] = await executor
    .select({ n: count() })
    .from(dossiers)
    .where(and(where, lt(dossiers.dueDate, today)));
  const [dueSoon] = await executor
    .select({ n: count() })
    .from(dossiers)
    .where(and(where, gte(dossiers.dueDate, today)));
  return { rows, overdue: Number(overdue?.n ?? 0), dueSoon: Number(dueSoon?.n ?? 0) };
}

export interface DossierSubmitted {
  id: string;
  code: string;
  applicantName: string;
  procedureName: string;
  submittedAt: Date | null;
}

/** Dossiers submitted online awaiting receipt (tiếp nhận): the longest waiting first. */
export async function dossiersSubmitted(
  executor: Executor,
  boardId: string,
  limit: number,
): Promise<{ rows: DossierSubmitted[]; total: number }> {
  const where = and(eq(dossiers.boardId, boardId), eq(dossiers.status, 'submitted'));
  const rows = await executor
    .select({
      id: dossiers.id,
      code: dossiers.code,
      applicantName: dossiers.applicantName,
      procedureName: procedureVersions.name,
      submittedAt: dossiers.submittedAt,
    })
    .from(dossiers)
    .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
    .where(where)
    .orderBy(asc(dossiers.submittedAt), asc(dossiers.code), asc(dossiers.id))
    .limit(limit);
  const [total] = await executor.select({ n: count() }).from(dossiers).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export interface ReportSubmitted {
  id: string;
  period: string;
  enterpriseName: string;
  taxCode: string;
  submittedAt: Date | null;
}

/** Enterprises' periodic reports submitted and awaiting review: the longest waiting first. */
export async function reportsSubmitted(
  executor: Executor,
  boardIds: readonly string[],
  limit: number,
): Promise<{ rows: ReportSubmitted[]; total: number }> {
  if (boardIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    inArray(enterpriseReports.boardId, [...boardIds]),
    eq(enterpriseReports.status, 'submitted'),
  );
  const rows = await executor
    .select({
      id: enterpriseReports.id,
      period: enterpriseReports.period,
      enterpriseName: enterprises.name,
      taxCode: enterprises.taxCode,
      submittedAt: enterpriseReports.submittedAt,
    })
    .from(enterpriseReports)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseReports.enterpriseId))
    .where(where)
    .orderBy(asc(enterpriseReports.submittedAt), asc(enterprises.name), asc(enterpriseReports.id))
    .limit(limit);
  const [total] = await executor.select({ n: count() }).from(enterpriseReports).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}
