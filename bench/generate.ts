/**
 * National-scale synthetic data for the report benchmarks: every board of the 63 pre-2025
 * provinces, their zones with status histories, projects with licensing histories and
 * implemented capital. Deterministic (a seeded PRNG; the same seed and scale give the same
 * rows, ids included) and written straight into the tables with multi-row INSERTs inside one
 * transaction — a load tool, not a test of the import path.
 *
 *   npx tsx bench/generate.ts --data-dir /tmp/kcn-national [--scale 0.1] [--seed 2019]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/somedb npx tsx bench/generate.ts
 */
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { PROVINCES_BEFORE_2025 } from '../src/domain/provinces.ts';
import type { Database, Executor } from '../src/server/kernel/db/database.ts';
import type { DataPackage } from '../src/server/modules/packages/data-package.schema.ts';

export interface GenerateOptions {
  /** Fraction of the national sizes (zones, projects, events, implementations); boards stay 63. */
  scale?: number;
  seed?: number;
  /** Rows per INSERT statement. */
  batchRows?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface GenerateResult {
  seed: number;
  scale: number;
  counts: {
    boards: number;
    zones: number;
    zoneStatusChanges: number;
    investors: number;
    projects: number;
    projectInvestors: number;
    licensingEvents: number;
    capitalImplementations: number;
  };
  timingMs: { generate: number; insert: number; summaries: number; analyze: number; total: number };
}

/** National sizes at scale 1 (the issue's figures). */
export const NATIONAL = {
  zones: 450,
  projects: 30_000,
  licensingEvents: 100_000,
  capitalImplementations: 60_000,
} as const;
export const DEFAULT_SEED = 2019;
/** Code of the board the one-board benchmarks use (Thái Bình). */
export const BENCH_BOARD_CODE = 'TB';

/** The 63 provinces and centrally-run cities before the 2025 merger, with their codes (mã tỉnh). */
export const PROVINCES: readonly (readonly [code: string, name: string])[] = PROVINCES_BEFORE_2025.map(
  (p) => [p.code, p.name] as const,
);

/** Provinces with a large industrial base: more zones, projects and FDI. */
const INDUSTRIAL_PROVINCES = new Set([
  '01',
  '22',
  '24',
  '26',
  '27',
  '30',
  '31',
  '33',
  '74',
  '75',
  '77',
  '79',
  '80',
  '38',
  '48',
]);
const COASTAL_WITH_KKT = new Set([
  '22',
  '31',
  '34',
  '36',
  '38',
  '40',
  '42',
  '44',
  '45',
  '46',
  '48',
  '49',
  '51',
  '52',
  '54',
  '56',
  '60',
  '77',
  '91',
  '96',
]);

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** sfc32 seeded through splitmix32: fast, good enough, reproducible everywhere. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 16; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Index drawn with the given (cumulative) weights. */
  weighted(cumulative: readonly number[]): number {
    const total = cumulative[cumulative.length - 1] ?? 0;
    const x = this.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** A random (version 4 layout) uuid. */
  uuid(): string {
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    const a = hex(this.uint32());
    const b = hex(this.uint32());
    const c = hex(this.uint32());
    const d = hex(this.uint32());
    const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01, UTC)

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

const LAST_DAY = dayOf(2024, 12, 31);
/** Quarter ends 2005–2024: the dates implemented capital is reported as of. */
const QUARTER_ENDS: number[] = [];
for (let y = 2005; y <= 2024; y++) {
  QUARTER_ENDS.push(dayOf(y, 3, 31), dayOf(y, 6, 30), dayOf(y, 9, 30), dayOf(y, 12, 31));
}

/** VND per USD, roughly, by year: for the VND figure of FDI certificates. */
const usdRate = (year: number) => 15_800 + (year - 2005) * 480;

// ---------------------------------------------------------------------------------------------
// Names

const ZONE_WORDS = [
  'Phúc Khánh',
  'Tiền Hải',
  'Gia Lễ',
  'Cầu Nghìn',
  'Sông Trà',
  'Thụy Trường',
  'Đông Bắc',
  'Tây Nam',
  'An Phát',
  'Hòa Xá',
  'Quang Châu',
  'Đình Trám',
  'Yên Phong',
  'Tiên Sơn',
  'Quế Võ',
  'Nam Cầu Kiền',
  'Đình Vũ',
  'Tràng Duệ',
  'Phố Nối',
  'Thăng Long',
  'Nội Bài',
  'Bắc Thăng Long',
  'Amata',
  'Long Hậu',
  'Tân Tạo',
  'Hiệp Phước',
  'Mỹ Phước',
  'Bàu Bàng',
  'Nhơn Trạch',
  'Long Thành',
  'Phú Mỹ',
  'Cái Mép',
  'Đức Hòa',
  'Hải Sơn',
  'Tân Đức',
  'Vĩnh Lộc',
  'Lê Minh Xuân',
  'Tây Bắc Củ Chi',
  'Sóng Thần',
  'VSIP',
  'Dung Quất',
  'Chu Lai',
  'Nghi Sơn',
  'Vũng Áng',
  'Hòn La',
  'Chân Mây',
  'Nhơn Hội',
  'Vân Phong',
  'Định An',
  'Năm Căn',
];
const THAI_BINH_ZONES = [
  'Thái Bình',
  'Phúc Khánh',
  'Nguyễn Đức Cảnh',
  'Gia Lễ',
  'Tiền Hải',
  'Cầu Nghìn',
  'Sông Trà',
  'Thụy Trường',
  'Liên Hà Thái',
  'Hải Long',
  'Xuân Quang',
];
const PRODUCTS = [
  'may mặc',
  'linh kiện điện tử',
  'chế biến gỗ',
  'thép',
  'bao bì',
  'dược phẩm',
  'thực phẩm',
  'cơ khí chính xác',
  'nhựa kỹ thuật',
  'sợi',
  'giày da',
  'kính',
  'phụ tùng ô tô',
  'pin năng lượng',
  'thiết bị điện',
  'vật liệu xây dựng',
  'hóa chất',
  'kho vận',
  'bê tông',
];
const COMPANY_WORDS = [
  'Hưng Thịnh',
  'Phú Cường',
  'Thành Công',
  'Đại Việt',
  'Minh Long',
  'Á Châu',
  'Toàn Cầu',
  'Hòa Phát',
  'Tân Long',
  'Việt Hàn',
  'Sao Mai',
  'Bình Minh',
  'Đông Á',
  'Thái Dương',
  'Hoàng Gia',
  'Kim Long',
  'Nam Phong',
  'Trường Sơn',
  'Phương Đông',
  'An Khang',
];
const FOREIGN_COUNTRIES = ['JP', 'KR', 'CN', 'TW', 'SG', 'HK', 'US', 'DE', 'TH', 'MY'] as const;
const SECTORS = [
  '1410',
  '2610',
  '1629',
  '2410',
  '1702',
  '2100',
  '1079',
  '2592',
  '2220',
  '1311',
  '1520',
  '2310',
  '2930',
  '2720',
  '2710',
  '2395',
  '2011',
  '5210',
  '2394',
];

/** The search column the application writes: lower case without diacritics. */
export function searchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// SQL literals (every value is generated here; quoting is for the names' apostrophes only)

type Literal = string | number | bigint | null;
const lit = (value: Literal): string => {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
};

class TableRows {
  readonly rows: string[] = [];
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}
  add(...values: Literal[]): void {
    if (values.length !== this.columns.length)
      throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    this.rows.push(`(${values.map(lit).join(',')})`);
  }
}

// ---------------------------------------------------------------------------------------------
// The model

interface Zone {
  id: string;
  boardIndex: number;
  weight: number;
}

/** Money helpers: VND rounded to the million, USD to the dollar (sometimes cents). */
const roundVnd = (value: number) => BigInt(Math.max(1, Math.round(value / 1e6))) * 1_000_000n;
function usdText(value: number, rng: Rng): string {
  const whole = Math.max(1000, Math.round(value));
  return rng.chance(0.2) ? `${whole}.${String(rng.int(1, 99)).padStart(2, '0')}` : `${whole}`;
}
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Builds every row in memory (a few tens of MB at national scale). */
export function buildNationalRows(options: { scale?: number; seed?: number } = {}) {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!(scale > 0 && scale <= 10)) throw new RangeError(`scale must be in (0, 10]: ${scale}`);
  const rng = new Rng(seed);
  const ids = new Rng(seed ^ 0x5bd1e995);

