/**
 * The bloc's ranking of a year (kết quả chấm điểm, xếp hạng): every member scored by the year's
 * table (domain/scoring.ts) on the leader's reviewed values where the sheet was reviewed, else on
 * the member's own; a quantitative criterion with a `source` takes its actual value from the
 * consolidated report of the year (or the one-stop statistics), whatever the sheet says.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { AppError } from '../../kernel/errors.ts';
import { scoreMembers, type MemberValues } from '../../../domain/scoring.ts';
import { allBoardIds } from '../boards/index.ts';
import { dossiersReport } from '../one-stop/index.ts';
import { blocReport } from '../reports/index.ts';
import { assertReadBlocYear, loadBlocYearByCode, type BlocYear } from './bloc-access.ts';
import * as repo from './scoring.repository.ts';
import type { ScoringRanking } from './scoring.schemas.ts';
import { describeSource, figureValue, pctText, type ScoringSource } from './scoring-sources.ts';
import { loadTable, maxTotal } from './scoring-table.service.ts';

type Origin = 'source' | 'reviewed' | 'self' | 'none';

/** Per member id, per sourced criterion id, the actual value (null: the report has none). */
type SourcedValues = Map<string, Map<string, string | null>>;

interface SourceStatus {
  available: boolean;
  problem: string | null;
}

function problemOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return 'Chưa lập được báo cáo tổng hợp của khối cho năm này.';
}

/**
 * The sourced criteria's values for every member: from the bloc's consolidated report of the year
 * (and the one-stop statistics of the year for `oneStop.onTimePct`). Read as the system: the
 * ranking is the bloc's shared result, whoever may read it sees the figures it was scored on.
 */
async function sourcedValues(
  executor: Executor,
  year: BlocYear,
  criteria: readonly repo.CriterionRow[],
): Promise<{ values: SourcedValues; status: Map<string, SourceStatus> }> {
  const sourced = criteria.filter((c) => c.kind === 'quantitative' && c.source);
  const values: SourcedValues = new Map(year.members.map((m) => [m.id, new Map()]));
  const status = new Map<string, SourceStatus>();
  if (sourced.length === 0) return { values, status };
  const system = systemActor('emulation:ranking', await allBoardIds(executor));

  const needsReport = sourced.some((c) => c.source !== 'oneStop.onTimePct');
  let report: Awaited<ReturnType<typeof blocReport>> | null = null;
  let reportProblem: string | null = null;
  if (needsReport) {
    try {
      report = await blocReport(executor, system, { bloc: year.bloc.code, period: String(year.year) });
    } catch (error) {
      reportProblem = problemOf(error);
    }
  }
  const onTime = new Map<string, string | null>();
  let oneStopProblem: string | null = null;
  if (sourced.some((c) => c.source === 'oneStop.onTimePct')) {
    try {
      for (const member of year.members) {
        const stats = await dossiersReport(executor, system, {
          boards: [member.code],
          from: `${year.year}-01-01`,
          to: `${year.year}-12-31`,
        });
        onTime.set(member.id, pctText(stats.resolved.onTimePct));
      }
    } catch (error) {
      oneStopProblem = problemOf(error);
    }
  }

  for (const criterion of sourced) {
    const source = criterion.source as ScoringSource;
    if (source === 'oneStop.onTimePct') {
      status.set(criterion.id, { available: oneStopProblem === null, problem: oneStopProblem });
      if (oneStopProblem === null)
        for (const member of year.members)
          values.get(member.id)!.set(criterion.id, onTime.get(member.id) ?? null);
      continue;
    }
    status.set(criterion.id, { available: report !== null, problem: reportProblem });
    if (!report) continue;
    for (const member of year.members) {
      const figures = report.byMember.find((m) => m.board === member.code);
      values.get(member.id)!.set(criterion.id, figures ? figureValue(figures, source) : null);
    }
  }
  return { values, status };
}

