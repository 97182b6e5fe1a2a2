import type { AuditEntityType } from '../../kernel/audit.ts';

/**
 * The audit log's words for emulation's records. (To be added to AUDIT_ENTITY_TYPES and the admin
 * locale's entity labels by the lead: the log's column is free text, the list names them for the web.)
 */
export const EMULATION_ENTITY = {
  movement: 'emulation_movement' as AuditEntityType,
  covenant: 'emulation_covenant' as AuditEntityType,
  scoringTable: 'scoring_table' as AuditEntityType,
  scoreSheet: 'score_sheet' as AuditEntityType,
};
