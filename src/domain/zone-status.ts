/**
 * A zone's status over time: planned (trong quy hoạch) → established (đã thành lập) →
 * under construction (đang xây dựng cơ bản) → operating (đã đi vào hoạt động). Each entry
 * holds from its `since` until the next.
 */
export interface StatusHistoryEntry<S extends string = string> {
  status: S;
  since: string;
}

export type StatusHistoryProblem = {
  index: number;
  reason: 'STATUS_HISTORY_NOT_ASCENDING' | 'STATUS_HISTORY_LAST_NOT_CURRENT';
};

/** Oldest first with strictly increasing dates, the last entry equal to the current status. */
export function findStatusHistoryProblems(
  history: readonly StatusHistoryEntry[],
  currentStatus: string,
): StatusHistoryProblem[] {
  const problems: StatusHistoryProblem[] = [];
  history.forEach((entry, index) => {
    const previous = history[index - 1];
    if (previous && entry.since <= previous.since)
      problems.push({ index, reason: 'STATUS_HISTORY_NOT_ASCENDING' });
  });
  const last = history[history.length - 1];
  if (last && last.status !== currentStatus)
    problems.push({ index: history.length - 1, reason: 'STATUS_HISTORY_LAST_NOT_CURRENT' });
  return problems;
}

/** The status in force at `date`, or null when the history starts after it. */
export function statusAt<S extends string>(
  history: readonly StatusHistoryEntry<S>[],
  date: string,
): S | null {
  let status: S | null = null;
  for (const entry of history) {
    if (entry.since <= date) status = entry.status;
  }
  return status;
}
