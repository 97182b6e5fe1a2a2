/**
 * Organisation over time (organisation-v1): which board held a zone on a date, and which zones a
 * set of boards held on a date. Pure rules; the server reads the history and applies them.
 *
 * A zone's history lists its holders oldest first. The first entry's `since` may be null: the
 * zone's holder from its start. A zone that never moved has no history at all; its board now
 * has held it all along.
 */
export interface ZoneHolding {
  boardId: string;
  /** The first day under this board (YYYY-MM-DD); null: from the zone's start. */
  since: string | null;
}

/** Oldest first; an entry without a date comes before every dated one. */
export function sortHistory<T extends ZoneHolding>(history: readonly T[]): T[] {
  return [...history].sort((a, b) =>
    a.since === b.since ? 0 : a.since === null ? -1 : b.since === null ? 1 : a.since < b.since ? -1 : 1,
  );
}

/**
 * The board that held a zone on `date`: the last entry that had begun by then; before the first
 * dated entry of a history that has no undated one, the first holder (the zone's records from
 * before its first recorded date were its first holder's).
 */
export function holderAt(history: readonly ZoneHolding[], date: string): string | null {
  const sorted = sortHistory(history);
  let holder = sorted[0]?.boardId ?? null;
  for (const entry of sorted) if (entry.since === null || entry.since <= date) holder = entry.boardId;
  return holder;
}

/** The date of the zone's last move (its last dated entry), or null if it never moved. */
export function lastMove(history: readonly ZoneHolding[]): string | null {
  const dated = sortHistory(history).filter((entry) => entry.since !== null);
  return dated.at(-1)?.since ?? null;
}

/** A zone that has moved: its board now and its history. */
export interface MovedZone {
  zoneId: string;
  boardId: string;
  history: readonly ZoneHolding[];
}

/**
 * How the zones held on `date` by `boardIds` differ from the zones those boards hold now, given
 * every zone that ever moved: `gained` — zones held then but now elsewhere; `lost` — zones held
 * now that were elsewhere then. Both empty: today's boundaries are that date's (no filter needed).
 */
export function boundaryDifference(
  moved: readonly MovedZone[],
  boardIds: readonly string[],
  date: string,
): { gained: MovedZone[]; lost: MovedZone[] } {
  const wanted = new Set(boardIds);
  const gained: MovedZone[] = [];
  const lost: MovedZone[] = [];
  for (const zone of moved) {
    const then = wanted.has(holderAt(zone.history, date) ?? zone.boardId);
    const now = wanted.has(zone.boardId);
    if (then && !now) gained.push(zone);
    if (now && !then) lost.push(zone);
  }
  return { gained, lost };
}

/** A board as succession sees it. */
export interface Succession {
  boardId: string;
  dissolvedOn: string | null;
  succeededBy: string | null;
}

/**
 * The board that answers for `boardId` on `date`: itself while it exists, else its successor's
 * answer (following a chain of merges). Records without a zone (targets, schedules) of a board
 * merged on or before `date` count for this board.
 */
export function successorOn(boards: readonly Succession[], boardId: string, date: string): string {
  const byId = new Map(boards.map((b) => [b.boardId, b]));
  const seen = new Set<string>();
  let current = boardId;
  for (;;) {
    const board = byId.get(current);
    if (!board?.dissolvedOn || !board.succeededBy || board.dissolvedOn > date || seen.has(current))
      return current;
    seen.add(current);
    current = board.succeededBy;
  }
}

/** One entry of a zone's board history as a data package states it (organisation-v1). */
export interface StatedHolding {
  boardCode: string;
  since?: string | null | undefined;
}

export type BoardHistoryProblem =
  | { index: number; reason: 'BOARD_HISTORY_UNDATED' }
  | { index: number; reason: 'BOARD_HISTORY_NOT_ASCENDING' }
  | { index: number; reason: 'BOARD_HISTORY_SAME_BOARD' }
  | { index: number; reason: 'BOARD_HISTORY_LAST_NOT_HOLDER' };

/**
 * What is wrong with a zone's stated board history: oldest first, every entry dated but the
 * first, dates strictly rising, no entry naming the board of the one before, and the last entry
 * naming the board that holds the zone now.
 */
export function findBoardHistoryProblems(
  history: readonly StatedHolding[],
  holderNow: string,
): BoardHistoryProblem[] {
  const problems: BoardHistoryProblem[] = [];
  history.forEach((entry, index) => {
    if (index === 0) return;
    const previous = history[index - 1]!;
    if (!entry.since) problems.push({ index, reason: 'BOARD_HISTORY_UNDATED' });
    else if (previous.since && entry.since <= previous.since)
      problems.push({ index, reason: 'BOARD_HISTORY_NOT_ASCENDING' });
    if (entry.boardCode === previous.boardCode) problems.push({ index, reason: 'BOARD_HISTORY_SAME_BOARD' });
  });
  if (history.length > 0 && history.at(-1)!.boardCode !== holderNow)
    problems.push({ index: history.length - 1, reason: 'BOARD_HISTORY_LAST_NOT_HOLDER' });
  return problems;
}
