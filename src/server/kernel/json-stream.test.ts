import { describe, expect, it } from 'vitest';
import { JsonStreamError, jsonDocumentPieces, readJsonDocument } from './json-stream.ts';

/** The bytes of `text` cut at the given offsets. */
function* cut(text: string, at: number[]): Generator<Buffer> {
  const bytes = Buffer.from(text);
  let from = 0;
  for (const offset of [...at, bytes.length]) {
    yield bytes.subarray(from, offset);
    from = offset;
  }
}

const PACKAGE_LIKE = {
  format: 'kcn-data-package',
  version: 1,
  exportedAt: '2026-11-22T08:00:00+07:00',
  boards: [{ code: 'TB', name: 'Ban Quản lý KKT và các KCN tỉnh Thái Bình', provinceCode: '34' }],
  zones: [],
  projects: [
    {
      code: '2121000123',
      name: 'Nhà máy "linh kiện" [điện tử] {A\\B}, 😀',
      investors: [{ name: 'ABC Co., Ltd.', country: 'SG' }],
      landHa: '5.2',
      nothing: null,
      flags: [true, false, [], {}],
    },
  ],
  enterpriseReports: [
    { taxCode: '1001234567', period: '2019-11', workers: 1500, averageIncomeVnd: '7200000' },
    { taxCode: '1001234568', period: '2019', workers: 0, ratio: -1.5e-3 },
  ],
};

async function read(text: string, at: number[] = [], maxBytes?: number) {
  return readJsonDocument(cut(text, at), { maxBytes });
}

async function refusal(text: string, at: number[] = [], maxBytes?: number) {
  try {
    await read(text, at, maxBytes);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonStreamError);
    return error as JsonStreamError;
  }
  throw new Error(`read ${JSON.stringify(text)}`);
}

describe('readJsonDocument', () => {
  it('gives what JSON.parse gives, wherever the chunks are cut (inside strings, numbers and multi-byte characters)', async () => {
    for (const indent of [0, 2]) {
      const text = JSON.stringify(PACKAGE_LIKE, null, indent);
      const length = Buffer.byteLength(text);
      for (let at = 0; at <= length; at++) expect(await read(text, [at])).toEqual(JSON.parse(text));
      expect(
        await read(
          text,
          Array.from({ length: length - 1 }, (_, i) => i + 1),
        ),
      ).toEqual(JSON.parse(text));
    }
  });

  it('reads any JSON value, white space around it and a byte-order mark', async () => {
    for (const text of ['42', ' -0.5e2 ', '"x"', 'null', 'true', '[1,[2],{"a":[]}]', '{}', '\n{ "a" : 1 }\n'])
      expect(await read(text)).toEqual(JSON.parse(text));
    expect(await read('\ufeff{"a":1}')).toEqual({ a: 1 });
  });

  it('keeps "__proto__" as an ordinary key, as JSON.parse does', async () => {
    const value = (await read('{"a":{"__proto__":{"x":1}}}')) as { a: Record<string, unknown> };
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(Object.keys(value.a)).toEqual(['__proto__']);
    expect((value.a as { x?: unknown }).x).toBeUndefined();
  });

  it('refuses what JSON.parse refuses', async () => {
    for (const text of [
      '',
      '   ',
      '{"a":1',
      '{"a":[1,]}',
      '{"a":1,}',
      '{"a" 1}',
      '{"a":01}',
      '{a:1}',
      "{'a':1}",
      '{"a":1} x',
      '{"a":1}{"b":2}',
      '[1 2]',
      '"unterminated',
      'nul',
    ]) {
      expect(() => JSON.parse(text), text).toThrow();
      const error = await refusal(text);
      expect(error.reason).toBe('invalid_json');
      expect(error.message).toMatch(/^Không đọc được JSON/);
    }
  });

  it('stops at the byte limit before reading further', async () => {
    const text = JSON.stringify(PACKAGE_LIKE);
    const length = Buffer.byteLength(text);
    expect(await read(text, [10, 20], length)).toEqual(PACKAGE_LIKE);
    const error = await refusal(text, [10, 20], length - 1);
    expect(error.reason).toBe('too_large');
    expect(error.position).toBe(length - 1);
  });

  it('parses a document of a hundred thousand records chunk by chunk, never holding the thread long', async () => {
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      taxCode: String(1_000_000_000 + i),
      period: `2019-${String((i % 12) + 1).padStart(2, '0')}`,
      revenueVnd: String(i * 1_000_000),
      workers: i % 500,
    }));
    const text = JSON.stringify({ enterpriseReports: records });
    const chunks = [
      ...cut(
        text,
        Array.from({ length: Math.floor(text.length / 65_536) }, (_, i) => (i + 1) * 65_536),
      ),
    ];
    let longest = 0;
    async function* timed() {
      for (const chunk of chunks) {
        const started = performance.now();
        yield chunk;
        longest = Math.max(longest, performance.now() - started);
      }
    }
    expect(await readJsonDocument(timed())).toEqual({ enterpriseReports: records });
    expect(chunks.length).toBeGreaterThan(100);
    expect(longest).toBeLessThan(200);
  });
});

describe('jsonDocumentPieces', () => {
  const documents: unknown[] = [
    PACKAGE_LIKE,
    {},
    { a: [] },
    { a: undefined, b: 1, c: () => 1 },
    { a: [undefined, 1, null] },
    { nested: { deep: [{ x: [1, 2, { y: 'z\nw' }] }] } },
    [1, 2, 3],
    'text',
    7,
    null,
  ];

  it('writes exactly what JSON.stringify writes, with and without indentation', () => {
    for (const document of documents)
      for (const indent of [0, 2, 4])
        expect([...jsonDocumentPieces(document, { indent })].join('')).toBe(
          JSON.stringify(document, null, indent),
        );
  });

  it('cuts long arrays into pieces of about the length asked', () => {
    const document = { items: Array.from({ length: 10_000 }, (_, i) => ({ i, name: `item ${i}` })) };
    const pieces = [...jsonDocumentPieces(document, { pieceLength: 4096 })];
    expect(pieces.join('')).toBe(JSON.stringify(document));
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4096 + 100);
  });

  it('reads back what it writes', async () => {
    const text = [...jsonDocumentPieces(PACKAGE_LIKE, { indent: 2 })].join('');
    expect(await read(text, [100, 200, 300])).toEqual(PACKAGE_LIKE);
  });
});
