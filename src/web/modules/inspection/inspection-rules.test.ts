import { describe, expect, it } from 'vitest';
import {
  FINDING_STATE_COLOURS,
  findingViewOf,
  groupOverlaps,
  namesOf,
  overlapTimes,
  overlapsOfItem,
  statesOfView,
  viewParam,
} from './inspection-rules.ts';

const hanwha = { id: 'e1', name: 'Công ty TNHH Hanwha Việt Nam', taxCode: '1010100000' };
const daesung = { id: 'e2', name: 'Công ty TNHH Daesung Việt Nam', taxCode: '1010100074' };

describe('the follow-up list views', () => {
  it('shows every finding not closed by default, overdue first', () => {
    expect(findingViewOf(undefined)).toBe('pending');
    expect(statesOfView('pending')).toEqual(['overdue', 'due_soon', 'open']);
    expect(viewParam('pending')).toBeUndefined();
  });

  it('reads one state from the address, and falls back on the default for anything else', () => {
    expect(findingViewOf('overdue')).toBe('overdue');
    expect(statesOfView('overdue')).toEqual(['overdue']);
    expect(findingViewOf(['closed', 'open'])).toBe('closed');
    expect(findingViewOf('late')).toBe('pending');
    expect(viewParam('closed')).toBe('closed');
  });

  it('asks for no state at all when every finding is wanted', () => {
    expect(statesOfView('all')).toBeUndefined();
  });

  it('colours overdue red, due soon orange and remedied green', () => {
    expect(FINDING_STATE_COLOURS).toMatchObject({ overdue: 'red', due_soon: 'orange', closed: 'green' });
  });
});

describe('overlap warnings', () => {
  const item = (planId: string) => ({ kind: 'plan_item' as const, planId });
  const done = (planId: string | null) => ({ kind: 'inspection' as const, planId });
  const overlaps = [
    { enterprise: hanwha, topic: 'fire_safety' as const, lines: [item('p1'), done(null)] },
    { enterprise: daesung, topic: 'environment' as const, lines: [item('p1'), item('p1'), done(null)] },
    { enterprise: hanwha, topic: 'environment' as const, lines: [item('p1'), item('p2')] },
  ];

  it('counts an item once with the inspection done under it, each inspection out of plan again', () => {
    // Planned, inspected out of plan, then inspected under the item: twice, not three times.
    expect(overlapTimes({ lines: [item('p1'), done(null), done('p1')] })).toBe(2);
    // Two inspections under one item count twice.
    expect(overlapTimes({ lines: [item('p1'), done('p1'), done('p1')] })).toBe(2);
    expect(overlapTimes({ lines: [item('p1'), item('p2'), done('p2')] })).toBe(2);
    expect(overlapTimes({ lines: [done(null), done(null)] })).toBe(2);
    // The API's own count when it gives one.
    expect(overlapTimes({ lines: [item('p1'), done(null)], times: 4 })).toBe(4);
  });

  it('groups the warnings by enterprise in the order given, topics in the usual order', () => {
    expect(groupOverlaps(overlaps)).toEqual([
      {
        enterprise: hanwha,
        topics: [
          { topic: 'environment', times: 2 },
          { topic: 'fire_safety', times: 2 },
        ],
      },
      { enterprise: daesung, topics: [{ topic: 'environment', times: 3 }] },
    ]);
  });

  it('has nothing to group when there is no overlap', () => {
    expect(groupOverlaps([])).toEqual([]);
  });

  it('finds the warnings of one plan line: its enterprise, on one of its topics', () => {
    expect(overlapsOfItem(overlaps, { enterprise: hanwha, topics: ['environment', 'labour'] })).toEqual([
      overlaps[2],
    ]);
    expect(overlapsOfItem(overlaps, { enterprise: daesung, topics: ['labour'] })).toEqual([]);
  });
});

describe('names typed as a list', () => {
  it('takes one per line or separated by semicolons, trimmed, each once', () => {
    expect(
      namesOf(' Nguyễn Văn An – Phó Trưởng phòng \n\nLê Thị Bình; Nguyễn Văn An – Phó Trưởng phòng'),
    ).toEqual(['Nguyễn Văn An – Phó Trưởng phòng', 'Lê Thị Bình']);
    expect(namesOf(undefined)).toEqual([]);
    expect(namesOf('  ')).toEqual([]);
  });
});
