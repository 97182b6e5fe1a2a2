import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, toVietnamTimestamp, vietnamToday } from './calendar-date.ts';
import { isCountryCode, countryName } from './countries.ts';
import { addDecimal, compareDecimal, parseDecimal, trimDecimal } from './decimal.ts';
import {
  findLedgerProblems,
  lifecycleOf,
  orderLedger,
  walkLedger,
  type LedgerEvent,
} from './licensing-ledger.ts';
import { centsToUsd, normaliseUsd, usdToCents } from './money.ts';
import { growthPercent, percent } from './percent.ts';
import { matchesSearch, normaliseForSearch, searchTerms } from './text.ts';
import { formatDate, formatNumber, formatPercent, usdToMillions, vndToTy } from './number-format.ts';
import { findStatusHistoryProblems, statusAt } from './zone-status.ts';

describe('percentages (reports-v1: half away from zero, one decimal, null on zero)', () => {
  it.each([
    [55555400000000n, 81770544000000n, 67.9],
    [231, 284, 81.3],
    [53, 284, 18.7],
    ['80.1', '85.0', 94.2],
    [1, 8, 12.5],
    [1, 16, 6.3], // 6.25 rounds away from zero
    [-1, 16, -6.3],
    [0, 5, 0],
  ])('%s / %s → %s', (part, whole, expected) =>
    expect(percent(part as never, whole as never)).toBe(expected),
  );
  it('is null where the denominator is zero', () => expect(percent(5, 0)).toBeNull());
  it('computes growth and refuses a zero or missing base', () => {
    expect(growthPercent('44078110000000', '37196717299578')).toBe(18.5);
    expect(growthPercent(72000, 71570)).toBe(0.6);
    expect(growthPercent(100, 0)).toBeNull();
    expect(growthPercent(100, null)).toBeNull();
    expect(growthPercent(90, 100)).toBe(-10);
  });
});

describe('exact decimals and money', () => {
  it('parses, compares and adds without floating point', () => {
    expect(parseDecimal('120.50')).toEqual({ units: 12050n, scale: 2 });
    expect(compareDecimal('85.0', '85')).toBe(0);
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(() => parseDecimal('1e5')).toThrow();
  });
  it('trims needless zeros from a fraction, once for every module', () => {
    expect(trimDecimal('45.50')).toBe('45.5');
    expect(trimDecimal('100.0')).toBe('100');
    expect(trimDecimal('0.000')).toBe('0');
    expect(trimDecimal('1.500')).toBe('1.5');
    expect(trimDecimal('2.0')).toBe('2');
    expect(trimDecimal('12.50')).toBe('12.5');
    expect(trimDecimal('3.000')).toBe('3');
    expect(trimDecimal('300')).toBe('300');
    expect(trimDecimal('-0.0')).toBe('0');
    expect(trimDecimal('-12.3400')).toBe('-12.34');
  });
  it('handles USD as cents', () => {
    expect(usdToCents('434340000.5')).toBe(43434000050n);
    expect(centsToUsd(-150n)).toBe('-1.50');
    expect(normaliseUsd('15000000')).toBe('15000000.00');
  });
});

describe('number formats', () => {
  it('writes numbers the way the board publishes them, and English when asked', () => {
    expect(formatNumber(vndToTy('4466777000000'))).toBe('4.466,777');
    expect(formatNumber(vndToTy('81770544000000'))).toBe('81.770,544');
    expect(formatNumber(vndToTy('55555400000000', 1))).toBe('55.555,4');
    expect(formatNumber(usdToMillions('434340000.00'))).toBe('434,34');
    expect(formatNumber('3684.6')).toBe('3.684,6');
    expect(formatNumber(72000)).toBe('72.000');
    expect(formatNumber('-1234567.891', { decimals: 1 })).toBe('-1.234.567,9');
    expect(formatNumber('4466.777', { locale: 'en' })).toBe('4,466.777');
    expect(formatPercent(80.5)).toBe('80,5%');
    expect(formatPercent(80.5, 'en')).toBe('80.5%');
    expect(formatPercent(null)).toBe('—');
    expect(formatDate('2019-11-30')).toBe('30/11/2019');
  });
});

describe('calendar dates and Vietnam time', () => {
  it('accepts only real dates', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('2019-13-01')).toBe(false);
    expect(isCalendarDate('2019-1-1')).toBe(false);
  });
  it('uses the Vietnam date and offset', () => {
    expect(vietnamToday(new Date('2026-11-21T18:30:00Z'))).toBe('2026-11-22');
    expect(toVietnamTimestamp(new Date('2026-11-22T01:00:00Z'))).toBe('2026-11-22T08:00:00+07:00');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
  });
  it('changes the Vietnam date at 17:00 UTC, as the time-zone database says, every hour of 2019–2026', () => {
    expect(vietnamToday(new Date('2019-12-31T16:59:59.999Z'))).toBe('2019-12-31');
    expect(vietnamToday(new Date('2019-12-31T17:00:00Z'))).toBe('2020-01-01');
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const differing: string[] = [];
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2027, 0, 1); t += 3600_000 - 1) {
      const instant = new Date(t);
      if (vietnamToday(instant) !== zone.format(instant)) differing.push(instant.toISOString());
    }
    expect(differing).toEqual([]);
  });
});