  const boards = new TableRows('boards', ['id', 'code', 'name', 'province_code']);
  const zones = new TableRows('zones', [
    'id',
    'board_id',
    'code',
    'name',
    'kind',
    'status',
    'area_ha',
    'industrial_land_ha',
    'leased_land_ha',
    'developer',
    'search_text',
  ]);
  const zoneStatusChanges = new TableRows('zone_status_changes', [
    'id',
    'board_id',
    'zone_id',
    'status',
    'since',
  ]);
  const investors = new TableRows('investors', ['id', 'board_id', 'name', 'country', 'search_text']);
  const projects = new TableRows('projects', [
    'id',
    'board_id',
    'zone_id',
    'code',
    'name',
    'investment_type',
    'sector',
    'land_ha',
    'status',
    'licensed_on',
    'terminated_on',
    'search_text',
  ]);
  const projectInvestors = new TableRows('project_investors', [
    'project_id',
    'investor_id',
    'board_id',
    'position',
  ]);
  const events = new TableRows('licensing_events', [
    'id',
    'board_id',
    'project_id',
    'kind',
    'event_date',
    'seq',
    'document_no',
    'capital_vnd',
    'capital_usd',
    'note',
  ]);
  const implementations = new TableRows('capital_implementations', [
    'id',
    'board_id',
    'project_id',
    'as_of',
    'implemented_vnd',
  ]);

