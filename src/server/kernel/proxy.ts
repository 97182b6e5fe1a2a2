/**
 * Whose X-Forwarded-For the server believes, as Fastify's trustProxy takes it: a number of
 * proxy hops in front of the server, or the proxies' addresses and networks. Never `true`
 * (every client's header): that lets anyone choose their own address and so escape the
 * sign-in rate limit with a new made-up address per request.
 */
export type TrustProxy = false | string[] | ((address: string, hop: number) => boolean);

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-f:.]+(\/\d{1,3})?$/i;

export class TrustProxyError extends Error {
  constructor(value: string) {
    super(
      `TRUST_PROXY="${value}" không hợp lệ: hãy ghi số proxy đứng trước máy chủ (ví dụ 1) hoặc địa chỉ của proxy (ví dụ 127.0.0.1 hoặc 10.0.0.0/8, nhiều địa chỉ cách nhau bởi dấu phẩy; hoặc loopback).`,
    );
    this.name = 'TrustProxyError';
  }
}

/**
 * Reads TRUST_PROXY: empty or "0" → no proxy; "127.0.0.1,10.0.0.0/8" or "loopback" → only
 * these proxies' headers count, so a client that reaches the server directly cannot forge one
 * (the better form); "1", "2" → that many hops in front of the server are believed whoever they
 * are (the client is the address the outermost of them saw) — right only when the server cannot
 * be reached except through them.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new TrustProxyError(text);
    // Fastify's own numeric setting now trusts nothing; this is the classic hop count.
    return (_address, hop) => hop < hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!(NAMED_RANGES.has(entry) || IPV4.test(entry) || (entry.includes(':') && IPV6.test(entry))))
      throw new TrustProxyError(text);
  }
  return entries;
}
