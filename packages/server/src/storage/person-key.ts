// The secret behind the keyed hashes that stand in for ID numbers (duplicate and overlap checks)
// and for idempotent request bodies. An unsalted hash of an ID number is recoverable by trying
// the few million numbers a region and birth year allow; an HMAC is not without this key. The
// key never goes into the database: it comes from SKILLS_PERSON_KEY, or from a file beside the
// database (created on first start, mode 0600), or is random per process for :memory:.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

export function keyFilePath(db: string): string {
  return `${db}.key`;
}

export function resolvePersonKey(db: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.SKILLS_PERSON_KEY;
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  if (db === ':memory:' || db === '') return randomBytes(32);
  const file = keyFilePath(db);
  try {
    // 'wx' fails when the file exists, so two processes starting at once agree on one key.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`the key file ${file} is not 64 hex digits`);
  try {
    chmodSync(file, 0o600);
  } catch {
    // Not our file to change (another user's); reading it was allowed, so go on.
  }
  return Buffer.from(hex, 'hex');
}

/** HMAC-SHA256 under the key, as hex. */
export function keyedHash(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}