  // Boards: B01..B63 in province order, Thái Bình as TB.
  const boardIds: string[] = [];
  const boardCodes: string[] = [];
  const boardWeights: number[] = [];
  const boardFdiShare: number[] = [];
  PROVINCES.forEach(([provinceCode, province], i) => {
    const id = ids.uuid();
    const code = provinceCode === '34' ? BENCH_BOARD_CODE : `B${String(i + 1).padStart(2, '0')}`;
    boards.add(id, code, `Ban Quản lý các KCN tỉnh ${province}`, provinceCode);
    boardIds.push(id);
    boardCodes.push(code);
    const industrial = INDUSTRIAL_PROVINCES.has(provinceCode);
    const weight = industrial ? 2.5 + 3 * rng.next() : 0.3 + 1.2 * rng.next();
    const fdiShare = industrial ? 0.3 + 0.25 * rng.next() : 0.05 + 0.2 * rng.next();
    // Thái Bình, the one-board benchmark: an economic zone and ten industrial parks, as in life.
    boardWeights.push(provinceCode === '34' ? 2.5 : weight);
    boardFdiShare.push(provinceCode === '34' ? 0.2 : fdiShare);
  });

  // Zones: ≈450, more in industrial provinces; a KKT in some coastal ones.
  const totalWeight = boardWeights.reduce((a, b) => a + b, 0);
  const zoneList: Zone[] = [];
  const statusRank = ['planned', 'established', 'under_construction', 'operating'] as const;
  for (let b = 0; b < boardIds.length; b++) {
    const provinceCode = PROVINCES[b]![0];
    const count = Math.max(1, Math.round((NATIONAL.zones * scale * boardWeights[b]!) / totalWeight));
    for (let k = 0; k < count; k++) {
      const id = ids.uuid();
      const kind =
        k === 0 && COASTAL_WITH_KKT.has(provinceCode) && count > 1 ? 'KKT' : rng.chance(0.04) ? 'KCX' : 'KCN';
      const place =
        provinceCode === '34' ? THAI_BINH_ZONES[k % THAI_BINH_ZONES.length]! : rng.pick(ZONE_WORDS);
      const name = `${kind === 'KKT' ? 'Khu kinh tế' : kind === 'KCX' ? 'Khu chế xuất' : 'Khu công nghiệp'} ${place}${provinceCode === '34' || k === 0 ? '' : ` ${k + 1}`}`;
      const code = `${boardCodes[b]}-${kind}${String(k + 1).padStart(2, '0')}`;
      // Final status and history.
      const r = rng.next();
      const finalRank = r < 0.7 ? 3 : r < 0.82 ? 2 : r < 0.92 ? 1 : 0;
      const startRank = finalRank === 0 ? 0 : rng.chance(0.5) ? 0 : 1;
      const startYear = rng.chance(0.15) ? rng.int(2020, 2024) : rng.int(1994, 2019);
      let since = dayOf(startYear, rng.int(1, 12), rng.int(1, 28));
      const history: [string, number][] = [];
      for (let rank = Math.min(startRank, finalRank); rank <= finalRank; rank++) {
        if (since > LAST_DAY) break;
        history.push([statusRank[rank]!, since]);
        since += rng.int(120, 1500);
      }
      const withHistory = !rng.chance(0.05) && history.length > 0;
      const status = withHistory ? history[history.length - 1]![0] : statusRank[finalRank]!;
      // Areas: hectares with one or two decimals.
      const area =
        kind === 'KKT'
          ? rng.int(50_000, 500_000) / 10
          : kind === 'KCX'
            ? rng.int(500, 3_000) / 10
            : rng.int(500, 6_000) / 10;
      const built = status === 'operating' || status === 'under_construction';
      const industrial =
        built && !rng.chance(0.1) ? Math.round(area * (0.55 + 0.2 * rng.next()) * 100) / 100 : null;
      const leased =
        industrial !== null && !rng.chance(0.1)
          ? Math.round(
              industrial * (status === 'operating' ? 0.25 + 0.75 * rng.next() : 0.15 * rng.next()) * 100,
            ) / 100
          : null;
      const developer = rng.chance(0.8) ? `Công ty cổ phần ${rng.pick(COMPANY_WORDS)}` : null;
      zones.add(
        id,
        boardIds[b]!,
        code,
        name,
        kind,
        status,
        area.toFixed(1),
        industrial,
        leased,
        developer,
        searchText(name),
      );
      if (withHistory)
        for (const [s, d] of history) zoneStatusChanges.add(ids.uuid(), boardIds[b]!, id, s, iso(d));
      const weight =
        (status === 'operating' ? 1 : status === 'under_construction' ? 0.4 : 0.1) *
        Math.sqrt(area) *
        (kind === 'KKT' ? 0.3 : 1);
      zoneList.push({ id, boardIndex: b, weight });
    }
  }

