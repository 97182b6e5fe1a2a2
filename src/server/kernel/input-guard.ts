import type { ErrorDetail } from './errors.ts';

/**
 * What no request may carry, whatever its route: a NUL character (PostgreSQL text cannot hold
 * it), a lone UTF-16 surrogate (not a character; it cannot be encoded as UTF-8), nesting deeper
 * than any of our shapes needs. Checked once for params, query and body before the route's own
 * schema, so every route answers 400 naming the field instead of failing in the database.
 * The walk is iterative: no input can exhaust the stack.
 */
export const MAX_INPUT_DEPTH = 32;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MESSAGES = {
  null_character: 'Không được chứa ký tự NUL (\\u0000).',
  lone_surrogate: 'Có ký tự Unicode không hợp lệ (nửa cặp UTF-16).',
  too_deep: `Dữ liệu lồng nhau quá ${MAX_INPUT_DEPTH} cấp.`,
} as const;

export type InputProblemReason = keyof typeof MESSAGES;

function stringProblem(text: string): InputProblemReason | null {
  if (text.includes('\u0000')) return 'null_character';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return null;
}

interface Frame {
  value: unknown;
  path: readonly (string | number)[];
  depth: number;
}

/**
 * The problems of one input value (at most `limit`), each with its path under `prefix`
 * ("body.investors.0.name"), in the error envelope's detail shape.
 */
export function findInputProblems(value: unknown, prefix: string, limit = 100): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const add = (path: readonly (string | number)[], reason: InputProblemReason) =>
    problems.push({ path: [prefix, ...path].join('.'), message: MESSAGES[reason], reason });
  const stack: Frame[] = [{ value, path: [], depth: 0 }];
  while (stack.length > 0 && problems.length < limit) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const reason = stringProblem(current);
      if (reason) add(path, reason);
      continue;
    }
    // Raw uploads (a workbook's bytes) are checked by their own reader.
    if (typeof current !== 'object' || current === null || ArrayBuffer.isView(current)) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      add(path, 'too_deep');
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], path: [...path, i], depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(current)) {
      const reason = stringProblem(key);
      if (reason) {
        add([...path, JSON.stringify(key)], reason);
        continue;
      }
      stack.push({
        value: (current as Record<string, unknown>)[key],
        path: [...path, key],
        depth: depth + 1,
      });
    }
  }
  return problems;
}

/**
 * True when a raw URL's path carries a NUL, encoded or not: no route or file may receive one.
 * (The query is checked field by field, so its answer can name the parameter.)
 */
export function pathHasNullCharacter(url: string): boolean {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  return path.includes('\u0000') || /%00/i.test(path);
}
