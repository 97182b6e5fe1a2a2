/**
 * One-stop test data written straight into the database (no service): procedures with a version,
 * a board's one-stop office, dossiers with their supplements. For the report's and the forms'
 * tests, which need dossiers in every state at chosen times.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../src/server/kernel/db/database.ts';
import {
  dossiers,
  dossierSupplements,
  oneStopOffices,
  procedures,
  procedureVersions,
} from '../src/server/modules/one-stop/one-stop.tables.ts';
import type {
  DeadlineUnit,
  DossierChannel,
  DossierStatus,
  OnlineLevel,
  ProcedureDocument,
  ProcedureStep,
  ResultKind,
} from '../src/domain/one-stop.ts';

export interface ProcedureFixture {
  boardId: string;
  code: string;
  name?: string;
  field?: string;
  deadline?: { value: number; unit: DeadlineUnit };
  onlineLevel?: OnlineLevel;
  documents?: ProcedureDocument[];
  steps?: ProcedureStep[];
  effectiveFrom?: string;
  resultName?: string;
}

/** A procedure and its version effective from 2020-01-01 unless told (the existing ones when already made). */
export async function createProcedure(
  db: Executor,
  fixture: ProcedureFixture,
): Promise<{ id: string; versionId: string; code: string; boardId: string }> {
  const existing = (
    await db
      .select()
      .from(procedures)
      .where(and(eq(procedures.boardId, fixture.boardId), eq(procedures.code, fixture.code)))
  )[0];
  const procedure =
    existing ??
    (await db.insert(procedures).values({ boardId: fixture.boardId, code: fixture.code }).returning())[0]!;
  const deadline = fixture.deadline ?? { value: 5, unit: 'working_days' as const };
  const effectiveFrom = fixture.effectiveFrom ?? '2020-01-01';
  const same = existing
    ? (
        await db
          .select({ id: procedureVersions.id })
          .from(procedureVersions)
          .where(
            and(
              eq(procedureVersions.procedureId, existing.id),
              eq(procedureVersions.effectiveFrom, effectiveFrom),
            ),
          )
      )[0]
    : undefined;
  if (same) return { id: procedure.id, versionId: same.id, code: fixture.code, boardId: fixture.boardId };
  const [version] = await db
    .insert(procedureVersions)
    .values({
      boardId: fixture.boardId,
      procedureId: procedure.id,
      effectiveFrom,
      name: fixture.name ?? `Thủ tục ${fixture.code}`,
      field: fixture.field ?? 'Đầu tư',
      deadlineValue: deadline.value,
      deadlineUnit: deadline.unit,
      onlineLevel: fixture.onlineLevel ?? 'full',
      documents: fixture.documents ?? [],
      steps: fixture.steps ?? [],
      resultName: fixture.resultName ?? null,
    })
    .returning();
  return { id: procedure.id, versionId: version!.id, code: fixture.code, boardId: fixture.boardId };
}

export async function createOffice(
  db: Executor,
  office: { boardId: string; codePrefix: string; counterName?: string; address?: string; phone?: string },
): Promise<void> {
  await db
    .insert(oneStopOffices)
    .values({
      boardId: office.boardId,
      codePrefix: office.codePrefix,
      counterName: office.counterName ?? null,
      address: office.address ?? null,
      phone: office.phone ?? null,
    })
    .onConflictDoUpdate({ target: oneStopOffices.boardId, set: { codePrefix: office.codePrefix } });
}

/** A procedure with several versions (each `effectiveFrom`); returns the procedure's id. */
export async function createProcedureVersions(
  db: Executor,
  input: { boardId: string; code: string; versions: Omit<ProcedureFixture, 'boardId' | 'code'>[] },
): Promise<string> {
  let id = '';
  for (const version of input.versions)
    id = (await createProcedure(db, { boardId: input.boardId, code: input.code, ...version })).id;
  return id;
}

export interface DossierFixture {
  procedure: { id: string; versionId: string; boardId: string };
  code: string;
  channel?: DossierChannel;
  status?: DossierStatus;
  applicant?: string;
  enterpriseId?: string | null;
  /** ISO timestamp; null for a dossier never received. */
  receivedAt: string | null;
  receivedBy?: string;
  deadline?: { value: number; unit: DeadlineUnit };
  dueDate?: string | null;
  supplements?: { requestedAt: string; suppliedAt?: string | null; reason?: string }[];
  result?: { kind: ResultKind; at: string } | null;
  notAcceptedReason?: string | null;
  apology?: { at: string; reason: string; newDate: string } | null;
}

/** A dossier with its supplements; its status follows from them unless told. */
export async function createDossier(
  db: Executor,
  fixture: DossierFixture,
): Promise<{ id: string; code: string }> {
  const supplements = fixture.supplements ?? [];
  const awaiting = supplements.some((s) => !s.suppliedAt);
  const status: DossierStatus =
    fixture.status ??
    (fixture.receivedAt === null
      ? 'submitted'
      : fixture.result
        ? 'resolved'
        : awaiting
          ? 'awaiting_supplement'
          : 'processing');
  const deadline = fixture.deadline ?? { value: 5, unit: 'working_days' as const };
  const applicant = fixture.applicant ?? 'Công ty TNHH Thử Nghiệm';
  const [row] = await db
    .insert(dossiers)
    .values({
      boardId: fixture.procedure.boardId,
      code: fixture.code,
      procedureId: fixture.procedure.id,
      procedureVersionId: fixture.procedure.versionId,
      channel: fixture.channel ?? 'counter',
      status,
      applicantName: applicant,
      enterpriseId: fixture.enterpriseId ?? null,
      receivedAt: fixture.receivedAt ? new Date(fixture.receivedAt) : null,
      receivedBy: fixture.receivedAt ? (fixture.receivedBy ?? 'Nguyễn Thị Tiếp Nhận') : null,
      deadlineValue: deadline.value,
      deadlineUnit: deadline.unit,
      dueDate: fixture.dueDate ?? null,
      notAcceptedReason: fixture.notAcceptedReason ?? null,
      resultKind: fixture.result?.kind ?? null,
      resultAt: fixture.result ? new Date(fixture.result.at) : null,
      apologyAt: fixture.apology ? new Date(fixture.apology.at) : null,
      apologyReason: fixture.apology?.reason ?? null,
      apologyNewDate: fixture.apology?.newDate ?? null,
      searchText: `${fixture.code} ${applicant}`.toLowerCase(),
    })
    .returning({ id: dossiers.id, code: dossiers.code });
  if (supplements.length > 0)
    await db.insert(dossierSupplements).values(
      supplements.map((s) => ({
        boardId: fixture.procedure.boardId,
        dossierId: row!.id,
        requestedAt: new Date(s.requestedAt),
        suppliedAt: s.suppliedAt ? new Date(s.suppliedAt) : null,
        reason: s.reason ?? 'Bổ sung bản sao Giấy chứng nhận đăng ký doanh nghiệp.',
        requestedBy: 'Nguyễn Thị Tiếp Nhận',
      })),
    );
  return row!;
}
