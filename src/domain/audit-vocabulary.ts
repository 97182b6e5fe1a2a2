/**
 * What the audit log records, named once for the server that writes it and the web app that
 * labels it (admin locale: `actions.*`, `entityTypes.*`).
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'import',
  /** A zone (and its records) moved to another board (organisation-v1). */
  'transfer',
  /** A board merged into another. */
  'merge',
  /** A protected record was read (the reporter of a complaint or denunciation). */
  'read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'zone',
  'zone_board_history',
  'project',
  'licensing_event',
  'capital_implementation',
  'investor',
  'enterprise',
  'enterprise_account',
  'enterprise_report',
  'report_unlock_request',
  'reminder',
  'reporting_schedule',
  'reporting_period',
  'exchange_rate',
  'statistics_rule',
  'board_target',
  'province_total',
  /** A number taken in the register of outgoing documents (sổ văn bản đi). */
  'outgoing_document',
  /** The one-stop shop (one-stop-v1): a year's working-day schedule (database-wide), the procedure
   * catalogue and its versions, the office, dossiers and their files. */
  'calendar_year',
  'procedure',
  'procedure_version',
  'one_stop_office',
  'dossier',
  'dossier_attachment',
  /** Blocs (blocs-v1): a bloc, one year of it (members, leader, deputy), a member's return. */
  'bloc',
  'bloc_year',
  'bloc_return',
  /** Emulation: movements, a bloc year's covenant, the scoring table and members' score sheets. */
  'emulation_movement',
  'emulation_covenant',
  'scoring_table',
  'score_sheet',
  /** Commendation: subjects, their ratings, registrations, initiatives, proposals, decisions, awards. */
  'commendation_subject',
  'performance_rating',
  'title_registration',
  'initiative',
  'commendation_proposal',
  'commendation_decision',
  'award',
  /** Inspection: yearly plans and their lines, inspections, findings, their follow-up. */
  'inspection_plan',
  'inspection_plan_item',
  'inspection',
  'inspection_finding',
  'inspection_follow_up',
  /** The zones' environment: discharge standards, wastewater plants, connections, monitoring samples. */
  'discharge_standard',
  'wastewater_plant',
  'wastewater_connection',
  'monitoring_sample',
  /** Complaints, denunciations and petitions; a read of the protected reporter is audited too. */
  'complaint',
  /** Who sent one: its reads and corrections, never the identity itself. */
  'complaint_reporter',
  /** Enterprises' difficulties and requests. */
  'difficulty',
  /** Zones in full: land over time, master data, infrastructure works, decisions, boundaries. */
  'zone_land',
  'zone_profile',
  'infrastructure_work',
  'infrastructure_progress',
  'zone_decision',
  'zone_boundary',
  /** Investment promotion and the investor portal. */
  'promotion_organisation',
  'promotion_contact',
  'promotion_event',
  'promotion_meeting',
  'investment_lead',
  'promotion_enquiry',
  'zone_public_page',
  /** A board's public site settings: the map's tile layer and its attribution. */
  'public_site_settings',
  'user',
  'api_token',
  'board',
  'data_package',
  'backup',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
