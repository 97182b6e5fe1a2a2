import type { Criterion, ScoreSheet } from './emulation.api.ts';

/** A criterion as a tree table's row: antd reads `children`, left out on leaves. */
export type Row = Omit<Criterion, 'children'> & { children?: Row[] };
export const rows = (criteria: Criterion[]): Row[] =>
  criteria.map(({ children, ...c }) => (children.length > 0 ? { ...c, children: rows(children) } : c));
/** The ids of the criteria that have children: the tree opens with all of them expanded. */
export const keysOf = (criteria: Criterion[]): string[] =>
  criteria.flatMap((c) => (c.children.length > 0 ? [c.id, ...keysOf(c.children)] : []));

export interface Draft {
  value: string | null;
  passed: boolean | null;
  note: string | null;
  evidence: string | null;
}

/** The draft of a sheet: the member's own values, or — reviewing — the leader's (the member's by default). */
export function draftOf(sheet: ScoreSheet, review: boolean): Record<string, Draft> {
  return Object.fromEntries(
    sheet.entries.map((e) => [
      e.criterion,
      {
        value: review ? (e.reviewedValue ?? e.value) : e.value,
        passed: review ? (e.reviewedPassed ?? e.passed) : e.passed,
        note: e.note,
        evidence: e.evidence,
      },
    ]),
  );
}
