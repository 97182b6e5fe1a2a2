/**
 * The licensing history of one project (lịch sử cấp phép): a new investment registration
 * certificate, adjustments, a termination. Pure rules shared by the API, the data-package
 * importer and the project timeline; the report SQL applies the same definition of
 * "capital before" (see reports/investment-report.sql.ts) and is tested against this.
 */
export const LICENSING_EVENT_KINDS = ['new', 'adjustment', 'termination'] as const;
export type LicensingEventKind = (typeof LICENSING_EVENT_KINDS)[number];

export interface LedgerEvent {
  kind: LicensingEventKind;
  date: string;
  /** Order among events of one project on one date: recording (or package) order. */
  seq: number;
  capitalVnd: bigint | null;
  capitalUsdCents: bigint | null;
}

export interface LedgerEntry<E extends LedgerEvent> {
  event: E;
  /** Registered capital in force before / after this event (latest earlier event stating one). */
  vndBefore: bigint | null;
  vndAfter: bigint | null;
  usdBefore: bigint | null;
  usdAfter: bigint | null;
  /** after − before where the event states a capital; null where it does not. */
  vndChange: bigint | null;
  usdChange: bigint | null;
}

export type LedgerProblemReason =
  | 'LEDGER_NO_NEW'
  | 'LEDGER_DUPLICATE_NEW'
  | 'LEDGER_EVENT_BEFORE_NEW'
  | 'LEDGER_EVENT_AFTER_TERMINATION'
  | 'LEDGER_NEW_WITHOUT_CAPITAL';

export interface LedgerProblem {
  /** Index into the ordered events. */
  index: number;
  reason: LedgerProblemReason;
}

export function compareLedgerOrder(
  a: Pick<LedgerEvent, 'date' | 'seq'>,
  b: Pick<LedgerEvent, 'date' | 'seq'>,
) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq;
}

export function orderLedger<E extends LedgerEvent>(events: readonly E[]): E[] {
  return [...events].sort(compareLedgerOrder);
}

/** Walks the ordered events and states the capital before and after each. */
export function walkLedger<E extends LedgerEvent>(ordered: readonly E[]): LedgerEntry<E>[] {
  let vnd: bigint | null = null;
  let usd: bigint | null = null;
  return ordered.map((event) => {
    const vndBefore = vnd;
    const usdBefore = usd;
    if (event.capitalVnd !== null) vnd = event.capitalVnd;
    if (event.capitalUsdCents !== null) usd = event.capitalUsdCents;
    return {
      event,
      vndBefore,
      vndAfter: vnd,
      usdBefore,
      usdAfter: usd,
      vndChange: event.capitalVnd === null ? null : event.capitalVnd - (vndBefore ?? 0n),
      usdChange: event.capitalUsdCents === null ? null : event.capitalUsdCents - (usdBefore ?? 0n),
    };
  });
}

/**
 * The rules of the data-package contract: exactly one `new`, which comes first, states its
 * capital; nothing after a `termination`.
 */
export function findLedgerProblems(ordered: readonly LedgerEvent[]): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const newIndex = ordered.findIndex((e) => e.kind === 'new');
  if (newIndex === -1) {
    problems.push({ index: -1, reason: 'LEDGER_NO_NEW' });
  }
  let terminatedAt = -1;
  ordered.forEach((event, index) => {
    if (event.kind === 'new' && index !== newIndex) problems.push({ index, reason: 'LEDGER_DUPLICATE_NEW' });
    if (event.kind === 'new' && event.capitalVnd === null)
      problems.push({ index, reason: 'LEDGER_NEW_WITHOUT_CAPITAL' });
    if (newIndex !== -1 && index < newIndex) problems.push({ index, reason: 'LEDGER_EVENT_BEFORE_NEW' });
    if (terminatedAt !== -1) problems.push({ index, reason: 'LEDGER_EVENT_AFTER_TERMINATION' });
    if (event.kind === 'termination' && terminatedAt === -1) terminatedAt = index;
  });
  return problems;
}

export interface ProjectLifecycle {
  status: 'active' | 'terminated';
  licensedOn: string | null;
  terminatedOn: string | null;
}

export function lifecycleOf(ordered: readonly LedgerEvent[]): ProjectLifecycle {
  const licensed = ordered.find((e) => e.kind === 'new');
  const terminated = ordered.find((e) => e.kind === 'termination');
  return {
    status: terminated ? 'terminated' : 'active',
    licensedOn: licensed?.date ?? null,
    terminatedOn: terminated?.date ?? null,
  };
}
