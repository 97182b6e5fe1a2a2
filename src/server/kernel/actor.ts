import { CommonErrors } from './errors.ts';

export const ROLES = ['admin', 'leader', 'staff', 'viewer', 'enterprise'] as const;
export type Role = (typeof ROLES)[number];
export type Scope = 'board' | 'bloc' | 'national';

/**
 * Who is acting: a signed-in user, a script with an API token, the command line — or nobody
 * signed in, on a public route (kernel/scope.ts#anonymousActor: no board, no permission).
 */
export interface Actor {
  kind: 'user' | 'system' | 'anonymous';
  userId: string | null;
  /** Readable name for the audit log: the username, or "cli:<os user>". */
  label: string;
  role: Role;
  scope: Scope;
  /** The board a board-scoped user belongs to. */
  homeBoardId: string | null;
  /** The bloc a bloc-scoped user belongs to (khối thi đua); null or absent for everyone else. */
  homeBlocId?: string | null;
  /** The enterprise an `enterprise` user files for; null for everyone else. */
  enterpriseId: string | null;
  /** Every board this actor may see; all queries are scoped to these. */
  visibleBoardIds: string[];
  /** Of those, boards dissolved by a merge (decision 014): read, never written. */
  readOnlyBoardIds?: readonly string[];
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
  /** Receive and process one-stop dossiers (tiếp nhận, xử lý, trả kết quả); edit the procedures. */
  'onestop.process': ['admin', 'staff', 'leader'],
  /** Submit one's own dossiers online and follow them (an enterprise account). */
  'onestop.submit': ['enterprise'],
  /** Set a year's schedule of working days, which applies to the whole database. */
  'calendar.manage': ['admin'],
  /** Create blocs and set their years (members, leader, deputy): a national or a bloc administrator. */
  'blocs.manage': ['admin'],
  /** Keep the board's emulation: movements, its score sheet in the bloc (a leader board also reviews). */
  'emulation.manage': ['admin', 'staff', 'leader'],
  /** Keep the board's commendation: subjects, ratings, registrations, initiatives, proposals, decisions, the register. */
  'commendation.manage': ['admin', 'staff', 'leader'],
  /** Keep the board's inspections: plans, inspections, findings and their follow-up. */
  'inspection.manage': ['admin', 'staff', 'leader'],
  /** Keep the zones' environment: standards, wastewater plants, connections, monitoring. */
  'environment.manage': ['admin', 'staff', 'leader'],
  /** Receive, read and settle complaints, denunciations and petitions (never their reporters). */
  'complaints.manage': ['admin', 'staff', 'leader'],
  /** Read who sent a complaint or denunciation (each read audited); its assigned handler may too. */
  'complaints.reporter': ['leader'],
  /** Route and answer enterprises' difficulties, and record those raised at a conference. */
  'difficulties.manage': ['admin', 'staff', 'leader'],
  /** Raise one's own enterprise's difficulties, follow them, confirm or reopen the answer. */
  'difficulties.raise': ['enterprise'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions a board-scoped user holds on its own board only, and a bloc user never. */
const OWN_BOARD_ONLY: ReadonlySet<Permission> = new Set([
  'records.write',
  'users.manage',
  'audit.read',
  'statistics.file',
  'statistics.review',
  'onestop.process',
  'onestop.submit',
  'emulation.manage',
  'commendation.manage',
  'inspection.manage',
  'environment.manage',
  'complaints.manage',
  'complaints.reporter',
  'difficulties.manage',
  'difficulties.raise',
]);

/** Permissions that change a board's data: none on a dissolved board (decision 014). */
const WRITES: ReadonlySet<Permission> = new Set([
  'records.write',
  'users.manage',
  'statistics.file',
  'statistics.review',
  'onestop.process',
  'onestop.submit',
  'emulation.manage',
  'commendation.manage',
  'inspection.manage',
  'environment.manage',
  'complaints.manage',
  'difficulties.manage',
  'difficulties.raise',
]);

export function can(actor: Actor, permission: Permission, boardId?: string): boolean {
  if (actor.kind === 'anonymous') return false;
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(actor.role)) return false;
  if (permission === 'boards.manage') return actor.scope === 'national';
  if (permission === 'calendar.manage') return actor.scope !== 'bloc';
  // A national administrator manages every bloc, a bloc administrator its own (blocs service).
  if (permission === 'blocs.manage') return actor.scope !== 'board';
  if (boardId !== undefined && !actor.visibleBoardIds.includes(boardId)) return false;
  if (OWN_BOARD_ONLY.has(permission)) {
    if (boardId !== undefined && WRITES.has(permission) && actor.readOnlyBoardIds?.includes(boardId))
      return false;
    if (actor.scope === 'bloc') return false;
    if (actor.scope === 'board') return boardId === undefined || boardId === actor.homeBoardId;
  }
  return true;
}

export function assertCan(actor: Actor, permission: Permission, boardId?: string): void {
  if (!can(actor, permission, boardId)) throw CommonErrors.FORBIDDEN();
}

export function systemActor(
  label: string,
  visibleBoardIds: string[],
  readOnlyBoardIds: readonly string[] = [],
): Actor {
  return {
    readOnlyBoardIds,
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
