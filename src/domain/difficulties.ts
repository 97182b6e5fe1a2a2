/**
 * Enterprises' difficulties and requests (khó khăn, vướng mắc, kiến nghị): topics, channels, the
 * life of one (open → routed → answered → resolved, or reopened), and the pure rules — its age
 * and whether it is stuck.
 */

export const DIFFICULTY_TOPICS = [
  'land',
  'site_clearance',
  'infrastructure',
  'procedure',
  'tax_customs',
  'labour',
  'environment',
  'finance',
  'other',
] as const;
export type DifficultyTopic = (typeof DIFFICULTY_TOPICS)[number];
export const DIFFICULTY_CHANNELS = ['account', 'dialogue', 'letter', 'meeting'] as const;
export const DIFFICULTY_STATUSES = ['open', 'routed', 'answered', 'resolved'] as const;
export type DifficultyStatus = (typeof DIFFICULTY_STATUSES)[number];
export const RESPONSIBLE_KINDS = ['department', 'agency'] as const;
export const DIFFICULTY_EVENTS = ['raised', 'routed', 'answered', 'confirmed', 'reopened'] as const;
