import { sql, type SQL } from 'drizzle-orm';
import { addDays } from '../../../domain/calendar-date.ts';
import type { DeadlineUnit, DossierChannel } from '../../../domain/one-stop.ts';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';

export interface ReportDossierRow {
  id: string;
  board_id: string;
  procedure_id: string;
  procedure_code: string;
  channel: DossierChannel;
  /** ISO 8601 with its offset (JSON's form of a timestamptz). */
  received_at: string;
  result_at: string | null;
  deadline_value: number;
  deadline_unit: DeadlineUnit;
}

export interface ReportSupplementRow {
  dossier_id: string;
  requested_at: string;
  supplied_at: string | null;
}

export interface ProcedureNameRow {
  procedure_id: string;
  name: string;
}

interface Window {
  boardIds: readonly string[];
  from: string;
  to: string;
}

/**
 * The dossiers a period's figures may count: of the boards, received (never an unconfirmed,
 * submitted or not-accepted one) by the end of `to` in Vietnam time, without a result before the
 * start of `from`. The classification is the domain's (dossier-timing.ts).
 */
function inWindow(window: Window): SQL {
  const start = `${window.from}T00:00:00+07:00`;
  const end = `${addDays(window.to, 1)}T00:00:00+07:00`;
  return sql`d.board_id = any(${uuidArray(window.boardIds)})
      and d.received_at is not null
      and d.status not in ('unconfirmed', 'submitted', 'not_accepted')
      and d.received_at < ${end}::timestamptz
      and (d.result_at is null or d.result_at >= ${start}::timestamptz)`;
}

export async function reportDossiers(executor: Executor, window: Window): Promise<ReportDossierRow[]> {
  if (window.boardIds.length === 0) return [];
  return queryRows<ReportDossierRow>(
    executor,
    sql`select d.id, d.board_id, d.procedure_id, p.code as procedure_code, d.channel,
               to_json(d.received_at) #>> '{}' as received_at, to_json(d.result_at) #>> '{}' as result_at,
               d.deadline_value, d.deadline_unit
        from dossiers d
        join procedures p on p.id = d.procedure_id
        where ${inWindow(window)}`,
  );
}

/** A dossier of the window with its supplement requests, as `reportDossiersWithSupplements` reads it. */
export interface ReportDossierWithSupplements extends ReportDossierRow {
  supplements: ReportSupplementRow[];
}

/**
 * `reportDossiers` and `reportSupplements` in one statement answering one JSON text: the same rows
 * (each dossier's supplement requests in the order they were made), a small fraction of the cost on
 * the embedded database, which otherwise spends most of the report's time handing over rows one by
 * one. The timestamps are JSON's form of a timestamptz, as in the two queries.
 */
export async function reportDossiersWithSupplements(
  executor: Executor,
  window: Window,
): Promise<ReportDossierWithSupplements[]> {
  if (window.boardIds.length === 0) return [];
  const boardIds = uuidArray(window.boardIds);
  const [row] = await queryRows<{ rows: string }>(
    executor,
    sql`select coalesce(json_agg(json_build_array(
                 d.id, d.board_id, d.procedure_id, p.code, d.channel, d.received_at, d.result_at,
                 d.deadline_value, d.deadline_unit,
                 (select json_agg(json_build_array(s.requested_at, s.supplied_at) order by s.requested_at)
                  from dossier_supplements s
                  where s.dossier_id = d.id and s.board_id = any(${boardIds}))
               ))::text, '[]') as rows
        from dossiers d
        join procedures p on p.id = d.procedure_id
        where ${inWindow(window)}`,
  );
  type Supplement = [string, string | null];
  type Dossier = [
    string,
    string,
    string,
    string,
    DossierChannel,
    string,
    string | null,
    number,
    DeadlineUnit,
    Supplement[] | null,
  ];
  return (JSON.parse(row?.rows ?? '[]') as Dossier[]).map((d) => ({
    id: d[0],
    board_id: d[1],
    procedure_id: d[2],
    procedure_code: d[3],
    channel: d[4],
    received_at: d[5],
    result_at: d[6],
    deadline_value: d[7],
    deadline_unit: d[8],
    supplements: (d[9] ?? []).map((s) => ({ dossier_id: d[0], requested_at: s[0], supplied_at: s[1] })),
  }));
}

/** The supplement requests of those same dossiers, in the order they were made. */
export async function reportSupplements(executor: Executor, window: Window): Promise<ReportSupplementRow[]> {
  if (window.boardIds.length === 0) return [];
  return queryRows<ReportSupplementRow>(
    executor,
    sql`select s.dossier_id, to_json(s.requested_at) #>> '{}' as requested_at,
               to_json(s.supplied_at) #>> '{}' as supplied_at
        from dossier_supplements s
        join dossiers d on d.id = s.dossier_id
        where s.board_id = any(${uuidArray(window.boardIds)}) and ${inWindow(window)}
        order by s.dossier_id, s.requested_at`,
  );
}

/** Each procedure's name as in force on `asOf` (its earliest version when none was yet). */
export async function procedureNames(
  executor: Executor,
  procedureIds: readonly string[],
  asOf: string,
): Promise<ProcedureNameRow[]> {
  if (procedureIds.length === 0) return [];
  return queryRows<ProcedureNameRow>(
    executor,
    sql`select distinct on (v.procedure_id) v.procedure_id, v.name
        from procedure_versions v
        where v.procedure_id = any(${uuidArray(procedureIds)})
        order by v.procedure_id, (v.effective_from <= ${asOf}::date) desc,
                 case when v.effective_from <= ${asOf}::date then v.effective_from end desc nulls last,
                 v.effective_from asc`,
  );
}
