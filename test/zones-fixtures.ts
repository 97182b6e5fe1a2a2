/**
 * One board's zones-v1 records made through the API as its staff makes them: a land change of the
 * board's first zone (its present figures becoming the first entry of its land history) and the
 * zone's master data. Used where a suite needs such records to exist (backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

export async function createZoneRecords(
  _ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<{ zone: string }> {
  const zones = ok(await staff.api.get('/api/v1/zones')).items as { id: string; version: number }[];
  expect(zones.length, `board ${board} needs a zone`).toBeGreaterThan(0);
  const zone = zones[0]!;
  ok(
    await staff.api.post(`/api/v1/zones/${zone.id}/land-changes`, {
      version: zone.version,
      asOf: '2024-12-31',
      industrialLandHa: '80',
      serviceLandHa: '8',
      leasedLandHa: '60.5',
      leasedServiceLandHa: '4',
      note: `Số liệu cuối năm ${label}`,
      currentFiguresSince: '2020-01-01',
    }),
  );
  ok(
    await staff.api.put(`/api/v1/zones/${zone.id}/profile`, {
      version: 0,
      positionClass: 'outside_ez',
      communeName: `Xã ${label}`,
      landLeaseTermYears: 50,
      infrastructureCapitalVnd: '1250500000000',
      note: `Thông tin chung ${label}`,
    }),
  );
  return { zone: zone.id };
}
