import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (memory-hard; ~20 ms a hash on these machines). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A password for a new account or a reset: shown once, never stored in clear. */
export function generatePassword(): string {
  // 15 random bytes → 20 base64url characters (~120 bits).
  return randomBytes(15).toString('base64url');
}

/** A bearer secret with a recognisable prefix, and the SHA-256 that is all the database keeps. */
export function generateSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