  // Investors: a few per board, domestic and foreign; each project names one.
  const perBoardInvestors = Math.max(3, Math.round(30 * Math.min(1, scale * 2)));
  const domesticInvestors: string[][] = boardIds.map(() => []);
  const foreignInvestors: string[][] = boardIds.map(() => []);
  for (let b = 0; b < boardIds.length; b++) {
    for (let k = 0; k < perBoardInvestors; k++) {
      const foreign = k % 3 === 2;
      const id = ids.uuid();
      const country = foreign ? FOREIGN_COUNTRIES[k % FOREIGN_COUNTRIES.length]! : 'VN';
      const name = foreign
        ? `${rng.pick(COMPANY_WORDS).replace(/ /g, '')} Holdings ${boardCodes[b]}-${k + 1}`
        : `Công ty TNHH ${rng.pick(COMPANY_WORDS)} ${boardCodes[b]}-${k + 1}`;
      investors.add(id, boardIds[b]!, name, country, searchText(name));
      (foreign ? foreignInvestors : domesticInvestors)[b]!.push(id);
    }
  }

  // Projects, their licensing histories and implemented capital.
  const projectCount = Math.round(NATIONAL.projects * scale);
  const terminationCount = Math.round(projectCount * 0.08);
  const adjustmentCount = Math.round(NATIONAL.licensingEvents * scale) - projectCount - terminationCount;
  const implementationCount = Math.round(NATIONAL.capitalImplementations * scale);

  const zoneCumulative: number[] = [];
  zoneList.reduce((sum, z) => {
    zoneCumulative.push(sum + z.weight);
    return sum + z.weight;
  }, 0);
  const yearCumulative: number[] = [];
  for (let y = 2005, sum = 0; y <= 2024; y++) yearCumulative.push((sum += 1 + (y - 2005) * 0.08));

  interface Project {
    id: string;
    boardIndex: number;
    code: string;
    fdi: boolean;
    zoneId: string;
    name: string;
    licensed: number;
    adjustments: number;
    terminated: boolean;
  }
  const projectList: Project[] = [];
  const perBoardSerial = boardIds.map(() => 0);
  for (let i = 0; i < projectCount; i++) {
    const zone = zoneList[rng.weighted(zoneCumulative)]!;
    const b = zone.boardIndex;
    const id = ids.uuid();
    const code = `${boardCodes[b]}-DA${String(++perBoardSerial[b]!).padStart(5, '0')}`;
    const fdi = rng.chance(boardFdiShare[b]!);
    const year = 2005 + rng.weighted(yearCumulative);
    const licensed = Math.min(LAST_DAY, dayOf(year, 1, 1) + rng.int(0, 364));
    const name = `Dự án ${rng.pick(PRODUCTS)} ${rng.pick(COMPANY_WORDS)} ${code}`;
    // The row is written below, once the history is known.
    projectList.push({
      id,
      boardIndex: b,
      code,
      fdi,
      zoneId: zone.id,
      name,
      licensed,
      adjustments: 0,
      terminated: false,
    });
  }
  for (let k = 0; k < adjustmentCount; k++) projectList[rng.int(0, projectCount - 1)]!.adjustments++;
  {
    // Terminate a distinct 8 %: a partial Fisher–Yates shuffle of the indices.
    const order = projectList.map((_, i) => i);
    for (let k = 0; k < terminationCount; k++) {
      const j = rng.int(k, projectCount - 1);
      [order[k], order[j]] = [order[j]!, order[k]!];
      projectList[order[k]!]!.terminated = true;
    }
  }

