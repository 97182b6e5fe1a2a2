import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';

export type ZoneStatus = 'planned' | 'established' | 'under_construction' | 'operating';

export interface ZoneStatusGroup {
  status: ZoneStatus;
  count: number;
  area_ha: string;
  /** Over the zones with no counted ancestor (zones-v1 ownAreaHa). */
  own_area_ha: string;
  industrial_land_ha: string;
  leased_land_ha: string;
  service_land_ha: string;
  leased_service_land_ha: string;
  /** Over zones stating both industrial and leased land (the occupancy's basis). */
  occupancy_industrial_ha: string;
  occupancy_leased_ha: string;
  /** Over zones stating all four figures (Decree 35's occupancy basis). */
  decree35_land_ha: string;
  decree35_leased_ha: string;
}

/**
 * Zones by their status at `asOf` in one statement: the history entry in force (latest `since`
 * ≤ asOf); a zone whose history starts after asOf is not counted; a zone without history counts
 * with its status. Land figures likewise from the land history (none before its first entry),
 * and a zone's own area counts only when no zone it lies inside is counted too.
 */
export async function zoneStatusGroups(
  executor: Executor,
  scope: { boardIds: string[]; zoneIds: string[] | null; asOf: string },
): Promise<ZoneStatusGroup[]> {
  const boards = uuidArray(scope.boardIds);
  return queryRows<ZoneStatusGroup>(
    executor,
    sql`
    with recursive zone_at as (
      select z.id, z.parent_zone_id, z.area_ha,
             case when history.zone_id is null then z.status else history.status_at end as status,
             case when land.has_history then land_at.industrial_land_ha else z.industrial_land_ha end as industrial_land_ha,
             case when land.has_history then land_at.leased_land_ha else z.leased_land_ha end as leased_land_ha,
             case when land.has_history then land_at.service_land_ha else z.service_land_ha end as service_land_ha,
             case when land.has_history then land_at.leased_service_land_ha else z.leased_service_land_ha end as leased_service_land_ha
      from zones z
      left join (
        select h.zone_id,
               (array_agg(h.status order by h.since desc) filter (where h.since <= ${scope.asOf}::date))[1] as status_at
        from zone_status_changes h
        where h.board_id = any(${boards})
        group by h.zone_id
      ) history on history.zone_id = z.id
      left join lateral (
        select l.industrial_land_ha, l.leased_land_ha, l.service_land_ha, l.leased_service_land_ha
        from zone_land_history l
        where l.zone_id = z.id and l.as_of <= ${scope.asOf}::date
        order by l.as_of desc limit 1
      ) land_at on true
      cross join lateral (
        select exists (select 1 from zone_land_history e where e.zone_id = z.id) as has_history
      ) land
      where z.board_id = any(${boards}) ${scope.zoneIds ? sql`and z.id = any(${uuidArray(scope.zoneIds)})` : sql``}
    ),
    counted as (select * from zone_at where status is not null),
    ancestors (zone_id, ancestor_id) as (
      select c.id, c.parent_zone_id from counted c where c.parent_zone_id is not null
      union
      select a.zone_id, p.parent_zone_id
      from ancestors a join zones p on p.id = a.ancestor_id
      where p.parent_zone_id is not null
    ),
    with_own as (
      select c.*,
             (c.industrial_land_ha is not null and c.service_land_ha is not null
              and c.leased_land_ha is not null and c.leased_service_land_ha is not null) as states_all_land,
             not exists (
        select 1 from ancestors a join counted up on up.id = a.ancestor_id where a.zone_id = c.id
      ) as own
      from counted c
    )
    select status,
           count(*)::int as count,
           coalesce(sum(area_ha), 0)::text as area_ha,
           coalesce(sum(area_ha) filter (where own), 0)::text as own_area_ha,
           coalesce(sum(industrial_land_ha), 0)::text as industrial_land_ha,
           coalesce(sum(leased_land_ha), 0)::text as leased_land_ha,
           coalesce(sum(service_land_ha), 0)::text as service_land_ha,
           coalesce(sum(leased_service_land_ha), 0)::text as leased_service_land_ha,
           coalesce(sum(industrial_land_ha) filter (where leased_land_ha is not null), 0)::text as occupancy_industrial_ha,
           coalesce(sum(leased_land_ha) filter (where industrial_land_ha is not null), 0)::text as occupancy_leased_ha,
           coalesce(sum(industrial_land_ha + service_land_ha) filter (where states_all_land), 0)::text as decree35_land_ha,
           coalesce(sum(leased_land_ha + leased_service_land_ha) filter (where states_all_land), 0)::text as decree35_leased_ha
    from with_own
    group by status`,
  );
}
