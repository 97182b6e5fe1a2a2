/**
 * The one way to scope a request to boards. Every module asks here which boards an actor may
 * read and which one board a request acts on; repositories then filter by the ids it returns.
 * (Reports name boards by code: boards' `scopeBoards` resolves codes and applies the same rule.)
 */
import { assertCan, can, type Actor, type Permission } from './actor.ts';
import { CommonErrors, type AppError, type ErrorDetail } from './errors.ts';

/**
 * The boards on which the actor holds `permission` — to read records, every board it sees; for
 * permissions held on one's own board only (audit log, users), just that one — narrowed to the
 * boards named (none when it holds it on none of them: the caller lists nothing or answers 404,
 * never revealing another board). FORBIDDEN when it holds the permission nowhere.
 */
export function readableBoardIds(
  actor: Actor,
  permission: Permission,
  named?: string | readonly string[],
): string[] {
  assertCan(actor, permission);
  const wanted = named === undefined ? [] : typeof named === 'string' ? [named] : named;
  return actor.visibleBoardIds.filter(
    (id) => (wanted.length === 0 || wanted.includes(id)) && can(actor, permission, id),
  );
}

/** How a module words "choose a board" and "no such board" in its own stable error codes. */
export interface BoardChoiceErrors {
  required: (details: ErrorDetail[]) => AppError;
  notFound: (details: ErrorDetail[]) => AppError;
}

/**
 * The one board a request acts on: the board named, else the actor's own, else its only visible
 * board. Refused when that leaves a choice (`required`), names a board the actor does not see
 * (`notFound`), or — with a permission — when the actor does not hold it on that board
 * (FORBIDDEN; a dissolved board takes no writes, decision 014).
 */
export function actingBoard(
  actor: Actor,
  options: {
    boardId?: string | undefined;
    permission?: Permission;
    path?: string;
    errors: BoardChoiceErrors;
  },
): string {
  const path = options.path ?? 'query.boardId';
  const id =
    options.boardId ??
    actor.homeBoardId ??
    (actor.visibleBoardIds.length === 1 ? actor.visibleBoardIds[0]! : undefined);
  if (id === undefined)
    throw options.errors.required([{ path, message: 'Cần chọn một Ban Quản lý.', reason: 'required' }]);
  if (!actor.visibleBoardIds.includes(id))
    throw options.errors.notFound([
      { path, message: 'Không tìm thấy Ban Quản lý bạn được xem.', reason: 'not_found', value: id },
    ]);
  if (options.permission) assertCan(actor, options.permission, id);
  return id;
}

/** Errors for a board choice where the module has no words of its own. */
export const BOARD_CHOICE: BoardChoiceErrors = {
  required: (details) => CommonErrors.VALIDATION_FAILED(details),
  notFound: (details) => CommonErrors.FORBIDDEN(details),
};

/**
 * Who a public request is: nobody signed in. It sees no board's records and holds no
 * permission; public routes (health, sign-in, the investor portal's open figures) answer
 * without asking for one.
 */
export function anonymousActor(requestId?: string): Actor {
  return {
    kind: 'anonymous',
    userId: null,
    label: 'anonymous',
    role: 'viewer',
    scope: 'board',
    homeBoardId: null,
    enterpriseId: null,
    visibleBoardIds: [],
    ...(requestId ? { requestId } : {}),
  };
}
