/**
 * Enterprises of the Thái Bình demo board and their 2018–2019 periodic reports, calibrated so the
 * production-and-business report for 2019 (seed 004, "năm 2019 so với năm 2018") comes out exactly
 * under reports-v1: production value 44.078,11 tỷ đồng +18,5% (FDI 11.117,34, +17,0%); revenue
 * 46.335,08 tỷ +16,0% (FDI 12.829,76, +14,3%); export 1.162,79 triệu USD +17,6% (FDI 434,34,
 * +16,8%); import 1.232,59 triệu USD +17,8% (FDI 389,70, +16,1%); budget paid 3.312,45 tỷ ("trên
 * 3.300 tỷ") +14,0%; 72.000 workers +0,6% (FDI 34.500); 85,0% insured; 5,2 triệu đồng a month.
 *
 * Each enterprise's year is drawn at random and the last enterprise of each split absorbs the
 * residual, so sums are exact. Enterprises file a mix of yearly, half-year, quarterly and monthly
 * reports (a year's figure is then derived from the complete sub-periods); a few filed only part of
 * 2019 and are left out of it. Deterministic (mulberry32), no clock.
 */
import type {
  PackageEnterprise,
  PackageEnterpriseReport,
  PackageProject,
  PackageZone,
} from '../packages/index.ts';

type Side = 'FDI' | 'DDI';

/** Year totals by side, in the smallest unit: đồng in millions (triệu đồng), USD in cents. */
interface YearTotals {
  productionMillions: number;
  revenueMillions: number;
  exportCents: number;
  importCents: number;
  budgetMillions: number;
  workers: number;
}

const TOTALS: Record<'2019' | '2018', Record<Side, YearTotals>> = {
  '2019': {
    FDI: {
      productionMillions: 11_117_340,
      revenueMillions: 12_829_760,
      exportCents: 434_340_000_00,
      importCents: 389_700_000_00,
      budgetMillions: 1_026_860,
      workers: 34_500,
    },
    DDI: {
      productionMillions: 44_078_110 - 11_117_340,
      revenueMillions: 46_335_080 - 12_829_760,
      exportCents: 1_162_790_000_00 - 434_340_000_00,
      importCents: 1_232_590_000_00 - 389_700_000_00,
      budgetMillions: 3_312_450 - 1_026_860,
      workers: 72_000 - 34_500,
    },
  },
  '2018': {
    FDI: {
      productionMillions: 9_502_000,
      revenueMillions: 11_224_630,
      exportCents: 371_866_440_00,
      importCents: 335_658_910_00,
      budgetMillions: 901_240,
      workers: 34_210,
    },
    DDI: {
      productionMillions: 37_196_720 - 9_502_000,
      revenueMillions: 39_944_030 - 11_224_630,
      exportCents: 988_767_000_00 - 371_866_440_00,
      importCents: 1_046_341_260_00 - 335_658_910_00,
      budgetMillions: 2_905_660 - 901_240,
      workers: 71_570 - 34_210,
    },
  },
};
/** Σ insured workers (85,0% of 72.000 in 2019; 84,1% of 71.570 in 2018). */
const INSURED = { '2019': 61_200, '2018': 60_190 } as const;
/** Worker-weighted mean monthly income, đồng. */
const MEAN_INCOME = { '2019': 5_200_000, '2018': 4_900_000 } as const;

export const THAI_BINH_PRODUCTION_FIGURES = {
  board: 'TB',
  period: '2019',
  previousPeriod: '2018',
  productionValueVnd: { total: '44078110000000', fdi: '11117340000000', growthPct: 18.5, fdiGrowthPct: 17.0 },
  revenueVnd: { total: '46335080000000', fdi: '12829760000000', growthPct: 16.0, fdiGrowthPct: 14.3 },
  exportUsd: { total: '1162790000.00', fdi: '434340000.00', growthPct: 17.6, fdiGrowthPct: 16.8 },
  importUsd: { total: '1232590000.00', fdi: '389700000.00', growthPct: 17.8, fdiGrowthPct: 16.1 },
  budgetPaidVnd: { total: '3312450000000', growthPct: 14.0 },
  workers: { total: 72_000, previous: 71_570, growthPct: 0.6, fdi: 34_500 },
  insuredPct: 85.0,
  averageIncomeVnd: '5200000',
  enterprises: 310,
  reported: 296,
} as const;

