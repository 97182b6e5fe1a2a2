/**
 * What the server log keeps of an error. Drizzle's query errors carry the statement's
 * parameters (a new user's argon2 hash, a person's name, figures) and PostgreSQL's `detail` may
 * quote the failing row; neither belongs in a log file that operators copy around. The log keeps
 * the statement, the SQLSTATE and where it happened, never values.
 */
export type SerializedError = {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack: string;
  cause?: SerializedError;
};

const MAX_CAUSES = 4;

export function serializeError(error: unknown, depth = 0): SerializedError {
  if (typeof error !== 'object' || error === null)
    return { type: typeof error, message: String(error), stack: '' };
  const e = error as Record<string, unknown> & { constructor?: { name?: string } };
  const isQueryError = typeof e.query === 'string' && 'params' in e;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const serialized: SerializedError = {
    type: e.constructor?.name ?? 'Error',
    message: isQueryError ? `Failed query: ${e.query as string}` : String(e.message ?? ''),
    // The stack's first line repeats the message (and so the parameters): keep only the frames.
    stack: (text(e.stack) ?? '')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n'),
  };
  for (const key of ['code', 'constraint', 'table', 'column'] as const) {
    const value = text(e[key]);
    if (value !== undefined) serialized[key] = value;
  }
  if (e.cause !== undefined && depth < MAX_CAUSES) serialized.cause = serializeError(e.cause, depth + 1);
  return serialized;
}
