import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { addDecimal } from '../../../domain/decimal.ts';
import { percent } from '../../../domain/percent.ts';
import { resolveReportScope } from './report-scope.ts';
import type { ZonesReport } from './reports.schemas.ts';
import * as repo from './zones-report.repository.ts';

/** Zones by status at a date with their areas and the operating zones' occupancy — reports-v1. */
export async function zonesReport(
  executor: Executor,
  actor: Actor,
  query: {
    boards?: string[] | undefined;
    zones?: string[] | undefined;
    asOf: string;
    boundariesAsOf?: string | undefined;
  },
): Promise<ZonesReport> {
  const scope = await resolveReportScope(executor, actor, {
    boards: query.boards,
    zones: query.zones,
    boundariesAsOf: query.boundariesAsOf ?? query.asOf,
  });
  const rows = await repo.zoneStatusGroups(executor, {
    boardIds: scope.boardIds,
    zoneIds: scope.zoneIds,
    asOf: query.asOf,
  });
  const groups: Partial<Record<repo.ZoneStatus, repo.ZoneStatusGroup>> = Object.fromEntries(
    rows.map((row) => [row.status, row]),
  );
  const simple = (status: repo.ZoneStatus) => ({
    count: groups[status]?.count ?? 0,
    areaHa: groups[status]?.area_ha ?? '0',
  });
  const operating = groups.operating;
  return {
    report: 'zones',
    boards: scope.boardCodes,
    ...(scope.zoneCodes ? { zones: scope.zoneCodes } : {}),
    asOf: query.asOf,
    boundariesAsOf: scope.boundariesAsOf,
    total: {
      count: rows.reduce((n, g) => n + g.count, 0),
      areaHa: rows.reduce((sum, g) => addDecimal(sum, g.area_ha), '0'),
      ownAreaHa: rows.reduce((sum, g) => addDecimal(sum, g.own_area_ha), '0'),
    },
    byStatus: {
      planned: simple('planned'),
      established: simple('established'),
      under_construction: simple('under_construction'),
      operating: {
        ...simple('operating'),
        industrialLandHa: operating?.industrial_land_ha ?? '0',
        leasedLandHa: operating?.leased_land_ha ?? '0',
        occupancyPct: operating
          ? percent(operating.occupancy_leased_ha, operating.occupancy_industrial_ha)
          : null,
        serviceLandHa: operating?.service_land_ha ?? '0',
        leasedServiceLandHa: operating?.leased_service_land_ha ?? '0',
        occupancyDecree35Pct: operating
          ? percent(operating.decree35_leased_ha, operating.decree35_land_ha)
          : null,
      },
    },
  };
}
