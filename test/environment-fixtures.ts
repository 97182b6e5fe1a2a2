/**
 * One board's records in every table of the environment module, made through the API as its
 * staff makes them: the built-in QCVN 40:2011 column B copied in (a standard and its parameters),
 * a central wastewater plant of the board's first zone designed to it, the board's first
 * enterprise connected to it, and an outlet sample with a result above its limit.
 * Used where a suite needs such records to exist (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface EnvironmentRecords {
  standard: string;
  plant: string;
  connection: string;
  sample: string;
  zone: string;
  enterprise: string;
  /** The plant's name (distinctive: holds `label`). */
  plantName: string;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/**
 * Makes the records for `board` (code) through `staff` (its staff member), in the board's first
 * zone and with its first enterprise in that zone (the board must have both). `label` makes every
 * name distinctive.
 */
export async function createEnvironmentRecords(
  _ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<EnvironmentRecords> {
  const enterprises = ok(await staff.api.get('/api/v1/enterprises')).items as {
    id: string;
    zoneId: string;
  }[];
  expect(enterprises.length, `board ${board} needs an enterprise`).toBeGreaterThan(0);
  const enterprise = enterprises[0]!;
  const standard = ok(
    await staff.api.post('/api/v1/environment/standards/builtin', { board, code: 'QCVN40-2011-B' }),
    201,
  );
  const plantName = `Nhà máy XLNT tập trung ${label}`;
  const plant = ok(
    await staff.api.post('/api/v1/environment/plants', {
      zoneId: enterprise.zoneId,
      name: plantName,
      capacityM3PerDay: '2000',
      standardId: standard.id,
      kq: '0.9',
      kf: '1.1',
      operator: `Công ty hạ tầng ${label}`,
      commissionedOn: '2020-01-01',
      permits: [
        { kind: 'Giấy phép môi trường', number: `GP-${label}`, issuedOn: '2020-01-01', issuer: 'UBND tỉnh' },
      ],
    }),
    201,
  );
  const connection = ok(
    await staff.api.post(`/api/v1/environment/plants/${plant.id}/connections`, {
      enterpriseId: enterprise.id,
      connectedOn: '2020-02-01',
    }),
    201,
  );
  const sample = ok(
    await staff.api.post(`/api/v1/environment/plants/${plant.id}/samples`, {
      sampledOn: '2020-03-15',
      laboratory: `Trung tâm quan trắc ${label}`,
      results: [
        { parameterCode: 'COD', value: '160' },
        { parameterCode: 'pH', value: '7.2' },
      ],
    }),
    201,
  );
  return {
    standard: standard.id,
    plant: plant.id,
    connection: connection.id,
    sample: sample.id,
    zone: enterprise.zoneId,
    enterprise: enterprise.id,
    plantName,
  };
}
