import { compareDecimal } from './decimal.ts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  usdToMillions,
  vndToTy,
  type NumberLocale,
} from './number-format.ts';

/** A translation function (i18next's `t`): the wording lives in src/locales/<lang>/reportText.json. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The investment report's figures this text needs (reports-v1 keys). */
export interface InvestmentFigures {
  from: string;
  to: string;
  licensing: {
    turns: number;
    new: {
      count: number;
      capitalVnd: string;
      fdi: { count: number; capitalVnd: string; capitalUsd: string };
      ddi: { count: number; capitalVnd: string };
    };
    adjustments: {
      count: number;
      capitalChangeVnd: string;
      increases: { count: number; capitalVnd: string };
      decreases: { count: number; capitalVnd: string };
    };
    terminations: { count: number; capitalVnd: string };
  };
  cumulative: {
    asOf: string;
    total: { projects: number; registeredVnd: string; implementedVnd: string; implementedPct: number | null };
    ddi: {
      projects: number;
      projectsSharePct: number | null;
      registeredVnd: string;
      registeredSharePct: number | null;
      implementedVnd: string;
      implementedPct: number | null;
    };
    fdi: {
      projects: number;
      projectsSharePct: number | null;
      registeredVnd: string;
      registeredSharePct: number | null;
      registeredUsd: string;
      implementedVnd: string;
      implementedPct: number | null;
    };
  };
}

/**
 * Counted phrases pass `count` (the number, for plural forms) and `n` (the number as written).
 *
 * The investment report as the board writes it in its own reports ("… đã cấp mới và điều chỉnh
 * … cho 51 lượt dự án …"): paragraphs generated from the figures, never retyped. The web app and
 * the command line both call this.
 */
export function investmentReportParagraphs(
  report: InvestmentFigures,
  t: Translate,
  locale: NumberLocale,
): string[] {
  const ty = (vnd: string, decimals = 3) => formatNumber(vndToTy(vnd, decimals), { locale });
  const usd = (value: string) => formatNumber(usdToMillions(value), { locale });
  const pct = (value: number | null) => formatPercent(value, locale);
  const count = (value: number) => formatNumber(value, { locale });
  const { licensing: l, cumulative: c } = report;
  const change = BigInt(l.adjustments.capitalChangeVnd);
  /** A counted phrase: `count` picks the plural form, `n` is the number as written. */
  const counted = (value: number) => ({ count: value, n: count(value) });
  const paragraphs = [
    t('reportText:investment.intro', {
      from: formatDate(report.from),
      to: formatDate(report.to),
      ...counted(l.turns),
    }),
    t('reportText:investment.new', {
      ...counted(l.new.count),
      capital: ty(l.new.capitalVnd),
      ddiCount: count(l.new.ddi.count),
      ddiCapital: ty(l.new.ddi.capitalVnd),
      fdiCount: count(l.new.fdi.count),
      fdiCapital: ty(l.new.fdi.capitalVnd),
      fdiUsd: usd(l.new.fdi.capitalUsd),
    }),
    t(change < 0n ? 'reportText:investment.adjustmentsDown' : 'reportText:investment.adjustmentsUp', {
      ...counted(l.adjustments.count),
      change: ty((change < 0n ? -change : change).toString()),
      increases: count(l.adjustments.increases.count),
      increasesCapital: ty(l.adjustments.increases.capitalVnd),
      decreases: count(l.adjustments.decreases.count),
      decreasesCapital: ty(l.adjustments.decreases.capitalVnd),
    }),
  ];
  if (l.terminations.count > 0) {
    paragraphs.push(
      t('reportText:investment.terminations', {
        ...counted(l.terminations.count),
        capital: ty(l.terminations.capitalVnd),
      }),
    );
  }
  paragraphs.push(
    t('reportText:investment.cumulative', {
      asOf: formatDate(c.asOf),
      ...counted(c.total.projects),
      registered: ty(c.total.registeredVnd),
      implemented: ty(c.total.implementedVnd, 1),
      implementedPct: pct(c.total.implementedPct),
    }),
    t('reportText:investment.split', {
      ddiProjects: count(c.ddi.projects),
      ddiShare: pct(c.ddi.projectsSharePct),
      ddiRegistered: ty(c.ddi.registeredVnd),
      ddiRegisteredShare: pct(c.ddi.registeredSharePct),
      ddiImplemented: ty(c.ddi.implementedVnd, 1),
      ddiImplementedPct: pct(c.ddi.implementedPct),
      fdiProjects: count(c.fdi.projects),
      fdiShare: pct(c.fdi.projectsSharePct),
      fdiRegistered: ty(c.fdi.registeredVnd),
      fdiUsd: usd(c.fdi.registeredUsd),
      fdiRegisteredShare: pct(c.fdi.registeredSharePct),
      fdiImplemented: ty(c.fdi.implementedVnd, 1),
      fdiImplementedPct: pct(c.fdi.implementedPct),
    }),
  );
  return paragraphs;
}

export interface ZonesFigures {
  asOf: string;
  /** zones-v1's `ownAreaHa`: a KKT and the parks inside it counted once. */
  total: { count: number; areaHa: string; ownAreaHa?: string };
  byStatus: Record<'planned' | 'established' | 'under_construction', { count: number; areaHa: string }> & {
    operating: {
      count: number;
      areaHa: string;
      industrialLandHa: string;
      leasedLandHa: string;
      occupancyPct: number | null;
      serviceLandHa?: string;
      leasedServiceLandHa?: string;
      occupancyDecree35Pct?: number | null;
    };
  };
}

export function zonesReportParagraphs(report: ZonesFigures, t: Translate, locale: NumberLocale): string[] {
  const ha = (value: string) => formatNumber(value, { locale });
  const counted = (value: number) => ({ count: value, n: formatNumber(value, { locale }) });
  const op = report.byStatus.operating;
  return [
    t('reportText:zones.total', {
      asOf: formatDate(report.asOf),
      ...counted(report.total.count),
      area: ha(report.total.areaHa),
    }),
    ...(['planned', 'established', 'under_construction'] as const).map((status) =>
      t(`reportText:zones.${status}`, {
        ...counted(report.byStatus[status].count),
        area: ha(report.byStatus[status].areaHa),
      }),
    ),
    t('reportText:zones.operating', {
      ...counted(op.count),
      area: ha(op.areaHa),
      industrial: ha(op.industrialLandHa),
      leased: ha(op.leasedLandHa),
      occupancy: formatPercent(op.occupancyPct, locale),
    }),
    ...(report.total.ownAreaHa !== undefined &&
    compareDecimal(report.total.ownAreaHa, report.total.areaHa) !== 0
      ? [t('reportText:zones.ownArea', { area: ha(report.total.ownAreaHa) })]
      : []),
    ...(op.occupancyDecree35Pct != null
      ? [
          t('reportText:zones.decree35', {
            service: ha(op.serviceLandHa ?? '0'),
            leasedService: ha(op.leasedServiceLandHa ?? '0'),
            occupancy: formatPercent(op.occupancyDecree35Pct, locale),
          }),
        ]
      : []),
  ];
}
