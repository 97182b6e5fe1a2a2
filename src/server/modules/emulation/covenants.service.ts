/**
 * Giao ước thi đua: the covenant a bloc's members sign for a year — its words, who signed it, and
 * the signed document (a file kept in the database with its sha256). Kept by the year's leader or
 * the bloc's administrators; read by whoever may read the bloc that year.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { assertBlocWriter, assertReadBlocYear, loadBlocYearByCode, type BlocYear } from './bloc-access.ts';
import type { CovenantFileQuery, EmulationCovenant, SetCovenantBody } from './covenants.schemas.ts';
import { EMULATION_ENTITY } from './emulation-audit.ts';
import { sniffSignedDocument } from './emulation-files.ts';
import { EmulationErrors } from './emulation.errors.ts';
import { emulationCovenants, emulationCovenantSignatories } from './emulation.tables.ts';

const covenantColumns = {
  id: emulationCovenants.id,
  blocId: emulationCovenants.blocId,
  year: emulationCovenants.year,
  title: emulationCovenants.title,
  signedOn: emulationCovenants.signedOn,
  place: emulationCovenants.place,
  content: emulationCovenants.content,
  fileName: emulationCovenants.fileName,
  mediaType: emulationCovenants.mediaType,
  fileSha256: emulationCovenants.fileSha256,
  sizeBytes: sql<number | null>`octet_length(${emulationCovenants.fileContent})`.mapWith((v) =>
    v === null ? null : Number(v),
  ),
  version: emulationCovenants.version,
  createdAt: emulationCovenants.createdAt,
  updatedAt: emulationCovenants.updatedAt,
};

type CovenantRow = {
  id: string;
  blocId: string;
  year: number;
  title: string;
  signedOn: string;
  place: string;
  content: string;
  fileName: string | null;
  mediaType: string | null;
  fileSha256: string | null;
  sizeBytes: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

async function findCovenant(
  executor: Executor,
  year: BlocYear,
  forUpdate = false,
): Promise<CovenantRow | null> {
  const query = executor
    .select(covenantColumns)
    .from(emulationCovenants)
    .where(and(eq(emulationCovenants.blocId, year.bloc.id), eq(emulationCovenants.year, year.year)))
    .limit(1);
  const rows = forUpdate ? await query.for('update') : await query;
  return (rows[0] as CovenantRow | undefined) ?? null;
}

async function present(executor: Executor, year: BlocYear, row: CovenantRow): Promise<EmulationCovenant> {
  const signed = new Set(
    (
      await executor
        .select({ boardId: emulationCovenantSignatories.boardId })
        .from(emulationCovenantSignatories)
        .where(eq(emulationCovenantSignatories.covenantId, row.id))
    ).map((s) => s.boardId),
  );
  return {
    id: row.id,
    bloc: year.bloc.code,
    blocName: year.bloc.name,
    year: row.year,
    title: row.title,
    signedOn: row.signedOn,
    place: row.place,
    content: row.content,
    signatories: year.members.filter((m) => signed.has(m.id)).map((m) => ({ code: m.code, name: m.name })),
    file:
      row.fileName && row.mediaType && row.fileSha256
        ? {
            fileName: row.fileName,
            mediaType: row.mediaType,
            sizeBytes: row.sizeBytes ?? 0,
            sha256: row.fileSha256,
          }
        : null,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

/** The covenant of a bloc's year. */
export async function getCovenant(
  db: Db,
  actor: Actor,
  code: string,
  yearNumber: number,
): Promise<EmulationCovenant> {
  const year = await loadBlocYearByCode(db, code, yearNumber);
  await assertReadBlocYear(db, actor, year);
  const row = await findCovenant(db, year);
  if (!row) throw EmulationErrors.EMULATION_COVENANT_NOT_FOUND();
  return present(db, year, row);
}

