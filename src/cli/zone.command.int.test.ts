import { beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../../test/package-builder.ts';
import { AppError } from '../server/kernel/errors.ts';
import { importPackage } from '../server/modules/packages/package-import.service.ts';
import { kcnInProcess } from '../../test/kcn-in-process.ts';
import { withDatabase } from './context.ts';

/**
 * `kcn zone …` (zones-v1) run in-process on an embedded database of its own: a zone's land as
 * text and JSON, a land change recorded from a date, and the refusals the API gives.
 */
const { dataDir, kcn } = kcnInProcess('zone');

describe('kcn zone', () => {
  beforeAll(async () => {
    const pkg = new PackageBuilder()
      .board('TB')
      .zone('TB', 'TB-KKT', { kind: 'KKT', name: 'KKT Thái Bình', areaHa: '30583' })
      .zone('TB', 'TB-LHT', {
        name: 'KCN Liên Hà Thái',
        parentZoneCode: 'TB-KKT',
        areaHa: '602.2',
        industrialLandHa: '400',
        leasedLandHa: '150.5',
      })
      .build();
    await withDatabase({ dataDir }, (database, actor) => importPackage(database.db, actor, pkg));
  }, 120_000);

  it('shows a zone with its economic zone and land, in Vietnamese form', async () => {
    const text = await kcn('zone', 'show', 'TB-LHT', '--board', 'TB');
    expect(text).toContain('TB-LHT — KCN Liên Hà Thái (KCN)');
    expect(text).toContain('Nằm trong khu kinh tế: TB-KKT — KKT Thái Bình');
    expect(text).toContain('Đất công nghiệp: 400 ha, đã cho thuê 150,5 ha');
    const json = JSON.parse(await kcn('zone', 'show', 'TB-KKT', '--board', 'TB', '--json'));
    expect(json.childZones.map((z: { code: string }) => z.code)).toEqual(['TB-LHT']);
  });

  it('records a land change from a date, keeping the figures before it', async () => {
    await expect(
      kcn('zone', 'land', 'TB-LHT', '--board', 'TB', '--as-of', '2024-12-31', '--leased', '200'),
    ).rejects.toMatchObject({ code: 'ZONE_LAND_HISTORY_START_REQUIRED' });
    const zone = JSON.parse(
      await kcn(
        'zone',
        'land',
        'TB-LHT',
        '--board',
        'TB',
        '--as-of',
        '2024-12-31',
        '--industrial',
        '400',
        '--leased',
        '200',
        '--service',
        '40',
        '--leased-service',
        '10',
        '--since',
        '2022-09-05',
        '--note',
        'Số liệu tổng hợp cuối năm',
        '--json',
      ),
    );
    expect(zone.landHistory.map((e: { asOf: string }) => e.asOf)).toEqual(['2022-09-05', '2024-12-31']);
    // (200 + 10) ÷ (400 + 40) = 47,7 %.
    expect(zone.occupancyDecree35Pct).toBe(47.7);
    const text = await kcn('zone', 'show', 'TB-LHT', '--board', 'TB');
    expect(text).toContain('từ 05/09/2022: công nghiệp 400 ha (thuê 150,5 ha)');
    expect(text).toContain('Tỷ lệ lấp đầy (Nghị định 35/2022): 47,7%');
  });

  it('refuses leased land above its land and an unknown zone, with the API codes', async () => {
    const error = await kcn(
      'zone',
      'land',
      'TB-LHT',
      '--board',
      'TB',
      '--as-of',
      '2025-06-30',
      '--industrial',
      '10',
      '--leased',
      '20',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('ZONE_LEASED_LAND_EXCEEDS');
    await expect(kcn('zone', 'show', 'NO-SUCH', '--board', 'TB')).rejects.toMatchObject({
      code: 'ZONE_NOT_FOUND',
    });
    await expect(
      kcn('zone', 'land', 'TB-LHT', '--board', 'TB', '--as-of', '30/06/2025'),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
