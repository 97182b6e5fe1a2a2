/**
 * A member's score sheet (phiếu tự chấm điểm): the member's staff fill its own values while it is a
 * draft and submit it; the bloc's leader of the year then reviews it (its own values per
 * criterion) and marks it reviewed. Every step versioned and audited.
 */
import { and, eq } from 'drizzle-orm';
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import {
  assertBlocWriter,
  assertReadBlocYear,
  loadBlocYearByCode,
  memberOf,
  type BlocMember,
  type BlocYear,
} from './bloc-access.ts';
import { EMULATION_ENTITY } from './emulation-audit.ts';
import { EmulationErrors } from './emulation.errors.ts';
import { scoreEntries, scoreSheets } from './emulation.tables.ts';
import * as repo from './scoring.repository.ts';
import type { ReviewScoreSheetBody, ScoreSheet, SetScoreSheetBody, SheetParams } from './scoring.schemas.ts';
import { loadTable } from './scoring-table.service.ts';

type SheetState = ScoreSheet['state'];

const STATE_WORDS: Record<SheetState, string> = {
  draft: 'đang soạn',
  submitted: 'đã gửi',
  reviewed: 'đã thẩm định',
};

function assertState(sheet: repo.SheetRow | null, wanted: SheetState, doing: string): void {
  const state = (sheet?.state ?? 'draft') as SheetState;
  if (state !== wanted)
    throw EmulationErrors.SCORING_SHEET_STATE([
      {
        path: 'state',
        message: `Phiếu ${STATE_WORDS[state]}: chỉ ${doing} khi phiếu ${STATE_WORDS[wanted]}.`,
        reason: state,
      },
    ]);
}

const decimalOrNull = (value: string | null) => (value === null ? null : repo.trimPoints(value));

async function present(
  executor: Executor,
  year: BlocYear,
  member: BlocMember,
  criteria: repo.CriterionRow[],
  sheet: repo.SheetRow | null,
): Promise<ScoreSheet> {
  const entries = sheet ? await repo.sheetEntries(executor, [sheet.id]) : [];
  const targets = await repo.tableTargets(
    executor,
    criteria.map((c) => c.id),
  );
  const byCriterion = new Map(entries.map((e) => [e.criterionId, e]));
  return {
    id: sheet?.id ?? null,
    bloc: year.bloc.code,
    year: year.year,
    board: member.code,
    boardName: member.name,
    state: (sheet?.state ?? 'draft') as SheetState,
    submittedAt: sheet?.submittedAt ? toVietnamTimestamp(sheet.submittedAt) : null,
    reviewedAt: sheet?.reviewedAt ? toVietnamTimestamp(sheet.reviewedAt) : null,
    entries: criteria
      .filter((c) => c.kind !== 'sum')
      .map((c) => {
        const e = byCriterion.get(c.id);
        const target = targets.find((t) => t.criterionId === c.id && t.boardId === member.id);
        return {
          criterion: c.code,
          kind: c.kind as ScoreSheet['entries'][number]['kind'],
          value: decimalOrNull(e?.selfValue ?? null),
          passed: e?.selfPassed ?? null,
          reviewedValue: decimalOrNull(e?.reviewedValue ?? null),
          reviewedPassed: e?.reviewedPassed ?? null,
          note: e?.note ?? null,
          evidence: e?.evidence ?? null,
          target: target ? repo.trimPoints(target.target) : null,
        };
      }),
    version: sheet?.version ?? null,
  };
}

interface Context {
  year: BlocYear;
  member: BlocMember;
  table: repo.ScoringTableRow;
  criteria: repo.CriterionRow[];
}

async function loadContext(executor: Executor, params: SheetParams): Promise<Context> {
  const year = await loadBlocYearByCode(executor, params.code, params.year);
  const member = memberOf(year, params.board);
  const table = await loadTable(executor, year);
  return { year, member, table, criteria: await repo.tableCriteria(executor, table.id) };
}

export async function getScoreSheet(db: Db, actor: Actor, params: SheetParams): Promise<ScoreSheet> {
  const year = await loadBlocYearByCode(db, params.code, params.year);
  await assertReadBlocYear(db, actor, year);
  const member = memberOf(year, params.board);
  const table = await loadTable(db, year);
  const criteria = await repo.tableCriteria(db, table.id);
  return present(db, year, member, criteria, await repo.findSheet(db, table.id, member.id));
}

