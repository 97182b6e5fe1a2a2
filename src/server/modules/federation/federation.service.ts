/**
 * Federation by PostgreSQL's own logical replication (decision 022): a province's server publishes
 * its boards' rows, the national (or a bloc's) server subscribes to each province. Rows merge
 * because every key is a UUID and every board-owned row carries its board_id; nothing here copies
 * a row itself. A province's server holds only its own boards, so every row it has is theirs: the
 * publication lists tables, with no row filter (a filter on board_id would have to be part of each
 * table's replica identity, and would cost the province's own updates).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '../../kernel/db/database.ts';
import { FederationErrors as Errors } from './federation.errors.ts';

/** What the federation's publication is called on a province's server. */
export const FEDERATION_PUBLICATION = 'kcn_federation';

/**
 * Tables with a board_id that stay on the server that wrote them, and why. Every other table with
 * a board_id is published, and `boards` itself.
 */
export const KEPT_AT_HOME: Readonly<Record<string, string>> = {
  audit_log: 'each server keeps its own log, numbered by its own sequence',
  users: 'accounts and password hashes never leave the server people sign in to',
  enterprise_accounts: "enterprises' sign-in accounts, as users",
  complaint_reporters: 'the protected identity of a complaint’s reporter',
  bloc_year_members: "the bloc's own records, kept by the bloc's server with the blocs themselves",
  bloc_returns: "the bloc's own records",
  emulation_covenant_signatories: "the bloc's own records",
  scoring_targets: "the bloc's own records",
  score_sheets: "the bloc's own records",
};

/** Tables without a board_id whose rows are parts of a published board-owned row. */
export const PARTS_OF_PUBLISHED: readonly string[] = ['commendation_proposal_items', 'initiative_authors'];

/**
 * The tables a province publishes: `boards`, every table with a board_id not kept at home, and the
 * parts of published rows that have none.
 */
export async function federatedTables(executor: Executor): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    executor,
    sql`select c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and c.column_name = 'board_id' and t.table_type = 'BASE TABLE'
        order by c.table_name`,
  );
  const existing = await queryRows<{ table_name: string }>(
    executor,
    sql`select table_name from information_schema.tables where table_schema = 'public'`,
  );
  const parts = PARTS_OF_PUBLISHED.filter((name) => existing.some((t) => t.table_name === name));
  return [
    'boards',
    ...rows.map((r) => r.table_name).filter((name) => !(name in KEPT_AT_HOME)),
    ...parts,
  ].sort();
}

function requirePostgres(database: Database) {
  if (database.kind !== 'postgres') throw Errors.FEDERATION_NEEDS_POSTGRES();
}

/** Only lowercase letters, digits and _, double-quoted: a reserved word (user, select) is a name too. */
function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw Errors.FEDERATION_NAME_INVALID();
  return `"${name}"`;
}

/** A string literal as PostgreSQL itself quotes it (format %L), whatever the server's settings. */
async function literal(database: Database, value: string): Promise<string> {
  const [row] = await queryRows<{ quoted: string }>(
    database.db,
    sql`select format('%L', ${value}::text) as quoted`,
  );
  return row!.quoted;
}

/**
 * On a province's server: publishes the federated tables (creating the publication, or setting its
 * tables again after a migration added some). Needs `wal_level = logical` on the server.
 */
