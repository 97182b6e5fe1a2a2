import { JSONParser } from '@streamparser/json';
import { CommonErrors, type AppError } from './errors.ts';

/**
 * JSON documents too large to be one string: a national data package is ≈ 0,9 GB of JSON, and a
 * JavaScript string holds at most ≈ 0,5 G characters. They are read from a byte stream chunk by
 * chunk (@streamparser/json: the event loop is never held for more than a chunk's parse) and
 * written member by member, element by element (decision 026).
 */

/** Why a document could not be read: not JSON, or more bytes than allowed. */
export class JsonStreamError extends Error {
  constructor(
    readonly reason: 'invalid_json' | 'too_large',
    message: string,
    /** The byte offset where reading stopped. */
    readonly position: number,
  ) {
    super(message);
  }
}

/** The API's answer to a document that could not be read: 413, or 400 naming where it broke. */
export function jsonStreamRefusal(error: JsonStreamError, path: string): AppError {
  if (error.reason === 'too_large') return CommonErrors.PAYLOAD_TOO_LARGE();
  return CommonErrors.INVALID_JSON([
    { path, message: `${error.message} (byte ${error.position})`, reason: 'invalid_json' },
  ]);
}

export interface ReadJsonOptions {
  /** Refuse the document (too_large) as soon as more bytes than this have arrived. */
  maxBytes?: number;
}

/**
 * Reads one JSON document from a stream of bytes: the value JSON.parse would give for the whole
 * text (a leading byte-order mark is allowed), or a JsonStreamError. Nothing but white space may
 * follow the document.
 */
export async function readJsonDocument(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ReadJsonOptions = {},
): Promise<unknown> {
  const parser = new JSONParser({ paths: ['$'], keepStack: false });
  let bytes = 0;
  let document: { value: unknown } | null = null;
  let failure: Error | null = null;
  let ended = false;
  parser.onValue = ({ value }) => {
    document = { value };
  };
  parser.onError = (error) => {
    failure ??= error;
  };
  parser.onEnd = () => {
    ended = true;
  };
  const invalid = (error: Error) =>
    new JsonStreamError('invalid_json', `Không đọc được JSON: ${error.message}`, bytes);
  for await (const chunk of source) {
    const length = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (options.maxBytes !== undefined && bytes + length > options.maxBytes)
      throw new JsonStreamError(
        'too_large',
        `Tài liệu lớn hơn ${options.maxBytes} byte được nhận.`,
        options.maxBytes,
      );
    try {
      parser.write(chunk);
    } catch (error) {
      failure ??= error as Error;
    }
    bytes += length;
    if (failure) throw invalid(failure);
  }
  // A number at the top level ends only with the input; a document cut short ends in error.
  if (!ended) {
    try {
      parser.end();
    } catch (error) {
      failure ??= error as Error;
    }
  }
  if (failure) throw invalid(failure);
  if (document === null) throw invalid(new Error('tài liệu rỗng'));
  return (document as { value: unknown }).value;
}

/**
 * The text of a JSON document in pieces, exactly as JSON.stringify(document, null, indent) writes
 * it: each member of a top-level object, and each element of a top-level array member, is turned
 * to text on its own, so the whole never has to be one string. Elements come in pieces of about
 * `pieceLength` characters.
 */
export function* jsonDocumentPieces(
  document: unknown,
  options: { indent?: number; pieceLength?: number } = {},
): Generator<string> {
  const indent = options.indent ?? 0;
  const pieceLength = options.pieceLength ?? 256 * 1024;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    const text = JSON.stringify(document, null, indent);
    if (text !== undefined) yield text;
    return;
  }
  const one = ' '.repeat(indent);
  const newline = indent > 0 ? '\n' : '';
  // JSON.stringify of a nested value, moved right by `depth` levels.
  const nested = (value: unknown, depth: number) => {
    const text = JSON.stringify(value, null, indent);
    return indent > 0 ? text.replaceAll('\n', `\n${one.repeat(depth)}`) : text;
  };
  const members = Object.entries(document).filter(
    ([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol',
  );
  if (members.length === 0) {
    yield '{}';
    return;
  }
  yield `{${newline}`;
  for (const [index, [key, value]] of members.entries()) {
    let piece = `${one}${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}`;
    if (Array.isArray(value) && value.length > 0) {
      piece += `[${newline}`;
      for (const [at, element] of value.entries()) {
        // JSON.stringify writes null for what an array cannot hold.
        const text =
          element === undefined || typeof element === 'function' || typeof element === 'symbol'
            ? 'null'
            : nested(element, 2);
        piece += `${one}${one}${text}${at < value.length - 1 ? ',' : ''}${newline}`;
        if (piece.length >= pieceLength) {
          yield piece;
          piece = '';
        }
      }
      piece += `${one}]`;
    } else {
      piece += nested(value, 1);
    }
    yield `${piece}${index < members.length - 1 ? ',' : ''}${newline}`;
  }
  yield '}';
}
