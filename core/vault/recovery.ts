/**
 * Recovery codes: 29 random Crockford base32 characters (145 bits) and one check
 * character, shown as 6 groups of 5 for reading aloud ("K7M2Q-…"). Crockford's
 * alphabet has no I, L, O or U, so the letters people confuse are read as the
 * digits they look like; full-width input (a Japanese IME) is normalised first.
 * The check character (odd weights mod 32) catches every single mistyped
 * character before the slow key derivation runs.
 */
import type { RandomBytes } from './crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 6;
export const RECOVERY_GROUP_LENGTH = 5;
const DATA_CHARS = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH - 1;

function checkChar(values: number[]): number {
  let sum = 0;
  values.forEach((v, i) => (sum += (2 * i + 1) * v));
  return sum % 32;
}

export function formatRecoveryCode(canonical: string): string {
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += RECOVERY_GROUP_LENGTH)
    groups.push(canonical.slice(i, i + RECOVERY_GROUP_LENGTH));
  return groups.join('-');
}

/** A new code, formatted in groups. */
export function generateRecoveryCode(random: RandomBytes): string {
  const bytes = random(DATA_CHARS); // one byte per character, 5 bits kept: uniform over 32
  const values = [...bytes].map((b) => b & 31);
  bytes.fill(0);
  values.push(checkChar(values));
  return formatRecoveryCode(values.map((v) => ALPHABET[v]).join(''));
}

export type RecoveryCodeProblem = 'length' | 'character' | 'check';

/** The canonical code (30 characters, no separators), or what is wrong with the input. */
export function parseRecoveryCode(
  input: string,
): { ok: true; code: string } | { ok: false; problem: RecoveryCodeProblem } {
  const s = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-ー－‐]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (s.length !== DATA_CHARS + 1) return { ok: false, problem: 'length' };
  const values: number[] = [];
  for (const c of s) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return { ok: false, problem: 'character' };
    values.push(v);
  }
  const check = values.pop();
  if (check !== checkChar(values)) return { ok: false, problem: 'check' };
  return { ok: true, code: s };
}

/** The groups (1-based) the user is asked to type back after creating a profile. */
export function groupsToConfirm(random: RandomBytes): [number, number] {
  const [a = 0, b = 0] = random(2);
  const first = (a % RECOVERY_GROUPS) + 1;
  let second = (b % (RECOVERY_GROUPS - 1)) + 1;
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

export function recoveryGroup(code: string, group: number): string {
  const parsed = parseRecoveryCode(code);
  if (!parsed.ok) return '';
  const i = (group - 1) * RECOVERY_GROUP_LENGTH;
  return parsed.code.slice(i, i + RECOVERY_GROUP_LENGTH);
}
