/**
 * A few infrastructure works for each operating zone of the demo board, with progress reports of
 * 2023–2026: internal roads (phase 2), a second module of the central wastewater plant, a 110 kV
 * substation and worker housing. Some are completed, some late, some behind, some on track.
 *
 * THE WORKS, FIGURES AND REPORTS ARE INVENTED for the demonstration (each record's note says
 * "Dữ liệu minh họa"). Loaded through the services, so every record is checked and audited.
 * Deterministic but for one thing: a report dated after today (Vietnam) is not loaded, as the
 * service would refuse it.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { addDays, daysBetween, vietnamToday } from '../../../domain/calendar-date.ts';
import type { InfrastructureWorkKind } from '../../../domain/infrastructure-works.ts';
import { listZones } from '../zones/index.ts';
import { addProgressReport, createWork, listAllWorks } from './infrastructure.service.ts';

export const INFRASTRUCTURE_DEMO_NOTE = 'Dữ liệu minh họa';

export interface InfrastructureDemoSummary {
  works: number;
  reports: number;
  completed: number;
}

interface DemoWork {
  kind: InfrastructureWorkKind;
  name: (zone: string) => string;
  unit: string;
  capacity: string;
  capitalVnd: string;
  start: string;
  completion: string;
  /**
   * How the work goes, by the zone's position: pace (share of the straight line reached),
   * and the day it was completed (null: not yet).
   */
  course: (i: number) => { pace: number; completedOn: string | null };
}

const WORKS: readonly DemoWork[] = [
  {
    kind: 'internal_roads',
    name: (zone) => `Hệ thống đường giao thông nội bộ giai đoạn 2 — ${zone}`,
    unit: 'km',
    capacity: '8.6',
    capitalVnd: '186500000000',
    start: '2023-03-01',
    completion: '2025-06-30',
    course: (i) =>
      i % 2 === 0 ? { pace: 1.05, completedOn: '2025-05-20' } : { pace: 0.9, completedOn: null },
  },
  {
    kind: 'wastewater_plant',
    name: (zone) => `Nâng công suất nhà máy xử lý nước thải tập trung, mô-đun 2 — ${zone}`,
    unit: 'm³/ngày.đêm',
    capacity: '3000',
    capitalVnd: '94800000000',
    start: '2024-04-01',
    completion: '2026-06-30',
    course: (i) => (i % 3 === 1 ? { pace: 1, completedOn: '2026-06-15' } : { pace: 0.8, completedOn: null }),
  },
  {
    kind: 'power_supply',
    name: (zone) => `Trạm biến áp 110 kV và đường dây đấu nối — ${zone}`,
    unit: 'MVA',
    capacity: '63',
    capitalVnd: '152000000000',
    start: '2025-01-15',
    completion: '2027-03-31',
    course: (i) => ({ pace: i % 2 === 0 ? 1 : 0.45, completedOn: null }),
  },
  {
    kind: 'worker_housing',
    name: (zone) => `Khu nhà ở công nhân và thiết chế công đoàn — ${zone}`,
    unit: 'căn hộ',
    capacity: '1200',
    capitalVnd: '420000000000',
    start: '2026-03-01',
    completion: '2028-12-31',
    course: (i) => ({ pace: i % 3 === 0 ? 0 : 0.95, completedOn: null }),
  },
];

/** Quarter ends from a day to another, both included when they fall on one. */
function quarterEnds(from: string, to: string): string[] {
  const ends: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (const end of ['03-31', '06-30', '09-30', '12-31']) {
      const day = `${year}-${end}`;
      if (day > from && day <= to) ends.push(day);
    }
  return ends;
}

/** n × share as a decimal with one place, from whole tenths (no floating point in what is stored). */
function tenths(value: number): string {
  const t = Math.round(value * 10);
  return `${Math.floor(t / 10)}.${t % 10}`.replace(/\.0$/, '');
}

/**
 * Loads the works into the board. Does nothing when the board already has a work.
 */
export async function loadInfrastructureDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<InfrastructureDemoSummary> {
  const summary: InfrastructureDemoSummary = { works: 0, reports: 0, completed: 0 };
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  if ((await listAllWorks(db, as, { board: [board.code] })).items.length > 0) return summary;
  const today = vietnamToday();
  const zones = (
    await listZones(db, as, {
      boardId: [board.id],
      status: ['operating'],
      page: 1,
      pageSize: 500,
      sort: 'code',
    })
  ).items;
  for (const [i, zone] of zones.entries()) {
    for (const plan of WORKS) {
      const work = await createWork(db, as, {
        zoneId: zone.id,
        kind: plan.kind,
        name: plan.name(zone.name),
        capacityUnit: plan.unit,
        plannedCapacity: plan.capacity,
        plannedCapitalVnd: plan.capitalVnd,
        plannedStartOn: plan.start,
        plannedCompletionOn: plan.completion,
        note: `${INFRASTRUCTURE_DEMO_NOTE}: quy mô, vốn và tiến độ được đặt ra để trình diễn.`,
      });
      summary.works++;
      const { pace, completedOn } = plan.course(i);
      const duration = daysBetween(plan.start, plan.completion);
      const last = completedOn ?? today;
      let previous = 0;
      for (const day of quarterEnds(plan.start, last > today ? today : last)) {
        if (day > today) break;
        const line = Math.min(1, daysBetween(plan.start, day) / duration);
        const share = Math.min(completedOn ? 0.99 : 0.97, line * pace);
        const pct = Math.max(previous, Math.round(share * 1000) / 10);
        if (pct === 0 && pace === 0) continue;
        previous = pct;
        await addProgressReport(db, as, work.id, {
          reportedOn: day,
          progressPct: tenths(pct),
          actualCapacity: null,
          disbursedVnd: String((BigInt(plan.capitalVnd) * BigInt(Math.round(pct * 10))) / 1000n),
          note: INFRASTRUCTURE_DEMO_NOTE,
          completedOn: null,
        });
        summary.reports++;
      }
      if (completedOn !== null && completedOn <= today) {
        const reportedOn = addDays(completedOn, 5) > today ? completedOn : addDays(completedOn, 5);
        await addProgressReport(db, as, work.id, {
          reportedOn,
          progressPct: '100',
          actualCapacity: plan.capacity,
          disbursedVnd: String((BigInt(plan.capitalVnd) * 97n) / 100n),
          note: `${INFRASTRUCTURE_DEMO_NOTE}: nghiệm thu, đưa vào sử dụng.`,
          completedOn,
        });
        summary.reports++;
        summary.completed++;
      }
    }
  }
  return summary;
}
