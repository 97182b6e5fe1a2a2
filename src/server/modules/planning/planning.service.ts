/**
 * The register of decisions about a zone (sổ quyết định: chủ trương đầu tư, thành lập, quy hoạch,
 * điều chỉnh diện tích, ranh giới) and a zone's timeline beside its status history. Reading needs
 * records.read on the decision's board, writing records.write; another board's decision answers
 * 404, its zone named in a body 422. Every write is one transaction with its audit entry.
 */
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import { CommonErrors, type ErrorDetail } from '../../kernel/errors.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import {
  findDecisionProblems,
  normaliseArea,
  normaliseDecisionNumber,
  zoneTimeline as mergeTimeline,
  type ZoneDecisionDraft,
  type ZoneDecisionProblem,
} from '../../../domain/zone-decisions.ts';
import { actingBoardByCode } from '../boards/index.ts';
import { findVisibleZone, getZone } from '../zones/index.ts';
import { PlanningErrors } from './planning.errors.ts';
import * as repo from './planning.repository.ts';
import type {
  CreateDecisionBody,
  ListDecisionsQuery,
  UpdateDecisionBody,
  ZoneDecision,
  ZoneDecisionList,
  ZoneTimeline,
} from './planning.schemas.ts';

/** The audit log's word for a decision (src/domain/audit-vocabulary.ts). */
export const ZONE_DECISION_ENTITY = 'zone_decision' satisfies AuditEntityType;

/** The boards whose register the actor reads. */
export const readable = (actor: Actor): string[] => readableBoardIds(actor, 'records.read');

/** The one board a list is of: named by its code (visible, else 404), else every readable board. */
export async function boardsOf(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
): Promise<string[]> {
  if (code === undefined) return readable(actor);
  return [
    await actingBoardByCode(executor, actor, {
      code,
      permission: 'records.read',
      errors: {
        required: PlanningErrors.PLANNING_BOARD_NOT_FOUND,
        notFound: PlanningErrors.PLANNING_BOARD_NOT_FOUND,
      },
    }),
  ];
}

const areaOrNull = (value: string | null): string | null => (value === null ? null : normaliseArea(value));