  /** Registered VND per project after its history (for implemented capital). */
  const registeredAtLicensing: number[] = [];
  const endOfLife: number[] = [];
  for (const [i, p] of projectList.entries()) {
    const boardId = boardIds[p.boardIndex]!;
    let seq = 0;
    // New certificate.
    let vnd: number;
    let usd: number | null = null;
    if (p.fdi) {
      usd = clamp(rng.logNormal(8e6, 1.3), 1e5, 2e9);
      vnd = usd * usdRate(yearOf(p.licensed));
    } else {
      vnd = clamp(rng.logNormal(120e9, 1.2), 1e9, 5e13);
    }
    registeredAtLicensing.push(vnd);
    const usdLiteral = (value: number) => usdText(value, rng);
    events.add(
      ids.uuid(),
      boardId,
      p.id,
      'new',
      iso(p.licensed),
      ++seq,
      `${p.code}/GCN`,
      roundVnd(vnd),
      usd === null ? null : usdLiteral(usd),
      null,
    );
    // Adjustments, dated between the licence and the end of 2024 (same-day ones ordered by seq).
    const dates = Array.from({ length: p.adjustments }, () => rng.int(p.licensed, LAST_DAY)).sort(
      (x, y) => x - y,
    );
    for (const [k, date] of dates.entries()) {
      let capitalVnd: bigint | null = null;
      let capitalUsd: string | null = null;
      if (rng.chance(0.55)) {
        const factor = rng.chance(0.85) ? 1.05 + 0.75 * rng.next() : 0.6 + 0.37 * rng.next();
        if (p.fdi && usd !== null) {
          const r = rng.next();
          if (r < 0.9) {
            usd *= factor;
            vnd = usd * usdRate(yearOf(date));
            capitalVnd = roundVnd(vnd);
            capitalUsd = usdLiteral(usd);
          } else if (r < 0.95) {
            vnd *= factor;
            capitalVnd = roundVnd(vnd);
          } else {
            usd *= factor;
            capitalUsd = usdLiteral(usd);
          }
        } else {
          vnd *= factor;
          capitalVnd = roundVnd(vnd);
        }
      }
      const note = capitalVnd === null && capitalUsd === null ? 'Điều chỉnh nội dung khác' : null;
      events.add(
        ids.uuid(),
        boardId,
        p.id,
        'adjustment',
        iso(date),
        ++seq,
        `${p.code}/DC${k + 1}`,
        capitalVnd,
        capitalUsd,
        note,
      );
    }
    // Termination after the last event; some state the capital at termination.
    const last = dates.length > 0 ? dates[dates.length - 1]! : p.licensed;
    let terminatedOn: number | null = null;
    if (p.terminated) {
      terminatedOn = rng.int(last, Math.min(LAST_DAY, last + 2000));
      const stated = rng.chance(0.1) ? roundVnd(vnd * (0.5 + 0.5 * rng.next())) : null;
      events.add(
        ids.uuid(),
        boardId,
        p.id,
        'termination',
        iso(terminatedOn),
        ++seq,
        `${p.code}/CD`,
        stated,
        null,
        'Chấm dứt hoạt động',
      );
    }
    endOfLife.push(terminatedOn ?? LAST_DAY);
    const landHa = rng.chance(0.85) ? (rng.int(5, 5000) / 100).toFixed(2) : null;
    projects.add(
      p.id,
      boardId,
      p.zoneId,
      p.code,
      p.name,
      p.fdi ? 'FDI' : 'DDI',
      rng.pick(SECTORS),
      landHa,
      terminatedOn === null ? 'active' : 'terminated',
      iso(p.licensed),
      terminatedOn === null ? null : iso(terminatedOn),
      searchText(p.name),
    );
    const pool = (p.fdi ? foreignInvestors : domesticInvestors)[p.boardIndex]!;
    projectInvestors.add(p.id, pool[i % pool.length]!, boardId, 1);
  }

