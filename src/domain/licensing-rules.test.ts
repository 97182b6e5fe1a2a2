import { describe, expect, it } from 'vitest';
import { orderLedger, type LedgerEvent } from './licensing-ledger.ts';
import {
  certificateNumberTaken,
  fdiWithoutUsd,
  implementationFindings,
  isAfter,
  registeredVndAt,
} from './licensing-rules.ts';

const TY = 1_000_000_000n;
let seq = 0;
const event = (kind: LedgerEvent['kind'], date: string, ty?: number, usdMillions?: number): LedgerEvent => ({
  kind,
  date,
  seq: ++seq,
  capitalVnd: ty === undefined ? null : BigInt(ty) * TY,
  capitalUsdCents: usdMillions === undefined ? null : BigInt(usdMillions * 1_000_000) * 100n,
});

describe('licensing rules beyond the shape of the history', () => {
  it('refuses a date after today (Vietnam calendar dates)', () => {
    expect(isAfter('2026-12-01', '2026-11-30')).toBe(true);
    expect(isAfter('2026-11-30', '2026-11-30')).toBe(false);
  });

  it('gives a certificate number to one project; a termination decision is another document', () => {
    const used = [
      { kind: 'new' as const, documentNo: '2121000123', projectId: 'A' },
      { kind: 'termination' as const, documentNo: 'QĐ 12/QĐ-BQL', projectId: 'A' },
    ];
    expect(certificateNumberTaken({ kind: 'new', documentNo: '2121000123', projectId: 'B' }, used)).toBe(
      true,
    );
    expect(
      certificateNumberTaken({ kind: 'adjustment', documentNo: '2121000123', projectId: 'B' }, used),
    ).toBe(true);
    // An adjusted certificate keeps its number.
    expect(
      certificateNumberTaken({ kind: 'adjustment', documentNo: '2121000123', projectId: 'A' }, used),
    ).toBe(false);
    // Decisions are numbered per year; a certificate is not a decision.
    expect(
      certificateNumberTaken({ kind: 'termination', documentNo: 'QĐ 12/QĐ-BQL', projectId: 'B' }, used),
    ).toBe(false);
    expect(
      certificateNumberTaken({ kind: 'adjustment', documentNo: 'QĐ 12/QĐ-BQL', projectId: 'B' }, used),
    ).toBe(false);
  });

  it('needs USD on an FDI project’s new certificate and on each adjustment changing its capital', () => {
    const history = orderLedger([
      event('new', '2019-01-10', 230),
      event('adjustment', '2019-03-01', 250), // +20 tỷ, no USD
      event('adjustment', '2019-04-01', 250), // restates the capital: no change
      event('adjustment', '2019-05-01'), // no capital
      event('adjustment', '2019-06-01', 300, 13),
      event('termination', '2020-01-01'),
    ]);
    expect(fdiWithoutUsd(history, 'FDI')).toEqual([0, 1]);
    expect(fdiWithoutUsd(history, 'DDI')).toEqual([]);
  });

  it('refuses implemented capital after the termination and flags it above the registered capital of its date', () => {
    const history = orderLedger([
      event('new', '2019-01-10', 230, 10),
      event('adjustment', '2020-06-01', 300, 13),
      event('termination', '2021-06-30'),
    ]);
    expect(registeredVndAt(history, '2019-12-31')).toBe(230n * TY);
    expect(registeredVndAt(history, '2018-12-31')).toBeNull();
    const at = (asOf: string, ty: number) =>
      implementationFindings(history, { asOf, implementedVnd: BigInt(ty) * TY });
    expect(at('2019-12-31', 240)).toEqual({ refusal: null, warnings: ['IMPLEMENTED_ABOVE_REGISTERED'] });
    expect(at('2020-12-31', 240)).toEqual({ refusal: null, warnings: [] });
    expect(at('2021-06-30', 240)).toEqual({ refusal: null, warnings: [] });
    expect(at('2021-07-01', 240)).toEqual({ refusal: 'IMPLEMENTED_AFTER_TERMINATION', warnings: [] });
  });
});
