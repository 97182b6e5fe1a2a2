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

/** The tables a province publishes: `boards`, and every table with a board_id not kept at home. */
export async function federatedTables(executor: Executor): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    executor,
    sql`select c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and c.column_name = 'board_id' and t.table_type = 'BASE TABLE'
        order by c.table_name`,
  );
  return ['boards', ...rows.map((r) => r.table_name).filter((name) => !(name in KEPT_AT_HOME))];
}

function requirePostgres(database: Database) {
  if (database.kind !== 'postgres') throw Errors.FEDERATION_NEEDS_POSTGRES();
}

/** Only letters, digits and _ — a name PostgreSQL takes as it is. */
function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw Errors.FEDERATION_NAME_INVALID();
  return name;
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

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
  const [existing] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from pg_publication where pubname = ${FEDERATION_PUBLICATION}`,
  );
  await database.db.execute(
    sql.raw(
      existing!.n > 0
        ? `alter publication ${FEDERATION_PUBLICATION} set table ${list}`
        : `create publication ${FEDERATION_PUBLICATION} for table ${list}`,
    ),
  );
  return { publication: FEDERATION_PUBLICATION, tables };
}

/**
 * On the national (or a bloc's) server: subscribes to a province's publication. The first copy of
 * its rows runs in the background; `federationStatus` tells when every table is ready.
 */
export async function subscribeFederation(
  database: Database,
  options: { name: string; connection: string },
): Promise<{ subscription: string }> {
  requirePostgres(database);
  const name = identifier(options.name);
  if (/[\n\r]/.test(options.connection) || options.connection.length > 1000)
    throw Errors.FEDERATION_CONNECTION_INVALID();
  // CREATE SUBSCRIPTION cannot run inside a transaction block: one statement on its own.
  await database.db.execute(
    sql.raw(
      `create subscription ${name} connection ${quote(options.connection)} publication ${FEDERATION_PUBLICATION}`,
    ),
  );
  return { subscription: name };
}

export interface SubscriptionStatus {
  subscription: string;
  enabled: boolean;
  /** Tables copied and streaming ('r'eady) out of all. */
  tablesReady: number;
  tables: number;
  /** When the last change from the province was applied (ISO), null before any. */
  lastReceivedAt: string | null;
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
  }>(
    database.db,
    sql`select s.subname, s.subenabled,
          (select count(*)::int from pg_subscription_rel r where r.srsubid = s.oid and r.srsubstate = 'r') as ready,
          (select count(*)::int from pg_subscription_rel r where r.srsubid = s.oid) as tables,
          (select max(st.last_msg_receipt_time) from pg_stat_subscription st where st.subid = s.oid) as last
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
  }));
}

/** On the subscribing server: stops and drops a subscription (its slot on the province too). */
export async function unsubscribeFederation(database: Database, name: string): Promise<void> {
  requirePostgres(database);
  await database.db.execute(sql.raw(`drop subscription if exists ${identifier(name)}`));
}
