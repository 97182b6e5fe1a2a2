import { sql } from 'drizzle-orm';
import type {
  DeadlineUnit,
  DossierChannel,
  DossierStatus,
  ProcedureDocument,
} from '../../../domain/one-stop.ts';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';

/** What the forms print of a dossier: its procedure version, board, office and latest supplement. */
export interface FormDossierRow {
  id: string;
  board_id: string;
  board_code: string;
  board_name: string;
  enterprise_id: string | null;
  code: string;
  channel: DossierChannel;
  status: DossierStatus;
  applicant_name: string;
  applicant_address: string | null;
  applicant_phone: string | null;
  applicant_email: string | null;
  summary: string | null;
  submitted_at: string | null;
  received_at: string | null;
  received_by: string | null;
  deadline_value: number;
  deadline_unit: DeadlineUnit;
  due_date: string | null;
  not_accepted_reason: string | null;
  apology_at: string | null;
  apology_reason: string | null;
  apology_new_date: string | null;
  updated_at: string;
  procedure_code: string;
  procedure_name: string;
  documents: ProcedureDocument[];
  result_name: string | null;
  counter_name: string | null;
  office_address: string | null;
  office_phone: string | null;
  supplement_requested_at: string | null;
  supplement_reason: string | null;
  supplement_requested_by: string | null;
}

export interface FormSupplementRow {
  requested_at: string;
  supplied_at: string | null;
}

/**
 * One dossier as its forms print it, if it is on one of `boardIds` — and, when `enterpriseId` is
 * given, that enterprise's.
 */
export async function findFormDossier(
  executor: Executor,
  where: { id: string; boardIds: readonly string[]; enterpriseId?: string | null },
): Promise<FormDossierRow | undefined> {
  if (where.boardIds.length === 0) return undefined;
  const rows = await queryRows<FormDossierRow>(
    executor,
    sql`select d.id, d.board_id, b.code as board_code, b.name as board_name, d.enterprise_id, d.code,
               d.channel, d.status, d.applicant_name, d.applicant_address, d.applicant_phone,
               d.applicant_email, d.summary, to_json(d.submitted_at) #>> '{}' as submitted_at, to_json(d.received_at) #>> '{}' as received_at, d.received_by,
               d.deadline_value, d.deadline_unit, d.due_date::text as due_date,
               d.not_accepted_reason, to_json(d.apology_at) #>> '{}' as apology_at, d.apology_reason,
               d.apology_new_date::text as apology_new_date, to_json(d.updated_at) #>> '{}' as updated_at,
               p.code as procedure_code, v.name as procedure_name, v.documents, v.result_name,
               o.counter_name, o.address as office_address, o.phone as office_phone,
               to_json(s.requested_at) #>> '{}' as supplement_requested_at, s.reason as supplement_reason,
               s.requested_by as supplement_requested_by
        from dossiers d
        join boards b on b.id = d.board_id
        join procedures p on p.id = d.procedure_id
        join procedure_versions v on v.id = d.procedure_version_id
        left join one_stop_offices o on o.board_id = d.board_id
        left join lateral (
          select requested_at, reason, requested_by from dossier_supplements
          where dossier_id = d.id order by requested_at desc limit 1
        ) s on true
        where d.id = ${where.id} and d.board_id = any(${uuidArray(where.boardIds)})
          ${where.enterpriseId ? sql`and d.enterprise_id = ${where.enterpriseId}` : sql``}`,
  );
  return rows[0];
}

export async function formSupplements(executor: Executor, dossierId: string): Promise<FormSupplementRow[]> {
  return queryRows<FormSupplementRow>(
    executor,
    sql`select to_json(requested_at) #>> '{}' as requested_at, to_json(supplied_at) #>> '{}' as supplied_at
        from dossier_supplements
        where dossier_id = ${dossierId} order by requested_at`,
  );
}
