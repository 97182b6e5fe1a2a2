/**
 * Decisions about a zone (quyết định về khu): what kinds there are and how they order a zone's
 * timeline beside its status history.
 */
export const ZONE_DECISION_KINDS = [
  'investment_policy',
  'establishment',
  'master_plan',
  'detailed_plan',
  'area_adjustment',
  'boundary_adjustment',
  'other',
] as const;
export type ZoneDecisionKind = (typeof ZONE_DECISION_KINDS)[number];
