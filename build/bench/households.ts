/** Seeded, varied households for the journey benchmark (and for regression checks that need many). */
import { addDays, civilDate, dayNumber, fromDayNumber } from '../../core/dates/civil-date';
import { knownItemIds } from '../../core/catalog/catalog';

// A small seeded PRNG (mulberry32) so every run measures the same households.
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` household files (JSON text) around `on`, the same for the same seed. */
export function makeHouseholds(n: number, on = civilDate('2026-11-21'), seed = 20261121): string[] {
  const rand = prng(seed);
  const ON = on;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const ids = [...knownItemIds()];
  const base = dayNumber(ON);
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const children = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) =>
      rand() < 0.15
        ? { id: `c${k}`, expectedBirthDate: fromDayNumber(base + Math.floor(rand() * 250)) }
        : {
            id: `c${k}`,
            birthDate: fromDayNumber(base - Math.floor(rand() * 365 * 7)),
            familyName: '試験',
            givenName: '子',
            familyNameKana: 'シケン',
            givenNameKana: 'コ',
            ...(rand() < 0.1 ? { birthWeightGrams: 1800 + Math.floor(rand() * 2500) } : {}),
          },
    );
    const h = {
      format: 'nonstop-household/1',
      municipalityCode: pick(['131121', '141003', '271004', '131016']),
      singleParent: rand() < 0.1,
      guardians: [
        {
          id: 'mother',
          familyName: '試験',
          givenName: '花子',
          familyNameKana: 'シケン',
          givenNameKana: 'ハナコ',
          birthDate: '1990-01-01',
          relationship: 'mother',
          employment: pick(['employee', 'self-employed', 'civil-servant', 'none'] as const),
          insurance: pick(['employee', 'national', 'mutual-aid'] as const),
        },
        ...(rand() < 0.8
          ? [
              {
                id: 'father',
                familyName: '試験',
                givenName: '太郎',
                familyNameKana: 'シケン',
                givenNameKana: 'タロウ',
                birthDate: '1989-01-01',
                relationship: 'father',
                employment: pick(['employee', 'self-employed', 'civil-servant'] as const),
                insurance: pick(['employee', 'national', 'mutual-aid'] as const),
              },
            ]
          : []),
      ],
      children,
      completed: Array.from({ length: Math.floor(rand() * 15) }, () => ({
        item: pick(ids),
        child: pick(children).id,
        on: addDays(ON, -Math.floor(rand() * 700)),
      })),
    };
    files.push(JSON.stringify(h, null, 2));
  }
  return files;
}
