/**
 * Demo data for the Thái Bình board (Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình).
 *
 * Deterministic: one seeded PRNG (mulberry32), no clock. The structure is drawn at random, then
 * calibrated so that the 11-month 2019 report (seed 004) comes out exactly under reports-v1:
 *  - new certificates 2019-01-01..2019-11-30: the domestic (DDI) capitals absorb the residual;
 *  - adjustments in that period have fixed roles; the domestic increases absorb the residual;
 *  - registered capital in force at 2019-11-30: the `new` capital of old projects with no later
 *    capital-stating event is scaled (FDI: USD recomputed at the licensing year's rate);
 *  - implemented capital: the entries dated 2019-11-30 move within their bounds (never below the
 *    previous entry, never above the registered capital).
 * Everything dated after 2019-11-30 is drawn after the calibration, from the calibrated values.
 * Money is held as millions of đồng (triệu đồng) and USD cents, exact in a JS number.
 */
import type {
  DataPackage,
  PackageCapitalImplementation,
  PackageLicensingEvent,
  PackageProject,
  PackageZone,
} from '../packages/index.ts';
import { thaiBinhEnterprises } from './thai-binh-enterprises.demo.ts';
import { thaiBinhOneStop } from './thai-binh-one-stop.demo.ts';

type InvestmentType = 'FDI' | 'DDI';
type ZoneStatus = PackageZone['status'];
type Investor = PackageProject['investors'][number];

// ─── Target figures (seed 004: "11 tháng năm 2019", lũy kế đến hết tháng 11/2019) ───────────────
export const THAI_BINH_DEMO_FIGURES = {
  board: 'TB',
  from: '2019-01-01',
  to: '2019-11-30',
  licensing: {
    turns: 51, // lượt dự án cấp mới và điều chỉnh
    new: { count: 21, capitalVnd: '4466777000000' },
    adjustments: {
      count: 30,
      capitalChangeVnd: '899413000000',
      increases: { count: 14, capitalVnd: '907538000000' },
      decreases: { count: 2, capitalVnd: '8125000000' },
      unchanged: 14, // no capital stated, or the same capital restated
    },
  },
  cumulative: {
    asOf: '2019-11-30',
    total: { projects: 284, registeredVnd: '81770544000000', implementedVnd: '55555400000000' },
    ddi: { projects: 231, registeredVnd: '70527829000000', implementedVnd: '48063700000000' },
    fdi: { projects: 53, registeredVnd: '11242715000000', implementedVnd: '7491700000000' },
  },
  /** Seed 000: 10 KCN established, 2.560 ha in total. */
  zones: { asOf: '2024-12-31', establishedKcn: 10, establishedKcnAreaHa: '2560.0' },
} as const;

const SEED = 0x7b_2019;
const PERIOD_FROM = '2019-01-01';
const REPORT_DATE = '2019-11-30';
const DATA_END = '2024-12-31';
const { licensing, cumulative } = THAI_BINH_DEMO_FIGURES;
const millions = (vnd: string): number => Number(vnd.slice(0, -6)); // the figures are whole millions of đồng
/** The targets in millions of đồng. */
const TARGET = {
  newCapital: millions(licensing.new.capitalVnd),
  increases: millions(licensing.adjustments.increases.capitalVnd),
  decreases: millions(licensing.adjustments.decreases.capitalVnd),
  registered: { DDI: millions(cumulative.ddi.registeredVnd), FDI: millions(cumulative.fdi.registeredVnd) },
  implemented: { DDI: millions(cumulative.ddi.implementedVnd), FDI: millions(cumulative.fdi.implementedVnd) },
};

