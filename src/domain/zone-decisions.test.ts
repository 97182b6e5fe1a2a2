import { describe, expect, it } from 'vitest';
import {
  findDecisionProblems,
  normaliseArea,
  normaliseDecisionNumber,
  zoneTimeline,
  type ZoneDecisionDraft,
  type ZoneDecisionKind,
} from './zone-decisions.ts';

const TODAY = '2026-11-30';
const draft = (fields: Partial<ZoneDecisionDraft> = {}): ZoneDecisionDraft => ({
  kind: 'master_plan',
  number: '1486/QĐ-TTg',
  signedOn: '2019-10-28',
  issuer: 'Thủ tướng Chính phủ',
  summary: 'Phê duyệt Quy hoạch chung',
  areaBeforeHa: null,
  areaAfterHa: '30583',
  ...fields,
});
const reasons = (d: ZoneDecisionDraft) => findDecisionProblems(d, TODAY).map((p) => `${p.field}:${p.reason}`);

describe('a decision about a zone', () => {
  it('trims and collapses its number, and bounds it', () => {
    expect(normaliseDecisionNumber('  1486/QĐ-TTg \n')).toBe('1486/QĐ-TTg');
    expect(normaliseDecisionNumber('12 /  QĐ-UBND')).toBe('12 / QĐ-UBND');
    // NFD (decomposed) letters come back composed.
    expect(normaliseDecisionNumber('QĐ-TTg'.normalize('NFD'))).toBe('QĐ-TTg');
    expect(reasons(draft({ number: '   ' }))).toEqual(['number:number_required']);
    expect(reasons(draft({ number: 'x'.repeat(60) }))).toEqual([]);
    expect(reasons(draft({ number: 'x'.repeat(61) }))).toEqual(['number:number_too_long']);
    // Spaces around do not count towards the bound.
    expect(reasons(draft({ number: `  ${'x'.repeat(60)}  ` }))).toEqual([]);
  });

  it('is never dated after today in Vietnam', () => {
    expect(reasons(draft({ signedOn: TODAY }))).toEqual([]);
    expect(reasons(draft({ signedOn: '2026-12-01' }))).toEqual(['signedOn:signed_in_future']);
  });

  it('states the area before and after when it adjusts the area or the boundaries', () => {
    for (const kind of ['area_adjustment', 'boundary_adjustment'] as const) {
      expect(reasons(draft({ kind, areaBeforeHa: null, areaAfterHa: null }))).toEqual([
        'areaBeforeHa:area_before_required',
        'areaAfterHa:area_after_required',
      ]);
      expect(reasons(draft({ kind, areaBeforeHa: '120.5', areaAfterHa: null }))).toEqual([
        'areaAfterHa:area_after_required',
      ]);
      expect(reasons(draft({ kind, areaBeforeHa: '120.5', areaAfterHa: '150' }))).toEqual([]);
    }
    // An area adjustment changes the area; a boundary adjustment may keep it.
    expect(reasons(draft({ kind: 'area_adjustment', areaBeforeHa: '150.0', areaAfterHa: '150' }))).toEqual([
      'areaAfterHa:area_unchanged',
    ]);
    expect(
      reasons(draft({ kind: 'boundary_adjustment', areaBeforeHa: '150.0', areaAfterHa: '150' })),
    ).toEqual([]);
  });

  it('may state the area after on other kinds, never an area before', () => {
    const others: ZoneDecisionKind[] = [
      'investment_policy',
      'establishment',
      'master_plan',
      'detailed_plan',
      'other',
    ];
    for (const kind of others) {
      expect(reasons(draft({ kind, areaAfterHa: null }))).toEqual([]);
      expect(reasons(draft({ kind, areaAfterHa: '120.5' }))).toEqual([]);
      expect(reasons(draft({ kind, areaBeforeHa: '100', areaAfterHa: '120.5' }))).toEqual([
        'areaBeforeHa:area_before_not_applicable',
      ]);
    }
  });

  it('refuses an area that is not a non-negative decimal', () => {
    expect(reasons(draft({ areaAfterHa: '-1' }))).toEqual(['areaAfterHa:area_invalid']);
    expect(reasons(draft({ areaAfterHa: '30.583,5' }))).toEqual(['areaAfterHa:area_invalid']);
    expect(reasons(draft({ areaAfterHa: '1'.repeat(21) }))).toEqual(['areaAfterHa:area_invalid']);
  });

  it('stores areas without needless zeros', () => {
    expect(normaliseArea('30583.0')).toBe('30583');
    expect(normaliseArea('0.50')).toBe('0.5');
    expect(normaliseArea('007.250')).toBe('7.25');
    expect(normaliseArea('0')).toBe('0');
    expect(normaliseArea('0.000')).toBe('0');
  });
});

describe("a zone's timeline", () => {
  const d = (id: string, kind: ZoneDecisionKind, signedOn: string, number = id) => ({
    id,
    kind,
    number,
    signedOn,
  });

  it('merges decisions and status changes by date, a decision before the status it leads to', () => {
    const decisions = [
      d('adjust', 'area_adjustment', '2022-05-10'),
      d('establish', 'establishment', '2020-06-02'),
      d('policy', 'investment_policy', '2019-03-01'),
      d('plan', 'master_plan', '2019-10-28'),
      // Two on one day: by kind (establishment before detailed plan), not by the order given.
      d('detail', 'detailed_plan', '2020-06-02'),
    ];
    const history = [
      { status: 'established', since: '2020-06-02' },
      { status: 'planned', since: '2019-10-28' },
      { status: 'operating', since: '2023-01-01' },
    ];
    const timeline = zoneTimeline(decisions, history);
    expect(
      timeline.map((item) =>
        item.type === 'decision'
          ? `${item.date} decision ${item.decision.id}`
          : `${item.date} status ${item.previousStatus ?? '—'}→${item.status}`,
      ),
    ).toEqual([
      '2019-03-01 decision policy',
      '2019-10-28 decision plan',
      '2019-10-28 status —→planned',
      '2020-06-02 decision establish',
      '2020-06-02 decision detail',
      '2020-06-02 status planned→established',
      '2022-05-10 decision adjust',
      '2023-01-01 status established→operating',
    ]);
  });

  it('orders two decisions of one day and kind by number, and is empty for a zone with neither', () => {
    const timeline = zoneTimeline(
      [d('b', 'other', '2021-01-01', '20/QĐ-UBND'), d('a', 'other', '2021-01-01', '12/QĐ-UBND')],
      [],
    );
    expect(timeline.map((i) => (i.type === 'decision' ? i.decision.number : i.status))).toEqual([
      '12/QĐ-UBND',
      '20/QĐ-UBND',
    ]);
    expect(zoneTimeline([], [])).toEqual([]);
  });
});
