/**
 * Every table of the application, gathered for Drizzle (migrations are generated from the
 * `*.tables.ts` files each module keeps beside its code).
 */
export * from './kernel/audit.tables.ts';
export * from './modules/boards/boards.tables.ts';
export * from './modules/users/users.tables.ts';
export * from './modules/zones/zones.tables.ts';
export * from './modules/investors/investors.tables.ts';
export * from './modules/projects/projects.tables.ts';
export * from './modules/enterprises/enterprises.tables.ts';
export * from './modules/filing/filing.tables.ts';
export * from './modules/reporting-calendar/reporting-calendar.tables.ts';
export * from './modules/targets/targets.tables.ts';
