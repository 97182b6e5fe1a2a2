/**
 * One board's records in the planning register's table, made through the API as its staff makes
 * them: a master plan of the board's first zone with its signed file (a small PDF), and an area
 * adjustment without one. Used where a suite needs such records to exist (tenancy, backup and
 * restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface PlanningRecords {
  /** The master plan, with its file. */
  decision: string;
  /** The adjustment, without a file. */
  adjustment: string;
  zone: string;
  /** The master plan's number (distinctive: holds `label`). */
  number: string;
  /** The file's bytes, as stored. */
  file: Buffer;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/**
 * Makes the records for `board` (code) through `staff` (its staff member), in the board's first
 * zone (the board must have one), or in `zoneId`. `label` makes every number distinctive.
 */
export async function createPlanningRecords(
  ctx: TestContext,
  {
    staff,
    board,
    label,
    zoneId,
  }: { staff: TestUser; board: string; label: string; zoneId?: string | undefined },
): Promise<PlanningRecords> {
  const zones = ok(await staff.api.get('/api/v1/zones')).items as { id: string }[];
  expect(zones.length, `board ${board} needs a zone`).toBeGreaterThan(0);
  const zone = zoneId ?? zones[0]!.id;
  const number = `1486/QĐ-${label}`;
  const decision = ok(
    await staff.api.post('/api/v1/planning/decisions', {
      zoneId: zone,
      kind: 'master_plan',
      number,
      signedOn: '2019-10-28',
      issuer: `Thủ tướng Chính phủ ${label}`,
      summary: `Phê duyệt Quy hoạch chung ${label}`,
      areaAfterHa: '30583',
    }),
    201,
  );
  const adjustment = ok(
    await staff.api.post('/api/v1/planning/decisions', {
      zoneId: zone,
      kind: 'area_adjustment',
      number: `12/QĐ-UBND-${label}`,
      signedOn: '2021-05-10',
      issuer: `UBND tỉnh ${label}`,
      summary: `Điều chỉnh diện tích ${label}`,
      areaBeforeHa: '100',
      areaAfterHa: '120.5',
    }),
    201,
  );
  const file = Buffer.concat([Buffer.from(`%PDF-1.4\n% ${label}\n`), Buffer.from([0, 1, 2, 254, 255])]);
  const response = await ctx.app.inject({
    method: 'PUT',
    url: `/api/v1/planning/decisions/${decision.id}/file?fileName=${encodeURIComponent(`QĐ ${label}.pdf`)}`,
    headers: { cookie: staff.cookie, 'content-type': 'application/pdf' },
    payload: file,
  });
  expect(response.statusCode, response.body).toBe(200);
  return { decision: decision.id, adjustment: adjustment.id, zone, number, file };
}
