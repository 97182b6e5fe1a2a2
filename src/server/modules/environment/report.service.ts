/**
 * The zones' environment report over a year or a quarter: per zone and in total, the central
 * wastewater plants (operating ones, design capacity), the enterprises operating on the period's
 * last day and those of them connected to a plant that day (the connection rate), the samples
 * taken in the period, those with an exceedance, and the exceedances by parameter.
 */
import { asc, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { queryRows, type Executor } from '../../kernel/db/database.ts';
import { addDecimal, trimDecimal } from '../../../domain/decimal.ts';
import { periodEnd, periodStart } from '../../../domain/periods.ts';
import { connectionRate } from '../../../domain/wastewater.ts';
import { scopeBoards } from '../boards/index.ts';
import { zones } from '../zones/index.ts';
import { readableBoards } from './environment-access.ts';
import type { EnvironmentFigures, EnvironmentReport } from './environment.schemas.ts';
import { wastewaterPlants } from './environment.tables.ts';
import { zoneConnectionFigures } from './plants.service.ts';

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

function emptyFigures(): EnvironmentFigures {
  return {
    plants: 0,
    operatingPlants: 0,
    designCapacityM3PerDay: '0',
    operatingCapacityM3PerDay: '0',
    operatingEnterprises: 0,
    connectedEnterprises: 0,
    connectionRate: null,
    samples: 0,
    samplesWithExceedance: 0,
    exceedancesByParameter: [],
  };
}

function addExceedances(
  into: EnvironmentFigures['exceedancesByParameter'],
  code: string,
  name: string,
  count: number,
): void {
  const found = into.find((e) => e.parameterCode === code);
  if (found) found.count += count;
  else into.push({ parameterCode: code, parameterName: name, count });
}

const byCount = (a: { count: number; parameterCode: string }, b: { count: number; parameterCode: string }) =>
  b.count - a.count || (a.parameterCode < b.parameterCode ? -1 : a.parameterCode > b.parameterCode ? 1 : 0);

export async function environmentReport(
  executor: Executor,
  actor: Actor,
  query: { period: string; board?: string[] | undefined },
): Promise<EnvironmentReport> {
  readableBoards(actor); // records.read, or FORBIDDEN
  const boards = await scopeBoards(executor, actor, query.board);
  const boardIds = boards.ids.filter((id) => readableBoards(actor).includes(id));
  const codeOf = new Map(boards.ids.map((id, i) => [id, boards.codes[i]!]));
  const from = periodStart(query.period);
  const to = periodEnd(query.period);
  const report: EnvironmentReport = {
    report: 'environment',
    period: query.period,
    from,
    to,
    boards: boardIds.map((id) => codeOf.get(id)!),
    zones: [],
    total: emptyFigures(),
  };
  if (boardIds.length === 0) return report;

  const zoneRows = await executor
    .select({ id: zones.id, boardId: zones.boardId, code: zones.code, name: zones.name })
    .from(zones)
    .where(inArray(zones.boardId, boardIds))
    .orderBy(asc(zones.code), asc(zones.id));
  const zoneIds = zoneRows.map((z) => z.id);
  if (zoneIds.length === 0) return report;
  const [plants, connections, samples, exceedances] = await Promise.all([
    executor
      .select({
        zoneId: wastewaterPlants.zoneId,
        status: wastewaterPlants.status,
        capacity: wastewaterPlants.capacityM3PerDay,
      })
      .from(wastewaterPlants)
      .where(inArray(wastewaterPlants.zoneId, zoneIds)),
    zoneConnectionFigures(executor, zoneIds, to),
    queryRows<{ zone_id: string; samples: number; exceeding: number }>(
      executor,
      sql`select p.zone_id, count(*)::int as samples,
                 (count(*) filter (where exists (
                    select 1 from monitoring_results r where r.sample_id = s.id and r.exceeds)))::int as exceeding
          from monitoring_samples s join wastewater_plants p on p.id = s.plant_id
          where p.zone_id in (${uuidList(zoneIds)})
            and s.sampled_on between ${from}::date and ${to}::date
          group by p.zone_id`,
    ),
    queryRows<{ zone_id: string; parameter_code: string; parameter_name: string; n: number }>(
      executor,
      sql`select p.zone_id, r.parameter_code, min(r.parameter_name) as parameter_name, count(*)::int as n
          from monitoring_results r
          join monitoring_samples s on s.id = r.sample_id
          join wastewater_plants p on p.id = s.plant_id
          where r.exceeds and p.zone_id in (${uuidList(zoneIds)})
            and s.sampled_on between ${from}::date and ${to}::date
          group by p.zone_id, r.parameter_code`,
    ),
  ]);

  const boardOrder = new Map(boardIds.map((id, i) => [id, i]));
  const ordered = [...zoneRows].sort((a, b) => boardOrder.get(a.boardId)! - boardOrder.get(b.boardId)!);
  const total = report.total;
  for (const zone of ordered) {
    const f = emptyFigures();
    for (const plant of plants.filter((p) => p.zoneId === zone.id)) {
      f.plants++;
      f.designCapacityM3PerDay = addDecimal(f.designCapacityM3PerDay, plant.capacity);
      if (plant.status === 'operating') {
        f.operatingPlants++;
        f.operatingCapacityM3PerDay = addDecimal(f.operatingCapacityM3PerDay, plant.capacity);
      }
    }
    const c = connections.get(zone.id) ?? { operating: 0, connected: 0 };
    f.operatingEnterprises = c.operating;
    f.connectedEnterprises = c.connected;
    f.connectionRate = connectionRate(c.connected, c.operating);
    const s = samples.find((row) => row.zone_id === zone.id);
    f.samples = Number(s?.samples ?? 0);
    f.samplesWithExceedance = Number(s?.exceeding ?? 0);
    for (const e of exceedances.filter((row) => row.zone_id === zone.id))
      addExceedances(f.exceedancesByParameter, e.parameter_code, e.parameter_name, Number(e.n));
    f.exceedancesByParameter.sort(byCount);
    f.designCapacityM3PerDay = trimDecimal(f.designCapacityM3PerDay);
    f.operatingCapacityM3PerDay = trimDecimal(f.operatingCapacityM3PerDay);

    total.plants += f.plants;
    total.operatingPlants += f.operatingPlants;
    total.designCapacityM3PerDay = addDecimal(total.designCapacityM3PerDay, f.designCapacityM3PerDay);
    total.operatingCapacityM3PerDay = addDecimal(
      total.operatingCapacityM3PerDay,
      f.operatingCapacityM3PerDay,
    );
    total.operatingEnterprises += f.operatingEnterprises;
    total.connectedEnterprises += f.connectedEnterprises;
    total.samples += f.samples;
    total.samplesWithExceedance += f.samplesWithExceedance;
    for (const e of f.exceedancesByParameter)
      addExceedances(total.exceedancesByParameter, e.parameterCode, e.parameterName, e.count);

    report.zones.push({
      board: codeOf.get(zone.boardId)!,
      zoneId: zone.id,
      zoneCode: zone.code,
      zoneName: zone.name,
      ...f,
    });
  }
  total.connectionRate = connectionRate(total.connectedEnterprises, total.operatingEnterprises);
  total.designCapacityM3PerDay = trimDecimal(total.designCapacityM3PerDay);
  total.operatingCapacityM3PerDay = trimDecimal(total.operatingCapacityM3PerDay);
  total.exceedancesByParameter.sort(byCount);
  return report;
}
