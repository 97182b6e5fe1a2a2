import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem, lineAndColumn } from './json-syntax.ts';

function problemOf(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxProblem(text, error);
  }
  throw new Error('valid JSON');
}

describe('jsonSyntaxProblem', () => {
  it('finds the line and column of a missing comma in this engine', () => {
    const text = '{\n  "format": "kcn-data-package",\n  "version": 1\n  "boards": []\n}';
    expect(problemOf(text)).toEqual({ line: 4, column: 3, unexpectedEnd: false });
  });
  it('says when the text ends before the JSON does', () => {
    expect(problemOf('{"boards": [')).toMatchObject({ unexpectedEnd: true, line: 1 });
  });
  it('reads the wordings of other engines', () => {
    const text = 'ab\ncd\nef';
    expect(jsonSyntaxProblem(text, new SyntaxError('Unexpected token } in JSON at position 4'))).toEqual({
      line: 2,
      column: 2,
      unexpectedEnd: false,
    });
    expect(
      jsonSyntaxProblem(text, new SyntaxError('JSON.parse: bad control character at line 3 column 1')),
    ).toEqual({
      line: 3,
      column: 1,
      unexpectedEnd: false,
    });
    expect(jsonSyntaxProblem(text, new SyntaxError('something else'))).toEqual({
      line: null,
      column: null,
      unexpectedEnd: false,
    });
  });
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\nc', 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});
