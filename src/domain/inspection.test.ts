import { describe, expect, it } from 'vitest';
import {
  DUE_SOON_DAYS,
  duplicateTopics,
  findingDaysOverdue,
  findingState,
  findOverlaps,
  INSPECTION_TOPIC_LABELS,
  INSPECTION_TOPICS,
  isFineDong,
  isInspectionTopic,
  notBefore,
  topicsOutside,
  yearOf,
  type OverlapInputLine,
} from './inspection.ts';

const open = (remedyDueOn: string | null) => ({ status: 'open' as const, remedyDueOn });

describe("a finding's state on a day", () => {
  it('is closed whenever it is closed, even past its deadline', () => {
    expect(findingState({ status: 'closed', remedyDueOn: '2026-06-30' }, '2027-01-01')).toBe('closed');
    expect(findingDaysOverdue({ status: 'closed', remedyDueOn: '2026-06-30' }, '2027-01-01')).toBe(0);
  });

  it('is open without a deadline, however late', () => {
    expect(findingState(open(null), '2099-12-31')).toBe('open');
    expect(findingDaysOverdue(open(null), '2099-12-31')).toBe(0);
  });

  it('is due soon from seven days before its deadline through the deadline itself', () => {
    expect(DUE_SOON_DAYS).toBe(7);
    expect(findingState(open('2026-06-30'), '2026-06-22')).toBe('open'); // 8 days left
    expect(findingState(open('2026-06-30'), '2026-06-23')).toBe('due_soon'); // 7 days left
    expect(findingState(open('2026-06-30'), '2026-06-29')).toBe('due_soon');
    expect(findingState(open('2026-06-30'), '2026-06-30')).toBe('due_soon'); // due today: not late yet
    expect(findingDaysOverdue(open('2026-06-30'), '2026-06-30')).toBe(0);
  });

  it('is overdue from the day after its deadline, counting calendar days', () => {
    expect(findingState(open('2026-06-30'), '2026-07-01')).toBe('overdue');
    expect(findingDaysOverdue(open('2026-06-30'), '2026-07-01')).toBe(1);
    expect(findingDaysOverdue(open('2026-06-30'), '2026-07-10')).toBe(10);
  });

  it('counts across month, year and leap days', () => {
    expect(findingState(open('2028-03-01'), '2028-02-23')).toBe('due_soon'); // 29/2 in between: 7 days
    expect(findingState(open('2028-03-01'), '2028-02-22')).toBe('open');
    expect(findingDaysOverdue(open('2026-12-31'), '2027-01-01')).toBe(1);
    expect(findingDaysOverdue(open('2027-02-28'), '2027-03-01')).toBe(1);
    expect(findingDaysOverdue(open('2028-02-28'), '2028-03-01')).toBe(2);
    expect(findingDaysOverdue(open('2026-01-01'), '2027-01-01')).toBe(365);
  });

  it('is not overdue before its deadline, and days overdue is never negative', () => {
    expect(findingDaysOverdue(open('2026-06-30'), '2026-01-01')).toBe(0);
    expect(findingState(open('2026-06-30'), '2026-01-01')).toBe('open');
  });
});

describe('topics', () => {
  it('has a Vietnamese label for every topic', () => {
    for (const topic of INSPECTION_TOPICS) expect(INSPECTION_TOPIC_LABELS[topic].length).toBeGreaterThan(3);
    expect(INSPECTION_TOPIC_LABELS.fire_safety).toBe('Phòng cháy, chữa cháy');
  });

  it('knows its own topics only', () => {
    expect(isInspectionTopic('environment')).toBe(true);
    expect(isInspectionTopic('tax')).toBe(false);
    expect(isInspectionTopic('')).toBe(false);
  });

  it("keeps a planned inspection within its item's topics", () => {
    expect(topicsOutside(['environment'], ['environment', 'fire_safety'])).toEqual([]);
    expect(topicsOutside(['environment', 'fire_safety'], ['environment', 'fire_safety'])).toEqual([]);
    expect(topicsOutside(['environment', 'labour'], ['environment'])).toEqual(['labour']);
    expect(topicsOutside([], ['environment'])).toEqual([]);
  });

  it('names each topic given twice once', () => {
    expect(duplicateTopics(['environment', 'labour'])).toEqual([]);
    expect(duplicateTopics(['labour', 'environment', 'labour', 'labour'])).toEqual(['labour']);
  });
});

