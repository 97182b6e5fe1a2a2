import { describe, expect, it } from 'vitest';
import type { CellValue, SheetRead } from '../../kernel/documents/xlsx.ts';
import { BOARD_HEADER, NAME_HEADER, parseReturnsWorkbook, RETURN_COLUMNS } from './bloc-returns.excel.ts';
import { mergedYear } from './blocs.package.ts';
import { blocYearProblems, firstYearWithout } from './blocs.service.ts';

const boards: Record<string, { dissolvedOn: string | null }> = {
  HY: { dissolvedOn: null },
  TB: { dissolvedOn: '2025-07-01' },
  HP: { dissolvedOn: null },
  HT: { dissolvedOn: '2026-01-01' },
};
const lookup = (code: string) => boards[code] ?? null;
const codes = (year: number, input: Parameters<typeof blocYearProblems>[1]) =>
  blocYearProblems(year, input, lookup).map((p) => `${p.field} ${p.code}`);

describe("a bloc year's rules (blocs-v1)", () => {
  it('accepts members known, leader and deputy members and different; the deputy may be left out', () => {
    expect(codes(2025, { members: ['HY', 'TB', 'HP'], leader: 'HY', deputy: 'TB' })).toEqual([]);
    expect(codes(2025, { members: ['HP'], leader: 'HP' })).toEqual([]);
    expect(codes(2025, { members: ['HP'], leader: 'HP', deputy: null })).toEqual([]);
  });

  it('refuses a board dissolved before the year begins — on its first day included — but not one dissolved during it', () => {
    expect(codes(2025, { members: ['TB'], leader: 'TB' })).toEqual([]);
    expect(codes(2026, { members: ['TB', 'HY'], leader: 'HY' })).toEqual([
      'members[0] BLOC_MEMBER_DISSOLVED',
    ]);
    expect(codes(2026, { members: ['HT', 'HY'], leader: 'HY' })).toEqual([
      'members[0] BLOC_MEMBER_DISSOLVED',
    ]);
    expect(codes(2025, { members: ['HT', 'HY'], leader: 'HY' })).toEqual([]);
  });

  it('lists every problem at once, each at its place', () => {
    expect(codes(1989, { members: ['HY', 'XX', 'HY'], leader: 'ZZ', deputy: 'ZZ' })).toEqual([
      'year BLOC_YEAR_OUT_OF_RANGE',
      'members[1] BLOC_MEMBER_UNKNOWN',
      'members[2] BLOC_MEMBER_DUPLICATE',
      'leader BLOC_LEADER_NOT_MEMBER',
      'deputy BLOC_DEPUTY_NOT_MEMBER',
      'deputy BLOC_DEPUTY_IS_LEADER',
    ]);
    expect(codes(2200, { members: ['HY'], leader: 'HY' })).toEqual([]);
    expect(codes(2201, { members: ['HY'], leader: 'HY' })).toEqual(['year BLOC_YEAR_OUT_OF_RANGE']);
  });

  it('a board dissolved on D leaves the years that begin on or after D', () => {
    expect(firstYearWithout('2025-07-01')).toBe(2026);
    expect(firstYearWithout('2025-12-31')).toBe(2026);
    expect(firstYearWithout('2026-01-01')).toBe(2026);
    expect(firstYearWithout('2026-01-02')).toBe(2027);
  });
});

describe("a package's year merged into the database's", () => {
  const stored = { members: ['HY', 'TB', 'HP'], leader: 'HY', deputy: 'TB' };
  it('is the package year where the database has none', () => {
    expect(mergedYear(null, { members: ['TB', 'HP'], leader: 'TB' })).toEqual({
      members: ['TB', 'HP'],
      leader: 'TB',
      deputy: null,
    });
  });
  it("never drops a member; takes the package's leader, and its deputy when it states one", () => {
    expect(mergedYear(stored, { members: ['HP', 'ND'], leader: 'HP' })).toEqual({
      members: ['HY', 'TB', 'HP', 'ND'],
      leader: 'HP',
      deputy: 'TB',
    });
    expect(mergedYear(stored, { members: ['TB', 'HP'], leader: 'TB' })).toEqual({
      members: ['HY', 'TB', 'HP'],
      leader: 'TB',
      deputy: null,
    });
    expect(mergedYear(stored, { members: ['HP'], leader: 'HP', deputy: 'HP' }).deputy).toBe('HP');
  });
});

describe('reading a filled returns template', () => {
  const header = [BOARD_HEADER, NAME_HEADER, ...RETURN_COLUMNS.map((c) => c.header)];
  const text = (t: string): CellValue => ({ kind: 'text', text: t });
  const number = (t: string): CellValue => ({ kind: 'number', text: t });
  const sheet = (rows: (CellValue | undefined)[][]): SheetRead[] => [
    {
      name: 'Số liệu',
      rows: new Map(
        [header.map(text), ...rows].map((cells, r) => [
          r + 1,
          new Map(cells.flatMap((c, i): [number, CellValue][] => (c ? [[i, c]] : []))),
        ]),
      ),
    },
  ];
  const figures = (values: CellValue[]) => [text('HY'), text('Hưng Yên'), ...values];
  const ok = RETURN_COLUMNS.map(() => number('0'));

  it('reads numbers exactly: number cells in any notation, Vietnamese text, signed capital', () => {
    const values = [...ok];
    values[2] = number('1.2e+3'); // capital USD
    values[3] = text('-1.200.000'); // capital đồng, negative
    values[4] = text('45.000,5'); // revenue USD
    values[5] = number('4466777000000');
    values[9] = text('120,1234'); // hectares
    const { rows, problems } = parseReturnsWorkbook(sheet([figures(values)]), {
      bloc: 'DBSH',
      period: '2024',
    });
    expect(problems).toEqual([]);
    expect(rows[0]!.figures).toMatchObject({
      capitalFdiUsd: '1200',
      capitalDdiVnd: '-1200000',
      revenueFdiUsd: '45000.5',
      revenueDdiVnd: '4466777000000',
      zonesInPlanAreaHa: '120.1234',
    });
  });

  it('names each bad cell by row and column', () => {
    const values = [...ok];
    values[0] = number('1.5');
    values[4] = number('-1');
    values[5] = number('12345678901234567890');
    values[9] = text('1,23456');
    const { problems } = parseReturnsWorkbook(sheet([figures(values)]), { bloc: 'DBSH', period: '2024' });
    expect(problems.map((p) => `${p.row} ${p.column} ${p.code}`)).toEqual([
      '2 Dự án FDI cấp mới (dự án) DECIMALS_NOT_ALLOWED',
      '2 Doanh thu doanh nghiệp FDI (USD) NEGATIVE',
      '2 Doanh thu doanh nghiệp trong nước (đồng) NUMBER_CELL_TOO_LARGE',
      '2 KCN trong quy hoạch: diện tích (ha) TOO_MANY_DECIMALS',
    ]);
  });

  it('refuses a sheet without its columns, naming each', () => {
    const broken: SheetRead[] = [
      { name: 'Số liệu', rows: new Map([[1, new Map([[0, text(BOARD_HEADER)]])]]) },
    ];
    expect(() => parseReturnsWorkbook(broken, { bloc: 'DBSH', period: '2024' })).toThrow(
      expect.objectContaining({ code: 'BLOC_RETURNS_IMPORT_INVALID' }),
    );
  });
});
