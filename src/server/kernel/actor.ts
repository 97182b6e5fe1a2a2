import { CommonErrors } from './errors.ts';

export const ROLES = ['admin', 'leader', 'staff', 'viewer', 'enterprise'] as const;
export type Role = (typeof ROLES)[number];
export type Scope = 'board' | 'bloc' | 'national';

/** Who is acting: a signed-in user, a script with an API token, or the command line. */
export interface Actor {
  kind: 'user' | 'system';
  userId: string | null;
  /** Readable name for the audit log: the username, or "cli:<os user>". */
  label: string;
  role: Role;
  scope: Scope;
  /** The board a board-scoped user belongs to. */
  homeBoardId: string | null;
  /** The enterprise an `enterprise` user files for; null for everyone else. */
  enterpriseId: string | null;
  /** Every board this actor may see; all queries are scoped to these. */
  visibleBoardIds: string[];
  requestId?: string;
}

/**
 * What each role may do — permissions as data. Writing, managing users and reading the audit
 * log additionally need the board to be the actor's own (or a national user); bloc users read.
 */
export const PERMISSIONS = {
  'records.read': ['admin', 'leader', 'staff', 'viewer'],
  'records.write': ['admin', 'staff'],
  'audit.read': ['admin', 'leader'],
  'users.manage': ['admin'],
  'boards.manage': ['admin'],
  /** Enter and submit an enterprise's periodic statistics report (staff may on its behalf). */
  'statistics.file': ['enterprise', 'admin', 'staff'],
  /** Accept or return submitted reports, decide unlock requests. */
  'statistics.review': ['admin', 'staff', 'leader'],
  /** Read enterprises and their reports (an enterprise user only its own). */
  'statistics.read': ['admin', 'leader', 'staff', 'viewer', 'enterprise'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions a board-scoped user holds on its own board only, and a bloc user never. */
const OWN_BOARD_ONLY: ReadonlySet<Permission> = new Set([
  'records.write',
  'users.manage',
  'audit.read',
  'statistics.file',
  'statistics.review',
]);

export function can(actor: Actor, permission: Permission, boardId?: string): boolean {
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(actor.role)) return false;
  if (permission === 'boards.manage') return actor.scope === 'national';
  if (boardId !== undefined && !actor.visibleBoardIds.includes(boardId)) return false;
  if (OWN_BOARD_ONLY.has(permission)) {
    if (actor.scope === 'bloc') return false;
    if (actor.scope === 'board') return boardId === undefined || boardId === actor.homeBoardId;
  }
  return true;
}

export function assertCan(actor: Actor, permission: Permission, boardId?: string): void {
  if (!can(actor, permission, boardId)) throw CommonErrors.FORBIDDEN();
}

/**
 * The one board a request acts on: the board named, else the actor's own, else its only visible
 * board; null when that leaves a choice to make. Whether the actor may see or change it is the
 * caller's check.
 */
export function actingBoardId(actor: Actor, boardId?: string): string | null {
  return (
    boardId ?? actor.homeBoardId ?? (actor.visibleBoardIds.length === 1 ? actor.visibleBoardIds[0]! : null)
  );
}

export function systemActor(label: string, visibleBoardIds: string[]): Actor {
  return {
    kind: 'system',
    userId: null,
    label,
    role: 'admin',
    scope: 'national',
    homeBoardId: null,
    enterpriseId: null,
    visibleBoardIds,
  };
}
