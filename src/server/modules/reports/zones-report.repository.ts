import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';

export type ZoneStatus = 'planned' | 'established' | 'under_construction' | 'operating';

export interface ZoneStatusGroup {
  status: ZoneStatus;
  count: number;
  area_ha: string;
  industrial_land_ha: string;
  leased_land_ha: string;
  /** Over zones stating both industrial and leased land (the occupancy's basis). */
  occupancy_industrial_ha: string;
  occupancy_leased_ha: string;
}

/**
 * Zones by their status at `asOf` in one statement: the history entry in force (latest `since`
 * ≤ asOf); a zone whose history starts after asOf is not counted; a zone without history counts
 * with its status.
 */
export async function zoneStatusGroups(
  executor: Executor,
  scope: { boardIds: string[]; zoneIds: string[] | null; asOf: string },
): Promise<ZoneStatusGroup[]> {
  const boards = uuidArray(scope.boardIds);
  return queryRows<ZoneStatusGroup>(
    executor,
    sql`
    select zone_at.status,
           count(*)::int as count,
           coalesce(sum(zone_at.area_ha), 0)::text as area_ha,
           coalesce(sum(zone_at.industrial_land_ha), 0)::text as industrial_land_ha,
           coalesce(sum(zone_at.leased_land_ha), 0)::text as leased_land_ha,
           coalesce(sum(zone_at.industrial_land_ha) filter (where zone_at.leased_land_ha is not null), 0)::text as occupancy_industrial_ha,
           coalesce(sum(zone_at.leased_land_ha) filter (where zone_at.industrial_land_ha is not null), 0)::text as occupancy_leased_ha
    from (
      select z.area_ha, z.industrial_land_ha, z.leased_land_ha,
             case when history.zone_id is null then z.status else history.status_at end as status
      from zones z
      left join (
        select h.zone_id,
               (array_agg(h.status order by h.since desc) filter (where h.since <= ${scope.asOf}::date))[1] as status_at
        from zone_status_changes h
        where h.board_id = any(${boards})
        group by h.zone_id
      ) history on history.zone_id = z.id
      where z.board_id = any(${boards}) ${scope.zoneIds ? sql`and z.id = any(${uuidArray(scope.zoneIds)})` : sql``}
    ) zone_at
    where zone_at.status is not null
    group by zone_at.status`,
  );
}
