import { describe, expect, it } from 'vitest';
import {
  compareAgendaItems,
  countAgenda,
  daysWaiting,
  dueSoonUntil,
  dueUrgency,
  groupAgenda,
  periodWords,
  type AgendaItem,
} from './agenda.ts';
import { workingCalendar } from './working-days.ts';

const item = (over: Partial<AgendaItem> & Pick<AgendaItem, 'id'>): AgendaItem => ({
  kind: 'dossier',
  board: 'TB',
  urgency: 'waiting',
  title: over.id,
  detail: '',
  dueOn: null,
  days: null,
  link: `/x/${over.id}`,
  ...over,
});

describe('the agenda’s order', () => {
  it('puts overdue first, then due soon, then waiting; by due date, then the oldest', () => {
    const items = [
      item({ id: 'w-new', urgency: 'waiting', days: 1 }),
      item({ id: 'soon-late', urgency: 'due_soon', dueOn: '2026-03-05', days: -2 }),
      item({ id: 'w-old', urgency: 'waiting', days: 9 }),
      item({ id: 'over-recent', urgency: 'overdue', dueOn: '2026-03-01', days: 2 }),
      item({ id: 'soon-first', urgency: 'due_soon', dueOn: '2026-03-03', days: 0 }),
      item({ id: 'over-old', urgency: 'overdue', dueOn: '2026-02-01', days: 30 }),
      item({ id: 'w-undated', urgency: 'waiting', days: null }),
    ];
    expect([...items].sort(compareAgendaItems).map((i) => i.id)).toEqual([
      'over-old',
      'over-recent',
      'soon-first',
      'soon-late',
      'w-old',
      'w-new',
      'w-undated',
    ]);
  });

  it('orders ties by kind and id, whatever order they came in', () => {
    const a = item({ id: 'b', kind: 'difficulty', urgency: 'waiting', days: 3 });
    const b = item({ id: 'a', kind: 'difficulty', urgency: 'waiting', days: 3 });
    const c = item({ id: 'z', kind: 'dossier', urgency: 'waiting', days: 3 });
    expect([a, b, c].sort(compareAgendaItems).map((i) => i.id)).toEqual(['z', 'a', 'b']);
    expect([c, b, a].sort(compareAgendaItems).map((i) => i.id)).toEqual(['z', 'a', 'b']);
  });

  it('groups by kind, caps each group with its total, orders groups by their most urgent item', () => {
    const reports = Array.from({ length: 5 }, (_, i) =>
      item({ id: `r${i}`, kind: 'report_review', urgency: 'waiting', days: i }),
    );
    const { groups, counts } = groupAgenda(
      [
        { items: reports.slice(0, 3), counts: { overdue: 0, dueSoon: 0, waiting: 5 } },
        {
          items: [
            item({ id: 'd1', kind: 'dossier', urgency: 'due_soon', dueOn: '2026-03-04', days: -1 }),
            item({ id: 'd2', kind: 'dossier', urgency: 'overdue', dueOn: '2026-03-01', days: 2 }),
          ],
        },
        { items: [] },
        {
          items: [
            item({ id: 'f1', kind: 'difficulty', urgency: 'waiting', days: 4 }),
            item({ id: 'c1', kind: 'complaint', urgency: 'due_soon', dueOn: '2026-03-04', days: -1 }),
          ],
        },
      ],
      2,
    );
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id), g.total])).toEqual([
      ['dossier', ['d2', 'd1'], 2],
      ['complaint', ['c1'], 1],
      // f1 has waited 4 days, the longest-waiting report 2.
      ['difficulty', ['f1'], 1],
      ['report_review', ['r2', 'r1'], 5],
    ]);
    expect(counts).toEqual({ overdue: 1, dueSoon: 2, waiting: 6 });
    expect(countAgenda(reports)).toEqual({ overdue: 0, dueSoon: 0, waiting: 5 });
    expect(groupAgenda([])).toEqual({ groups: [], counts: { overdue: 0, dueSoon: 0, waiting: 0 } });
  });
});

describe('due soon and overdue', () => {
  const calendar = workingCalendar();

  it('is due soon up to two working days ahead, over a weekend', () => {
    // Thursday 2026-03-05: Friday and Monday are the next two working days.
    expect(dueSoonUntil(calendar, '2026-03-05')).toBe('2026-03-09');
    // Saturday: Monday and Tuesday.
    expect(dueSoonUntil(calendar, '2026-03-07')).toBe('2026-03-10');
    expect(dueSoonUntil(calendar, '2026-03-05', 0)).toBe('2026-03-05');
  });

  it('moves an item from due soon to overdue as the days pass', () => {
    expect(dueUrgency('2026-03-09', '2026-03-05', '2026-03-09')).toEqual({ urgency: 'due_soon', days: -4 });
    expect(dueUrgency('2026-03-09', '2026-03-09', '2026-03-11')).toEqual({ urgency: 'due_soon', days: 0 });
    expect(dueUrgency('2026-03-09', '2026-03-12', '2026-03-16')).toEqual({ urgency: 'overdue', days: 3 });
    expect(dueUrgency('2026-03-20', '2026-03-05', '2026-03-09')).toBeNull();
    expect(daysWaiting('2026-03-01', '2026-03-05')).toBe(4);
    expect(daysWaiting('2026-03-06', '2026-03-05')).toBe(0);
  });

  it('words a reporting period', () => {
    expect(periodWords('2020-Q1')).toBe('Quý I/2020');
    expect(periodWords('2019')).toBe('Năm 2019');
    expect(periodWords('2019-H1')).toBe('6 tháng đầu năm 2019');
    expect(periodWords('2019-H2')).toBe('6 tháng cuối năm 2019');
    expect(periodWords('2019-11')).toBe('Tháng 11/2019');
  });
});
