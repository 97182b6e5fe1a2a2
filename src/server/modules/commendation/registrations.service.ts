/**
 * Đăng ký thi đua: at the start of a year, persons and collectives register for the titles they
 * aim at. A registration is deleted only while no decision has recorded that award.
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { AWARD_WORDS } from '../../../domain/commendation.ts';
import { CommendationErrors } from './commendation.errors.ts';
import {
  assertAwardFits,
  assertManage,
  boardOf,
  COMMENDATION_ENTITIES,
  inTransaction,
  presentSubjectRef,
  readableBoards,
  subjectsOf,
} from './commendation.service.ts';
import * as repo from './register.repository.ts';
import type {
  CreateRegistrationBody,
  ListRegistrationsQuery,
  TitleRegistration,
} from './registrations.schemas.ts';

function present(
  registration: repo.RegistrationRow,
  subject: repo.SubjectRow,
  decided: Set<string>,
): TitleRegistration {
  return {
    id: registration.id,
    boardId: registration.boardId,
    year: registration.year,
    subject: presentSubjectRef(subject),
    award: registration.award as TitleRegistration['award'],
    movementId: registration.movementId,
    registeredOn: registration.registeredOn,
    decided: decided.has(`${registration.subjectId}:${registration.award}`),
    version: registration.version,
  };
}

/** A page of a year's registrations with their subjects. */
export async function listRegistrations(db: Executor, actor: Actor, query: ListRegistrationsQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const { rows, total } = await repo.listRegistrations(
    db,
    { boardId, year: query.year, award: query.award, kind: query.kind, subjectId: query.subjectId },
    { page: query.page, pageSize: query.pageSize },
  );
  const decided = await repo.decidedRegistrationKeys(db, boardId, query.year);
  return {
    items: rows.map((r) => present(r.registration, r.subject, decided)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** Registers a subject for a title of a year (an award its kind may receive, once). */
export async function createRegistration(
  db: Executor,
  actor: Actor,
  body: CreateRegistrationBody,
): Promise<TitleRegistration> {
  const boardId = await boardOf(db, actor, body.board, 'commendation.manage', 'body.board');
  return inTransaction(db, async (tx) => {
    const subject = (await subjectsOf(tx, boardId, [{ id: body.subjectId, path: 'body.subjectId' }])).get(
      body.subjectId,
    )!;
    assertAwardFits(subject, body.award, 'body.award');
    if (body.movementId !== undefined && !(await repo.movementExists(tx, body.movementId, boardId)))
      throw CommendationErrors.COMMENDATION_MOVEMENT_NOT_FOUND([
        { path: 'body.movementId', message: 'Không có phong trào này.', reason: 'not_found' },
      ]);
    const row = await repo.insertRegistration(tx, {
      boardId,
      year: body.year,
      subjectId: subject.id,
      award: body.award,
      movementId: body.movementId ?? null,
      registeredOn: body.registeredOn ?? vietnamToday(),
    });
    if (!row)
      throw CommendationErrors.COMMENDATION_REGISTRATION_DUPLICATE([
        {
          path: 'body.award',
          message: `${subject.name} đã đăng ký «${AWARD_WORDS[body.award]}» năm ${body.year}.`,
          reason: 'duplicate',
        },
      ]);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: COMMENDATION_ENTITIES.registration,
        entityId: row.id,
        entityKey: `${subject.name} ${row.year} ${row.award}`,
        after: row,
      },
    ]);
    const decided = await repo.decidedRegistrationKeys(tx, boardId, row.year);
    return present(row, subject, decided);
  });
}

/** Deletes a registration while no decision has put that award on the register. */
export async function deleteRegistration(
  db: Executor,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await repo.findRegistration(tx, readableBoards(actor), id);
    if (!row) throw CommendationErrors.COMMENDATION_REGISTRATION_NOT_FOUND();
    assertManage(actor, row.boardId);
    if (version !== row.version) throw versionConflict(row.version);
    const decided = await repo.decidedRegistrationKeys(tx, row.boardId, row.year);
    if (decided.has(`${row.subjectId}:${row.award}`))
      throw CommendationErrors.COMMENDATION_REGISTRATION_DECIDED([
        { path: 'params.id', message: 'Danh hiệu đăng ký đã có trong sổ khen thưởng.', reason: 'decided' },
      ]);
    await repo.deleteRegistration(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'delete',
        entityType: COMMENDATION_ENTITIES.registration,
        entityId: row.id,
        entityKey: `${row.year} ${row.award}`,
        before: row,
      },
    ]);
  });
}