export async function publishFederation(
  database: Database,
): Promise<{ publication: string; tables: string[] }> {
  requirePostgres(database);
  const [level] = await queryRows<{ wal_level: string }>(database.db, sql`show wal_level`);
  if (level?.wal_level !== 'logical')
    throw Errors.FEDERATION_WAL_LEVEL([], { walLevel: level?.wal_level ?? null });
  const tables = await federatedTables(database.db);
  const list = tables.map((t) => `public.${identifier(t)}`).join(', ');
  const publication = identifier(FEDERATION_PUBLICATION);
  const [existing] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from pg_publication where pubname = ${FEDERATION_PUBLICATION}`,
  );
  await database.db.execute(
    sql.raw(
      existing!.n > 0
        ? `alter publication ${publication} set table ${list}`
        : `create publication ${publication} for table ${list}`,
    ),
  );
  return { publication: FEDERATION_PUBLICATION, tables };
}

/**
 * On the national (or a bloc's) server: subscribes to a province's publication. The first copy of
 * its rows runs in the background (`copyData: false` when the rows are here already, as after an
 * unsubscribe); `federationStatus` tells when every table is ready. A conflict disables the
 * subscription rather than retrying for ever, and the status says so.
 */
export async function subscribeFederation(
  database: Database,
  options: { name: string; connection: string; copyData?: boolean },
): Promise<{ subscription: string }> {
  requirePostgres(database);
  const name = identifier(options.name);
  if (
    /[\n\r]/.test(options.connection) ||
    options.connection.trim() === '' ||
    options.connection.length > 1000
  )
    throw Errors.FEDERATION_CONNECTION_INVALID();
  const connection = await literal(database, options.connection);
  const copy = options.copyData === false ? 'false' : 'true';
  // CREATE SUBSCRIPTION cannot run inside a transaction block: one statement on its own.
  await database.db.execute(
    sql.raw(
      `create subscription ${name} connection ${connection} publication ${identifier(FEDERATION_PUBLICATION)} ` +
        `with (copy_data = ${copy}, disable_on_error = true)`,
    ),
  );
  return { subscription: options.name };
}

/**
 * On the subscribing server, after a province published tables a migration added: starts copying
 * them (PostgreSQL's REFRESH PUBLICATION).
 */
export async function refreshFederation(database: Database, name: string): Promise<void> {
  requirePostgres(database);
  await database.db.execute(sql.raw(`alter subscription ${identifier(name)} refresh publication`));
}

export interface SubscriptionStatus {
  subscription: string;
  enabled: boolean;
  /** Tables copied and streaming ('r'eady) out of all. */
  tablesReady: number;
  tables: number;
  /** When the last change from the province was applied (ISO), null before any. */
  lastReceivedAt: string | null;
  /** Errors applying changes and copying tables since the statistics were reset. */
  applyErrors: number;
  syncErrors: number;
}

/** On the subscribing server: each subscription and how far it has come. */
export async function federationStatus(database: Database): Promise<SubscriptionStatus[]> {
  requirePostgres(database);
  const rows = await queryRows<{
    subname: string;
    subenabled: boolean;
    ready: number;
    tables: number;
    last: Date | null;
    apply_errors: number;
    sync_errors: number;
  }>(
    database.db,
    sql`select s.subname, s.subenabled,
          (select count(*)::int from pg_subscription_rel r where r.srsubid = s.oid and r.srsubstate = 'r') as ready,
          (select count(*)::int from pg_subscription_rel r where r.srsubid = s.oid) as tables,
          (select max(st.last_msg_receipt_time) from pg_stat_subscription st where st.subid = s.oid) as last,
          coalesce((select e.apply_error_count::int from pg_stat_subscription_stats e where e.subid = s.oid), 0) as apply_errors,
          coalesce((select e.sync_error_count::int from pg_stat_subscription_stats e where e.subid = s.oid), 0) as sync_errors
        from pg_subscription s
        where s.subdbid = (select oid from pg_database where datname = current_database())
        order by s.subname`,
  );
  return rows.map((r) => ({
    subscription: r.subname,
    enabled: r.subenabled,
    tablesReady: r.ready,
    tables: r.tables,
    lastReceivedAt: r.last ? new Date(r.last).toISOString() : null,
    applyErrors: r.apply_errors,
    syncErrors: r.sync_errors,
  }));
}

/**
 * On the subscribing server: stops and drops a subscription, and its replication slot on the
 * province. When the province cannot be reached, the slot is left for its operator to drop.
 */
export async function unsubscribeFederation(database: Database, name: string): Promise<void> {
  requirePostgres(database);
  const subscription = identifier(name);
  try {
    await database.db.execute(sql.raw(`drop subscription if exists ${subscription}`));
  } catch {
    await database.db.execute(sql.raw(`alter subscription ${subscription} disable`));
    await database.db.execute(sql.raw(`alter subscription ${subscription} set (slot_name = none)`));
    await database.db.execute(sql.raw(`drop subscription ${subscription}`));
  }
}
