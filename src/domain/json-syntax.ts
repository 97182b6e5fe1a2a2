/**
 * Where a JSON text stops being JSON, in lines and columns a person can find in an editor —
 * from the engine's own SyntaxError, whose wording is English and varies by engine ("… in JSON
 * at position 57 (line 3 column 12)", "… at position 57", "Unexpected end of JSON input").
 */
export interface JsonSyntaxProblem {
  /** 1-based; null when the engine did not say where. */
  line: number | null;
  column: number | null;
  /** The text ended before the JSON did. */
  unexpectedEnd: boolean;
}

export function jsonSyntaxProblem(text: string, error: unknown): JsonSyntaxProblem {
  const message = error instanceof Error ? error.message : String(error);
  const unexpectedEnd = /end of (JSON )?input|Unterminated/i.test(message);
  const stated = /line (\d+) column (\d+)/i.exec(message);
  if (stated) return { line: Number(stated[1]), column: Number(stated[2]), unexpectedEnd };
  const position = /position (\d+)/i.exec(message);
  if (position) return { ...lineAndColumn(text, Number(position[1])), unexpectedEnd };
  if (unexpectedEnd) return { ...lineAndColumn(text, text.length), unexpectedEnd };
  return { line: null, column: null, unexpectedEnd };
}

/** The 1-based line and column of a 0-based offset into the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