export function presentDecision(row: repo.ListedDecision): ZoneDecision {
  return {
    id: row.id,
    boardId: row.boardId,
    zone: { id: row.zoneId, code: row.zoneCode, name: row.zoneName },
    kind: row.kind,
    number: row.number,
    signedOn: row.signedOn,
    issuer: row.issuer,
    summary: row.summary,
    areaBeforeHa: areaOrNull(row.areaBeforeHa),
    areaAfterHa: areaOrNull(row.areaAfterHa),
    file:
      row.fileName !== null && row.contentType !== null
        ? { name: row.fileName, contentType: row.contentType, size: Number(row.fileSize ?? 0) }
        : null,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

export async function listDecisions(
  db: Db,
  actor: Actor,
  query: ListDecisionsQuery,
): Promise<ZoneDecisionList> {
  const boardIds = await boardsOf(db, actor, query.board);
  const { rows, total } = await repo.listDecisions(
    db,
    { boardIds, zoneId: query.zone, kind: query.kind, from: query.from, to: query.to, q: query.q },
    { page: query.page, pageSize: query.pageSize },
  );
  return { items: rows.map(presentDecision), page: query.page, pageSize: query.pageSize, total };
}

async function loadListed(executor: Executor, actor: Actor, id: string): Promise<ZoneDecision> {
  const row = await repo.findListedDecision(executor, readable(actor), id);
  if (!row) throw PlanningErrors.PLANNING_DECISION_NOT_FOUND();
  return presentDecision(row);
}

export const getDecision = (db: Executor, actor: Actor, id: string): Promise<ZoneDecision> =>
  loadListed(db, actor, id);

// ─── Rules ──────────────────────────────────────────────────────────────────────────────────

const PROBLEM_MESSAGES: Record<ZoneDecisionProblem['reason'], string> = {
  number_required: 'Nhập số, ký hiệu của quyết định.',
  number_too_long: 'Số, ký hiệu quá dài.',
  signed_in_future: 'Ngày ký sau ngày hôm nay.',
  area_invalid: 'Diện tích phải là số thập phân không âm (ha).',
  area_before_required: 'Nhập diện tích trước điều chỉnh (ha).',
  area_after_required: 'Nhập diện tích sau điều chỉnh (ha).',
  area_before_not_applicable: 'Loại quyết định này không ghi diện tích trước điều chỉnh.',
  area_unchanged: 'Diện tích sau điều chỉnh bằng diện tích trước.',
};

/** Refuses a decision that breaks a rule: the first problem's code, every problem listed. */
function assertDecision(draft: ZoneDecisionDraft): void {
  const problems = findDecisionProblems(draft, vietnamToday());
  if (problems.length === 0) return;
  const details: ErrorDetail[] = problems.map((p) => ({
    path: `body.${p.field}`,
    message: PROBLEM_MESSAGES[p.reason],
    reason: p.reason,
  }));
  const reasons = new Set(problems.map((p) => p.reason));
  if (reasons.has('number_required') || reasons.has('number_too_long') || reasons.has('area_invalid'))
    throw CommonErrors.VALIDATION_FAILED(details);
  if (reasons.has('signed_in_future')) throw PlanningErrors.PLANNING_DECISION_IN_FUTURE(details);
  if (reasons.has('area_before_required') || reasons.has('area_after_required'))
    throw PlanningErrors.PLANNING_DECISION_AREA_REQUIRED(details);
  if (reasons.has('area_before_not_applicable'))
    throw PlanningErrors.PLANNING_DECISION_AREA_NOT_APPLICABLE(details);
  throw PlanningErrors.PLANNING_DECISION_AREA_UNCHANGED(details);
}

async function assertNotDuplicate(
  executor: Executor,
  zoneId: string,
  number: string,
  signedOn: string,
  exceptId?: string,
): Promise<void> {
  const same = await repo.findSameDecision(executor, zoneId, number, signedOn, exceptId);
  if (same)
    throw PlanningErrors.PLANNING_DECISION_DUPLICATE([
      {
        path: 'body.number',
        message: `Khu đã có quyết định số ${number} ngày ${signedOn}.`,
        reason: 'duplicate',
        decisionId: same.id,
      },
    ]);
}

const searchTextOf = (d: { number: string; issuer: string; summary: string }) =>
  normaliseForSearch([d.number, d.issuer, d.summary].join(' '));

// ─── Writes ─────────────────────────────────────────────────────────────────────────────────

export async function createDecision(db: Db, actor: Actor, body: CreateDecisionBody): Promise<ZoneDecision> {
  return db.transaction(async (tx) => {
    const zone = await findVisibleZone(tx, actor, body.zoneId);
    if (!zone)
      throw PlanningErrors.PLANNING_ZONE_UNKNOWN([
        { path: 'body.zoneId', message: 'Không tìm thấy khu này.', reason: 'not_found', value: body.zoneId },
      ]);
    assertCan(actor, 'records.write', zone.boardId);
    const draft: ZoneDecisionDraft = {
      kind: body.kind,
      number: normaliseDecisionNumber(body.number),
      signedOn: body.signedOn,
      issuer: body.issuer,
      summary: body.summary,
      areaBeforeHa: areaOrNull(body.areaBeforeHa),
      areaAfterHa: areaOrNull(body.areaAfterHa),
    };
    assertDecision(draft);
    await repo.lockZoneRegister(tx, zone.id);
    await assertNotDuplicate(tx, zone.id, draft.number, draft.signedOn);
    const row = await repo.insertDecision(tx, {
      boardId: zone.boardId,
      zoneId: zone.id,
      ...draft,
      searchText: searchTextOf(draft),
    });
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'create',
        entityType: ZONE_DECISION_ENTITY,
        entityId: row.id,
        entityKey: `${zone.code} ${row.number}`,
        after: row,
      },
    ]);
    return loadListed(tx, actor, row.id);
  });
}

/** A decision locked for a change by someone who may write it (another board's: 404). */
async function lockForWrite(executor: Executor, actor: Actor, id: string): Promise<repo.DecisionRecord> {
  const current = await repo.lockDecision(executor, readable(actor), id);
  if (!current) throw PlanningErrors.PLANNING_DECISION_NOT_FOUND();
  assertCan(actor, 'records.write', current.boardId);
  return current;
}