describe('search normalisation', () => {
  it('folds Vietnamese accents and đ', () => {
    expect(normaliseForSearch('KCN Nguyễn Đức Cảnh, Thái Bình')).toBe('kcn nguyen duc canh, thai binh');
    expect(searchTerms('  Thái   BÌNH ')).toEqual(['thai', 'binh']);
  });

  it('matches a picker option typed without accents, word by word', () => {
    expect(matchesSearch('KCN Tiền Hải', 'tien hai')).toBe(true);
    expect(matchesSearch('KCN Tiền Hải', 'Tiền  HẢI')).toBe(true);
    expect(matchesSearch('Hàn Quốc (KR)', 'han quoc')).toBe(true);
    expect(matchesSearch('KCN Đồng Văn', 'dong van')).toBe(true);
    expect(matchesSearch('KCN Tiền Hải', 'hai tien')).toBe(true);
    expect(matchesSearch('KCN Tiền Hải', 'tien hai 2')).toBe(false);
    expect(matchesSearch('KCN Phúc Khánh', 'tien')).toBe(false);
    expect(matchesSearch('KCN Phúc Khánh', '')).toBe(true);
  });
});

describe('countries', () => {
  it('knows ISO 3166-1 alpha-2 codes and Vietnamese names', () => {
    expect(isCountryCode('KR')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('kr')).toBe(false);
    expect(countryName('JP')).toBe('Nhật Bản');
  });
});

const event = (
  kind: LedgerEvent['kind'],
  date: string,
  seq: number,
  vnd?: number,
  usd?: number,
): LedgerEvent => ({
  kind,
  date,
  seq,
  capitalVnd: vnd === undefined ? null : BigInt(vnd),
  capitalUsdCents: usd === undefined ? null : BigInt(usd),
});

describe('licensing ledger', () => {
  it('measures each event against the latest earlier event stating a capital', () => {
    const entries = walkLedger(
      orderLedger([
        event('adjustment', '2019-05-05', 3, 90),
        event('new', '2019-01-01', 1, 50, 1000),
        event('adjustment', '2019-05-05', 2, 70),
        event('adjustment', '2019-06-01', 4),
      ]),
    );
    expect(entries.map((e) => [e.vndBefore, e.vndAfter, e.vndChange])).toEqual([
      [null, 50n, 50n],
      [50n, 70n, 20n],
      [70n, 90n, 20n],
      [90n, 90n, null],
    ]);
    expect(entries[3]!.usdAfter).toBe(1000n);
  });
  it('states the contract rules on a history', () => {
    expect(findLedgerProblems([])).toEqual([{ index: -1, reason: 'LEDGER_NO_NEW' }]);
    expect(
      findLedgerProblems(orderLedger([event('new', '2019-01-01', 1), event('new', '2019-02-01', 2, 5)])).map(
        (p) => p.reason,
      ),
    ).toEqual(['LEDGER_NEW_WITHOUT_CAPITAL', 'LEDGER_DUPLICATE_NEW']);
    expect(
      findLedgerProblems(
        orderLedger([event('adjustment', '2018-01-01', 1), event('new', '2019-01-01', 2, 5)]),
      ).map((p) => p.reason),
    ).toEqual(['LEDGER_EVENT_BEFORE_NEW']);
    expect(
      findLedgerProblems(
        orderLedger([
          event('new', '2019-01-01', 1, 5),
          event('termination', '2019-03-01', 2),
          event('adjustment', '2019-04-01', 3),
        ]),
      ),
    ).toEqual([{ index: 2, reason: 'LEDGER_EVENT_AFTER_TERMINATION' }]);
    expect(lifecycleOf([event('new', '2019-01-01', 1, 5), event('termination', '2019-03-01', 2)])).toEqual({
      status: 'terminated',
      licensedOn: '2019-01-01',
      terminatedOn: '2019-03-01',
    });
  });
});

describe('zone status history', () => {
  const history = [
    { status: 'established', since: '2003-06-01' },
    { status: 'operating', since: '2005-01-15' },
  ];
  it('finds the status in force at a date', () => {
    expect(statusAt(history, '2003-05-31')).toBeNull();
    expect(statusAt(history, '2003-06-01')).toBe('established');
    expect(statusAt(history, '2024-01-01')).toBe('operating');
  });
  it('requires ascending dates and a last entry equal to the status', () => {
    expect(findStatusHistoryProblems(history, 'operating')).toEqual([]);
    expect(findStatusHistoryProblems([...history].reverse(), 'established').map((p) => p.reason)).toEqual([
      'STATUS_HISTORY_NOT_ASCENDING',
    ]);
    expect(findStatusHistoryProblems(history, 'planned').map((p) => p.reason)).toEqual([
      'STATUS_HISTORY_LAST_NOT_CURRENT',
    ]);
  });
});