/** The ranking of a bloc's year (JSON; the Word document is written from it). */
export async function scoringRanking(
  db: Db,
  actor: Actor,
  code: string,
  yearNumber: number,
): Promise<ScoringRanking> {
  const year = await loadBlocYearByCode(db, code, yearNumber);
  await assertReadBlocYear(db, actor, year);
  const table = await loadTable(db, year);
  const criteria = await repo.tableCriteria(db, table.id);
  const targets = await repo.tableTargets(
    db,
    criteria.map((c) => c.id),
  );
  const sheets = (await repo.tableSheets(db, table.id)).filter((s) =>
    year.members.some((m) => m.id === s.boardId),
  );
  const entries = await repo.sheetEntries(
    db,
    sheets.map((s) => s.id),
  );
  const { values: sourced, status } = await sourcedValues(db, year, criteria);
  const leaves = criteria.filter((c) => c.kind !== 'sum');

  const valuesOf = new Map<string, ScoringRanking['members'][number]['values']>();
  const memberValues: MemberValues[] = year.members.map((member) => {
    const sheet = sheets.find((s) => s.boardId === member.id);
    const reviewed = sheet?.state === 'reviewed';
    const shown: ScoringRanking['members'][number]['values'] = {};
    const values: MemberValues['values'] = {};
    for (const criterion of leaves) {
      const entry = sheet
        ? entries.find((e) => e.sheetId === sheet.id && e.criterionId === criterion.id)
        : undefined;
      const useReviewed =
        reviewed && entry && (entry.reviewedValue !== null || entry.reviewedPassed !== null);
      const typedValue = useReviewed ? entry.reviewedValue : (entry?.selfValue ?? null);
      const typedPassed = useReviewed ? entry.reviewedPassed : (entry?.selfPassed ?? null);
      let origin: Origin = useReviewed
        ? 'reviewed'
        : entry && (entry.selfValue !== null || entry.selfPassed !== null)
          ? 'self'
          : 'none';
      let value = typedValue === null ? null : repo.trimPoints(typedValue);
      const fromSource = sourced.get(member.id)!;
      let typed: string | null | undefined;
      if (fromSource.has(criterion.id)) {
        typed = value;
        value = fromSource.get(criterion.id)!;
        origin = 'source';
      }
      shown[criterion.code] = {
        value,
        passed: criterion.kind === 'pass_fail' ? typedPassed : null,
        from: origin,
        ...(typed !== undefined ? { typed } : {}),
      };
      values[criterion.id] = criterion.kind === 'pass_fail' ? { passed: typedPassed } : { value };
    }
    valuesOf.set(member.id, shown);
    return {
      boardId: member.id,
      values,
      targets: Object.fromEntries(
        targets.filter((t) => t.boardId === member.id).map((t) => [t.criterionId, repo.trimPoints(t.target)]),
      ),
    };
  });

  const scored = scoreMembers(repo.domainCriteria(criteria), memberValues);
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  const depth = new Map<string, number>();
  for (const c of criteria) depth.set(c.id, c.parentId ? depth.get(c.parentId)! + 1 : 0);
  return {
    bloc: year.bloc.code,
    blocName: year.bloc.name,
    year: year.year,
    table: { name: table.name, adoptedBy: table.adoptedBy, maxTotal: maxTotal(criteria) },
    leader: year.members.find((m) => m.id === year.leaderBoardId)?.code ?? '',
    criteria: criteria.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind as ScoringRanking['criteria'][number]['kind'],
      maxPoints: repo.trimPoints(c.maxPoints),
      parent: c.parentId ? codeOf.get(c.parentId)! : null,
      depth: depth.get(c.id)!,
      unit: c.unit,
      source: c.source as ScoringSource | null,
    })),
    members: scored.map((s) => {
      const member = year.members.find((m) => m.id === s.boardId)!;
      const sheet = sheets.find((x) => x.boardId === member.id);
      return {
        board: member.code,
        name: member.name,
        rank: s.rank,
        total: s.total,
        sheetState: (sheet?.state ?? null) as ScoringRanking['members'][number]['sheetState'],
        basis: sheet?.state === 'reviewed' ? ('reviewed' as const) : ('self' as const),
        points: Object.fromEntries(Object.entries(s.points).map(([id, points]) => [codeOf.get(id)!, points])),
        values: valuesOf.get(member.id)!,
      };
    }),
    sources: criteria
      .filter((c) => status.has(c.id))
      .map((c) => ({
        criterion: c.code,
        source: c.source as ScoringSource,
        ...describeSource(c.source as ScoringSource),
        ...status.get(c.id)!,
      })),
  };
}
