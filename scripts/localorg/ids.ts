/** Salesforce-shaped record Ids: 3-char key prefix + 12-char body + 3-char case-safe checksum. */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 3-character suffix that turns a case-sensitive 15-char Id into the case-safe 18-char form:
 * for each 5-char chunk, a bit per uppercase letter (first char = lowest bit), as a letter of
 * A–Z0–5 (Salesforce's algorithm; 001A0000006Vm9r → IAC).
 */
export function checksum(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    out += SUFFIX[bits];
  }
  return out;
}

/** Id number n of an object: ASCII order of the Ids follows creation order (base62 digits 0-9A-Za-z). */
export function makeId(keyPrefix: string, n: number): string {
  let body = '';
  let v = n;
  while (v > 0) {
    body = BASE62[v % 62] + body;
    v = Math.floor(v / 62);
  }
  const id15 = `${keyPrefix}5g${body.padStart(10, '0')}`;
  return id15 + checksum(id15);
}

/**
 * Accepts a 15- or 18-char Id and returns the 18-char form, or null when it is not Id-shaped.
 * An 18-char Id is case-insensitive: its suffix says which of the first 15 characters are
 * uppercase, so `001a0000006vm9riac` is `001A0000006Vm9rIAC`.
 */
export function normalizeId(value: string): string | null {
  if (/^[a-zA-Z0-9]{18}$/.test(value)) {
    let id15 = '';
    for (let chunk = 0; chunk < 3; chunk++) {
      const bits = SUFFIX.indexOf(value.charAt(15 + chunk).toUpperCase());
      if (bits < 0) return null;
      for (let i = 0; i < 5; i++) {
        const c = value.charAt(chunk * 5 + i);
        id15 += bits & (1 << i) ? c.toUpperCase() : c.toLowerCase();
      }
    }
    // A suffix that marks a digit as uppercase does not belong to these 15 characters.
    return checksum(id15) === value.slice(15).toUpperCase() ? id15 + checksum(id15) : null;
  }
  if (/^[a-zA-Z0-9]{15}$/.test(value)) return value + checksum(value);
  return null;
}

/** The 15-char (case-sensitive) form of a 15- or 18-char Id, or null when it is not Id-shaped. */
export function shortId(value: string): string | null {
  return normalizeId(value)?.slice(0, 15) ?? null;
}