/** Rows of a text table ("|" between cells), each cell trimmed; blank lines and "#" comments skipped. */
function table(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

// ─── Zones (khu công nghiệp KCN, khu kinh tế KKT) ─────────────────────────────────────────────
interface ZoneSpec {
  code: string;
  name: string;
  kind: 'KCN' | 'KKT';
  areaHa: string;
  /** Industrial land for lease (đất công nghiệp cho thuê), tenths of a hectare. */
  industrialTenths?: number;
  /** Target occupancy (tỷ lệ lấp đầy) at the end of the data. */
  occupancy?: number;
  /** Relative pull on new projects while the zone is open to investors. */
  attraction: number;
  developer?: string;
  history: ReadonlyArray<readonly [ZoneStatus, string]>;
}

// History, oldest first: planned (quy hoạch) → established (thành lập) → under_construction (xây dựng
// hạ tầng) → operating (đi vào hoạt động). KKT: master plan approved by Quyết định 1486/QĐ-TTg, 28/10/2019.
const ZONE_TABLE = `
# code | name                | area ha | industrial share | occupancy | pull | developer (chủ đầu tư hạ tầng)                      | history
TB-PK  | KCN Phúc Khánh      |   120.5 | 0.70 | 0.97 | 0.7 | Công ty Cổ phần Đầu tư Hạ tầng KCN Thái Bình        | established 2003-06-20, under_construction 2003-10-01, operating 2004-09-15
TB-NDC | KCN Nguyễn Đức Cảnh |   101.2 | 0.69 | 0.96 | 0.6 | Công ty TNHH Phát triển Hạ tầng Nguyễn Đức Cảnh     | established 2003-06-20, under_construction 2003-12-01, operating 2005-03-01
TB-GL  | KCN Gia Lễ          |    85.6 | 0.68 | 0.93 | 0.5 | Công ty Cổ phần Đầu tư và Phát triển KCN Gia Lễ     | established 2006-04-10, under_construction 2006-09-15, operating 2008-01-10
TB-TH  | KCN Tiền Hải        |   445.8 | 0.67 | 0.74 | 1.8 | Công ty Cổ phần Hạ tầng KCN Tiền Hải                | established 2007-04-12, under_construction 2008-01-15, operating 2009-06-01
TB-ST  | KCN Sông Trà        |   150.0 | 0.70 | 0.86 | 1.0 | Công ty Cổ phần Đầu tư Phát triển Hạ tầng Sông Trà  | established 2008-09-25, under_construction 2009-03-02, operating 2010-08-16
TB-CN  | KCN Cầu Nghìn       |   102.0 | 0.69 | 0.88 | 0.8 | Công ty TNHH Đầu tư Hạ tầng Cầu Nghìn               | established 2010-03-18, under_construction 2010-11-01, operating 2012-05-15
TB-TT  | KCN Thái Thọ        |   220.5 | 0.68 | 0.72 | 1.2 | Công ty Cổ phần Phát triển KCN Thái Thọ             | established 2018-03-15, under_construction 2018-12-20, operating 2021-06-30
TB-LHT | KCN Liên Hà Thái    |   602.2 | 0.66 | 0.36 | 3.0 | Công ty Cổ phần Đầu tư KCN Liên Hà Thái             | established 2020-12-15, under_construction 2021-04-01, operating 2022-09-05
TB-HP  | KCN Hưng Phú        |   390.2 | 0.67 | 0.12 | 1.0 | Công ty TNHH Hạ tầng KCN Hưng Phú                   | established 2022-04-20, under_construction 2023-02-01
TB-TL  | KCN Trà Lý          |   342.0 | 0.65 | 0.05 | 0.8 | Công ty Cổ phần Đầu tư Hạ tầng Trà Lý               | established 2023-08-10
TB-XH  | KCN Xuân Hải        |   150.0 | 0.68 |      | 0   |                                                     | planned 2016-12-15
TB-KKT | KKT Thái Bình       | 30583.0 |      |      | 0.7 |                                                     | planned 2019-10-28, established 2020-06-02
`;
const ZONE_STATUSES: readonly ZoneStatus[] = ['planned', 'established', 'under_construction', 'operating'];

const ZONES: readonly ZoneSpec[] = table(ZONE_TABLE).map((row) => {
  const [code = '', name = '', areaHa = '', share, occupancy, pull = '0', developer, steps = ''] = row;
  const history = steps.split(', ').map((entry) => {
    const [status = '', since = ''] = entry.split(' ');
    const known = ZONE_STATUSES.find((s) => s === status);
    check(known !== undefined, `zone ${code}: unknown status ${status}`);
    return [known, since] as const;
  });
  return {
    code,
    name,
    kind: name.startsWith('KKT') ? 'KKT' : 'KCN',
    areaHa,
    ...(share ? { industrialTenths: Math.round(Number(areaHa) * 10 * Number(share)) } : {}),
    ...(occupancy ? { occupancy: Number(occupancy) } : {}),
    attraction: Number(pull),
    ...(developer ? { developer } : {}),
    history,
  };
});

/**
 * The parks inside the Thái Bình economic zone (Decision 1486/QĐ-TTg of 28/10/2019): Liên Hà
 * Thái lies in it; the demo names no other, as the seeds do not say which others do.
 */
const ZONES_INSIDE_THE_ECONOMIC_ZONE: readonly string[] = ['TB-LHT'];
/** The year-ends a zone's land is stated at (zones-v1 landHistory), and the end of the data. */
const LAND_DATES = ['2015-12-31', '2019-12-31', '2022-12-31', '2024-12-31'] as const;

/** Zones whose industry leans on a few sectors (Tiền Hải: natural gas for glass, tiles and cement). */
const ZONE_SPECIALITIES: Record<string, readonly string[]> = {
  'TB-TH': ['C2392', 'C2310', 'C2394'],
  'TB-KKT': ['D3511', 'H5210'],
};

// ─── Licensing plan: new certificates (cấp mới) and terminations (chấm dứt) per window ───────────
type Window = { from: string; to: string; DDI: number; FDI: number };
const windows = (text: string): Window[] =>
  table(text).map(([from = '', to = '', ddi = '', fdi = '']) => ({
    from,
    to,
    DDI: Number(ddi),
    FDI: Number(fdi),
  }));

// 2019-01-02..2019-11-29 holds the 21 new projects of the 2019 report.
const LICENSING_PLAN = windows(`
# from     | to         | DDI | FDI
2004-03-01 | 2004-12-28 |   8 |  1
2005-01-05 | 2005-12-28 |  14 |  2
2006-01-05 | 2006-12-28 |  16 |  3
2007-01-05 | 2007-12-28 |  18 |  4
2008-01-05 | 2008-12-28 |  20 |  4
2009-01-05 | 2009-12-28 |  18 |  3
2010-01-05 | 2010-12-28 |  20 |  4
2011-01-05 | 2011-12-28 |  16 |  3
2012-01-05 | 2012-12-28 |  14 |  3
2013-01-05 | 2013-12-28 |  15 |  4
2014-01-05 | 2014-12-28 |  16 |  4
2015-01-05 | 2015-12-28 |  17 |  5
2016-01-05 | 2016-12-28 |  17 |  5
2017-01-05 | 2017-12-28 |  16 |  4
2018-01-05 | 2018-12-28 |  14 |  6
2019-01-02 | 2019-11-29 |  16 |  5
2019-12-02 | 2019-12-27 |   1 |  1
2020-01-06 | 2020-12-28 |   6 |  5
2021-01-04 | 2021-12-28 |   7 |  7
2022-01-04 | 2022-12-28 |   8 | 10
2023-01-04 | 2023-12-28 |   8 | 11
2024-01-03 | 2024-12-27 |   5 |  8
`);
const TERMINATION_PLAN = windows(`
2009-01-05 | 2018-12-28 | 22 | 6
2019-01-02 | 2019-11-29 |  2 | 1
2019-12-02 | 2023-12-28 | 14 | 4
2024-01-03 | 2024-12-27 |  1 | 1
`);

/** Yearly VND per USD at which FDI capital is stated in đồng, 2004 to 2024. */
// prettier-ignore
const USD_RATES_FROM_2004 = [
  15_750, 15_900, 16_050, 16_100, 16_500, 17_800, 18_600, // 2004–2010
  20_600, 20_850, 21_000, 21_250, 21_900, 22_300, 22_700, // 2011–2017
  23_000, 23_200, 23_200, 23_100, 23_600, 24_000, 25_000, // 2018–2024
];

// ─── Vocabularies ───────────────────────────────────────────────────────────────────────────
type SectorSpec = { vsic: string; weight: Record<InvestmentType, number>; word: string; products: string[] };
// VSIC 2018 | weight DDI | weight FDI | word in a domestic company's name | project names
const SECTORS: readonly SectorSpec[] = table(`
C1410 | 5   | 5   | May           | Nhà máy may mặc xuất khẩu; Nhà máy sản xuất hàng may mặc
C1311 | 3   | 2   | Dệt sợi       | Dự án sản xuất sợi; Nhà máy kéo sợi
C1520 | 1.5 | 3   | Da giày       | Nhà máy sản xuất giày dép; Nhà máy sản xuất đế giày
C2610 | 0.5 | 4   | Điện tử       | Nhà máy sản xuất linh kiện điện tử; Nhà máy sản xuất bảng mạch điện tử
C2220 | 2   | 2   | Nhựa          | Nhà máy sản xuất sản phẩm nhựa; Nhà máy sản xuất bao bì nhựa
C2930 | 0.5 | 2   | Cơ khí ô tô   | Nhà máy sản xuất phụ tùng ô tô; Nhà máy sản xuất dây điện ô tô
C1079 | 2.5 | 0.5 | Thực phẩm     | Nhà máy chế biến thực phẩm; Nhà máy sản xuất thực phẩm chế biến
C2394 | 0.8 | 0.1 | Xi măng       | Nhà máy sản xuất xi măng; Trạm nghiền xi măng
C2392 | 1.5 | 0.3 | Gốm sứ        | Nhà máy sản xuất gạch ốp lát; Nhà máy sản xuất gạch granite
C2310 | 0.6 | 0.2 | Kính          | Nhà máy sản xuất kính xây dựng; Nhà máy sản xuất kính cường lực
C2710 | 1   | 1   | Thiết bị điện | Nhà máy sản xuất thiết bị điện; Nhà máy sản xuất máy biến áp
C3100 | 1.5 | 1   | Nội thất      | Nhà máy sản xuất đồ gỗ nội thất; Nhà máy sản xuất nội thất xuất khẩu
C2599 | 2   | 1.5 | Cơ khí        | Nhà máy gia công cơ khí chính xác; Nhà máy sản xuất kết cấu thép
C1702 | 1.5 | 0.5 | Bao bì        | Nhà máy sản xuất bao bì carton; Nhà máy sản xuất giấy bao bì
C2100 | 0.8 | 0.2 | Dược phẩm     | Nhà máy sản xuất dược phẩm
D3511 | 0.3 | 0.2 | Năng lượng    | Dự án điện mặt trời mái nhà; Nhà máy điện sinh khối
H5210 | 1   | 0.3 | Logistics     | Trung tâm kho vận và logistics; Dự án kho bãi và dịch vụ logistics
`).map(([vsic = '', ddi = '', fdi = '', word = '', products = '']) => ({
  vsic,
  weight: { DDI: Number(ddi), FDI: Number(fdi) },
  word,
  products: products.split('; '),
}));

const DOMESTIC_BRANDS = `
  Hưng Phát, Thái Hà, Minh Đức, An Phú, Đại Phong, Hoàng Long, Tân Thành, Việt Hưng, Phú Cường, Kiến Xương,
  Thành Đạt, Hải Âu, Sao Mai, Trường Phát, Đông Á, Vũ Thư, Quỳnh Côi, Nam Việt, Bình Minh, Hồng Hà, Tiến Đạt,
  Phương Nam, Thịnh Vượng, Lộc Phát, Đức Thành, Thái Sơn, Hà Thanh, Gia Bảo, Kim Long, Bảo Châu, Toàn Thắng,
  Hòa Bình, Việt Tiến, Thái Dương, Nhật Minh, Hưng Thịnh, Phúc Lâm, Quang Minh, Tân Việt, Trung Kiên, Đông Hưng,
  Tiền Phong, Hưng Hà, Thái Thụy, Kiến An`
  .split(',')
  .map((brand) => brand.trim());

type CountrySpec = { country: string; weight: number; suffix: string; brands: string[] };
// ISO 3166-1 | weight | company suffix | brands
const FOREIGN_INVESTORS: readonly CountrySpec[] = table(`
KR | 30  | Co., Ltd.   | Seojin, Hansung, Daeyang, Kumsung, Shinwoo, Dongil, Hyosan, Jinwoo, Woojin, Bumhan, Youngshin, Sungwon
CN | 22  | Co., Ltd.   | Zhejiang Hengli, Jiahua, Xinyuan, Tianrun, Huafeng, Zhongda, Jinlong, Ruitai, Hongsheng, Yongxin
TW | 12  | Co., Ltd.   | Formtek, Chenfeng, Kaoyu, Taiyen, Hsinlong, Lihua
JP | 12  | Corporation | Yamasei, Kitagawa, Nishimura Seiki, Toyoden, Maruoka, Fujiseiko
SG | 8   | Pte. Ltd.   | Lionvest, Straits Pacific, Orchard Pacific, Sentosa Holdings
HK | 7   | Limited     | Victoria Harbour, Kowloon Star, Pearl Delta, Golden Bauhinia
US | 2   | Inc.        | Midwest Allied, Pacific Rim
DE | 2   | GmbH        | Weser, Bayern Werk
TH | 2.5 | Co., Ltd.   | Siam Unity, Chaophraya
MY | 2.5 | Sdn. Bhd.   | Klang Industries, Penang Star
`).map(([country = '', weight = '', suffix = '', brands = '']) => ({
  country,
  weight: Number(weight),
  suffix,
  brands: brands.split(', '),
}));

// ─── Small helpers: PRNG, dates, money ───────────────────────────────────────────────────────
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int = (min: number, max: number): number => min + Math.floor(this.next() * (max - min + 1));
  between = (min: number, max: number): number => min + this.next() * (max - min);
  logUniform = (min: number, max: number): number => min * Math.pow(max / min, this.next());
  chance = (p: number): boolean => this.next() < p;
  pick = <T>(items: readonly T[]): T => at(items, Math.floor(this.next() * items.length));
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let rest = this.next() * items.reduce((sum, i) => sum + weight(i), 0);
    for (const i of items) if ((rest -= weight(i)) < 0) return i;
    return at(items, items.length - 1);
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [at(copy, j), at(copy, i)];
    }
    return copy;
  }
}