/**
 * The board's 2019 plan (illustrative: the seeds give the 2017 plan's kind — production +15%,
 * export +18%, budget +5%, 3.000 new jobs, ≥ 2.000 tỷ attracted — not 2019's numbers).
 */
export const THAI_BINH_TARGETS_2019 = [
  { year: 2019, indicator: 'productionValueVnd', targetGrowthPct: 15 },
  { year: 2019, indicator: 'exportUsd', targetGrowthPct: 18 },
  { year: 2019, indicator: 'budgetPaidVnd', targetGrowthPct: 5 },
  { year: 2019, indicator: 'attractedCapitalVnd', targetValue: '5000000000000' },
  { year: 2019, indicator: 'newJobs', targetValue: '400' },
] as const;

/** The province's industrial production value in 2019 (the zones' part is "khoảng trên 60%"). */
export const THAI_BINH_PROVINCE_2019 = [
  { period: '2019', indicator: 'productionValueVnd', value: '72500000000000' },
] as const;

const COUNTS = { FDI: 58, DDI: 252 } as const; // 310 enterprises
/** Of them, these filed only part of 2019 (left out of the year) — the last ones of each side. */
const PARTIAL_2019 = { FDI: 3, DDI: 11 } as const; // 296 reported

const FILING_KINDS = ['year', 'year', 'year', 'year', 'year', 'quarter', 'quarter', 'month', 'half'] as const;
type FilingKind = (typeof FILING_KINDS)[number];

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `total` (an integer) into parts proportional to `weights`; the last takes the residual. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

const millionsVnd = (millions: number) => `${millions}000000`;
const usd = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

interface EnterpriseYear {
  production: number;
  revenue: number;
  export: number;
  import: number;
  budget: number;
  workers: number;
  insured: number;
  income: number;
}