describe('fines', () => {
  it('takes whole đồng, not negative, storable as bigint', () => {
    expect(isFineDong('0')).toBe(true);
    expect(isFineDong('85000000')).toBe(true);
    expect(isFineDong('9223372036854775807')).toBe(true);
    expect(isFineDong('9223372036854775808')).toBe(false);
    expect(isFineDong('-1')).toBe(false);
    expect(isFineDong('1.5')).toBe(false);
    expect(isFineDong('1e6')).toBe(false);
    expect(isFineDong('007')).toBe(false);
    expect(isFineDong('')).toBe(false);
    expect(isFineDong(' 5')).toBe(false);
  });
});

describe('days of an inspection', () => {
  it('takes a day on or after the start, or none', () => {
    expect(notBefore('2026-05-12', '2026-05-12')).toBe(true);
    expect(notBefore('2026-05-12', '2026-05-13')).toBe(true);
    expect(notBefore('2026-05-12', '2026-05-11')).toBe(false);
    expect(notBefore('2026-05-12', null)).toBe(true);
    expect(notBefore('2026-05-12', undefined)).toBe(true);
    expect(yearOf('2026-12-31')).toBe(2026);
  });
});

describe('overlapping inspections in a year', () => {
  const item = (id: string, enterpriseId: string, topics: string[]): OverlapInputLine => ({
    kind: 'plan_item',
    id,
    enterpriseId,
    topics,
    planItemId: null,
  });
  const inspection = (
    id: string,
    enterpriseId: string,
    topics: string[],
    planItemId: string | null = null,
  ): OverlapInputLine => ({ kind: 'inspection', id, enterpriseId, topics, planItemId });

  it('finds none when each enterprise is planned once a topic', () => {
    expect(
      findOverlaps([
        item('i1', 'E1', ['environment', 'fire_safety']),
        item('i2', 'E2', ['environment']),
        item('i3', 'E1', ['labour']),
      ]),
    ).toEqual([]);
  });

  it('warns of one enterprise planned twice on a topic, in one plan or two, naming both lines', () => {
    const found = findOverlaps([
      item('i1', 'E1', ['environment', 'fire_safety']),
      item('i2', 'E1', ['environment']),
    ]);
    expect(found).toEqual([
      { enterpriseId: 'E1', topic: 'environment', lines: [found[0]!.lines[0], found[0]!.lines[1]], times: 2 },
    ]);
    expect(found[0]!.lines.map((l) => l.id)).toEqual(['i1', 'i2']);
  });

  it('counts an inspection done under its item once with it', () => {
    expect(
      findOverlaps([item('i1', 'E1', ['environment']), inspection('x1', 'E1', ['environment'], 'i1')]),
    ).toEqual([]);
  });

  it('counts a second inspection under the same item again', () => {
    const found = findOverlaps([
      item('i1', 'E1', ['environment']),
      inspection('x1', 'E1', ['environment'], 'i1'),
      inspection('x2', 'E1', ['environment'], 'i1'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.times).toBe(2);
    expect(found[0]!.lines.map((l) => l.id)).toEqual(['i1', 'x1', 'x2']);
  });

  it('counts an inspection out of plan on a planned topic', () => {
    const found = findOverlaps([item('i1', 'E1', ['environment']), inspection('x1', 'E1', ['environment'])]);
    expect(found.map((g) => [g.topic, g.times])).toEqual([['environment', 2]]);
  });

  it("counts an inspection under an item of another year's plan on its own", () => {
    const found = findOverlaps([
      inspection('x1', 'E1', ['labour'], 'old'),
      inspection('x2', 'E1', ['labour']),
    ]);
    expect(found.map((g) => g.times)).toEqual([2]);
  });

  it('warns once a topic, for each topic shared', () => {
    const found = findOverlaps([
      item('i1', 'E1', ['environment', 'fire_safety', 'labour']),
      item('i2', 'E1', ['fire_safety', 'environment']),
    ]);
    expect(found.map((g) => g.topic).sort()).toEqual(['environment', 'fire_safety']);
  });

  it('does not count a topic named twice on one line as two', () => {
    expect(findOverlaps([item('i1', 'E1', ['environment', 'environment'])])).toEqual([]);
  });

  it('never mixes enterprises', () => {
    expect(
      findOverlaps([item('i1', 'E1', ['environment']), inspection('x1', 'E2', ['environment'])]),
    ).toEqual([]);
  });
});
