/**
 * The bloc's consolidated report (blocs-v1), from the members' records in the database or, for a
 * member whose records are not here, from the return the leader entered.
 */
import { can, systemActor, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { addDecimal, trimDecimal } from '../../../domain/decimal.ts';
import { centsToUsd, usdToCents } from '../../../domain/money.ts';
import { growthPercent } from '../../../domain/percent.ts';
import {
  isPeriod,
  parsePeriod,
  periodEnd,
  periodStart,
  previousYearPeriod,
} from '../../../domain/periods.ts';
import { boardDirectory } from '../boards/index.ts';
import * as repo from './bloc-report.repository.ts';
import type { BlocFigures, BlocReport, BlocReportQuery } from './bloc-report.schemas.ts';
import { investmentReport } from './investment-report.service.ts';
import { productionReport } from './production-report.service.ts';
import { ReportErrors } from './reports.errors.ts';
import { zonesReport } from './zones-report.service.ts';

/** Where a member's figures of one period come from (an extra key of each member's entry). */
export type BlocFigureSource = 'records' | 'return' | 'none';

/** A zone group's figures at one date: how many zones, and Σ of their planned area. */
interface ZoneGroup {
  count: number;
  /** Hectares, without trailing zeros ("2560", "12.5"). */
  areaHa: string;
}

/** One member's figures of one period, before they are paired with the previous period's. */
export interface PeriodFigures {
  newProjects: { fdi: number; ddi: number };
  /** USD with two decimals (signed: adjustments may reduce capital) and whole đồng. */
  capitalNewAndAdjusted: { fdiUsd: string; ddiVnd: string };
  revenue: { fdiUsd: string; ddiVnd: string };
  budgetPaid: { fdiUsd: string; ddiVnd: string };
  zones: { inPlan: ZoneGroup; operating: ZoneGroup; underConstruction: ZoneGroup };
}

const ZERO_ZONES: ZoneGroup = { count: 0, areaHa: '0' };
/** A member with neither records nor a return for the period: every figure zero. */
export const NO_FIGURES: PeriodFigures = {
  newProjects: { fdi: 0, ddi: 0 },
  capitalNewAndAdjusted: { fdiUsd: '0.00', ddiVnd: '0' },
  revenue: { fdiUsd: '0.00', ddiVnd: '0' },
  budgetPaid: { fdiUsd: '0.00', ddiVnd: '0' },
  zones: { inPlan: ZERO_ZONES, operating: ZERO_ZONES, underConstruction: ZERO_ZONES },
};

const addUsd = (a: string, b: string) => centsToUsd(usdToCents(a) + usdToCents(b));
const addVnd = (a: string, b: string) => (BigInt(a) + BigInt(b)).toString();
const addArea = (a: string, b: string) => trimDecimal(addDecimal(a, b));

/**
 * A member's figures of one period from its own records, on the boundaries of `boundariesAsOf`:
 * the investment, production and zones reports' own rules (reports-v1).
 */
async function recordFigures(
  executor: Executor,
  actor: Actor,
  board: string,
  boundariesAsOf: string,
  period: string,
  production: Awaited<ReturnType<typeof productionReport>>,
  which: 'value' | 'previous',
): Promise<PeriodFigures> {
  const investment = await investmentReport(executor, actor, {
    boards: [board],
    from: periodStart(period),
    to: periodEnd(period),
    boundariesAsOf,
  });
  const zones = await zonesReport(executor, actor, {
    boards: [board],
    asOf: periodEnd(period),
    boundariesAsOf,
  });
  const { new: fresh, adjustments } = investment.licensing;
  const { revenueUsd, revenueVnd, budgetPaidUsd, budgetPaidVnd } = production.indicators;
  const group = (g: { count: number; areaHa: string }): ZoneGroup => ({
    count: g.count,
    areaHa: trimDecimal(g.areaHa),
  });
  return {
    newProjects: { fdi: fresh.fdi.count, ddi: fresh.ddi.count },
    capitalNewAndAdjusted: {
      fdiUsd: addUsd(fresh.fdi.capitalUsd, adjustments.fdi.capitalChangeUsd),
      ddiVnd: addVnd(fresh.ddi.capitalVnd, adjustments.ddi.capitalChangeVnd),
    },
    revenue: { fdiUsd: addUsd(revenueUsd.fdi[which], '0'), ddiVnd: revenueVnd.ddi[which] },
    budgetPaid: { fdiUsd: addUsd(budgetPaidUsd.fdi[which], '0'), ddiVnd: budgetPaidVnd.ddi[which] },
    zones: {
      inPlan: group(zones.total),
      operating: group(zones.byStatus.operating),
      underConstruction: group(zones.byStatus.under_construction),
    },
  };
}

/** A member's figures of one period as its return states them. */
export function returnFigures(row: repo.BlocReturnRow): PeriodFigures {
  return {
    newProjects: { fdi: row.newProjectsFdi, ddi: row.newProjectsDdi },
    capitalNewAndAdjusted: {
      fdiUsd: addUsd(row.capitalFdiUsd, '0'),
      ddiVnd: addVnd(row.capitalDdiVnd, '0'),
    },
    revenue: { fdiUsd: addUsd(row.revenueFdiUsd, '0'), ddiVnd: addVnd(row.revenueDdiVnd, '0') },
    budgetPaid: { fdiUsd: addUsd(row.budgetPaidFdiUsd, '0'), ddiVnd: addVnd(row.budgetPaidDdiVnd, '0') },
    zones: {
      inPlan: { count: row.zonesInPlanCount, areaHa: trimDecimal(row.zonesInPlanAreaHa) },
      operating: { count: row.zonesOperatingCount, areaHa: trimDecimal(row.zonesOperatingAreaHa) },
      underConstruction: {
        count: row.zonesUnderConstructionCount,
        areaHa: trimDecimal(row.zonesUnderConstructionAreaHa),
      },
    },
  };
}

const money = (value: string, previous: string) => ({
  value,
  previous,
  growthPct: growthPercent(value, previous),
});
const counted = (value: number, previous: number) => ({
  value,
  previous,
  growthPct: growthPercent(value, previous),
});

/** The period's figures against the previous period's, as reports-v1 leaves. */
export function compareFigures(current: PeriodFigures, previous: PeriodFigures): BlocFigures {
  const zone = (key: keyof PeriodFigures['zones']) => ({
    count: counted(current.zones[key].count, previous.zones[key].count),
    areaHa: money(current.zones[key].areaHa, previous.zones[key].areaHa),
  });
  const pair = (key: 'capitalNewAndAdjusted' | 'revenue' | 'budgetPaid') => ({
    fdiUsd: money(current[key].fdiUsd, previous[key].fdiUsd),
    ddiVnd: money(current[key].ddiVnd, previous[key].ddiVnd),
  });
  const n = current.newProjects;
  const p = previous.newProjects;
  return {
    newProjects: {
      total: counted(n.fdi + n.ddi, p.fdi + p.ddi),
      fdi: counted(n.fdi, p.fdi),
      ddi: counted(n.ddi, p.ddi),
    },
    capitalNewAndAdjusted: pair('capitalNewAndAdjusted'),
    revenue: pair('revenue'),
    budgetPaid: pair('budgetPaid'),
    zones: {
      inPlan: zone('inPlan'),
      operating: zone('operating'),
      underConstruction: zone('underConstruction'),
    },
  };
}

/** Σ of members' figures of one period, exact. */
export function sumFigures(all: readonly PeriodFigures[]): PeriodFigures {
  const zones = (a: ZoneGroup, b: ZoneGroup): ZoneGroup => ({
    count: a.count + b.count,
    areaHa: addArea(a.areaHa, b.areaHa),
  });
  return all.reduce<PeriodFigures>(
    (sum, f) => ({
      newProjects: {
        fdi: sum.newProjects.fdi + f.newProjects.fdi,
        ddi: sum.newProjects.ddi + f.newProjects.ddi,
      },
      capitalNewAndAdjusted: {
        fdiUsd: addUsd(sum.capitalNewAndAdjusted.fdiUsd, f.capitalNewAndAdjusted.fdiUsd),
        ddiVnd: addVnd(sum.capitalNewAndAdjusted.ddiVnd, f.capitalNewAndAdjusted.ddiVnd),
      },
      revenue: {
        fdiUsd: addUsd(sum.revenue.fdiUsd, f.revenue.fdiUsd),
        ddiVnd: addVnd(sum.revenue.ddiVnd, f.revenue.ddiVnd),
      },
      budgetPaid: {
        fdiUsd: addUsd(sum.budgetPaid.fdiUsd, f.budgetPaid.fdiUsd),
        ddiVnd: addVnd(sum.budgetPaid.ddiVnd, f.budgetPaid.ddiVnd),
      },
      zones: {
        inPlan: zones(sum.zones.inPlan, f.zones.inPlan),
        operating: zones(sum.zones.operating, f.zones.operating),
        underConstruction: zones(sum.zones.underConstruction, f.zones.underConstruction),
      },
    }),
    NO_FIGURES,
  );
}

/**
 * Who may read a bloc's report: national users, the bloc's own bloc users, and users of a board
 * that is a member in the report's year. Anyone else — and enterprise accounts — is refused.
 */
async function assertMayRead(
  executor: Executor,
  actor: Actor,
  blocId: string,
  memberIds: readonly string[],
): Promise<void> {
  if (can(actor, 'records.read')) {
    if (actor.scope === 'national') return;
    if (actor.scope === 'board' && actor.homeBoardId && memberIds.includes(actor.homeBoardId)) return;
    if (actor.scope === 'bloc' && actor.homeBlocId === blocId) return;
  }
  throw ReportErrors.BLOC_REPORT_FORBIDDEN();
}

/**
 * The bloc's consolidated report for a period (blocs-v1): the members, leader and deputy of the
 * period's year; each member's figures for the period and for the same period a year earlier, on
 * the same boundaries (`boundariesAsOf`, default the period's last day) — from its own records by
 * the investment, production and zones reports' rules, or, where the database holds none of its
 * records, from its return for each period; the totals are the members' exact sum.
 */
export async function blocReport(
  executor: Executor,
  actor: Actor,
  query: BlocReportQuery,
): Promise<BlocReport> {
  if (!isPeriod(query.period))
    throw ReportErrors.BLOC_REPORT_PERIOD_INVALID([
      {
        path: 'query.period',
        message: 'Kỳ báo cáo có dạng 2024, 2024-H1, 2024-Q3 hoặc 2024-05.',
        reason: 'invalid',
        value: query.period,
      },
    ]);
  const bloc = await repo.findBloc(executor, query.bloc);
  if (!bloc)
    throw ReportErrors.BLOC_REPORT_BLOC_NOT_FOUND([
      {
        path: 'query.bloc',
        message: `Không tìm thấy khối thi đua có mã ${query.bloc}.`,
        reason: 'not_found',
        value: query.bloc,
      },
    ]);
  const year = parsePeriod(query.period).year;
  const blocYear = await repo.findBlocYear(executor, bloc.id, year);
  if (!blocYear)
    throw ReportErrors.BLOC_REPORT_YEAR_NOT_FOUND([
      {
        path: 'query.period',
        message: `Khối ${bloc.code} chưa có thành viên của năm ${year}.`,
        reason: 'not_found',
        value: query.period,
      },
    ]);
  const members = await repo.listBlocYearMembers(executor, bloc.id, year);
  const memberIds = members.map((m) => m.id);
  await assertMayRead(executor, actor, bloc.id, memberIds);

  const period = query.period;
  const previousPeriod = previousYearPeriod(period);
  const boundariesAsOf = query.boundariesAsOf ?? periodEnd(period);
  // The computation sees the member boards whoever asks: the bloc's figures are the bloc's.
  const reader = systemActor(`bloc-report:${actor.label}`, memberIds);
  const withRecords = await repo.boardsWithRecords(executor, memberIds);
  const returns = await repo.listBlocReturns(
    executor,
    bloc.id,
    memberIds.filter((id) => !withRecords.has(id)),
    [period, previousPeriod],
  );
  const returnOf = (boardId: string, p: string) =>
    returns.find((r) => r.boardId === boardId && r.period === p) ?? null;

  const perMember: { current: PeriodFigures; previous: PeriodFigures }[] = [];
  const byMember: BlocReport['byMember'] = [];
  for (const member of members) {
    let current: PeriodFigures;
    let previous: PeriodFigures;
    let source: { period: BlocFigureSource; previousPeriod: BlocFigureSource };
    if (withRecords.has(member.id)) {
      const production = await productionReport(executor, reader, {
        boards: [member.code],
        period,
        boundariesAsOf,
        withPlan: false,
      });
      current = await recordFigures(
        executor,
        reader,
        member.code,
        boundariesAsOf,
        period,
        production,
        'value',
      );
      previous = await recordFigures(
        executor,
        reader,
        member.code,
        boundariesAsOf,
        previousPeriod,
        production,
        'previous',
      );
      source = { period: 'records', previousPeriod: 'records' };
    } else {
      const now = returnOf(member.id, period);
      const before = returnOf(member.id, previousPeriod);
      current = now ? returnFigures(now) : NO_FIGURES;
      previous = before ? returnFigures(before) : NO_FIGURES;
      source = { period: now ? 'return' : 'none', previousPeriod: before ? 'return' : 'none' };
    }
    perMember.push({ current, previous });
    byMember.push({
      board: member.code,
      name: member.name,
      source,
      ...compareFigures(current, previous),
    });
  }

  const { codeById } = await boardDirectory(executor, {
    ids: [blocYear.leaderBoardId, ...(blocYear.deputyBoardId ? [blocYear.deputyBoardId] : [])],
  });
  return {
    report: 'bloc',
    bloc: bloc.code,
    blocName: bloc.name,
    period,
    previousPeriod,
    boundariesAsOf,
    members: members.map((m) => m.code),
    leader: codeById.get(blocYear.leaderBoardId)!,
    deputy: blocYear.deputyBoardId ? codeById.get(blocYear.deputyBoardId)! : null,
    totals: compareFigures(
      sumFigures(perMember.map((m) => m.current)),
      sumFigures(perMember.map((m) => m.previous)),
    ),
    byMember,
  };
}