  // Implemented capital: cumulative, at quarter ends within the project's life, until the total is reached.
  {
    const order = projectList.map((_, i) => i);
    for (let k = order.length - 1; k > 0; k--) {
      const j = rng.int(0, k);
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let remaining = implementationCount;
    for (const i of order) {
      if (remaining === 0) break;
      const p = projectList[i]!;
      const slots = QUARTER_ENDS.filter((d) => d >= p.licensed && d <= endOfLife[i]!);
      if (slots.length === 0) continue;
      const n = Math.min(remaining, slots.length, rng.int(1, 4));
      // n distinct slots, in order.
      for (let k = 0; k < n; k++) {
        const j = rng.int(k, slots.length - 1);
        [slots[k], slots[j]] = [slots[j]!, slots[k]!];
      }
      const chosen = slots.slice(0, n).sort((x, y) => x - y);
      const fractions = chosen.map(() => rng.next()).sort((x, y) => x - y);
      for (const [k, d] of chosen.entries()) {
        const amount = BigInt(Math.round((registeredAtLicensing[i]! * fractions[k]!) / 1e6)) * 1_000_000n;
        implementations.add(ids.uuid(), boardIds[p.boardIndex]!, p.id, iso(d), amount);
      }
      remaining -= n;
    }
  }

  return {
    seed,
    scale,
    boardCodes,
    tables: [
      boards,
      zones,
      zoneStatusChanges,
      investors,
      projects,
      projectInvestors,
      events,
      implementations,
    ],
    counts: {
      boards: boards.rows.length,
      zones: zones.rows.length,
      zoneStatusChanges: zoneStatusChanges.rows.length,
      investors: investors.rows.length,
      projects: projects.rows.length,
      projectInvestors: projectInvestors.rows.length,
      licensingEvents: events.rows.length,
      capitalImplementations: implementations.rows.length,
    },
  };
}

/** The tables this generator fills, in insertion (foreign key) order. */
export const GENERATED_TABLES = [
  'boards',
  'zones',
  'zone_status_changes',
  'investors',
  'projects',
  'project_investors',
  'licensing_events',
  'capital_implementations',
] as const;

/**
 * Generates the national data set and writes it into an empty, migrated database, then
 * VACUUM ANALYZE (statistics for the planner; and no autovacuum running during the timings).
 */
/** The reports' summary tables (decision 024), rebuilt after each bulk load. */
const SUMMARY_TABLES = ['investment_facts', 'investment_totals', 'production_totals'] as const;

export async function generateNationalData(
  database: Database,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const batchRows = options.batchRows ?? 2_000;
  const started = performance.now();
  const data = buildNationalRows(options);
  const generated = performance.now();
  log(`generated rows in ${Math.round(generated - started)} ms: ${JSON.stringify(data.counts)}`);

  const existing = await scalar(database.db, sql`select count(*)::int as n from boards`);
  if (existing !== 0)
    throw new Error(`the database already holds ${existing} boards: generate into an empty one`);

  await database.db.transaction(async (tx) => {
    // The reports' summaries are rebuilt once below, not by their triggers statement by statement.
    await tx.execute(sql`set local kcn.summaries = 'deferred'`);
    for (const table of data.tables) {
      const t0 = performance.now();
      const head = `insert into ${table.table} (${table.columns.join(', ')}) values `;
      for (let i = 0; i < table.rows.length; i += batchRows) {
        await tx.execute(sql.raw(head + table.rows.slice(i, i + batchRows).join(',\n')));
      }
      log(`  ${table.table}: ${table.rows.length} rows in ${Math.round(performance.now() - t0)} ms`);
    }
  });
  const inserted = performance.now();
  await database.db.execute(sql`select summaries_rebuild()`);
  const summarised = performance.now();
  await database.db.execute(sql.raw(`vacuum analyze ${[...GENERATED_TABLES, ...SUMMARY_TABLES].join(', ')}`));
  const analyzed = performance.now();
  log(
    `inserted in ${Math.round(inserted - generated)} ms, summaries rebuilt in ${Math.round(summarised - inserted)} ms, ` +
      `vacuum analyze ${Math.round(analyzed - summarised)} ms`,
  );
  return {
    seed: data.seed,
    scale: data.scale,
    counts: data.counts,
    timingMs: {
      generate: Math.round(generated - started),
      insert: Math.round(inserted - generated),
      summaries: Math.round(summarised - inserted),
      analyze: Math.round(analyzed - summarised),
      total: Math.round(analyzed - started),
    },
  };
}

async function scalar(executor: Executor, query: ReturnType<typeof sql>): Promise<number> {
  const result = (await executor.execute(query)) as unknown as { rows: { n: number | string }[] };
  return Number(result.rows[0]?.n ?? 0);
}

// Command line: load into a given database (for exploring the data set by hand).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { openDatabase } = await import('../src/server/kernel/db/database.ts');
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const url = process.env.DATABASE_URL;
  const dataDir = arg('--data-dir');
  if (!url && !dataDir) {
    console.error(
      'usage: npx tsx bench/generate.ts (--data-dir DIR | DATABASE_URL=postgres://…) [--scale 0.1] [--seed N]',
    );
    process.exit(2);
  }
  const database = await openDatabase(url ? { url } : { dataDir: dataDir! });
  try {
    await database.migrate();
    const result = await generateNationalData(database, {
      scale: Number(arg('--scale') ?? 1),
      seed: Number(arg('--seed') ?? DEFAULT_SEED),
      log: (line) => console.log(line),
    });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Enterprises and their periodic reports (the production-and-business benchmark, bench/production.ts)

/** National size of the enterprise data set at scale 1: enterprises, each reporting monthly for ten years. */
export const NATIONAL_ENTERPRISES = 30_000;
/** The reporting years generated (2010-01 … 2019-12). */
export const ENTERPRISE_REPORT_YEARS = { first: 2010, last: 2019 } as const;

export interface EnterpriseGenerateResult {
  scale: number;
  counts: {
    enterprises: number;
    fdi: number;
    reports: number;
    byKind: Record<'month' | 'quarter' | 'half' | 'year', number>;
    notAccepted: number;
  };
  timingMs: { enterprises: number; reports: number; summaries: number; analyze: number; total: number };
}

/**
 * Enterprises (× `scale` of 30 000) spread over the zones already generated, about 40 % FDI, with
 * their periodic reports, written server-side by INSERT … SELECT over generate_series — fast, and
 * deterministic: every choice and value comes from md5 of the enterprise's serial (and period),
 * never random(); ids too. Each enterprise reports every month 2010-01 … 2019-12 of its life,
 * accepted, every figure non-null, except (each choice by its own hash):
 *  - ≈5 % start operating 2013–2016 (reports from their first month), ≈2 % stop on 2019-06-30;
 *  - ≈10 % report 2019 by quarter instead of by month (a quarter of those keep their months too:
 *    the finer kind wins);
 *  - ≈5 % file one yearly report for 2018 instead of its months; ≈2 % others file two halves;
 *  - ≈2 % (of the monthly 2019 filers) miss one month of 2019: incomplete, no figure for 2019;
 *  - ≈3 % also file their own reports for 2019 and (unless quarterly) 2019-Q3: the period's own
 *    report wins;
 *  - ≈1 % have their December 2019 report still `submitted` (not accepted: not counted).
 * Reports' sizes: money per month grows with the enterprise's size (1–1 000) and by year; a
 * quarter, half or year report carries 3, 6, 12 months' worth. Then ANALYZE.
 */
export async function generateEnterpriseReports(
  database: Database,
  options: { scale?: number; log?: (line: string) => void } = {},
): Promise<EnterpriseGenerateResult> {
  const scale = options.scale ?? 1;
  const log = options.log ?? (() => {});
  const count = Math.max(1, Math.round(NATIONAL_ENTERPRISES * scale));
  const db = database.db;
  const started = performance.now();
  const zoneCount = await scalar(db, sql`select count(*)::int as n from zones`);
  if (zoneCount === 0) throw new Error('generate the zones first (generateNationalData)');

  // h(key, k): the k-th (0–3) 32-bit unsigned slice of md5(key).
  await db.execute(
    sql.raw(`create or replace function bench_h(key text, k int) returns bigint
      language sql immutable parallel safe
      as $$ select ('x' || substr(md5(key), k * 8 + 1, 8))::bit(32)::bigint $$`),
  );

  await db.execute(sql`
    insert into enterprises (id, board_id, zone_id, tax_code, name, investment_type, operating_since, operating_until, search_text)
    select md5('enterprise/' || i)::uuid, z.board_id, z.id,
           lpad(i::text, 10, '0'),
           'Doanh nghiệp số ' || i,
           case when bench_h('type/' || i, 0) % 100 < 40 then 'FDI' else 'DDI' end,
           case when bench_h('late/' || i, 0) % 100 < 5
                then date '2013-01-01' + (bench_h('late/' || i, 1) % 1400)::int
                else date '2003-01-01' + (bench_h('since/' || i, 0) % 2500)::int end,
           case when bench_h('until/' || i, 0) % 100 < 2 then date '2019-06-30' end,
           'doanh nghiep so ' || i
    from generate_series(1, ${count}::int) as i
    join (select id, board_id, (row_number() over (order by id) - 1)::bigint as k from zones) z
      on z.k = bench_h('zone/' || i, 0) % ${zoneCount}::int`);
  const enterprisesDone = performance.now();
  log(`  enterprises: ${count} rows in ${Math.round(enterprisesDone - started)} ms`);

  // One row per (enterprise, period): the months of its life, replaced or completed by the cases above.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local kcn.summaries = 'deferred'`);
    await tx.execute(sql`
      insert into enterprise_reports (id, board_id, enterprise_id, period, production_value_vnd, revenue_vnd,
        export_usd, import_usd, budget_paid_vnd, workers, insured_workers, average_income_vnd, status,
        submitted_at, reviewed_at)
      with ent as (
        select e.id, e.board_id, i,
               extract(year from e.operating_since)::int * 12 + extract(month from e.operating_since)::int - 1 as first_month,
               coalesce(extract(year from e.operating_until)::int * 12 + extract(month from e.operating_until)::int - 1, 1000000) as last_month,
               e.investment_type = 'FDI' as fdi,
               1 + bench_h('size/' || i, 0) % 1000 as size,
               bench_h('quarterly/' || i, 0) % 100 < 10 as quarterly_2019,
               bench_h('quarterly/' || i, 1) % 4 = 0 as keeps_months,
               bench_h('yearly/' || i, 0) % 100 < 5 as yearly_2018,
               bench_h('halves/' || i, 0) % 100 < 2 as halves_2018,
               case when bench_h('miss/' || i, 0) % 100 < 2 then 1 + (bench_h('miss/' || i, 1) % 12)::int end as missed_month_2019,
               bench_h('own/' || i, 0) % 100 < 3 as own_2019,
               bench_h('pending/' || i, 0) % 100 < 1 as december_pending
        from generate_series(1, ${count}::int) as i
        join enterprises e on e.id = md5('enterprise/' || i)::uuid
      ),
      periods as (
        -- months: m = year × 12 + month − 1
        select ent.*, to_char(m / 12, 'FM0000') || '-' || to_char(m % 12 + 1, 'FM00') as period, m / 12 as year, 1 as months
        from ent, generate_series(${ENTERPRISE_REPORT_YEARS.first * 12}::int, ${ENTERPRISE_REPORT_YEARS.last * 12 + 11}::int) as m
        where m between ent.first_month and ent.last_month
          and not (m / 12 = 2019 and ent.quarterly_2019 and not ent.keeps_months)
          and not (m / 12 = 2018 and (ent.yearly_2018 or ent.halves_2018))
          and not (m / 12 = 2019 and not ent.quarterly_2019 and m % 12 + 1 = coalesce(ent.missed_month_2019, 0))
        union all
        select ent.*, '2019-Q' || q, 2019, 3 from ent, generate_series(1, 4) as q
        where ent.quarterly_2019 and ent.first_month <= 2019 * 12 + (q - 1) * 3 and ent.last_month >= 2019 * 12 + q * 3 - 1
        union all
        select ent.*, '2018', 2018, 12 from ent where ent.yearly_2018 and ent.first_month <= 2018 * 12
        union all
        select ent.*, '2018-H' || h, 2018, 6 from ent, generate_series(1, 2) as h
        where ent.halves_2018 and not ent.yearly_2018 and ent.first_month <= 2018 * 12 + (h - 1) * 6
        union all
        select ent.*, p, 2019, case p when '2019' then 12 else 3 end from ent, unnest(case when ent.quarterly_2019 then array['2019'] else array['2019', '2019-Q3'] end) as p
        where ent.own_2019 and ent.first_month <= 2019 * 12 and ent.last_month >= 2019 * 12 + 11
      ),
      valued as (
        select p.*, bench_h(p.i || '/' || p.period, 0) as h0, bench_h(p.i || '/' || p.period, 1) as h1,
               bench_h(p.i || '/' || p.period, 2) as h2, bench_h(p.i || '/' || p.period, 3) as h3,
               -- production per month in đồng: 0.02–31 billion by size, +6 % a year; 85–115 % of it per period
               p.size * (100 + 6 * (p.year - 2010)) * 200000 as base
        from periods p
      )
      select md5('report/' || v.i || '/' || v.period)::uuid, v.board_id, v.id, v.period,
             pv, pv * (80 + v.h1 % 25) / 100,
             case when v.fdi then round(pv * (30 + v.h2 % 50) / 100 / 24000.0, 2) else round(pv * (v.h2 % 15) / 100 / 24000.0, 2) end,
             case when v.fdi then round(pv * (20 + v.h3 % 40) / 100 / 24000.0, 2) else round(pv * (v.h3 % 10) / 100 / 24000.0, 2) end,
             pv * (2 + v.h0 % 7) / 100,
             w, w * (70 + v.h1 % 31) / 100,
             (4000000 + 250000 * (v.year - 2010) + (v.h2 % 3000) * 1000)::bigint,
             case when v.december_pending and v.period = '2019-12' then 'submitted' else 'accepted' end,
             make_timestamptz(v.year + 1, 1, 15, 0, 0, 0, 'UTC'),
             case when not (v.december_pending and v.period = '2019-12') then make_timestamptz(v.year + 1, 1, 25, 0, 0, 0, 'UTC') end
      from valued v,
           lateral (select (v.base * v.months * (85 + v.h0 % 31) / 100)::bigint as pv,
                           (5 + v.size / 4 + v.h3 % 20 + (v.year - 2010) * v.size / 200)::int as w) f
      -- filed period by period, as a board receives them
      order by v.period, v.id`);
  });
  const reportsDone = performance.now();
  await db.execute(sql`select summaries_rebuild()`);
  const summarised = performance.now();
  await db.execute(sql.raw(`vacuum analyze enterprises, enterprise_reports, ${SUMMARY_TABLES.join(', ')}`));
  const analyzed = performance.now();

