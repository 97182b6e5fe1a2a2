/**
 * Infrastructure works of a zone (công trình hạ tầng KCN): their kinds, and when one is late or
 * behind its schedule.
 */
export const INFRASTRUCTURE_WORK_KINDS = [
  'internal_roads',
  'wastewater_plant',
  'water_supply',
  'power_supply',
  'drainage',
  'worker_housing',
  'other',
] as const;
export type InfrastructureWorkKind = (typeof INFRASTRUCTURE_WORK_KINDS)[number];
