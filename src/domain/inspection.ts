/**
 * Inspection of enterprises in the zones (kiểm tra): topics, kinds, statuses and the pure rules —
 * when a finding is overdue, which plan lines overlap (an enterprise inspected twice on one topic
 * in a year, which the law on inspections asks to avoid).
 */

/** What an inspection looks at. */
export const INSPECTION_TOPICS = [
  'environment',
  'fire_safety',
  'labour_safety',
  'food_safety',
  'investment',
  'labour',
  'construction',
] as const;
export type InspectionTopic = (typeof INSPECTION_TOPICS)[number];

export const INSPECTION_PLAN_STATUSES = ['draft', 'approved'] as const;
export const INSPECTION_KINDS = ['planned', 'unplanned'] as const;
export const INSPECTION_STATUSES = ['open', 'concluded'] as const;
export const FINDING_SEVERITIES = ['minor', 'serious', 'very_serious'] as const;
export const FINDING_STATUSES = ['open', 'closed'] as const;
