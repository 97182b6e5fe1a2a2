/**
 * A modest environment register for the demo board: QCVN 40:2011/BTNMT columns A and B copied
 * into the board, one central wastewater plant for each operating zone that has enterprises, most
 * of the zone's enterprises connected to it (not all: the connection rate stays below 100 %), and
 * the plants' quarterly outlet samples of 2024–2025, two of them beyond a limit.
 *
 * THE PLANTS, PERMITS, CONNECTIONS AND MEASURED VALUES ARE INVENTED for the demonstration (each
 * record's note says "Dữ liệu minh họa"). Sizes follow the zones' areas (about 20 m³ a day per
 * hectare, 2 000–5 000 m³/day); Kq = 0,9 (a river of at most 50 m³/s) and Kf by the design flow
 * as QCVN 40:2011 2.3 sets it (1,0 from 500 to 5 000 m³/day). Loaded through the services, so
 * every record is checked, flagged and audited. Deterministic (mulberry32), no clock.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { addDays } from '../../../domain/calendar-date.ts';
import { applicableLimits, builtinStandard } from '../../../domain/wastewater.ts';
import { listEnterprises, type Enterprise } from '../enterprises/index.ts';
import { listZones } from '../zones/index.ts';
import { connectEnterprise, createPlant, createSample } from './plants.service.ts';
import { copyBuiltinStandard, listStandards } from './standards.service.ts';

export const ENVIRONMENT_DEMO_NOTE = 'Dữ liệu minh họa';

const STANDARD_CODES = { A: 'QCVN40-2011-A', B: 'QCVN40-2011-B' } as const;
const KQ = '0.9';
const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
const LABORATORY = 'Đơn vị quan trắc môi trường có chứng nhận VIMCERTS (minh họa)';

/** What each sample measures, as a share of the applicable maximum (pH as a value). */
const MEASURED: readonly { code: string; low: number; high: number; decimals: number }[] = [
  { code: 'pH', low: 6.6, high: 7.8, decimals: 1 },
  { code: 'BOD5', low: 0.3, high: 0.65, decimals: 1 },
  { code: 'COD', low: 0.3, high: 0.65, decimals: 1 },
  { code: 'TSS', low: 0.25, high: 0.6, decimals: 1 },
  { code: 'NH4_N', low: 0.15, high: 0.65, decimals: 2 },
  { code: 'total_N', low: 0.3, high: 0.7, decimals: 1 },
  { code: 'total_P', low: 0.15, high: 0.6, decimals: 2 },
  { code: 'coliform', low: 0.1, high: 0.6, decimals: -1 },
];

/**
 * The two samples beyond a limit: the first plant's of 2024-Q3 (ammonium) and the last plant's of
 * 2025-Q2 (COD), each at this multiple of the applicable maximum.
 */
const EXCEEDANCES = [
  { plant: 'first', quarter: '2024-Q3', code: 'NH4_N', factor: 1.28, words: 'Amoni (tính theo N)' },
  { plant: 'last', quarter: '2025-Q2', code: 'COD', factor: 1.16, words: 'COD' },
] as const;