export async function updateDecision(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateDecisionBody,
): Promise<ZoneDecision> {
  return db.transaction(async (tx) => {
    const current = await lockForWrite(tx, actor, id);
    if (body.version !== current.version) throw versionConflict(current.version);
    const draft: ZoneDecisionDraft = {
      kind: body.kind ?? current.kind,
      number: body.number !== undefined ? normaliseDecisionNumber(body.number) : current.number,
      signedOn: body.signedOn ?? current.signedOn,
      issuer: body.issuer ?? current.issuer,
      summary: body.summary ?? current.summary,
      areaBeforeHa:
        body.areaBeforeHa !== undefined ? areaOrNull(body.areaBeforeHa) : areaOrNull(current.areaBeforeHa),
      areaAfterHa:
        body.areaAfterHa !== undefined ? areaOrNull(body.areaAfterHa) : areaOrNull(current.areaAfterHa),
    };
    assertDecision(draft);
    await repo.lockZoneRegister(tx, current.zoneId);
    await assertNotDuplicate(tx, current.zoneId, draft.number, draft.signedOn, current.id);
    const row = await repo.updateDecision(tx, id, body.version, {
      ...draft,
      searchText: searchTextOf(draft),
    });
    if (!row) throw versionConflict(current.version + 1);
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'update',
        entityType: ZONE_DECISION_ENTITY,
        entityId: id,
        entityKey: row.number,
        before: current,
        after: row,
      },
    ]);
    return loadListed(tx, actor, id);
  });
}

/** Deletes a decision entered by mistake — only while it has no signed file (that is kept). */
export async function deleteDecision(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockForWrite(tx, actor, id);
    if (version !== current.version) throw versionConflict(current.version);
    if (current.fileName !== null)
      throw PlanningErrors.PLANNING_DECISION_HAS_FILE([
        {
          path: 'params.id',
          message: `Quyết định đã có tệp «${current.fileName}».`,
          reason: 'has_file',
        },
      ]);
    await repo.deleteDecision(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'delete',
        entityType: ZONE_DECISION_ENTITY,
        entityId: id,
        entityKey: current.number,
        before: current,
      },
    ]);
  });
}

// ─── Timeline ───────────────────────────────────────────────────────────────────────────────

/** A zone's decisions and status changes, oldest first (src/domain/zone-decisions.ts). */
export async function zoneTimeline(db: Db, actor: Actor, zoneId: string): Promise<ZoneTimeline> {
  const boardIds = readable(actor);
  const row = await findVisibleZone(db, actor, zoneId);
  if (!row || !boardIds.includes(row.boardId)) throw PlanningErrors.PLANNING_ZONE_NOT_FOUND();
  const zone = await getZone(db, actor, zoneId);
  const decisions = (await repo.decisionsOfZone(db, boardIds, zoneId)).map(presentDecision);
  const items = mergeTimeline(
    decisions.map((d) => ({ ...d, id: d.id })),
    zone.statusHistory.map((s) => ({ status: s.status, since: s.since })),
  );
  return {
    zone: {
      id: zone.id,
      code: zone.code,
      name: zone.name,
      status: zone.status,
      areaHa: normaliseArea(zone.areaHa),
    },
    items: items.map((item) =>
      item.type === 'decision'
        ? { type: 'decision' as const, date: item.date, decision: item.decision }
        : {
            type: 'status' as const,
            date: item.date,
            status: item.status,
            previousStatus: item.previousStatus,
          },
    ),
  };
}

/** A zone's master-data decisions, as the ministry's forms ask for them. */
export interface ZoneKeyDecisions {
  /** Quyết định chủ trương đầu tư: the latest signed. */
  investmentPolicy: ZoneDecision | null;
  /** Quyết định thành lập: the latest signed. */
  establishment: ZoneDecision | null;
}

/**
 * For other modules (a zone's master data, the ministry's forms): each zone's latest investment
 * policy and establishment decision, of the zones the actor reads (others are left out).
 */
export async function zoneKeyDecisions(
  executor: Executor,
  actor: Actor,
  zoneIds: string[],
): Promise<Map<string, ZoneKeyDecisions>> {
  const rows = await repo.latestDecisionsOfKinds(
    executor,
    readable(actor),
    [...new Set(zoneIds)],
    ['investment_policy', 'establishment'],
  );
  const result = new Map<string, ZoneKeyDecisions>();
  for (const row of rows) {
    const entry = result.get(row.zoneId) ?? { investmentPolicy: null, establishment: null };
    if (row.kind === 'investment_policy') entry.investmentPolicy = presentDecision(row);
    else entry.establishment = presentDecision(row);
    result.set(row.zoneId, entry);
  }
  return result;
}
