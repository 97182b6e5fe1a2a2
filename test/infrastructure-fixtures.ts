/**
 * One board's records in every table of the infrastructure module, made through the API as its
 * staff makes them: a work in the board's first zone (internal roads, with a planned start,
 * capital and capacity) and two progress reports on it, the second completing it.
 * Used where a suite needs such records to exist (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface InfrastructureRecords {
  work: string;
  /** The progress reports' ids, oldest first. */
  reports: string[];
  zone: string;
  /** The work's name (distinctive: holds `label`). */
  workName: string;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/**
 * Makes the records for `board` (code) through `staff` (its staff member), in the board's first
 * zone (the board must have one). `label` makes every name distinctive.
 */
export async function createInfrastructureRecords(
  _ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<InfrastructureRecords> {
  const zones = ok(await staff.api.get('/api/v1/zones')).items as { id: string; boardId: string }[];
  expect(zones.length, `board ${board} needs a zone`).toBeGreaterThan(0);
  const zone = zones[0]!;
  const workName = `Đường giao thông nội bộ ${label}`;
  const work = ok(
    await staff.api.post('/api/v1/infrastructure/works', {
      zoneId: zone.id,
      kind: 'internal_roads',
      name: workName,
      capacityUnit: 'km',
      plannedCapacity: '7.25',
      plannedCapitalVnd: '120000000000',
      plannedStartOn: '2020-01-01',
      plannedCompletionOn: '2021-06-30',
      note: `Ghi chú hạ tầng ${label}`,
    }),
    201,
  );
  ok(
    await staff.api.post(`/api/v1/infrastructure/works/${work.id}/progress`, {
      reportedOn: '2020-12-31',
      progressPct: '55.5',
      actualCapacity: '3.1',
      disbursedVnd: '60000000000',
      note: `Báo cáo quý IV ${label}`,
    }),
    201,
  );
  const done = ok(
    await staff.api.post(`/api/v1/infrastructure/works/${work.id}/progress`, {
      reportedOn: '2021-07-15',
      progressPct: '100',
      actualCapacity: '7.25',
      disbursedVnd: '118500000000',
      completedOn: '2021-07-10',
    }),
    201,
  );
  return {
    work: work.id,
    reports: (done.progressReports as { id: string }[]).map((r) => r.id),
    zone: zone.id,
    workName,
  };
}
