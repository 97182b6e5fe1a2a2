import type { Readable, Writable } from 'node:stream';
import type { Actor } from '../../kernel/actor.ts';
import type { DatabaseKind, Db, Executor } from '../../kernel/db/database.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupWriter,
  openBackup,
  type BackupHeader,
} from './backup-file.ts';
import { BackupErrors } from './backup.errors.ts';
import * as repo from './backup.repository.ts';
import { parentsFirst } from './table-order.ts';

/** Rows read per query: memory stays bounded however large the statistics tables grow. */
export const CHUNK_ROWS = 5_000;

export interface BackupSummary {
  header: BackupHeader;
  tables: number;
  rows: number;
}

/**
 * A backup holds everything, password hashes included: only the command line (shell access to
 * the server) and national administrators may take or restore one.
 */
export function assertMayBackup(actor: Actor): void {
  if (actor.kind === 'system' || (actor.role === 'admin' && actor.scope === 'national')) return;
  throw CommonErrors.FORBIDDEN();
}

/** The application's tables from the catalog, parents before children. */
export async function applicationTables(executor: Executor): Promise<repo.TableShape[]> {
  const { order, cyclic } = parentsFirst(await repo.describeTables(executor));
  if (cyclic.length > 0)
    throw BackupErrors.BACKUP_SCHEMA_UNSUPPORTED(
      cyclic.map((name) => ({ path: name, message: 'tham chiếu vòng' })),
    );
  return order;
}

export function summarize(header: BackupHeader): BackupSummary {
  return {
    header,
    tables: header.tables.length,
    rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
  };
}

/**
 * Writes a backup of the whole database into `output` (gzip, streamed): one consistent snapshot
 * (a repeatable-read, read-only transaction), every table of the schema, in restore order.
 */
export async function backupDatabase(
  db: Db,
  actor: Actor,
  output: Writable,
  source: { kind: DatabaseKind; appVersion: string },
  chunkRows = CHUNK_ROWS,
): Promise<BackupSummary> {
  assertMayBackup(actor);
  const writer = new BackupWriter(output);
  try {
    const header = await db.transaction(
      async (tx) => {
        await repo.useExactTextFormats(tx);
        const tables = await applicationTables(tx);
        const counts = await repo.countRows(
          tx,
          tables.map((table) => table.name),
        );
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_FORMAT_VERSION,
          appVersion: source.appVersion,
          createdAt: new Date().toISOString(),
          databaseKind: source.kind,
          migrations: await repo.appliedMigrations(tx),
          tables: tables.map((table) => ({
            name: table.name,
            rows: counts.get(table.name) ?? 0,
            columns: table.columns,
          })),
        };
        await writer.write(JSON.stringify(header));
        for (const table of tables) {
          for await (const chunk of repo.readChunks(tx, table, chunkRows))
            await writer.writeRows(table.name, chunk.rows);
        }
        return header;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    const summary = summarize(header);
    await writer.finish(summary.rows);
    return summary;
  } catch (error) {
    await writer.abort(error);
    throw error;
  }
}

/** Reads a backup through to its end, checking it as a restore would, without a database. */
export async function verifyBackup(input: Readable): Promise<BackupSummary> {
  const { header, chunks } = await openBackup(input);
  for await (const chunk of chunks) void chunk;
  return summarize(header);
}

/** A file name for a backup taken now: kcn-backup-2026-11-30.jsonl.gz (Vietnam date). */
export function backupFileName(now = new Date()): string {
  return `kcn-backup-${new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)}.jsonl.gz`;
}
