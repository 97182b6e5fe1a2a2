/**
 * The data package's one-stop kinds (one-stop-v1 "In the data package"): calendarYears,
 * procedures, dossiers — their checks (run by packages/package-validation.ts), their writing
 * (run by packages/package-import.service.ts, in the import's transaction) and their export.
 *
 * - calendarYears replace the whole schedule of each year named; database-wide, so only an
 *   actor who may manage the calendar may send them. Every dossier's due date is recomputed after.
 * - procedures are upserted by (board, code), their versions by effectiveFrom: the top level of a
 *   record is one version (from `effectiveFrom`, default DEFAULT_EFFECTIVE_FROM = 2021-01-01),
 *   `versions` the others. A version the package does not name is kept (dossiers may hold it).
 * - dossiers are upserted by code (unique in the database): the version of the procedure in
 *   force on the receipt date (Vietnam time) is linked and its deadline kept on the dossier; the
 *   status is derived; the supplements are replaced as a whole; the due date is computed
 *   (recomputeDueDates), never taken from the package (a `dueDate` key is ignored).
 */
import type { Actor } from '../../kernel/actor.ts';
import { can } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import { eachInSlices } from '../../kernel/cooperative.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import type { DossierStatus } from '../../../domain/one-stop.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import { findEnterprisesByTaxCodes } from '../enterprises/index.ts';
import type {
  DataPackage,
  PackageBoards,
  PackageEnterprises,
  PackageCalendarYear,
  PackageContext,
  PackageDossier,
  PackageProcedure,
} from '../packages/index.ts';
import { DEFAULT_EFFECTIVE_FROM, str, vietnamDateOfTimestamp } from '../packages/index.ts';
import { loadWorkingCalendar, upsertCalendarYear } from './calendar.service.ts';
import { recomputeDueDates } from './dossier-due-dates.ts';
import * as repo from './one-stop-package.repository.ts';
import { officeOf, setOffice } from './office.service.ts';
import { upsertProcedureVersion } from './procedures.service.ts';

export interface OneStopCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Procedures the package's dossiers may name: the package's and (once looked up) the database's. */
export interface PackageProcedures {
  /** Looks up in the database the procedures these dossiers name and the package does not declare. */
  lookUp(records: unknown[]): Promise<void>;
  /** The dates each version of a board's procedure is in force from, or null when it is unknown. */
  versionDates(boardCode: string, code: string): string[] | null;
}

const CALENDAR_FIELDS = { year: 'year' } as const;

// ─── Checks ──────────────────────────────────────────────────────────────────────────────────