export interface EnvironmentDemoSummary {
  standards: number;
  plants: number;
  connections: number;
  samples: number;
  samplesWithExceedance: number;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value rounded to `decimals` places (negative: to tens), as a decimal string. */
function rounded(value: number, decimals: number): string {
  if (decimals < 0) return String(Math.round(value / 10 ** -decimals) * 10 ** -decimals);
  return value.toFixed(decimals);
}

/** Saturday and Sunday move to the Monday after. */
function weekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** QCVN 40:2011 2.3, Bảng 3: Kf by the discharge flow, m³/day. */
function kfFor(capacity: number): string {
  return capacity <= 50 ? '1.2' : capacity <= 500 ? '1.1' : capacity <= 5000 ? '1' : '0.9';
}

/** The middle month of a quarter, on a weekday: 2024-Q3 → 2024-08-1x. */
function sampleDay(quarter: string, plantIndex: number): string {
  const [year, q] = quarter.split('-Q');
  const month = String(Number(q) * 3 - 1).padStart(2, '0');
  return weekday(`${year}-${month}-${String(8 + ((plantIndex * 3) % 14)).padStart(2, '0')}`);
}

async function boardEnterprises(db: Db, actor: Actor, boardId: string): Promise<Enterprise[]> {
  const all: Enterprise[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listEnterprises(db, actor, { boardId, page, pageSize: 500 });
    all.push(...items);
    if (all.length >= total || items.length === 0) return all;
  }
}

/**
 * Loads the register into the board (a transaction of the caller's, or the database: each change
 * is its own). Does nothing when the board already has a discharge standard.
 */
export async function loadEnvironmentDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<EnvironmentDemoSummary> {
  const summary = { standards: 0, plants: 0, connections: 0, samples: 0, samplesWithExceedance: 0 };
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  if ((await listStandards(db, as, board.code)).length > 0) return summary;

  const standardIds = { A: '', B: '' };
  for (const column of ['A', 'B'] as const) {
    const standard = await copyBuiltinStandard(db, as, { board: board.code, code: STANDARD_CODES[column] });
    standardIds[column] = standard.id;
    summary.standards++;
  }

  const zones = (
    await listZones(db, as, {
      boardId: [board.id],
      status: ['operating'],
      page: 1,
      pageSize: 500,
      sort: 'code',
    })
  ).items;
  const enterprises = await boardEnterprises(db, as, board.id);
  const withEnterprises = zones.filter((z) => enterprises.some((e) => e.zoneId === z.id));

  for (const [i, zone] of withEnterprises.entries()) {
    const column = i % 2 === 0 ? 'A' : 'B';
    const capacity = Math.min(5000, Math.max(2000, Math.round((Number(zone.areaHa ?? 0) * 20) / 500) * 500));
    const kf = kfFor(capacity);
    const operatingSince = zone.statusHistory?.find((h) => h.status === 'operating')?.since ?? '2015-01-15';
    const commissionedOn = weekday(addDays(operatingSince, 400 + ((i * 47) % 200)));
    const permitOn = weekday(
      commissionedOn > '2023-03-01' ? addDays(commissionedOn, 30) : addDays('2023-03-15', i * 37),
    );
    const plant = await createPlant(db, as, {
      zoneId: zone.id,
      name: `Nhà máy xử lý nước thải tập trung ${zone.name}`,
      capacityM3PerDay: String(capacity),
      status: 'operating',
      standardId: standardIds[column],
      kq: KQ,
      kf,
      operator: zone.developer ?? `Chủ đầu tư hạ tầng ${zone.name}`,
      commissionedOn,
      receivingWater: 'Kênh tiêu thủy lợi của khu vực, chảy ra sông Trà Lý',
      permits: [
        {
          kind: 'Giấy phép môi trường',
          number: `${12 + i * 7}/GPMT-UBND`,
          issuedOn: permitOn,
          issuer: 'Ủy ban nhân dân tỉnh Thái Bình',
          validUntil: addDays(permitOn, 3652),
        },
      ],
      note: `${ENVIRONMENT_DEMO_NOTE}: công suất, giấy phép và số liệu quan trắc được đặt ra để trình diễn.`,
    });
    summary.plants++;

    // Most of the zone's enterprises are connected: one in nine is not; one in nine only in 2025.
    const own = enterprises
      .filter((e) => e.zoneId === zone.id)
      .sort((a, b) => (a.taxCode < b.taxCode ? -1 : a.taxCode > b.taxCode ? 1 : 0));
    for (const [j, enterprise] of own.entries()) {
      if (j % 9 === 4) continue;
      let connectedOn =
        j % 9 === 7
          ? weekday(addDays('2025-02-10', (j * 37) % 280))
          : weekday(addDays(commissionedOn, (j * 53) % 700));
      if (j % 9 !== 7 && connectedOn > '2023-12-20') connectedOn = weekday(addDays(commissionedOn, j % 20));
      await connectEnterprise(db, as, plant.id, {
        enterpriseId: enterprise.id,
        connectedOn,
        note: ENVIRONMENT_DEMO_NOTE,
      });
      summary.connections++;
    }

    // Quarterly outlet samples, values drawn below the limits that apply (× Kq × Kf).
    const parameters = builtinStandard(STANDARD_CODES[column])!.parameters;
    const random = mulberry32(0x4040_2011 + i);
    for (const quarter of QUARTERS) {
      const exceedance = EXCEEDANCES.find(
        (x) =>
          x.quarter === quarter &&
          (x.plant === 'first' ? i === 0 : i === withEnterprises.length - 1 && withEnterprises.length > 1),
      );
      const values = new Map<string, number>();
      for (const m of MEASURED) {
        const parameter = parameters.find((p) => p.code === m.code)!;
        const share = m.low + random() * (m.high - m.low);
        if (m.code === 'pH') values.set(m.code, share);
        else {
          const max = Number(applicableLimits(parameter, KQ, kf).max);
          values.set(m.code, (exceedance?.code === m.code ? exceedance.factor : share) * max);
        }
      }
      // Total nitrogen holds the ammonium, and more.
      values.set('total_N', Math.max(values.get('total_N')!, values.get('NH4_N')! + 3));
      const sample = await createSample(db, as, plant.id, {
        sampledOn: sampleDay(quarter, i),
        point: 'outlet',
        kind: 'periodic',
        laboratory: LABORATORY,
        note: exceedance
          ? `${ENVIRONMENT_DEMO_NOTE}. ${exceedance.words} vượt giới hạn cho phép; Ban đã yêu cầu đơn vị vận hành kiểm tra hệ thống xử lý và quan trắc bổ sung.`
          : ENVIRONMENT_DEMO_NOTE,
        results: MEASURED.map((m) => ({
          parameterCode: m.code,
          value: rounded(values.get(m.code)!, m.decimals),
        })),
      });
      summary.samples++;
      if (sample.exceedances > 0) summary.samplesWithExceedance++;
    }
  }
  return summary;
}