function at<T>(items: readonly T[], index: number): T {
  const value = items[index];
  if (value === undefined) throw new Error(`demo: index ${index} out of range`);
  return value;
}
function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`demo calibration: ${message}`);
}
const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

const DAY_MS = 86_400_000;
const toDay = (date: string): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addDays = (date: string, days: number): string => fromDay(toDay(date) + days);
const yearOf = (date: string): number => Number(date.slice(0, 4));
const byDateThenSeq = (a: EventDraft, b: EventDraft): number =>
  a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1;

/** A random working day (Monday–Friday) within [from, to]. */
function workdayBetween(rng: Random, from: string, to: string): string {
  const [first, last] = [toDay(from), toDay(to)];
  check(last >= first, `empty window ${from}..${to}`);
  const day = first + Math.floor(rng.next() * (last - first + 1));
  for (const step of [0, 1, -1, 2, -2, 3, -3]) {
    const weekday = new Date((day + step) * DAY_MS).getUTCDay();
    if (day + step >= first && day + step <= last && weekday !== 0 && weekday !== 6)
      return fromDay(day + step);
  }
  return fromDay(day);
}

const usdRate = (date: string): number => at(USD_RATES_FROM_2004, Math.min(yearOf(date), 2024) - 2004);
/** USD cents → millions of đồng, and back, at `rate` đồng per USD. */
const vndOfUsd = (cents: number, rate: number): number => Math.round((cents * rate) / 1e8);
const usdOfVnd = (millions: number, rate: number): number => Math.round((millions * 1e8) / rate);
const vndString = (millions: number): string => (millions === 0 ? '0' : `${millions}000000`);
const usdString = (cents: number): string =>
  `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const haString = (tenths: number): string => `${Math.floor(tenths / 10)}.${tenths % 10}`;
const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);

/** A zone takes investors once established (also while its infrastructure is being built). */
function isOpenToInvestors(zone: ZoneSpec, date: string): boolean {
  const status = zone.history.filter(([, since]) => since <= date).at(-1)?.[0];
  return zone.attraction > 0 && status !== undefined && status !== 'planned';
}

/** Moves `amount` units into items up to their capacities, proportionally, exactly. */
function distribute(amount: number, capacities: readonly number[]): number[] {
  const total = sum(capacities);
  check(amount <= total, `cannot place ${amount} within capacity ${total}`);
  const shares = capacities.map((c) => Math.floor((amount * c) / total));
  for (let i = 0, rest = amount - sum(shares); rest > 0; i = (i + 1) % shares.length) {
    if (at(shares, i) < at(capacities, i)) [shares[i], rest] = [at(shares, i) + 1, rest - 1];
  }
  return shares;
}

/** Scales positive values to sum to `target` exactly (the rounding remainder goes to the largest). */
function scaleToSum(values: readonly number[], target: number): number[] {
  const scaled = values.map((v) => Math.floor((v * target) / sum(values)));
  const largest = scaled.indexOf(Math.max(...scaled));
  scaled[largest] = at(scaled, largest) + target - sum(scaled);
  check(
    scaled.every((v) => v > 0),
    'a scaled amount is not positive',
  );
  return scaled;
}

// ─── Drafts ─────────────────────────────────────────────────────────────────────────────────
type Capital = { vnd: number; usdCents?: number };
type EventDraft = { seq: number; kind: PackageLicensingEvent['kind']; date: string; capital?: Capital };
interface ProjectDraft {
  code: string;
  type: InvestmentType;
  zoneCode: string;
  licensed: string;
  terminated?: string;
  sector: SectorSpec;
  name: string;
  investors: Investor[];
  /** Oldest first; one date keeps creation order. */
  events: EventDraft[];
  implementations: { asOf: string; vnd: number }[];
  landTenths?: number;
  /** One of the few large investments (thousands of tỷ đồng, or tens of millions of USD). */
  large: boolean;
  /** Adjusted in 2019-01-01..2019-11-30: kept out of the registered-capital calibration. */
  adjustedIn2019: boolean;
}

const isInForce = (p: ProjectDraft, date: string): boolean =>
  p.licensed <= date && (p.terminated === undefined || p.terminated > date);
const isAliveAfter = (p: ProjectDraft, date: string): boolean =>
  p.terminated === undefined || p.terminated > date;
const lastLiveDay = (p: ProjectDraft): string => (p.terminated ? addDays(p.terminated, -30) : '2024-12-27');

/** Registered capital at `date`: the latest event dated ≤ date that states one. */
function capitalAt(p: ProjectDraft, date: string): Capital {
  const capital = p.events.filter((e) => e.date <= date && e.capital).at(-1)?.capital;
  check(capital !== undefined, `${p.code} has no capital at ${date}`);
  return capital;
}

// ─── The builder ────────────────────────────────────────────────────────────────────────────
class ThaiBinhDemoBuilder {
  private readonly rng = new Random(SEED);
  private readonly projects: ProjectDraft[] = [];
  private readonly names = new Set<string>();
  private readonly zoneLoad = new Map<string, number>();
  private seq = 0;

  build(): DataPackage {
    this.createProjects();
    this.scheduleTerminations();
    for (const p of this.projects.filter((p) => p.licensed < PERIOD_FROM)) {
      this.addEvent(p, 'new', p.licensed, this.drawNewCapital(p));
      const to = lastLiveDay(p) < '2018-12-28' ? lastLiveDay(p) : '2018-12-28';
      this.addRandomAdjustments(p, addDays(p.licensed, 120), to, 0.08);
    }
    this.addNewProjectsOf2019();
    this.addAdjustmentsOf2019();
    this.calibrateRegisteredCapital('DDI');
    this.calibrateRegisteredCapital('FDI');
    // From here on, nothing is dated on or before 2019-11-30.
    for (const p of this.projects.filter((p) => p.licensed > REPORT_DATE)) {
      this.addEvent(p, 'new', p.licensed, this.drawNewCapital(p));
    }
    for (const p of this.projects.filter((p) => isAliveAfter(p, REPORT_DATE))) {
      const from = addDays(p.licensed, 120) > '2019-12-02' ? addDays(p.licensed, 120) : '2019-12-02';
      this.addRandomAdjustments(p, from, lastLiveDay(p), 0.12);
    }
    this.buildImplementations();
    this.allocateLand();
    return this.toPackage();
  }

  private addEvent(p: ProjectDraft, kind: EventDraft['kind'], date: string, capital?: Capital): void {
    p.events.push({ seq: this.seq++, kind, date, ...(capital ? { capital } : {}) });
    p.events.sort(byDateThenSeq);
  }

  /** Project skeletons per LICENSING_PLAN, numbered in licensing order. */
  private createProjects(): void {
    const drafts: Omit<ProjectDraft, 'code' | 'large'>[] = [];
    for (const window of LICENSING_PLAN) {
      for (const type of ['DDI', 'FDI'] as const) {
        for (let i = 0; i < window[type]; i++) {
          drafts.push(this.draftProject(type, workdayBetween(this.rng, window.from, window.to)));
        }
      }
    }
    drafts.sort((a, b) => (a.licensed < b.licensed ? -1 : a.licensed > b.licensed ? 1 : 0));
    const serial = { DDI: 100, FDI: 20 };
    const count = { DDI: 0, FDI: 0 };
    for (const d of drafts) {
      serial[d.type] += this.rng.int(1, 3);
      const outside2019 = d.licensed < PERIOD_FROM || d.licensed > REPORT_DATE;
      const large = outside2019 && count[d.type]++ % (d.type === 'DDI' ? 37 : 15) === 7;
      // Mã số dự án, 10 digits: "3212…" foreign-invested, "3213…" domestic.
      const code = `${d.type === 'FDI' ? '3212' : '3213'}${String(serial[d.type]).padStart(6, '0')}`;
      this.projects.push({ ...d, large, code });
    }
  }

  /** A zone open at that date (parks fill up at ~1.6 ha per project), a sector, investors, a name. */
  private draftProject(type: InvestmentType, licensed: string): Omit<ProjectDraft, 'code' | 'large'> {
    const room = (z: ZoneSpec): number =>
      z.industrialTenths
        ? Math.max(0.08, 1 - ((this.zoneLoad.get(z.code) ?? 0) * 16) / z.industrialTenths)
        : 1;
    const newer = ['TB-TT', 'TB-LHT', 'TB-HP', 'TB-KKT'];
    const open = ZONES.filter((z) => isOpenToInvestors(z, licensed));
    const zone = this.rng.weighted(
      open,
      (z) => z.attraction * room(z) * (type === 'FDI' && newer.includes(z.code) ? 1.5 : 1),
    );
    this.zoneLoad.set(zone.code, (this.zoneLoad.get(zone.code) ?? 0) + 1);
    const special = ZONE_SPECIALITIES[zone.code];
    const sector =
      special && this.rng.chance(0.45)
        ? this.rng.pick(SECTORS.filter((s) => special.includes(s.vsic)))
        : this.rng.weighted(SECTORS, (s) => s.weight[type]);
    const product = this.rng.pick(sector.products);
    const investors: Investor[] = [];
    let brand: string;
    if (type === 'FDI') {
      const { country, suffix, brands } = this.rng.weighted(FOREIGN_INVESTORS, (c) => c.weight);
      brand = this.rng.pick(brands);
      investors.push({ name: `${brand} ${suffix}`, country });
      const partner = `Công ty Cổ phần ${sector.word} ${this.rng.pick(DOMESTIC_BRANDS)}`; // liên doanh
      if (this.rng.chance(0.1)) investors.push({ name: partner, country: 'VN' });
      brand = `${brand} Việt Nam`;
    } else {
      brand = this.rng.pick(DOMESTIC_BRANDS);
      const form = this.rng.chance(0.55) ? 'Công ty TNHH' : 'Công ty Cổ phần';
      investors.push({ name: `${form} ${sector.word} ${brand}`, country: 'VN' });
      const partner = `Công ty TNHH Đầu tư ${this.rng.pick(DOMESTIC_BRANDS)}`;
      if (this.rng.chance(0.08)) investors.push({ name: partner, country: 'VN' });
    }
    let name = `${product} ${brand}`;
    for (let phase = 2; this.names.has(name); phase++) name = `${product} ${brand} giai đoạn ${phase}`;
    this.names.add(name);
    const zoneCode = zone.code;
    return {
      type,
      zoneCode,
      licensed,
      sector,
      name,
      investors,
      events: [],
      implementations: [],
      adjustedIn2019: false,
    };
  }

  /** Chấm dứt hoạt động dự án per TERMINATION_PLAN, at least 18 months after licensing. */
  private scheduleTerminations(): void {
    for (const window of TERMINATION_PLAN) {
      for (const type of ['DDI', 'FDI'] as const) {
        for (let i = 0; i < window[type]; i++) {
          const date = workdayBetween(this.rng, window.from, window.to);
          const earliest = addDays(date, -540);
          const candidates = this.projects.filter(
            (p) => p.type === type && !p.terminated && p.licensed <= earliest,
          );
          this.rng.pick(candidates).terminated = date;
        }
      }
    }
    for (const p of this.projects) if (p.terminated) this.addEvent(p, 'termination', p.terminated);
  }

  /** Capital of a new certificate: DDI 20–900 tỷ (a few thousands), FDI 1.5–20 million USD (a few more). */
  private drawNewCapital(p: ProjectDraft): Capital {
    const { rng } = this;
    if (p.type === 'DDI') {
      const vnd = p.large ? roundTo(rng.logUniform(1.5e6, 5e6), 1e4) : roundTo(rng.logUniform(2e4, 9e5), 100);
      return { vnd };
    }
    const flagship = p.licensed >= '2021-01-01' && p.zoneCode === 'TB-LHT' && rng.chance(0.2);
    const [low, high, step] = flagship
      ? [120e6, 400e6, 1e6]
      : p.large
        ? [25e6, 80e6, 1e6]
        : [1.5e6, 20e6, 1e5];
    const usdCents = roundTo(rng.logUniform(low, high), step) * 100;
    return { vnd: vndOfUsd(usdCents, usdRate(p.licensed)), usdCents };
  }

  /** Điều chỉnh: a new registered capital from the current one (mostly increases). */
  private drawCapitalChange(p: ProjectDraft, before: Capital, date: string): Capital {
    const ratio = this.rng.chance(0.07) ? -this.rng.between(0.05, 0.25) : this.rng.between(0.05, 0.6);
    if (p.type === 'DDI') return { vnd: roundTo(before.vnd * (1 + ratio), 100) };
    const beforeUsd = before.usdCents ?? usdOfVnd(before.vnd, usdRate(date));
    const usdCents = Math.max(50e6, beforeUsd + Math.round((beforeUsd * ratio) / 1e7) * 1e7);
    return { vnd: Math.max(1_000, before.vnd + vndOfUsd(usdCents - beforeUsd, usdRate(date))), usdCents };
  }

  /** Adjustments at random (Poisson, `perYear`) within [from, to]; about half state a new capital. */
  private addRandomAdjustments(p: ProjectDraft, from: string, to: string, perYear: number): void {
    for (let day = toDay(from); ;) {
      day += Math.ceil((-Math.log(1 - this.rng.next()) / perYear) * 365);
      if (day > toDay(to)) return;
      const date = workdayBetween(this.rng, fromDay(day), fromDay(Math.min(day + 6, toDay(to))));
      const capital = this.rng.chance(0.55) ? this.drawCapitalChange(p, capitalAt(p, date), date) : undefined;
      this.addEvent(p, 'adjustment', date, capital);
    }
  }

  /** An adjustment changing the capital by `delta` million đồng (FDI: USD by `deltaCents`). */
  private adjustCapital(p: ProjectDraft, date: string, delta: number, deltaCents?: number): void {
    const before = capitalAt(p, date);
    const vnd = before.vnd + delta;
    check(vnd > 0, `${p.code}: capital after an adjustment not positive`);
    if (before.usdCents === undefined) return this.addEvent(p, 'adjustment', date, { vnd });
    const usdCents = before.usdCents + (deltaCents ?? usdOfVnd(delta, usdRate(date)));
    this.addEvent(p, 'adjustment', date, { vnd, usdCents });
  }

  /** The 21 new certificates of 2019-01-01..2019-11-30: FDI stay round in USD, DDI absorb the rest. */
  private addNewProjectsOf2019(): void {
    const in2019 = this.projects.filter((p) => p.licensed >= PERIOD_FROM && p.licensed <= REPORT_DATE);
    check(in2019.length === THAI_BINH_DEMO_FIGURES.licensing.new.count, 'count of new projects in 2019');
    const drawn = in2019.map((p) => this.drawNewCapital(p));
    const foreign = sum(drawn.filter((c) => c.usdCents !== undefined).map((c) => c.vnd));
    const domestic = drawn.filter((c) => c.usdCents === undefined);
    scaleToSum(
      domestic.map((c) => c.vnd),
      TARGET.newCapital - foreign,
    ).forEach((vnd, i) => (at(domestic, i).vnd = vnd));
    in2019.forEach((p, i) => this.addEvent(p, 'new', p.licensed, at(drawn, i)));
  }

  /**
   * The 30 adjustments of 2019-01-01..2019-11-30 on 29 projects: 14 increases (one project has two
   * on the same day), 2 decreases, and 14 unchanged (10 without a capital, 4 restating it).
   */
  private addAdjustmentsOf2019(): void {
    const candidates = this.projects.filter(
      (p) => p.licensed <= '2018-06-30' && isAliveAfter(p, REPORT_DATE),
    );
    const foreign = this.rng.shuffle(candidates.filter((p) => p.type === 'FDI')).slice(0, 5);
    const [pair, ...pool] = this.rng.shuffle(candidates.filter((p) => p.type === 'DDI'));
    const decreased = pool.filter((p) => capitalAt(p, '2018-12-31').vnd >= 60_000).slice(0, 2);
    const domestic = pool.filter((p) => !decreased.includes(p)).slice(0, 21);
    check(
      pair !== undefined && decreased.length === 2 && domestic.length === 21,
      'too few projects to adjust',
    );
    const day = (): string => workdayBetween(this.rng, '2019-01-02', '2019-11-29');
    // Increases: two foreign ones round in USD; the domestic ones (the pair and ten more) share the rest.
    let foreignDelta = 0;
    for (const p of foreign.slice(0, 2)) {
      const [date, cents] = [day(), roundTo(this.rng.logUniform(5e5, 4e6), 1e5) * 100];
      foreignDelta += vndOfUsd(cents, usdRate(date));
      this.adjustCapital(p, date, vndOfUsd(cents, usdRate(date)), cents);
    }
    const increased = [pair, pair, ...domestic.slice(0, 10)];
    const deltas = scaleToSum(
      increased.map(() => this.rng.logUniform(10_000, 200_000)),
      TARGET.increases - foreignDelta,
    );
    const pairDay = day();
    increased.forEach((p, i) => this.adjustCapital(p, i < 2 ? pairDay : day(), at(deltas, i)));
    const firstDecrease = this.rng.int(2_500, 5_600);
    this.adjustCapital(at(decreased, 0), day(), -firstDecrease);
    this.adjustCapital(at(decreased, 1), day(), firstDecrease - TARGET.decreases);
    // Unchanged: three foreign (one restates its capital), eleven domestic (three restate theirs).
    [...foreign.slice(2), ...domestic.slice(10)].forEach((p, i) => {
      const date = day();
      this.addEvent(p, 'adjustment', date, i === 2 || i >= 11 ? { ...capitalAt(p, date) } : undefined);
    });
    for (const p of [...foreign, pair, ...decreased, ...domestic]) p.adjustedIn2019 = true;
  }

  /** Vốn đăng ký in force at 2019-11-30: scales the `new` capital of old projects never adjusted in capital. */
  private calibrateRegisteredCapital(type: InvestmentType): void {
    const inForce = this.projects.filter((p) => p.type === type && isInForce(p, REPORT_DATE));
    const expected = THAI_BINH_DEMO_FIGURES.cumulative[type === 'DDI' ? 'ddi' : 'fdi'].projects;
    check(inForce.length === expected, `${type} projects in force`);
    const untouched = (p: ProjectDraft) =>
      p.licensed < PERIOD_FROM && !p.adjustedIn2019 && p.events.every((e) => e.kind === 'new' || !e.capital);
    const adjustable = inForce.filter(untouched);
    const rest =
      TARGET.registered[type] -
      sum(inForce.filter((p) => !untouched(p)).map((p) => capitalAt(p, REPORT_DATE).vnd));
    const news = adjustable.map((p) => at(p.events, 0));
    const values = news.map((e) => e.capital?.vnd ?? 0);
    const factor = rest / sum(values);
    check(factor > 0.6 && factor < 1.6, `${type} registered capital scaled by ${factor.toFixed(3)}`);
    scaleToSum(values, rest).forEach((vnd, i) => {
      const rate = usdRate(at(news, i).date);
      at(news, i).capital = type === 'FDI' ? { vnd, usdCents: usdOfVnd(vnd, rate) } : { vnd };
    });
  }

  /** Vốn thực hiện lũy kế at year ends and at 2019-11-30; calibrated there, then continued. */
  private buildImplementations(): void {
    const pace = new Map(
      this.projects.map((p) => {
        const [start, speed, ceiling] = [
          this.rng.between(0, 0.12),
          this.rng.between(0.1, 0.3),
          this.rng.between(0.45, 0.95),
        ];
        return [
          p,
          (asOf: string) => Math.min(ceiling, start + (speed * (toDay(asOf) - toDay(p.licensed))) / 365),
        ];
      }),
    );
    const record = (p: ProjectDraft, asOf: string): void => {
      if (asOf <= addDays(p.licensed, 60) || !isInForce(p, asOf)) return;
      const registered = capitalAt(p, asOf).vnd;
      const target = Math.round((registered * (pace.get(p)?.(asOf) ?? 0)) / 100) * 100;
      const vnd = Math.max(p.implementations.at(-1)?.vnd ?? 0, Math.min(registered, target));
      if (vnd > 0) p.implementations.push({ asOf, vnd });
    };
    for (const p of this.projects) {
      for (let year = yearOf(p.licensed); year <= 2018; year++) record(p, `${year}-12-31`);
      record(p, REPORT_DATE);
    }
    this.calibrateImplemented('DDI');
    this.calibrateImplemented('FDI');
    for (const p of this.projects) for (let year = 2019; year <= 2024; year++) record(p, `${year}-12-31`);
  }

  private calibrateImplemented(type: InvestmentType): void {
    const entries = this.projects
      .filter(
        (p) => p.type === type && isInForce(p, REPORT_DATE) && p.implementations.at(-1)?.asOf === REPORT_DATE,
      )
      .map((p) => {
        const entry = at(p.implementations, p.implementations.length - 1);
        const floor = p.implementations.at(-2)?.vnd ?? Math.min(entry.vnd, 100);
        const room = Math.max(0, capitalAt(p, REPORT_DATE).vnd - entry.vnd);
        return { entry, room, slack: Math.max(0, entry.vnd - floor) };
      });
    const missing = TARGET.implemented[type] - sum(entries.map((e) => e.entry.vnd));
    const moves = distribute(
      Math.abs(missing),
      entries.map((e) => (missing >= 0 ? e.room : e.slack)),
    );
    entries.forEach((e, i) => (e.entry.vnd += Math.sign(missing) * at(moves, i)));
  }

  /** Đất thuê per project, so that a zone's leased land is the sum over the projects it holds at the end. */
  private allocateLand(): void {
    for (const zone of ZONES) {
      const inZone = this.projects.filter((p) => p.zoneCode === zone.code && p.sector.vsic !== 'D3511');
      const weights = inZone.map((p) => Math.sqrt(capitalAt(p, DATA_END).vnd) * this.rng.between(0.7, 1.3));
      const liveWeight = sum(weights.filter((_, i) => isAliveAfter(at(inZone, i), DATA_END)));
      const leasedTarget = (zone.industrialTenths ?? Number(zone.areaHa) * 0.2) * (zone.occupancy ?? 0.3);
      inZone.forEach((p, i) => {
        p.landTenths = Math.max(3, Math.floor((leasedTarget * at(weights, i)) / Math.max(liveWeight, 1)));
      });
    }
  }

  /**
   * zones-v1: a zone's land at the year-ends since it was established — its industrial land, the
   * land its projects alive then had leased, and service land (a tenth of the industrial land, of
   * it leased the zone's occupancy share). The last entry is the end of the data.
   */
  private landHistory(z: ZoneSpec, established: string | undefined): PackageZone['landHistory'] {
    if (z.industrialTenths === undefined || established === undefined) return null;
    const industrial = z.industrialTenths;
    const service = Math.round(industrial / 10);
    return LAND_DATES.filter((date) => date >= established).map((asOf) => {
      const live = this.projects.filter(
        (p) => p.zoneCode === z.code && p.licensed <= asOf && isAliveAfter(p, asOf),
      );
      // Projects that later ended held land too: at an earlier date the zone was at most full.
      const leased = Math.min(sum(live.map((p) => p.landTenths ?? 0)), industrial);
      const leasedService = Math.floor((service * leased) / Math.max(industrial, 1));
      return {
        asOf,
        industrialLandHa: haString(industrial),
        serviceLandHa: haString(service),
        leasedLandHa: haString(leased),
        leasedServiceLandHa: haString(leasedService),
      };
    });
  }

  private toPackage(): DataPackage {
    const zones = ZONES.map((z): PackageZone => {
      const statusHistory = z.history.map(([status, since]) => ({ status, since }));
      const status = at(statusHistory, statusHistory.length - 1).status;
      const established = statusHistory.find((h) => h.status !== 'planned')?.since;
      const landHistory = status === 'planned' ? null : this.landHistory(z, established);
      const land: Pick<PackageZone, 'industrialLandHa' | 'leasedLandHa'> = {};
      if (z.industrialTenths !== undefined && !landHistory)
        land.industrialLandHa = haString(z.industrialTenths);
      const { code, name, kind, areaHa, developer } = z;
      const optional = {
        ...land,
        ...(landHistory ? { landHistory } : {}),
        ...(developer ? { developer } : {}),
        ...(ZONES_INSIDE_THE_ECONOMIC_ZONE.includes(code) ? { parentZoneCode: 'TB-KKT' } : {}),
      };
      return { code, boardCode: 'TB', name, kind, status, statusHistory, areaHa, ...optional };
    });
    const projects = this.projects.map((p): PackageProject => ({
      code: p.code,
      boardCode: 'TB',
      zoneCode: p.zoneCode,
      name: p.name,
      investmentType: p.type,
      investors: p.investors,
      sector: p.sector.vsic,
      ...(p.landTenths !== undefined ? { landHa: haString(p.landTenths) } : {}),
    }));
    const adjustmentNo = new Map<string, number>();
    const decisionNo = new Map<number, number>();
    const documentNo = (p: ProjectDraft, e: EventDraft): string => {
      if (e.kind === 'new') return p.code; // Giấy chứng nhận đăng ký đầu tư bears the project code
      if (e.kind === 'adjustment') {
        adjustmentNo.set(p.code, (adjustmentNo.get(p.code) ?? 0) + 1);
        return `${p.code}-ĐC${adjustmentNo.get(p.code)}`;
      }
      decisionNo.set(yearOf(e.date), (decisionNo.get(yearOf(e.date)) ?? 0) + 7 + ((e.seq * 7) % 23));
      return `QĐ ${decisionNo.get(yearOf(e.date))}/QĐ-BQL`;
    };
    const licensingEvents = this.projects
      .flatMap((p) => p.events.map((e) => ({ p, e })))
      .sort((a, b) => byDateThenSeq(a.e, b.e))
      .map(({ p, e }): PackageLicensingEvent => ({
        projectCode: p.code,
        kind: e.kind,
        date: e.date,
        documentNo: documentNo(p, e),
        ...(e.capital ? { capitalVnd: vndString(e.capital.vnd) } : {}),
        ...(e.capital?.usdCents !== undefined ? { capitalUsd: usdString(e.capital.usdCents) } : {}),
      }));
    const capitalImplementations = this.projects.flatMap((p) =>
      p.implementations.map((i): PackageCapitalImplementation => ({
        projectCode: p.code,
        asOf: i.asOf,
        implementedVnd: vndString(i.vnd),
      })),
    );
    const board = {
      code: 'TB',
      name: 'Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình',
      provinceCode: '34',
    };
    const enterprises = thaiBinhEnterprises(zones, projects);
    return {
      format: 'kcn-data-package',
      version: 1,
      boards: [board],
      zones,
      projects,
      licensingEvents,
      capitalImplementations,
      ...enterprises,
      calendarYears: [],
      ...thaiBinhOneStop(enterprises.enterprises),
      // The Red River Delta boards' emulation bloc (blocs-v1), of which the demo database holds
      // only Thái Bình: a bloc of one member, its leader, with no deputy.
      blocs: [
        {
          code: DEMO_BLOC_CODE,
          name: 'Khối thi đua các Ban Quản lý KCN, KKT vùng Đồng bằng sông Hồng',
          years: [2019, 2024, 2025, 2026].map((year) => ({ year, members: ['TB'], leader: 'TB' })),
        },
      ],
      blocReturns: [],
    };
  }
}

/** The demo's emulation bloc. */
export const DEMO_BLOC_CODE = 'DBSH';

/** The Thái Bình demo package: the same document on every call. */
export function buildThaiBinhDemoPackage(): DataPackage {
  return new ThaiBinhDemoBuilder().build();
}
