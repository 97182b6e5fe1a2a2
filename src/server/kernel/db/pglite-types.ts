import { types, type PGliteOptions } from '@electric-sql/pglite';

/**
 * PGlite's own bytea conversions go byte by byte through JavaScript strings: a 20 MB file (a
 * signed decision's scan) took 4,5 s to write and 2 s to read. Node's Buffer writes and reads
 * the same hex form in milliseconds, into the same values (a Uint8Array of its own).
 */
export const PGLITE_TYPES = {
  serializers: {
    [types.BYTEA]: (value: unknown) => {
      if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
      return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
    },
  },
  parsers: {
    [types.BYTEA]: (text: string) => {
      const bytes = new Uint8Array((text.length - 2) / 2);
      Buffer.from(bytes.buffer).write(text.slice(2), 'hex');
      return bytes;
    },
  },
} satisfies Pick<PGliteOptions, 'serializers' | 'parsers'>;