/** The values of a body checked against the criteria's kinds; refuses with every problem. */
function checkEntries(
  criteria: readonly repo.CriterionRow[],
  entries: SetScoreSheetBody['entries'] | ReviewScoreSheetBody['entries'],
) {
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  const checked = entries.flatMap((entry, i) => {
    const path = `body.entries[${i}]`;
    const criterion = criteria.find((c) => c.code === entry.criterion);
    if (!criterion) {
      problems.push({
        path: `${path}.criterion`,
        message: `Bảng không có tiêu chí ${entry.criterion}.`,
        reason: 'unknown_criterion',
      });
      return [];
    }
    if (seen.has(criterion.code))
      problems.push({ path, message: `Tiêu chí ${criterion.code} được nêu hai lần.`, reason: 'duplicate' });
    seen.add(criterion.code);
    const value = entry.value ?? null;
    const passed = entry.passed ?? null;
    if (criterion.kind === 'sum') {
      problems.push({
        path: `${path}.criterion`,
        message: `Tiêu chí ${criterion.code} là tổng các tiêu chí con: không chấm trực tiếp.`,
        reason: 'sum',
      });
    } else if (criterion.kind === 'pass_fail') {
      if (value !== null)
        problems.push({
          path: `${path}.value`,
          message: `Tiêu chí ${criterion.code} chấm đạt/không đạt: dùng "passed", không dùng "value".`,
          reason: 'pass_fail',
        });
    } else {
      if (passed !== null)
        problems.push({
          path: `${path}.passed`,
          message: `Tiêu chí ${criterion.code} chấm bằng số: dùng "value", không dùng "passed".`,
          reason: 'not_pass_fail',
        });
      if (value !== null && criterion.kind !== 'quantitative' && value.startsWith('-'))
        problems.push({
          path: `${path}.value`,
          message: `Giá trị của tiêu chí ${criterion.code} không được âm.`,
          reason: 'negative',
        });
      if (
        value !== null &&
        criterion.kind === 'per_occurrence' &&
        value.includes('.') &&
        !/\.0+$/.test(value)
      )
        problems.push({
          path: `${path}.value`,
          message: `Tiêu chí ${criterion.code} tính theo số lần: giá trị là số nguyên.`,
          reason: 'not_integer',
        });
    }
    return [{ criterionId: criterion.id, value, passed, entry }];
  });
  if (problems.length > 0) throw EmulationErrors.SCORING_ENTRY_INVALID(problems);
  return checked;
}

/** Fills a member's own values (its staff, while the sheet is a draft); the sheet is created on first save. */
export async function setScoreSheet(
  db: Db,
  actor: Actor,
  params: SheetParams,
  input: SetScoreSheetBody,
): Promise<ScoreSheet> {
  return db.transaction(async (tx) => {
    const { year, member, table, criteria } = await loadContext(tx, params);
    assertCan(actor, 'emulation.manage', member.id);
    const entries = checkEntries(criteria, input.entries);
    let sheet = await repo.findSheet(tx, table.id, member.id, true);
    assertState(sheet, 'draft', 'tự chấm điểm');
    const before = sheet ? await present(tx, year, member, criteria, sheet) : null;
    if (!sheet) {
      if (input.version !== undefined) throw EmulationErrors.SCORING_SHEET_NOT_FOUND();
      const [row] = await tx
        .insert(scoreSheets)
        .values({ tableId: table.id, boardId: member.id })
        .onConflictDoNothing()
        .returning();
      if (!row) throw versionConflict((await repo.findSheet(tx, table.id, member.id))?.version ?? 1);
      sheet = row;
    } else {
      if (input.version !== sheet.version) throw versionConflict(sheet.version);
      sheet = await updateVersioned(tx, scoreSheets, sheet.id, input.version, sheet.version, {});
    }
    // The member's values replace its own; a draft has no reviewed values to keep.
    await tx.delete(scoreEntries).where(eq(scoreEntries.sheetId, sheet.id));
    if (entries.length > 0)
      await tx.insert(scoreEntries).values(
        entries.map((e) => ({
          sheetId: sheet.id,
          criterionId: e.criterionId,
          selfValue: e.value,
          selfPassed: e.passed,
          note: e.entry.note ?? null,
          evidence: 'evidence' in e.entry ? (e.entry.evidence ?? null) : null,
        })),
      );
    const after = await present(tx, year, member, criteria, sheet);
    await recordAudit(tx, actor, [
      {
        boardId: member.id,
        action: before ? 'update' : 'create',
        entityType: EMULATION_ENTITY.scoreSheet,
        entityId: sheet.id,
        entityKey: `${year.bloc.code}/${year.year}/${member.code}`,
        ...(before ? { before } : {}),
        after,
      },
    ]);
    return after;
  });
}

