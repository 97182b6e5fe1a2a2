/** A receipt code as typed: spaces trimmed, upper case (" h56.22-260213-0001 " → "H56.22-260213-0001"). */
export function normaliseCode(typed: string): string {
  return typed.trim().toUpperCase();
}