const SUB_PERIODS: Record<Exclude<FilingKind, 'year'>, (year: string) => string[]> = {
  half: (y) => [`${y}-H1`, `${y}-H2`],
  quarter: (y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`),
  month: (y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
};

const NAMES = {
  FDI: [
    'Công ty TNHH {b} Việt Nam',
    'Công ty TNHH {b} Electronics Việt Nam',
    'Công ty TNHH {b} Vina',
    'Công ty TNHH Công nghiệp {b} Thái Bình',
  ],
  DDI: [
    'Công ty Cổ phần {b}',
    'Công ty TNHH {b} Thái Bình',
    'Công ty Cổ phần Đầu tư {b}',
    'Công ty TNHH Sản xuất và Thương mại {b}',
  ],
};
const BRANDS = {
  FDI: 'Hanwha, Shinwon, Daesung, Yuwon, Haein, Tianhong, Ever Glory, Fuji Seiko, Nitori, Sanko, Kyoei, Sun Rise, Formosa, Lotus, Pan Pacific'.split(
    ', ',
  ),
  DDI: 'Hưng Thịnh, Thái Hà, Sông Trà, Đại Phát, Minh Long, Hoàng Gia, Phúc An, Tân Long, Đông Á, Việt Hàn, Bình Minh, An Phát, Nam Việt, Thành Công, Kiến Xương'.split(
    ', ',
  ),
};

/**
 * The demo board's enterprises (in the operating zones, linked to projects of their kind where
 * there are some) and their periodic reports for 2018 and 2019.
 */
export function thaiBinhEnterprises(
  zones: readonly PackageZone[],
  projects: readonly PackageProject[],
): { enterprises: PackageEnterprise[]; enterpriseReports: PackageEnterpriseReport[] } {
  const random = mulberry32(0x2019_0e);
  const operatingZones = zones.filter((z) => z.status === 'operating' && z.kind === 'KCN');
  const enterprises: PackageEnterprise[] = [];
  const reports: PackageEnterpriseReport[] = [];
  type Filed = { member: { taxCode: string; filing: FilingKind }; figures: EnterpriseYear };
  const yearsBySide: Record<Side, Record<'2018' | '2019', Filed[]>> = {
    FDI: { '2018': [], '2019': [] },
    DDI: { '2018': [], '2019': [] },
  };
  const unlinked = {
    FDI: projects.filter((p) => p.investmentType === 'FDI'),
    DDI: projects.filter((p) => p.investmentType === 'DDI'),
  };

  for (const side of ['FDI', 'DDI'] as const) {
    const count = COUNTS[side];
    const members = Array.from({ length: count }, (_, i) => {
      const zone = operatingZones[Math.floor(random() * operatingZones.length)]!;
      const projectIndex = unlinked[side].findIndex((p) => p.zoneCode === zone.code);
      const project = projectIndex >= 0 ? unlinked[side].splice(projectIndex, 1)[0] : undefined;
      const brand = BRANDS[side][i % BRANDS[side].length]!;
      const pattern = NAMES[side][Math.floor(i / BRANDS[side].length) % NAMES[side].length]!;
      const taxCode = `10${side === 'FDI' ? '1' : '0'}${String(100_000 + i * 37).padStart(7, '0')}`;
      const enterprise: PackageEnterprise = {
        taxCode,
        boardCode: 'TB',
        zoneCode: project?.zoneCode ?? zone.code,
        name: pattern.replace('{b}', brand) + (i >= BRANDS[side].length * NAMES[side].length ? ` ${i}` : ''),
        investmentType: side,
        ...(project ? { projectCodes: [project.code] } : {}),
      };
      enterprises.push(enterprise);
      return {
        taxCode,
        size: 0.2 + random() * (side === 'FDI' ? 3 : 1.5),
        filing: FILING_KINDS[Math.floor(random() * FILING_KINDS.length)]!,
      };
    });
    const partialFrom = count - PARTIAL_2019[side];

    for (const year of ['2018', '2019'] as const) {
      // Who has a figure for the year: in 2019 all but the partial filers; in 2018 all but the
      // last two (opened in 2019).
      const filers = members.filter((_, i) => (year === '2019' ? i < partialFrom : i < count - 2));
      const totals = TOTALS[year][side];
      const weights = filers.map((m) => m.size * (0.8 + random() * 0.4));
      const columns = {
        production: split(totals.productionMillions, weights),
        revenue: split(
          totals.revenueMillions,
          weights.map((w) => w * (0.9 + random() * 0.2)),
        ),
        export: split(
          totals.exportCents,
          weights.map((w) => w * (0.5 + random())),
        ),
        import: split(
          totals.importCents,
          weights.map((w) => w * (0.5 + random())),
        ),
        budget: split(
          totals.budgetMillions,
          weights.map((w) => w * (0.8 + random() * 0.4)),
        ),
        workers: split(
          totals.workers,
          weights.map((w) => w * (0.7 + random() * 0.6)),
        ),
      };
      const years: EnterpriseYear[] = filers.map((_, i) => ({
        production: columns.production[i]!,
        revenue: columns.revenue[i]!,
        export: columns.export[i]!,
        import: columns.import[i]!,
        budget: columns.budget[i]!,
        workers: columns.workers[i]!,
        insured: 0,
        income: 4_000_000 + Math.floor(random() * 3000) * 1000,
      }));
      yearsBySide[side][year] = years.map((figures, i) => ({ member: filers[i]!, figures }));
    }
    // The partial filers of 2019: three quarters at most, never a complete year.
    for (const member of members.slice(partialFrom)) {
      for (const period of SUB_PERIODS.quarter('2019').slice(0, 1 + Math.floor(random() * 3))) {
        reports.push({
          taxCode: member.taxCode,
          period,
          productionValueVnd: millionsVnd(20_000 + Math.floor(random() * 50_000)),
          revenueVnd: millionsVnd(22_000 + Math.floor(random() * 50_000)),
          workers: 150 + Math.floor(random() * 300),
          insuredWorkers: 100,
          averageIncomeVnd: '5000000',
        });
      }
    }
  }

  for (const year of ['2018', '2019'] as const) {
    const all = [...yearsBySide.FDI[year], ...yearsBySide.DDI[year]];
    calibrateLabour(
      all.map((a) => a.figures),
      INSURED[year],
      MEAN_INCOME[year],
    );
    for (const { member, figures } of all)
      reports.push(...filingsOf(member.taxCode, member.filing, year, figures, random));
  }
  return { enterprises, enterpriseReports: reports };
}

/**
 * Insured workers summing to `insured` (never above an enterprise's workers), and incomes whose
 * worker-weighted mean rounds to `meanIncome`: the largest employer absorbs the residual.
 */
function calibrateLabour(years: EnterpriseYear[], insured: number, meanIncome: number) {
  const workers = years.reduce((n, y) => n + y.workers, 0);
  const parts = split(
    insured,
    years.map((y) => y.workers),
  );
  years.forEach((y, i) => (y.insured = Math.min(parts[i]!, y.workers)));
  let missing = insured - years.reduce((n, y) => n + y.insured, 0);
  for (const y of years) {
    const room = Math.min(missing, y.workers - y.insured);
    y.insured += room;
    missing -= room;
  }
  const residual = () =>
    BigInt(meanIncome) * BigInt(workers) -
    years.reduce((n, y) => n + BigInt(y.workers) * BigInt(y.income), 0n);
  // Shift every income by the mean's gap (in thousands), then let the largest employer settle the rest.
  const shift = Math.round(Number(residual()) / workers / 1000) * 1000;
  for (const y of years) y.income += shift;
  const largest = years.reduce((a, b) => (b.workers > a.workers ? b : a));
  largest.income += Math.round(Number(residual()) / largest.workers);
}

/** The reports an enterprise files for a year: one, or a complete set of sub-periods. */
function filingsOf(
  taxCode: string,
  filing: FilingKind,
  year: string,
  y: EnterpriseYear,
  random: () => number,
): PackageEnterpriseReport[] {
  const periods = filing === 'year' ? [year] : SUB_PERIODS[filing](year);
  const weights = periods.map(() => 0.8 + random() * 0.4);
  const production = split(y.production, weights);
  const revenue = split(y.revenue, weights);
  const exports = split(y.export, weights);
  const imports = split(y.import, weights);
  const budget = split(y.budget, weights);
  return periods.map((period, i) => {
    const last = i === periods.length - 1;
    // Headcount moves during the year; the last sub-period's is the year's.
    const workers = last ? y.workers : Math.max(1, Math.round(y.workers * (0.92 + random() * 0.08)));
    const insured = last
      ? y.insured
      : Math.min(workers, Math.round((y.insured * workers) / Math.max(1, y.workers)));
    return {
      taxCode,
      period,
      productionValueVnd: millionsVnd(production[i]!),
      revenueVnd: millionsVnd(revenue[i]!),
      exportUsd: usd(exports[i]!),
      importUsd: usd(imports[i]!),
      budgetPaidVnd: millionsVnd(budget[i]!),
      workers,
      insuredWorkers: insured,
      // The same monthly income in every sub-period: the worker-weighted mean is the year's.
      averageIncomeVnd: String(y.income),
    };
  });
}
