import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import { percent } from '../../../domain/percent.ts';
import * as repo from './investment-report.repository.ts';
import { resolveReportScope } from './report-scope.ts';
import { ReportErrors } from './reports.errors.ts';
import type { InvestmentByMonth, InvestmentReport } from './reports.schemas.ts';

export interface InvestmentReportQuery {
  boards?: string[] | undefined;
  zones?: string[] | undefined;
  from: string;
  to: string;
  /** Whose boundaries count (organisation-v1); default `to`. */
  boundariesAsOf?: string | undefined;
}

function checkPeriod(query: { from: string; to: string }) {
  if (query.from > query.to) {
    throw ReportErrors.REPORT_PERIOD_INVALID([
      { path: 'query.from', message: 'Ngày bắt đầu sau ngày kết thúc.', reason: 'from_after_to' },
    ]);
  }
}

/**
 * Investment attraction (thu hút đầu tư) in a period and projects in force at its end —
 * reports-v1 contract. The one place these figures are computed: the API, the command line
 * and the Excel/Word outputs all call this.
 */
export async function investmentReport(
  executor: Executor,
  actor: Actor,
  query: InvestmentReportQuery,
): Promise<InvestmentReport> {
  checkPeriod(query);
  const scope = await resolveReportScope(executor, actor, {
    boards: query.boards,
    zones: query.zones,
    boundariesAsOf: query.boundariesAsOf ?? query.to,
  });
  const figures = await repo.investmentFigures(executor, {
    boardIds: scope.boardIds,
    zoneIds: scope.zoneIds,
    from: query.from,
    to: query.to,
  });
  return {
    report: 'investment',
    boards: scope.boardCodes,
    ...(scope.zoneCodes ? { zones: scope.zoneCodes } : {}),
    from: query.from,
    to: query.to,
    boundariesAsOf: scope.boundariesAsOf,
    licensing: {
      turns: figures.new_count + figures.adj_count,
      new: {
        count: figures.new_count,
        capitalVnd: figures.new_vnd,
        capitalUsd: normaliseUsd(figures.new_usd),
        fdi: {
          count: figures.new_fdi_count,
          capitalVnd: figures.new_fdi_vnd,
          capitalUsd: normaliseUsd(figures.new_fdi_usd),
        },
        ddi: { count: figures.new_ddi_count, capitalVnd: figures.new_ddi_vnd },
      },
      adjustments: {
        count: figures.adj_count,
        capitalChangeVnd: figures.adj_change_vnd,
        increases: { count: figures.inc_count, capitalVnd: figures.inc_vnd },
        decreases: { count: figures.dec_count, capitalVnd: figures.dec_vnd },
        fdi: {
          count: figures.adj_fdi_count,
          capitalChangeVnd: figures.adj_fdi_change_vnd,
          capitalChangeUsd: normaliseUsd(figures.adj_fdi_change_usd),
        },
        ddi: { count: figures.adj_ddi_count, capitalChangeVnd: figures.adj_ddi_change_vnd },
      },
      terminations: {
        count: figures.term_count,
        capitalVnd: figures.term_vnd,
        fdi: { count: figures.term_fdi_count },
        ddi: { count: figures.term_ddi_count },
      },
    },
    cumulative: cumulativeSection(query.to, figures),
  };
}

function cumulativeSection(asOf: string, f: repo.InvestmentFigures): InvestmentReport['cumulative'] {
  const projects = f.fdi_projects + f.ddi_projects;
  const registered = BigInt(f.fdi_registered_vnd) + BigInt(f.ddi_registered_vnd);
  const implemented = BigInt(f.fdi_implemented_vnd) + BigInt(f.ddi_implemented_vnd);
  return {
    asOf,
    total: {
      projects,
      registeredVnd: registered.toString(),
      implementedVnd: implemented.toString(),
      implementedPct: percent(implemented, registered),
    },
    ddi: {
      projects: f.ddi_projects,
      projectsSharePct: percent(f.ddi_projects, projects),
      registeredVnd: f.ddi_registered_vnd,
      registeredSharePct: percent(f.ddi_registered_vnd, registered),
      implementedVnd: f.ddi_implemented_vnd,
      implementedPct: percent(f.ddi_implemented_vnd, f.ddi_registered_vnd),
    },
    fdi: {
      projects: f.fdi_projects,
      projectsSharePct: percent(f.fdi_projects, projects),
      registeredVnd: f.fdi_registered_vnd,
      registeredSharePct: percent(f.fdi_registered_vnd, registered),
      registeredUsd: normaliseUsd(f.fdi_registered_usd),
      implementedVnd: f.fdi_implemented_vnd,
      implementedPct: percent(f.fdi_implemented_vnd, f.fdi_registered_vnd),
    },
  };
}

/** New capital and the net change of adjustments month by month, for the report page's chart. */
export async function investmentByMonth(
  executor: Executor,
  actor: Actor,
  query: InvestmentReportQuery,
): Promise<InvestmentByMonth> {
  checkPeriod(query);
  const scope = await resolveReportScope(executor, actor, {
    boards: query.boards,
    zones: query.zones,
    boundariesAsOf: query.boundariesAsOf ?? query.to,
  });
  const rows = await repo.investmentByMonth(executor, {
    boardIds: scope.boardIds,
    zoneIds: scope.zoneIds,
    from: query.from,
    to: query.to,
  });
  return {
    boards: scope.boardCodes,
    from: query.from,
    to: query.to,
    months: rows.map((row) => ({
      month: row.month,
      newCount: row.new_count,
      newCapitalVnd: row.new_vnd,
      adjustmentCount: row.adj_count,
      adjustmentChangeVnd: row.adj_change_vnd,
    })),
  };
}