/** Moves a sheet on (submit by the member, reviewed by the leader), at the version read. */
async function moveSheet(
  db: Db,
  actor: Actor,
  params: SheetParams,
  version: number,
  step: 'submit' | 'reviewed',
): Promise<ScoreSheet> {
  return db.transaction(async (tx) => {
    const { year, member, table, criteria } = await loadContext(tx, params);
    if (step === 'submit') assertCan(actor, 'emulation.manage', member.id);
    else await assertBlocWriter(tx, actor, year);
    const sheet = await repo.findSheet(tx, table.id, member.id, true);
    if (!sheet) throw EmulationErrors.SCORING_SHEET_NOT_FOUND();
    assertState(
      sheet,
      step === 'submit' ? 'draft' : 'submitted',
      step === 'submit' ? 'gửi phiếu' : 'kết thúc thẩm định',
    );
    const row = await updateVersioned(
      tx,
      scoreSheets,
      sheet.id,
      version,
      sheet.version,
      step === 'submit'
        ? { state: 'submitted', submittedAt: new Date(), submittedBy: actor.userId }
        : { state: 'reviewed', reviewedAt: new Date(), reviewedBy: actor.userId },
    );
    await recordAudit(tx, actor, [
      {
        boardId: member.id,
        action: 'update',
        entityType: EMULATION_ENTITY.scoreSheet,
        entityId: row.id,
        entityKey: `${year.bloc.code}/${year.year}/${member.code}`,
        before: { state: sheet.state },
        after: { state: row.state },
      },
    ]);
    return present(tx, year, member, criteria, row);
  });
}

export const submitScoreSheet = (db: Db, actor: Actor, params: SheetParams, version: number) =>
  moveSheet(db, actor, params, version, 'submit');

export const finishReview = (db: Db, actor: Actor, params: SheetParams, version: number) =>
  moveSheet(db, actor, params, version, 'reviewed');

/** The leader's reviewed values of a submitted sheet (a criterion left out keeps the member's own). */
export async function reviewScoreSheet(
  db: Db,
  actor: Actor,
  params: SheetParams,
  input: ReviewScoreSheetBody,
): Promise<ScoreSheet> {
  return db.transaction(async (tx) => {
    const { year, member, table, criteria } = await loadContext(tx, params);
    await assertBlocWriter(tx, actor, year);
    const entries = checkEntries(criteria, input.entries);
    const sheet = await repo.findSheet(tx, table.id, member.id, true);
    if (!sheet) throw EmulationErrors.SCORING_SHEET_NOT_FOUND();
    assertState(sheet, 'submitted', 'thẩm định');
    const before = await present(tx, year, member, criteria, sheet);
    const row = await updateVersioned(tx, scoreSheets, sheet.id, input.version, sheet.version, {});
    const existing = new Map((await repo.sheetEntries(tx, [sheet.id])).map((e) => [e.criterionId, e]));
    await tx
      .update(scoreEntries)
      .set({ reviewedValue: null, reviewedPassed: null })
      .where(eq(scoreEntries.sheetId, sheet.id));
    for (const e of entries) {
      const found = existing.get(e.criterionId);
      const reviewed = {
        reviewedValue: e.value,
        reviewedPassed: e.passed,
        ...(e.entry.note !== undefined ? { note: e.entry.note } : {}),
      };
      if (found)
        await tx
          .update(scoreEntries)
          .set(reviewed)
          .where(and(eq(scoreEntries.sheetId, sheet.id), eq(scoreEntries.criterionId, e.criterionId)));
      else
        await tx.insert(scoreEntries).values({ sheetId: sheet.id, criterionId: e.criterionId, ...reviewed });
    }
    const after = await present(tx, year, member, criteria, row);
    await recordAudit(tx, actor, [
      {
        boardId: member.id,
        action: 'update',
        entityType: EMULATION_ENTITY.scoreSheet,
        entityId: row.id,
        entityKey: `${year.bloc.code}/${year.year}/${member.code}`,
        before,
        after,
      },
    ]);
    return after;
  });
}
