import type { AuditEntityType } from '../../kernel/audit.ts';

/** The audit log's words for emulation's records (AUDIT_ENTITY_TYPES). */
export const EMULATION_ENTITY = {
  movement: 'emulation_movement',
  covenant: 'emulation_covenant',
  scoringTable: 'scoring_table',
  scoreSheet: 'score_sheet',
} satisfies Record<string, AuditEntityType>;