/** Each year once; only an actor who may manage the calendar (database-wide) may set one. */
export async function checkPackageCalendarYears(ctx: PackageContext): Promise<void> {
  const { problems } = ctx;
  const seen = new Set<number>();
  const allowed = can(ctx.actor, 'calendar.manage');
  await eachInSlices(ctx.raw.calendarYears, (record, index) => {
    const year = typeof record === 'object' && record !== null ? (record as { year?: unknown }).year : null;
    if (typeof year !== 'number') return;
    if (seen.has(year)) {
      problems.add(
        'calendarYears',
        index,
        String(year),
        CALENDAR_FIELDS.year,
        'DUPLICATE_CODE',
        `Năm ${year} xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    seen.add(year);
    if (!allowed) {
      problems.add(
        'calendarYears',
        index,
        String(year),
        CALENDAR_FIELDS.year,
        'FORBIDDEN',
        'Chỉ quản trị viên mới được đặt lịch ngày làm việc (áp dụng cho toàn bộ cơ sở dữ liệu).',
      );
    }
  });
}

const versionDatesOf = (procedure: PackageProcedure): string[] =>
  [
    procedure.effectiveFrom ?? DEFAULT_EFFECTIVE_FROM,
    ...(procedure.versions ?? []).map((v) => v.effectiveFrom),
  ].sort();

/** Each (board, code) once, on a board the actor may write. */
export async function checkPackageProcedures(
  ctx: PackageContext,
  { boards }: { boards: PackageBoards },
): Promise<PackageProcedures> {
  const { problems } = ctx;
  const declared = new Map<string, string[]>(); // board|code → version dates (valid records only)
  const seen = new Set<string>();
  const checked: { index: number; boardCode: string; procedure: PackageProcedure }[] = [];
  await eachInSlices(ctx.raw.procedures, (record, index) => {
    const code = str(record, 'code');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    const key = `${boardCode}|${code}`;
    if (seen.has(key)) {
      problems.add(
        'procedures',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã thủ tục "${code}" của Ban Quản lý "${boardCode}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    seen.add(key);
    const valid = ctx.valid.procedures.get(index);
    if (!valid) return;
    if (!boards.checkReference('procedures', index, code, boardCode)) return;
    declared.set(key, versionDatesOf(valid));
    checked.push({ index, boardCode, procedure: valid });
  });
  await checkVersionsInUse(ctx, boards, checked);

  const stored = new Map<string, string[]>();
  return {
    async lookUp(records) {
      const wanted = new Map<string, Set<string>>(); // board code → procedure codes
      for (const record of records) {
        const boardCode = str(record, 'boardCode');
        const code = str(record, 'procedureCode');
        if (!boardCode || !code || declared.has(`${boardCode}|${code}`) || stored.has(`${boardCode}|${code}`))
          continue;
        if (!boards.existing.has(boardCode)) continue;
        wanted.set(boardCode, (wanted.get(boardCode) ?? new Set()).add(code));
      }
      for (const [boardCode, codes] of wanted) {
        const board = boards.existing.get(boardCode)!;
        const rows = await repo.findProceduresByCodes(ctx.executor, board.id, [...codes]);
        const versions = await repo.versionsOfProcedures(
          ctx.executor,
          rows.map((r) => r.id),
        );
        for (const row of rows)
          stored.set(
            `${boardCode}|${row.code}`,
            versions.filter((v) => v.procedureId === row.id).map((v) => v.effectiveFrom),
          );
      }
    },
    versionDates(boardCode, code) {
      return declared.get(`${boardCode}|${code}`) ?? stored.get(`${boardCode}|${code}`) ?? null;
    },
  };
}

/**
 * A stored version that dossiers hold keeps its deadline (the dossiers keep theirs): a package
 * that changes it is refused, as the catalogue refuses it (PROCEDURE_VERSION_IN_USE).
 */
async function checkVersionsInUse(
  ctx: PackageContext,
  boards: PackageBoards,
  checked: { index: number; boardCode: string; procedure: PackageProcedure }[],
): Promise<void> {
  for (const [boardCode, records] of groupBy(checked, (c) => c.boardCode)) {
    const board = boards.existing.get(boardCode);
    if (!board) continue;
    const stored = await repo.findProceduresByCodes(
      ctx.executor,
      board.id,
      records.map((r) => r.procedure.code),
    );
    if (stored.length === 0) continue;
    const versions = await repo.versionsOfProcedures(
      ctx.executor,
      stored.map((p) => p.id),
    );
    const inUse = await repo.versionIdsInUse(
      ctx.executor,
      versions.map((v) => v.id),
    );
    for (const { index, procedure } of records) {
      const row = stored.find((p) => p.code === procedure.code);
      if (!row) continue;
      const inputs: [VersionInput, string][] = [
        [procedure, ''],
        ...(procedure.versions ?? []).map((v, i): [VersionInput, string] => [v, `versions.${i}.`]),
      ];
      for (const [input, prefix] of inputs) {
        const effectiveFrom = input.effectiveFrom ?? DEFAULT_EFFECTIVE_FROM;
        const current = versions.find((v) => v.procedureId === row.id && v.effectiveFrom === effectiveFrom);
        if (
          current &&
          inUse.has(current.id) &&
          (current.deadlineValue !== input.deadline.value || current.deadlineUnit !== input.deadline.unit)
        ) {
          ctx.problems.add(
            'procedures',
            index,
            procedure.code,
            `${prefix}deadline`,
            'PROCEDURE_VERSION_IN_USE',
            `Đã có hồ sơ tiếp nhận theo phiên bản hiệu lực từ ${effectiveFrom}: không thể đổi thời hạn giải quyết; hãy thêm một phiên bản mới.`,
          );
        }
      }
    }
  }
}

/** The latest of the dates on or before `date`, or null. */
function inForce(dates: readonly string[], date: string): string | null {
  let found: string | null = null;
  for (const d of dates) if (d <= date && (found === null || d > found)) found = d;
  return found;
}

/**
 * Each code once in the package and not another board's in the database; a board the actor may
 * write; a procedure of that board (package or database) with a version in force on the receipt.
 */
export async function checkPackageDossiers(
  ctx: PackageContext,
  {
    boards,
    procedures,
    enterprises,
  }: { boards: PackageBoards; procedures: PackageProcedures; enterprises: PackageEnterprises },
): Promise<void> {
  const { problems } = ctx;
  await procedures.lookUp(ctx.raw.dossiers);
  await enterprises.lookUp([
    ...new Set(
      ctx.raw.dossiers.map((r) => str(r, 'enterpriseTaxCode')).filter((c): c is string => c !== null),
    ),
  ]);
  const codes = ctx.raw.dossiers.map((r) => str(r, 'code')).filter((c): c is string => c !== null);
  const storedBoard = new Map(
    (await repo.findDossiersByCodes(ctx.executor, codes)).map((d) => [d.code, d.boardId]),
  );
  const seen = new Set<string>();
  await eachInSlices(ctx.raw.dossiers, (record, index) => {
    const code = str(record, 'code');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    if (seen.has(code)) {
      problems.add(
        'dossiers',
        index,
        code,
        'code',
        'DUPLICATE_CODE',
        `Mã hồ sơ "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    seen.add(code);
    const dossier = ctx.valid.dossiers.get(index);
    if (!dossier) return;
    if (!boards.checkReference('dossiers', index, code, boardCode)) return;
    const holder = storedBoard.get(code);
    if (holder !== undefined && holder !== boards.existing.get(boardCode)?.id) {
      problems.add(
        'dossiers',
        index,
        code,
        'code',
        'DOSSIER_CODE_TAKEN',
        `Mã hồ sơ "${code}" đã là mã của một hồ sơ thuộc Ban Quản lý khác; mã hồ sơ là duy nhất trong hệ thống.`,
      );
      return;
    }
    const dates = procedures.versionDates(boardCode, dossier.procedureCode);
    if (!dates) {
      problems.add(
        'dossiers',
        index,
        code,
        'procedureCode',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy thủ tục "${dossier.procedureCode}" của Ban Quản lý "${boardCode}".`,
      );
      return;
    }
    const enterpriseBoard = dossier.enterpriseBoardCode ?? boardCode;
    if (
      dossier.enterpriseTaxCode &&
      !enterprises.boardsOf(dossier.enterpriseTaxCode).includes(enterpriseBoard)
    ) {
      problems.add(
        'dossiers',
        index,
        code,
        'enterpriseTaxCode',
        'REFERENCE_NOT_FOUND',
        `Không tìm thấy doanh nghiệp có mã số thuế "${dossier.enterpriseTaxCode}" của Ban Quản lý "${enterpriseBoard}".`,
      );
    }
    const receivedOn = vietnamDateOfTimestamp(dossier.receivedAt);
    if (!inForce(dates, receivedOn)) {
      problems.add(
        'dossiers',
        index,
        code,
        'receivedAt',
        'NO_VERSION_IN_FORCE',
        `Thủ tục "${dossier.procedureCode}" chưa có hiệu lực vào ngày tiếp nhận ${receivedOn}.`,
      );
    }
  });
}

// ─── Writing ─────────────────────────────────────────────────────────────────────────────────

const sortedUnique = (dates: readonly string[]) => [...new Set(dates)].sort();

/**
 * The years' schedules, each through the calendar's upsertCalendarYear (its rules, its audit);
 * the package's lists are checked already (PackageCalendarYear) and given sorted, each date once.
 */
async function upsertCalendarYears(
  tx: Executor,
  actor: Actor,
  records: PackageCalendarYear[],
): Promise<OneStopCounts & { changedYears: number[] }> {
  const outcome = { created: 0, updated: 0, unchanged: 0, changedYears: [] as number[] };
  for (const record of records) {
    const result = await upsertCalendarYear(tx, actor, {
      year: record.year,
      daysOff: sortedUnique(record.daysOff),
      workdays: sortedUnique(record.workdays),
      note: record.note ?? null,
    });
    outcome[result.outcome]++;
    if (result.outcome !== 'unchanged') outcome.changedYears.push(record.year);
  }
  return outcome;
}

type VersionInput = Omit<
  PackageProcedure,
  'code' | 'boardCode' | 'versions' | 'retiredOn' | 'effectiveFrom'
> & {
  effectiveFrom?: string | null | undefined;
};

/**
 * A board's procedures: each version by (board, code, effectiveFrom) through the catalogue's
 * upsertProcedureVersion (its rules, its audit), then the procedure's retirement. A record counts
 * once: created (a new procedure), updated (any version or the retirement changed) or unchanged.
 */
async function upsertProcedures(
  tx: Executor,
  actor: Actor,
  boardId: string,
  records: PackageProcedure[],
): Promise<OneStopCounts> {
  const outcome = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Set(
    (
      await repo.findProceduresByCodes(
        tx,
        boardId,
        records.map((r) => r.code),
      )
    ).map((row) => row.code),
  );
  const audit: AuditEntry[] = [];
  for (const record of records) {
    let changed = false;
    for (const input of [record, ...(record.versions ?? [])] as VersionInput[]) {
      const result = await upsertProcedureVersion(tx, actor, {
        boardId,
        code: record.code,
        effectiveFrom: input.effectiveFrom ?? DEFAULT_EFFECTIVE_FROM,
        name: input.name,
        field: input.field ?? undefined,
        legalBasis: input.legalBasis ?? null,
        deadline: input.deadline,
        onlineLevel: input.onlineLevel,
        fee: input.fee ?? null,
        documents: (input.documents ?? []).map((d) => ({
          name: d.name,
          originals: d.originals,
          copies: d.copies,
          note: d.note ?? null,
        })),
        steps: input.steps ?? [],
        resultName: input.resultName ?? null,
      });
      if (result !== 'unchanged') changed = true;
    }
    const procedure = (await repo.findProceduresByCodes(tx, boardId, [record.code]))[0]!;
    if ((procedure.retiredOn ?? null) !== (record.retiredOn ?? null)) {
      const row = await repo.updateProcedureRetiredOn(tx, procedure.id, record.retiredOn ?? null);
      audit.push({
        boardId,
        action: 'update',
        entityType: 'procedure',
        entityId: row.id,
        entityKey: row.code,
        before: procedure,
        after: row,
      });
      changed = true;
    }
    if (!existing.has(record.code)) outcome.created++;
    else if (changed) outcome.updated++;
    else outcome.unchanged++;
  }
  await recordAudit(tx, actor, audit);
  return outcome;
}

/** The status a package's dossier is in: a result → resolved; a supplement awaited; else processing. */
export function packageDossierStatus(dossier: PackageDossier): DossierStatus {
  if (dossier.result) return 'resolved';
  const last = dossier.supplements?.at(-1);
  return last && last.suppliedAt == null ? 'awaiting_supplement' : 'processing';
}

const DEFAULT_SUPPLEMENT_REASON = 'Bổ sung, hoàn thiện hồ sơ';
const instant = (value: string | null | undefined) => (value == null ? null : new Date(value));
const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** A board's dossiers by code; returns the ids of every dossier the package names. */
async function upsertDossiers(
  tx: Executor,
  actor: Actor,
  boardId: string,
  records: PackageDossier[],
  boardIdOf: (boardCode: string) => string,
): Promise<OneStopCounts & { ids: string[] }> {
  const outcome = { created: 0, updated: 0, unchanged: 0, ids: [] as string[] };
  if (records.length === 0) return outcome;
  const procedureRows = await repo.findProceduresByCodes(
    tx,
    boardId,
    records.map((r) => r.procedureCode),
  );
  const versions = await repo.versionsOfProcedures(
    tx,
    procedureRows.map((p) => p.id),
  );
  const procedureOf = new Map(procedureRows.map((p) => [p.code, p]));
  const versionOn = (procedureId: string, date: string) => {
    let found: repo.ProcedureVersionRow | undefined;
    for (const v of versions)
      if (
        v.procedureId === procedureId &&
        v.effectiveFrom <= date &&
        (!found || v.effectiveFrom > found.effectiveFrom)
      )
        found = v;
    return found!;
  };
  const existing = new Map(
    (
      await repo.findDossiersByCodes(
        tx,
        records.map((r) => r.code),
      )
    ).map((d) => [d.code, d]),
  );
  const storedSupplements = await repo.supplementsOfDossiers(
    tx,
    [...existing.values()].map((d) => d.id),
  );
  // The enterprise a dossier belongs to: named by enterpriseTaxCode, else by the applicant's tax
  // code when the board has an enterprise of it; neither stated: as stored.
  const linkCode = (record: PackageDossier) =>
    record.enterpriseTaxCode !== undefined ? record.enterpriseTaxCode : record.applicantTaxCode;
  const enterpriseBoardOf = (record: PackageDossier) =>
    record.enterpriseBoardCode ? boardIdOf(record.enterpriseBoardCode) : boardId;
  const enterpriseOf = new Map(
    (
      await findEnterprisesByTaxCodes(
        tx,
        [...new Set([boardId, ...records.map(enterpriseBoardOf)])],
        [...new Set(records.map(linkCode).filter((c): c is string => typeof c === 'string'))],
      )
    ).map((e) => [`${e.boardId} ${e.taxCode}`, e.id]),
  );
  const audit: AuditEntry[] = [];
  const toInsert: { record: PackageDossier; values: Parameters<typeof repo.insertDossiers>[1][number] }[] =
    [];
  const label = actor.label;
  const supplementValues = (record: PackageDossier) =>
    (record.supplements ?? []).map((s) => ({
      requestedAt: new Date(s.requestedAt),
      suppliedAt: instant(s.suppliedAt),
      reason: s.reason ?? DEFAULT_SUPPLEMENT_REASON,
    }));

  for (const record of records) {
    const procedure = procedureOf.get(record.procedureCode)!;
    const version = versionOn(procedure.id, vietnamDateOfTimestamp(record.receivedAt));
    const current = existing.get(record.code);
    // Extras the package leaves out keep what is stored; null clears them.
    const extra = <
      K extends 'summary' | 'applicantTaxCode' | 'applicantEmail' | 'applicantPhone' | 'applicantAddress',
    >(
      key: K,
    ) => (record[key] !== undefined ? (record[key] ?? null) : (current?.[key] ?? null));
    let status = packageDossierStatus(record);
    if (status === 'resolved' && current?.status === 'returned') status = 'returned';
    const values = {
      boardId,
      code: record.code,
      procedureId: procedure.id,
      procedureVersionId: version.id,
      channel: record.channel,
      status,
      applicantName: record.applicant,
      applicantTaxCode: extra('applicantTaxCode'),
      applicantEmail: extra('applicantEmail'),
      applicantPhone: extra('applicantPhone'),
      applicantAddress: extra('applicantAddress'),
      summary: extra('summary'),
      enterpriseId:
        linkCode(record) !== undefined
          ? (enterpriseOf.get(`${enterpriseBoardOf(record)} ${linkCode(record) ?? ''}`) ?? null)
          : (current?.enterpriseId ?? null),
      receivedAt: new Date(record.receivedAt),
      deadlineValue: version.deadlineValue,
      deadlineUnit: version.deadlineUnit,
      resultKind: record.result?.kind ?? null,
      resultAt: instant(record.result?.at),
      resultNumber: record.result ? (record.result.number ?? null) : null,
      resultNote: record.result ? (record.result.note ?? null) : null,
      searchText: '',
    };
    values.searchText = normaliseForSearch(
      [record.code, record.applicant, values.applicantTaxCode, values.summary].filter(Boolean).join(' '),
    );
    if (!current) {
      toInsert.push({ record, values });
      continue;
    }
    const incoming = supplementValues(record);
    const mine = storedSupplements.filter((s) => s.dossierId === current.id);
    const sameSupplements =
      mine.length === incoming.length &&
      mine.every(
        (s, i) =>
          sameInstant(s.requestedAt, incoming[i]!.requestedAt) &&
          sameInstant(s.suppliedAt, incoming[i]!.suppliedAt) &&
          s.reason === incoming[i]!.reason,
      );
    const sameRow =
      current.boardId === boardId &&
      current.procedureId === values.procedureId &&
      current.procedureVersionId === values.procedureVersionId &&
      current.channel === values.channel &&
      current.status === values.status &&
      current.applicantName === values.applicantName &&
      current.applicantTaxCode === values.applicantTaxCode &&
      current.applicantEmail === values.applicantEmail &&
      current.applicantPhone === values.applicantPhone &&
      current.applicantAddress === values.applicantAddress &&
      current.summary === values.summary &&
      current.enterpriseId === values.enterpriseId &&
      sameInstant(current.receivedAt, values.receivedAt) &&
      current.deadlineValue === values.deadlineValue &&
      current.deadlineUnit === values.deadlineUnit &&
      current.resultKind === values.resultKind &&
      sameInstant(current.resultAt, values.resultAt) &&
      current.resultNumber === values.resultNumber &&
      current.resultNote === values.resultNote;
    outcome.ids.push(current.id);
    if (sameRow && sameSupplements) {
      outcome.unchanged++;
      continue;
    }
    const row = sameRow ? current : await repo.updateDossier(tx, current.id, values);
    if (!sameSupplements)
      await repo.replaceSupplements(
        tx,
        current.id,
        incoming.map((s) => ({ ...s, boardId, dossierId: current.id, requestedBy: label })),
      );
    audit.push({
      boardId,
      action: 'update',
      entityType: 'dossier',
      entityId: row.id,
      entityKey: row.code,
      before: { ...current, supplements: mine },
      after: { ...row, supplements: incoming },
    });
    outcome.updated++;
  }
  const inserted = await repo.insertDossiers(
    tx,
    toInsert.map((i) => i.values),
  );
  const idOf = new Map(inserted.map((row) => [row.code, row]));
  await repo.insertSupplements(
    tx,
    toInsert.flatMap(({ record }) =>
      supplementValues(record).map((s) => ({
        ...s,
        boardId,
        dossierId: idOf.get(record.code)!.id,
        requestedBy: label,
      })),
    ),
  );
  for (const row of inserted) {
    outcome.ids.push(row.id);
    outcome.created++;
    audit.push({
      boardId,
      action: 'create',
      entityType: 'dossier',
      entityId: row.id,
      entityKey: row.code,
      after: row,
    });
  }
  await recordAudit(tx, actor, audit);
  return outcome;
}

/**
 * Writes the package's one-stop kinds, in its transaction: calendar years, procedures, dossiers;
 * then the due dates — of every dossier when a year's schedule changed (from the year before
 * the earliest changed year: a dossier received in December may fall due in January), else of
 * the dossiers the package names.
 */
export async function upsertPackageOneStop(
  tx: Executor,
  actor: Actor,
  pkg: Pick<DataPackage, 'calendarYears' | 'procedures' | 'dossiers'>,
  boardIdOf: (boardCode: string) => string,
): Promise<{ calendarYears: OneStopCounts; procedures: OneStopCounts; dossiers: OneStopCounts }> {
  const years = await upsertCalendarYears(tx, actor, pkg.calendarYears);
  const procedures = { created: 0, updated: 0, unchanged: 0 };
  const dossiers = { created: 0, updated: 0, unchanged: 0 };
  const add = (to: OneStopCounts, from: OneStopCounts) => {
    to.created += from.created;
    to.updated += from.updated;
    to.unchanged += from.unchanged;
  };
  for (const [boardCode, records] of groupBy(pkg.procedures, (p) => p.boardCode))
    add(procedures, await upsertProcedures(tx, actor, boardIdOf(boardCode), records));
  const dossierIds: string[] = [];
  for (const [boardCode, records] of groupBy(pkg.dossiers, (d) => d.boardCode)) {
    const outcome = await upsertDossiers(tx, actor, boardIdOf(boardCode), records, boardIdOf);
    add(dossiers, outcome);
    dossierIds.push(...outcome.ids);
  }
  if (years.changedYears.length > 0 || dossierIds.length > 0) {
    const calendar = await loadWorkingCalendar(tx);
    if (years.changedYears.length > 0)
      await recomputeDueDates(tx, calendar, { fromYear: Math.min(...years.changedYears) - 1 });
    if (dossierIds.length > 0) await recomputeDueDates(tx, calendar, { dossierIds });
  }
  const { changedYears: _changed, ...calendarYears } = years;
  return { calendarYears, procedures, dossiers };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

// ─── Export ──────────────────────────────────────────────────────────────────────────────────

/** Drops null and undefined fields, so optional fields are simply absent. */
function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as T;
}

function versionRecord(v: repo.ProcedureVersionRow) {
  return compact({
    name: v.name,
    deadline: { value: v.deadlineValue, unit: v.deadlineUnit },
    onlineLevel: v.onlineLevel,
    legalBasis: v.legalBasis,
    fee: v.fee,
    field: v.field,
    effectiveFrom: v.effectiveFrom,
    documents: v.documents.length > 0 ? v.documents : null,
    steps: v.steps.length > 0 ? v.steps : null,
    resultName: v.resultName,
  });
}

/**
 * The one-stop kinds of an export: the years set in the database (not the built-in or default
 * ones), and the boards' procedures (the version in force today at the top level, the others in
 * `versions`) and received dossiers with their supplements and results.
 */
/** A dossier's enterprise as the package names it: its tax code, and its board when another's. */
function linkedEnterprise(
  enterprise: { taxCode: string; boardCode: string } | undefined,
  dossierBoard: string,
) {
  if (!enterprise) return { enterpriseTaxCode: null };
  return {
    enterpriseTaxCode: enterprise.taxCode,
    ...(enterprise.boardCode === dossierBoard ? {} : { enterpriseBoardCode: enterprise.boardCode }),
  };
}

export async function exportPackageOneStop(
  executor: Executor,
  boardIds: string[],
  boardCodeOf: (boardId: string) => string,
  enterpriseOf: (enterpriseId: string) => { taxCode: string; boardCode: string } | undefined,
): Promise<Pick<DataPackage, 'calendarYears' | 'procedures' | 'dossiers'>> {
  const years = await repo.findCalendarYears(executor);
  const procedureRows = await repo.proceduresOfBoards(executor, boardIds);
  const versions = await repo.versionsOfProcedures(
    executor,
    procedureRows.map((p) => p.id),
  );
  const today = vietnamToday();
  const procedures = procedureRows.map((p): PackageProcedure => {
    const mine = versions.filter((v) => v.procedureId === p.id);
    const top = [...mine].reverse().find((v) => v.effectiveFrom <= today) ?? mine[0]!;
    const others = mine.filter((v) => v !== top);
    return compact({
      code: p.code,
      boardCode: boardCodeOf(p.boardId),
      ...versionRecord(top),
      retiredOn: p.retiredOn,
      versions: others.length > 0 ? others.map(versionRecord) : null,
    }) as PackageProcedure;
  });
  const procedureCode = new Map(procedureRows.map((p) => [p.id, p.code]));
  const dossierRows = await repo.receivedDossiersOfBoards(executor, boardIds);
  const supplements = await repo.supplementsOfDossiers(
    executor,
    dossierRows.map((d) => d.id),
  );
  const supplementsOf = groupBy(supplements, (s) => s.dossierId);
  const dossiers = dossierRows.map(
    (d): PackageDossier =>
      compact({
        code: d.code,
        boardCode: boardCodeOf(d.boardId),
        procedureCode: procedureCode.get(d.procedureId)!,
        channel: d.channel,
        applicant: d.applicantName,
        receivedAt: toVietnamTimestamp(d.receivedAt!),
        supplements: (supplementsOf.get(d.id) ?? []).map((s) =>
          compact({
            requestedAt: toVietnamTimestamp(s.requestedAt),
            suppliedAt: s.suppliedAt ? toVietnamTimestamp(s.suppliedAt) : null,
            reason: s.reason,
          }),
        ),
        result:
          d.resultKind && d.resultAt
            ? compact({
                kind: d.resultKind,
                at: toVietnamTimestamp(d.resultAt),
                number: d.resultNumber,
                note: d.resultNote,
              })
            : null,
        summary: d.summary,
        applicantTaxCode: d.applicantTaxCode,
        applicantEmail: d.applicantEmail,
        applicantPhone: d.applicantPhone,
        applicantAddress: d.applicantAddress,
        ...linkedEnterprise(
          d.enterpriseId ? enterpriseOf(d.enterpriseId) : undefined,
          boardCodeOf(d.boardId),
        ),
      }) as PackageDossier,
  );
  return {
    calendarYears: years.map((y) =>
      compact({
        year: y.year,
        daysOff: sortedUnique(y.daysOff),
        workdays: sortedUnique(y.workdays),
        note: y.note,
      }),
    ),
    procedures,
    dossiers,
  };
}

// ─── The office ──────────────────────────────────────────────────────────────────────────────

export interface OneStopOfficeValues {
  codePrefix: string;
  counterName?: string | null;
  address?: string | null;
  phone?: string | null;
  hours?: string | null;
}

/**
 * Sets a board's one-stop office (its dossier code prefix, what its slips print) through the
 * office service (its rules, its audit) unless it is already so. The demo sets the Thái Bình
 * board's (H56.22).
 */
export async function upsertOneStopOffice(
  db: Db,
  actor: Actor,
  boardId: string,
  office: OneStopOfficeValues,
): Promise<'created' | 'updated' | 'unchanged'> {
  const values = {
    codePrefix: office.codePrefix,
    counterName: office.counterName ?? null,
    address: office.address ?? null,
    phone: office.phone ?? null,
    hours: office.hours ?? null,
  };
  const current = await officeOf(db, boardId);
  if (
    current.version !== null &&
    (Object.keys(values) as (keyof typeof values)[]).every((k) => current[k] === values[k])
  )
    return 'unchanged';
  await setOffice(db, actor, {
    boardId,
    ...(current.version !== null ? { version: current.version } : {}),
    ...values,
  });
  return current.version === null ? 'created' : 'updated';
}
