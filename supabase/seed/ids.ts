import { createHash } from 'node:crypto';

// A fixed namespace for the demo world's name-based uuids.
const NAMESPACE = 'a7c3e1d2-5b64-4f08-9e2a-3c1d7b6e8f90';

/**
 * Derives a stable uuid from a path of names, the way uuid version 5 does (SHA-1 of a
 * namespace and a name), so the seed writes the same ids on every run.
 */
export function seedId(...names: string[]): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex'))
    .update(names.join('/'))
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}
