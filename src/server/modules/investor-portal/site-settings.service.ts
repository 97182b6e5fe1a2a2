/**
 * The board's public site settings — the map's tile layer (a URL template and the attribution
 * its licence requires), set by staff with an optimistic version and audited — and what the
 * public site reads of them: the boards that publish, and each board's map layer.
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import { actingBoard, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { boardDirectory } from '../boards/index.ts';
import { InvestorPortalErrors as Errors } from './investor-portal.errors.ts';
import * as repo from './investor-portal.repository.ts';
import type {
  PublicBoardList,
  PublicMapLayer,
  PublicSiteSettings,
  PutSiteSettingsBody,
} from './investor-portal.schemas.ts';

/**
 * The audit log's word for a board's public site settings. Cast until the audit vocabulary
 * (src/domain/audit-vocabulary.ts) names it.
 */
export const PUBLIC_SITE_SETTINGS_ENTITY = 'public_site_settings' as const;

/** "Which board" in the investor portal's own words. */
export const SITE_BOARD: BoardChoiceErrors = {
  required: (details) => Errors.INVESTOR_PORTAL_BOARD_REQUIRED(details),
  notFound: (details) => Errors.INVESTOR_PORTAL_BOARD_NOT_FOUND(details),
};

function present(boardId: string, row: repo.SiteSettingsRow | null): PublicSiteSettings {
  return {
    boardId,
    tileUrlTemplate: row?.tileUrlTemplate ?? null,
    tileAttribution: row?.tileAttribution ?? null,
    version: row?.version ?? null,
    updatedAt: row ? toVietnamTimestamp(row.updatedAt) : null,
  };
}

/**
 * GET /investor-portal/settings — the board's settings (the one named, else the user's own) for
 * whoever reads its zone pages; version null when never set.
 */
export async function getSiteSettings(
  db: Db,
  actor: Actor,
  boardId: string | undefined,
): Promise<PublicSiteSettings> {
  const board = actingBoard(actor, { boardId, permission: 'records.read', errors: SITE_BOARD });
  return present(board, await repo.findSiteSettings(db, board));
}

/**
 * PUT /investor-portal/settings — for whoever edits its zone pages: version 0 sets them the first
 * time, else the version read (VERSION_CONFLICT otherwise); audited.
 */
export async function putSiteSettings(
  db: Db,
  actor: Actor,
  body: PutSiteSettingsBody,
): Promise<PublicSiteSettings> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'records.write',
    path: 'body.boardId',
    errors: SITE_BOARD,
  });
  const values = {
    tileUrlTemplate: body.tileUrlTemplate,
    tileAttribution: body.tileUrlTemplate === null ? null : body.tileAttribution,
    updatedBy: actor.userId,
  };
  return db.transaction(async (tx) => {
    const before = await repo.findSiteSettings(tx, boardId, true);
    const current = before?.version ?? 0;
    if (body.version !== current) throw versionConflict(current);
    const row = before
      ? await repo.updateSiteSettings(tx, boardId, current, values)
      : await repo.insertSiteSettings(tx, { boardId, ...values });
    if (!row) throw versionConflict((await repo.findSiteSettings(tx, boardId))?.version ?? current + 1);
    await audit(tx, actor, before, row);
    return present(boardId, row);
  });
}

async function audit(
  tx: Executor,
  actor: Actor,
  before: repo.SiteSettingsRow | null,
  after: repo.SiteSettingsRow,
) {
  const snapshot = (row: repo.SiteSettingsRow) => ({
    tileUrlTemplate: row.tileUrlTemplate,
    tileAttribution: row.tileAttribution,
    version: row.version,
  });
  const code = (await boardDirectory(tx, { ids: [after.boardId] })).codeById.get(after.boardId) ?? null;
  await recordAudit(tx, actor, [
    {
      boardId: after.boardId,
      action: before ? 'update' : 'create',
      entityType: PUBLIC_SITE_SETTINGS_ENTITY,
      entityId: after.boardId,
      entityKey: code,
      before: before ? snapshot(before) : null,
      after: snapshot(after),
    },
  ]);
}

// ─── Public: no sign-in ───

/** The board's map layer for visitors; null without one. No scoping: a public read by board. */
export async function publicMapLayer(executor: Executor, boardId: string): Promise<PublicMapLayer | null> {
  const row = await repo.findSiteSettings(executor, boardId);
  return row?.tileUrlTemplate && row.tileAttribution
    ? { tileUrlTemplate: row.tileUrlTemplate, attribution: row.tileAttribution }
    : null;
}

const COLLATOR = new Intl.Collator('vi');

/** GET /public/boards — boards (not dissolved) with at least one published zone page, by name. */
export async function listPublicBoards(db: Db): Promise<PublicBoardList> {
  const rows = await repo.boardsWithPublishedPages(db);
  return {
    items: rows
      .map((row) => ({ code: row.code, name: row.name, zoneCount: Number(row.zoneCount) }))
      .sort((a, b) => COLLATOR.compare(a.name, b.name) || COLLATOR.compare(a.code, b.code)),
  };
}