  const kinds = await db.execute(sql`
    select count(*) filter (where length(period) = 7 and substr(period, 6, 1) between '0' and '1')::int as month,
           count(*) filter (where substr(period, 6, 1) = 'Q')::int as quarter,
           count(*) filter (where substr(period, 6, 1) = 'H')::int as half,
           count(*) filter (where length(period) = 4)::int as year,
           count(*) filter (where status <> 'accepted')::int as not_accepted,
           count(*)::int as reports
    from enterprise_reports`);
  const k = (kinds as unknown as { rows: Record<string, number | string>[] }).rows[0]!;
  const fdi = await scalar(db, sql`select count(*)::int as n from enterprises where investment_type = 'FDI'`);
  log(
    `  enterprise_reports: ${Number(k.reports)} rows in ${Math.round(reportsDone - enterprisesDone)} ms, ` +
      `summaries rebuilt in ${Math.round(summarised - reportsDone)} ms, vacuum analyze ${Math.round(analyzed - summarised)} ms`,
  );
  return {
    scale,
    counts: {
      enterprises: count,
      fdi,
      reports: Number(k.reports),
      byKind: {
        month: Number(k.month),
        quarter: Number(k.quarter),
        half: Number(k.half),
        year: Number(k.year),
      },
      notAccepted: Number(k.not_accepted),
    },
    timingMs: {
      enterprises: Math.round(enterprisesDone - started),
      reports: Math.round(reportsDone - enterprisesDone),
      summaries: Math.round(summarised - reportsDone),
      analyze: Math.round(analyzed - summarised),
      total: Math.round(analyzed - started),
    },
  };
}

/**
 * The generator leaves the USD out of a few FDI capital changes (its reports do not need it); the
 * package contract requires it, so those events get the VND at 24 000 đồng a dollar.
 */
export function statesUsdOfFdiCapital(pkg: DataPackage): void {
  const fdi = new Set((pkg.projects ?? []).filter((p) => p.investmentType === 'FDI').map((p) => p.code));
  for (const event of pkg.licensingEvents ?? []) {
    if (!fdi.has(event.projectCode) || event.capitalVnd == null || event.capitalUsd != null) continue;
    const cents = (BigInt(event.capitalVnd) * 100n) / 24_000n;
    event.capitalUsd = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
  }
}
