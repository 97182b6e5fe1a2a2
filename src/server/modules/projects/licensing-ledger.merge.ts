import {
  findLedgerProblems,
  orderLedger,
  type LedgerEvent,
  type LedgerProblem,
} from '../../../domain/licensing-ledger.ts';
import { usdToCents } from '../../../domain/money.ts';
import type { LicensingEventRow } from './licensing-events.repository.ts';

/** An event arriving from a data package (or a form), not yet in the database. */
export interface IncomingEvent {
  kind: LicensingEventRow['kind'];
  date: string;
  documentNo: string;
  capitalVnd: bigint | null;
  /** Two decimals ("15000000.00") or null. */
  capitalUsd: string | null;
  /** Where it came from, for error reports (the package's licensingEvents index). */
  sourceIndex: number;
}

export type MergedEvent = LedgerEvent &
  (
    | { existing: LicensingEventRow; incoming?: IncomingEvent }
    | { existing?: undefined; incoming: IncomingEvent }
  );

export interface LedgerMerge {
  ordered: MergedEvent[];
  inserts: { incoming: IncomingEvent; seq: number }[];
  updates: { row: LicensingEventRow; incoming: IncomingEvent }[];
  unchanged: number;
  problems: (LedgerProblem & { event: MergedEvent | null })[];
}

export const eventKey = (e: { kind: string; date: string; documentNo: string }) =>
  `${e.kind}|${e.date}|${e.documentNo}`;

function rowToLedger(row: LicensingEventRow): LedgerEvent {
  return {
    kind: row.kind,
    date: row.eventDate,
    seq: row.seq,
    capitalVnd: row.capitalVnd,
    capitalUsdCents: row.capitalUsd === null ? null : usdToCents(row.capitalUsd),
  };
}

/**
 * Merges incoming events into a project's recorded history as the importer will write it:
 * an event with the same (kind, date, document number) updates the recorded one in place;
 * a new one is appended after every recorded event of its date, in arrival order. Returns the
 * resulting order and the contract's problems with it, so validation and writing agree.
 */
export function mergeLedger(
  existing: readonly LicensingEventRow[],
  incoming: readonly IncomingEvent[],
): LedgerMerge {
  const byKey = new Map(
    existing.map((row) => [
      eventKey({ kind: row.kind, date: row.eventDate, documentNo: row.documentNo }),
      row,
    ]),
  );
  let nextSeq = existing.reduce((max, row) => Math.max(max, row.seq), 0) + 1;
  const merged = new Map<string, MergedEvent>();
  for (const row of existing) merged.set(row.id, { ...rowToLedger(row), existing: row });
  const inserts: LedgerMerge['inserts'] = [];
  const updates: LedgerMerge['updates'] = [];
  let unchanged = 0;
  for (const event of incoming) {
    const ledgerFields = {
      kind: event.kind,
      date: event.date,
      capitalVnd: event.capitalVnd,
      capitalUsdCents: event.capitalUsd === null ? null : usdToCents(event.capitalUsd),
    };
    const row = byKey.get(eventKey(event));
    if (row) {
      const same = row.capitalVnd === event.capitalVnd && row.capitalUsd === event.capitalUsd;
      if (same) unchanged++;
      else updates.push({ row, incoming: event });
      merged.set(row.id, { ...ledgerFields, seq: row.seq, existing: row, incoming: event });
    } else {
      const seq = nextSeq++;
      inserts.push({ incoming: event, seq });
      merged.set(`new:${seq}`, { ...ledgerFields, seq, incoming: event });
    }
  }
  const ordered = orderLedger([...merged.values()]);
  const problems = findLedgerProblems(ordered).map((p) => ({
    ...p,
    event: p.index >= 0 ? ordered[p.index]! : null,
  }));
  return { ordered, inserts, updates, unchanged, problems };
}