/** Sets the covenant of a bloc's year (creates it, or edits it at the version read), audited. */
export async function setCovenant(
  db: Db,
  actor: Actor,
  code: string,
  yearNumber: number,
  input: SetCovenantBody,
): Promise<EmulationCovenant> {
  return db.transaction(async (tx) => {
    const year = await loadBlocYearByCode(tx, code, yearNumber);
    await assertBlocWriter(tx, actor, year);
    const unknown = input.signatories.filter((c) => !year.members.some((m) => m.code === c));
    if (unknown.length > 0)
      throw EmulationErrors.EMULATION_COVENANT_SIGNATORY(
        unknown.map((c) => ({
          path: `body.signatories[${input.signatories.indexOf(c)}]`,
          message: `${c} không là thành viên khối ${year.bloc.code} năm ${year.year}.`,
          reason: 'not_member',
          value: c,
        })),
      );
    const signatoryIds = year.members.filter((m) => input.signatories.includes(m.code)).map((m) => m.id);
    const values = {
      title: input.title,
      signedOn: input.signedOn,
      place: input.place,
      content: input.content,
    };
    const current = await findCovenant(tx, year, true);
    let id: string;
    if (!current) {
      if (input.version !== undefined) throw EmulationErrors.EMULATION_COVENANT_NOT_FOUND();
      const [row] = await tx
        .insert(emulationCovenants)
        .values({ blocId: year.bloc.id, year: year.year, ...values })
        .onConflictDoNothing()
        .returning({ id: emulationCovenants.id });
      if (!row) throw versionConflict((await findCovenant(tx, year))?.version ?? 1);
      id = row.id;
    } else {
      if (input.version === undefined) throw versionConflict(current.version);
      id = current.id;
      await updateVersioned(tx, emulationCovenants, id, input.version, current.version, values);
      await tx.delete(emulationCovenantSignatories).where(eq(emulationCovenantSignatories.covenantId, id));
    }
    await tx
      .insert(emulationCovenantSignatories)
      .values(signatoryIds.map((boardId) => ({ covenantId: id, boardId })));
    const row = (await findCovenant(tx, year))!;
    const after = { ...row, signatories: input.signatories };
    await recordAudit(tx, actor, [
      {
        boardId: null,
        action: current ? 'update' : 'create',
        entityType: EMULATION_ENTITY.covenant,
        entityId: id,
        entityKey: `${year.bloc.code}/${year.year}`,
        ...(current ? { before: current } : {}),
        after,
      },
    ]);
    return present(tx, year, row);
  });
}

/** Stores the signed covenant's file (PDF, Word, JPEG, PNG by its first bytes), replacing any. */
export async function uploadCovenantFile(
  db: Db,
  actor: Actor,
  code: string,
  yearNumber: number,
  query: CovenantFileQuery,
  body: unknown,
): Promise<EmulationCovenant> {
  const content = Buffer.isBuffer(body) ? body : null;
  if (content === null)
    throw EmulationErrors.EMULATION_FILE_TYPE([
      { path: 'body', message: 'Gửi tệp làm nội dung thô của yêu cầu.', reason: 'not_a_file' },
    ]);
  if (content.length === 0)
    throw EmulationErrors.EMULATION_FILE_EMPTY([{ path: 'body', message: 'Tệp rỗng.', reason: 'empty' }]);
  const mediaType = sniffSignedDocument(content);
  if (mediaType === null)
    throw EmulationErrors.EMULATION_FILE_TYPE([
      { path: 'body', message: 'Nội dung tệp không phải PDF, DOCX, JPEG hay PNG.', reason: 'type' },
    ]);
  return db.transaction(async (tx) => {
    const year = await loadBlocYearByCode(tx, code, yearNumber);
    await assertBlocWriter(tx, actor, year);
    const current = await findCovenant(tx, year, true);
    if (!current) throw EmulationErrors.EMULATION_COVENANT_NOT_FOUND();
    const sha256 = createHash('sha256').update(content).digest('hex');
    await updateVersioned(tx, emulationCovenants, current.id, query.version, current.version, {
      fileName: query.fileName,
      mediaType,
      fileContent: content,
      fileSha256: sha256,
    });
    const row = (await findCovenant(tx, year))!;
    await recordAudit(tx, actor, [
      {
        boardId: null,
        action: 'update',
        entityType: EMULATION_ENTITY.covenant,
        entityId: row.id,
        entityKey: `${year.bloc.code}/${year.year}`,
        before: current,
        after: row,
      },
    ]);
    return present(tx, year, row);
  });
}

/** The signed covenant's file, for download. */
export async function covenantFile(
  db: Db,
  actor: Actor,
  code: string,
  yearNumber: number,
): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
  const year = await loadBlocYearByCode(db, code, yearNumber);
  await assertReadBlocYear(db, actor, year);
  const [row] = await db
    .select({
      fileName: emulationCovenants.fileName,
      mediaType: emulationCovenants.mediaType,
      content: emulationCovenants.fileContent,
    })
    .from(emulationCovenants)
    .where(and(eq(emulationCovenants.blocId, year.bloc.id), eq(emulationCovenants.year, year.year)));
  if (!row) throw EmulationErrors.EMULATION_COVENANT_NOT_FOUND();
  if (!row.fileName || !row.mediaType || !row.content)
    throw EmulationErrors.EMULATION_COVENANT_FILE_NOT_FOUND();
  return { fileName: row.fileName, mediaType: row.mediaType, content: Buffer.from(row.content) };
}
