import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import { BackupErrors } from './backup.errors.ts';

/**
 * The backup file: gzip of JSON lines. The first line is the header; then the rows of each
 * table, in the order the tables are restored, in chunks — {"table": "…", "rows": [[text|null,
 * …], …]}, each value PostgreSQL's own text of it; the last line closes the file with the total
 * — {"end": true, "rows": n}. `zcat FILE | head -1` shows the header.
 */
export const BACKUP_FORMAT = 'kcn-backup';
export const BACKUP_FORMAT_VERSION = 1;

const Column = z.object({ name: z.string(), type: z.string() });

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  databaseKind: z.enum(['pglite', 'postgres']),
  /** drizzle.__drizzle_migrations of the source, oldest first. */
  migrations: z.array(z.object({ hash: z.string(), createdAt: z.string() })),
  /** In restore order (parents before children). */
  tables: z.array(
    z.object({ name: z.string(), rows: z.number().int().nonnegative(), columns: z.array(Column) }),
  ),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** Writes the lines of a backup, gzip-compressed, into `output`, minding back-pressure. */
export class BackupWriter {
  private readonly gzip = createGzip();
  private readonly done: Promise<void>;
  private readonly settled: Promise<void>;
  private failure: unknown = null;

  constructor(output: Writable) {
    this.done = pipeline(this.gzip, output);
    this.settled = this.done.then(
      () => undefined,
      (error: unknown) => {
        this.failure = error;
      },
    );
  }

  async write(line: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.gzip.write(`${line}\n`)) await Promise.race([once(this.gzip, 'drain'), this.settled]);
    if (this.failure) throw this.failure;
  }

  /** A chunk of rows: the JSON text PostgreSQL produced, written verbatim. */
  writeRows(table: string, rowsJson: string): Promise<void> {
    return this.write(`{"table":${JSON.stringify(table)},"rows":${rowsJson}}`);
  }

  async finish(totalRows: number): Promise<void> {
    await this.write(JSON.stringify({ end: true, rows: totalRows }));
    this.gzip.end();
    await this.done;
  }

  async abort(error: unknown): Promise<void> {
    this.gzip.destroy(error instanceof Error ? error : new Error(String(error)));
    await this.settled;
  }
}

const MAX_LINE = 256 * 1024 * 1024;

/** The file's lines, decompressed as they stream in; damage in the gzip stream → error. */
async function* lines(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip).setEncoding('utf8');
  let parts: string[] = [];
  let partsLength = 0;
  let seen = 0;
  try {
    for await (const text of gunzip as AsyncIterable<string>) {
      let start = 0;
      let newline: number;
      while ((newline = text.indexOf('\n', start)) >= 0) {
        parts.push(text.slice(start, newline));
        seen++;
        yield parts.join('');
        parts = [];
        partsLength = 0;
        start = newline + 1;
      }
      if (start < text.length) {
        parts.push(text.slice(start));
        partsLength += text.length - start;
      }
      if (partsLength > MAX_LINE) throw BackupErrors.BACKUP_FILE_CORRUPT();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('Z_')) throw error;
    const detail = [{ path: 'file', message: (error as Error).message, reason: code }];
    throw seen === 0 ? BackupErrors.BACKUP_NOT_A_BACKUP(detail) : BackupErrors.BACKUP_FILE_CORRUPT(detail);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (parts.length > 0) yield parts.join('');
}

function parseLine(line: string, at: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw BackupErrors.BACKUP_FILE_CORRUPT([
      { path: at, message: (error as Error).message, reason: 'invalid_json' },
    ]);
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  let value: Record<string, unknown> | null = null;
  try {
    value = line === undefined ? null : (JSON.parse(line) as Record<string, unknown> | null);
  } catch {
    // not JSON: not a backup
  }
  if (!value || typeof value !== 'object' || value.format !== BACKUP_FORMAT)
    throw BackupErrors.BACKUP_NOT_A_BACKUP();
  if (value.version !== BACKUP_FORMAT_VERSION)
    throw BackupErrors.BACKUP_VERSION_UNSUPPORTED([
      { path: 'header.version', message: `Phiên bản định dạng ${String(value.version)}.` },
    ]);
  const parsed = BackupHeader.safeParse(value);
  if (!parsed.success)
    throw BackupErrors.BACKUP_FILE_CORRUPT(
      parsed.error.issues.map((issue) => ({
        path: ['header', ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  return parsed.data;
}

export interface RowsChunk {
  table: string;
  count: number;
  /** The rows again as JSON text (every value a string or null), for PostgreSQL to read. */
  rowsJson: string;
}

const corrupt = (path: string, message: string) => BackupErrors.BACKUP_FILE_CORRUPT([{ path, message }]);

/**
 * The chunks after the header, checked as they come: tables in the header's order, rows of the
 * header's width, values text or null, and at the end the header's row counts — so a truncated,
 * damaged or edited file is refused.
 */
async function* chunks(source: AsyncGenerator<string>, header: BackupHeader): AsyncGenerator<RowsChunk> {
  const counted = new Map<string, number>();
  let tableIndex = 0;
  let lineNo = 1;
  for await (const line of source) {
    lineNo++;
    const at = `line ${lineNo}`;
    const entry = parseLine(line, at) as { table?: unknown; rows?: unknown; end?: unknown };
    if (entry.end === true) {
      const total = header.tables.reduce((sum, table) => sum + table.rows, 0);
      for (const table of header.tables)
        if ((counted.get(table.name) ?? 0) !== table.rows)
          throw corrupt(table.name, `Đọc được ${counted.get(table.name) ?? 0} dòng, tệp ghi ${table.rows}.`);
      if (entry.rows !== total) throw corrupt(at, 'Tổng số dòng không khớp.');
      if (!(await source.next()).done) throw corrupt(at, 'Có dữ liệu sau dòng kết thúc.');
      return;
    }
    while (tableIndex < header.tables.length && header.tables[tableIndex]!.name !== entry.table) tableIndex++;
    const table = header.tables[tableIndex];
    if (!table || !Array.isArray(entry.rows))
      throw corrupt(at, 'Dòng dữ liệu không đúng thứ tự hoặc sai dạng.');
    for (const row of entry.rows as unknown[]) {
      const valid =
        Array.isArray(row) &&
        row.length === table.columns.length &&
        row.every((value) => value === null || typeof value === 'string');
      if (!valid) throw corrupt(at, `Một dòng của bảng ${table.name} sai dạng.`);
    }
    counted.set(table.name, (counted.get(table.name) ?? 0) + entry.rows.length);
    yield { table: table.name, count: entry.rows.length, rowsJson: JSON.stringify(entry.rows) };
  }
  throw corrupt('file', 'Tệp kết thúc trước dòng kết thúc.');
}

/** Opens a backup stream: its header now, its chunks as they are read. */
export async function openBackup(
  input: Readable,
): Promise<{ header: BackupHeader; chunks: AsyncGenerator<RowsChunk> }> {
  const source = lines(input);
  let header: BackupHeader;
  try {
    const first = await source.next();
    header = parseHeader(first.done ? undefined : first.value);
  } catch (error) {
    await source.return(undefined);
    throw error;
  }
  return { header, chunks: chunks(source, header) };
}

/** Only the header: what a file is, before anything is opened to restore it into. */
export async function readBackupHeader(input: Readable): Promise<BackupHeader> {
  try {
    const { header, chunks: rest } = await openBackup(input);
    await rest.return(undefined);
    return header;
  } finally {
    input.destroy();
  }
}
