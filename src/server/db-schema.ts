/**
 * Every table of the application, from the modules' faces (each module keeps its tables in
 * `*.tables.ts` beside its code and re-exports them from its index.ts). drizzle-kit generates
 * migrations from those files directly (drizzle.config.ts); this list is for code that wants
 * every table in one place.
 */
export { auditLog } from './kernel/audit.tables.ts';
export { blocReturns, blocs, blocYearMembers, blocYears, boards } from './modules/boards/index.ts';
export { apiTokens, loginFailures, sessions, users } from './modules/users/index.ts';
export {
  zoneHoldings,
  zoneLandHistory,
  zoneProfiles,
  zones,
  zoneStatusChanges,
} from './modules/zones/index.ts';
export { infrastructureProgressReports, infrastructureWorks } from './modules/infrastructure/index.ts';
export { zoneDecisions } from './modules/planning/index.ts';
export { zoneBoundaries } from './modules/boundaries/index.ts';
export { investors } from './modules/investors/index.ts';
export {
  capitalImplementations,
  licensingEvents,
  projectInvestors,
  projects,
} from './modules/projects/index.ts';
export { enterpriseAccounts, enterpriseProjects, enterprises } from './modules/enterprises/index.ts';
export { enterpriseReports, reportUnlockRequests, statisticsRules } from './modules/filing/index.ts';
export { exchangeRates, reportingPeriods, reportingSchedules } from './modules/reporting-calendar/index.ts';
export { boardTargets, provinceTotals } from './modules/targets/index.ts';
export {
  investmentBoardTotals,
  investmentFacts,
  investmentTotals,
  productionTotals,
} from './modules/reports/index.ts';
export { reminders } from './modules/reminders/index.ts';
export { outgoingDocuments } from './modules/document-register/index.ts';
export {
  calendarYears,
  dossierAttachments,
  dossierEvents,
  dossiers,
  dossierSteps,
  dossierSupplements,
  oneStopOffices,
  procedures,
  procedureVersions,
} from './modules/one-stop/index.ts';
export {
  emulationCovenantSignatories,
  emulationCovenants,
  emulationMovements,
  scoreEntries,
  scoreSheets,
  scoringCriteria,
  scoringTables,
  scoringTargets,
} from './modules/emulation/index.ts';
export {
  awards,
  commendationDecisions,
  commendationProposalItems,
  commendationProposals,
  commendationSubjects,
  initiativeAuthors,
  initiatives,
  performanceRatings,
  titleRegistrations,
} from './modules/commendation/index.ts';
export {
  inspectionFindings,
  inspectionFollowUps,
  inspectionPlanItems,
  inspectionPlans,
  inspections,
} from './modules/inspection/index.ts';
export {
  dischargeStandardParameters,
  dischargeStandards,
  monitoringResults,
  monitoringSamples,
  wastewaterConnections,
  wastewaterPlants,
} from './modules/environment/index.ts';
export { complaintReporters, complaints } from './modules/complaints/index.ts';
export { difficulties, difficultyEvents } from './modules/difficulties/index.ts';
export {
  investmentLeads,
  leadStageChanges,
  promotionContacts,
  promotionEnquiries,
  promotionEvents,
  promotionMeetings,
  promotionOrganisations,
} from './modules/promotion/index.ts';
export { zonePublicPages, zonePublicPhotos, publicSiteSettings } from './modules/investor-portal/index.ts';
