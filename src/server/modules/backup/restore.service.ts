import type { Readable } from 'node:stream';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { openBackup, type BackupHeader, type RowsChunk } from './backup-file.ts';
import { BackupErrors } from './backup.errors.ts';
import * as repo from './backup.repository.ts';
import { applicationTables, assertMayBackup, summarize, type BackupSummary } from './backup.service.ts';

function assertSameMigrations(header: BackupHeader, applied: repo.AppliedMigration[]): void {
  const key = (m: repo.AppliedMigration) => `${m.createdAt} ${m.hash}`;
  const here = new Set(applied.map(key));
  const there = new Set(header.migrations.map(key));
  const details: ErrorDetail[] = [
    ...[...there].filter((k) => !here.has(k)).map((k) => ({ path: k, message: 'chỉ có trong bản sao lưu' })),
    ...[...here]
      .filter((k) => !there.has(k))
      .map((k) => ({ path: k, message: 'chỉ có trong cơ sở dữ liệu này' })),
  ];
  if (details.length > 0 || applied.map(key).join() !== header.migrations.map(key).join())
    throw BackupErrors.BACKUP_MIGRATIONS_DIFFER(details);
}

/** The file's tables are this database's: same names, same columns, parents before children. */
function matchTables(header: BackupHeader, tables: repo.TableShape[]): Map<string, repo.TableShape> {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  for (const { name, columns } of header.tables) {
    const table = byName.get(name);
    if (!table) details.push({ path: name, message: 'bảng không có trong cơ sở dữ liệu này' });
    else if (JSON.stringify(table.columns) !== JSON.stringify(columns))
      details.push({ path: name, message: 'các cột khác nhau' });
    else if (table.parents.some((parent) => parent !== name && byName.has(parent) && !seen.has(parent)))
      details.push({ path: name, message: 'đứng trước bảng nó tham chiếu' });
    seen.add(name);
  }
  for (const name of byName.keys())
    if (!seen.has(name)) details.push({ path: name, message: 'bảng không có trong bản sao lưu' });
  if (details.length > 0) throw BackupErrors.BACKUP_SCHEMA_MISMATCH(details);
  return byName;
}

/**
 * Inserts the chunks as they stream in. A table that references itself goes through a staging
 * table and then in one statement, so a child may come before its parent.
 */
async function loadChunks(
  tx: Executor,
  chunks: AsyncGenerator<RowsChunk>,
  byName: Map<string, repo.TableShape>,
) {
  let staging: { table: repo.TableShape; name: string } | null = null;
  for await (const chunk of chunks) {
    const table = byName.get(chunk.table)!;
    if (staging && staging.table !== table) {
      await repo.moveStaging(tx, staging.table, staging.name);
      staging = null;
    }
    try {
      if (table.parents.includes(table.name)) {
        staging ??= { table, name: await repo.createStaging(tx, table) };
        await repo.insertRows(tx, table, chunk.rowsJson, staging.name);
      } else {
        await repo.insertRows(tx, table, chunk.rowsJson);
      }
    } catch (error) {
      throw refusedValues(error, table.name);
    }
  }
  if (staging) await repo.moveStaging(tx, staging.table, staging.name);
}

/**
 * A chunk the database refuses — a value its column cannot read (class 22), a broken reference
 * or a duplicate key (class 23) — means a damaged or edited file, not a failing server.
 */
function refusedValues(error: unknown, table: string): unknown {
  const code = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^2[23]/.test(code)) return error;
  return BackupErrors.BACKUP_FILE_CORRUPT([
    { path: table, message: 'Có giá trị không đọc được hoặc không khớp trong bảng này.', reason: code },
  ]);
}

/**
 * Restores a backup into an empty, migrated database of either kind — all or nothing, in one
 * transaction: the same migrations, every row, the counts checked after loading, sequences
 * moved past the restored values, and one audit entry recording the restore.
 */
export async function restoreBackup(
  db: Db,
  actor: Actor,
  input: Readable,
  options: { fileName: string },
): Promise<BackupSummary> {
  assertMayBackup(actor);
  const { header, chunks } = await openBackup(input);
  try {
    return await db.transaction(async (tx) => {
      await repo.useExactTextFormats(tx);
      await repo.deferSummaries(tx);
      assertSameMigrations(header, await repo.appliedMigrations(tx));
      const tables = await applicationTables(tx);
      const byName = matchTables(header, tables);
      const names = tables.map((table) => table.name);
      await repo.lockTables(tx, names);
      const filled = await repo.tablesWithRows(tx, names);
      if (filled.length > 0)
        throw BackupErrors.BACKUP_TARGET_NOT_EMPTY(
          filled.map((name) => ({ path: name, message: 'đã có dữ liệu' })),
        );

      await loadChunks(tx, chunks, byName);
      const counts = await repo.countRows(tx, names);
      const wrong = header.tables.filter((table) => counts.get(table.name) !== table.rows);
      if (wrong.length > 0)
        throw BackupErrors.BACKUP_FILE_CORRUPT(
          wrong.map((t) => ({
            path: t.name,
            message: `có ${counts.get(t.name)} dòng sau khi nạp, tệp ghi ${t.rows}`,
          })),
        );
      for (const table of tables) await repo.advanceSequences(tx, table);

      const summary = summarize(header);
      await recordAudit(tx, actor, [
        {
          boardId: null,
          action: 'import',
          entityType: 'backup',
          entityId: options.fileName,
          entityKey: options.fileName,
          after: {
            file: options.fileName,
            createdAt: header.createdAt,
            databaseKind: header.databaseKind,
            appVersion: header.appVersion,
            rows: Object.fromEntries(header.tables.map((table) => [table.name, table.rows])),
            totalRows: summary.rows,
          },
        },
      ]);
      return summary;
    });
  } finally {
    await chunks.return(undefined);
  }
}
