import type { AuditEntityType } from '../../kernel/audit.ts';

/** The audit log's words for the environment's records (src/domain/audit-vocabulary.ts). */
export const ENVIRONMENT_ENTITY = {
  standard: 'discharge_standard',
  plant: 'wastewater_plant',
  connection: 'wastewater_connection',
  sample: 'monitoring_sample',
} as const satisfies Record<string, AuditEntityType>;
