/**
 * The tenancy suite's probes (test/tenancy.int.test.ts): what a request of board AA's users must
 * get back when it names or lists board BB's records. Modules added later keep theirs in
 * test/tenancy/<module>.ts (modules.ts lists them).
 */
import type { ApiClient, ApiResponse, TestContext } from '../test-app.ts';

/** What a probe must get back. */
export type Expected =
  /** A refusal with this status and error code (and this reason among its details). */
  | { status: number; code: string | RegExp; detail?: string }
  /** An answer that holds none of board BB's ids or codes (and, with `shows`, this one of AA's). */
  | { hidden: true; shows?: string };

export interface Probe {
  label: string;
  send: () => Promise<ApiResponse>;
  expect: Expected;
}

/** Each route of the OpenAPI document: its probes, or why it has none. */
export type Entry = Probe[] | { exempt: string };

export const probe = (label: string, send: Probe['send'], expected: Expected): Probe => ({
  label,
  send,
  expect: expected,
});
/** Another board's record by id: 404 with the record kind's *_NOT_FOUND code. */
export const notFound = (label: string, send: Probe['send'], code: string | RegExp = /_NOT_FOUND$/) =>
  probe(label, send, { status: 404, code });
/** A reference in the body to another board's record: 422 with its *_NOT_FOUND code. */
export const unknownReference = (label: string, send: Probe['send'], code: string) =>
  probe(label, send, { status: 422, code });
export const forbidden = (label: string, send: Probe['send']) =>
  probe(label, send, { status: 403, code: 'FORBIDDEN' });
export const hidden = (label: string, send: Probe['send'], shows?: string) =>
  probe(label, send, shows === undefined ? { hidden: true } : { hidden: true, shows });

/** A client for an account made through the API (enterprise and bloc accounts). */
export async function signIn(ctx: TestContext, username: string, password: string): Promise<ApiClient> {
  return ctx.signIn(username, password);
}
