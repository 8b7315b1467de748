import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import expecting from '../../fixtures/households/expecting-first-child.json';
import { allowanceClaimant, parseHouseholdJson, validateHousehold } from './schema';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('nonstop-household/1 validation', () => {
  it.each([
    ['newborn-family', newborn],
    ['expecting-first-child', expecting],
  ])('accepts the fixture %s', (_name, fixture) => {
    const r = validateHousehold(fixture);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it.each<[string, (h: Record<string, any>) => void, string, RegExp]>([
    [
      'bad municipality check digit',
      (h) => (h.municipalityCode = '131122'),
      'municipalityCode',
      /check digit/,
    ],
    ['5-digit municipality code', (h) => (h.municipalityCode = '13112'), 'municipalityCode', /6 digits/],
    [
      'bad My Number',
      (h) => (h.guardians[0].myNumber = '314159265353'),
      'guardians[0].myNumber',
      /check digit/,
    ],
    [
      'kana not katakana',
      (h) => (h.guardians[1].givenNameKana = 'みさき'),
      'guardians[1].givenNameKana',
      /katakana/,
    ],
    [
      'impossible date',
      (h) => (h.children[0].birthDate = '2026-02-30'),
      'children[0].birthDate',
      /calendar date/,
    ],
    ['unknown field', (h) => (h.children[0].nickname = 'はる'), 'children[0]', /nickname/],
    ['born child without name', (h) => delete h.children[0].givenName, 'children[0].givenName', /required/],
    [
      'date outside the supported range',
      (h) => (h.children[0].birthDate = '9999-12-31'),
      'children[0].birthDate',
      /between 1900-01-01 and 2150-12-31/,
    ],
    [
      'date before 1900',
      (h) => (h.guardians[0].birthDate = '1899-12-31'),
      'guardians[0].birthDate',
      /between/,
    ],
    [
      'too many children',
      (h) =>
        (h.children = Array.from({ length: 21 }, (_, i) => ({
          id: `c${i}`,
          expectedBirthDate: '2027-01-01',
        }))),
      'children',
      /at most 20 children/,
    ],
    [
      'too many completions',
      (h) => (h.completed = Array.from({ length: 2001 }, () => ({ item: 'bcg', on: '2026-11-20' }))),
      'completed',
      /at most 2000/,
    ],
    [
      'completion for unknown child',
      (h) => h.completed.push({ item: 'birth-registration', child: 'nobody', on: '2026-11-20' }),
      'completed[0].child',
      /no child/,
    ],
    ['duplicate id', (h) => (h.guardians[1].id = 'father'), 'guardians[1].id', /duplicate/],
    ['wrong format', (h) => (h.format = 'nonstop-household/2'), 'format', /nonstop-household\/1/],
    ['claimant not a guardian', (h) => (h.claimant = 'haruto'), 'claimant', /no guardian/],
  ])('names the field: %s', (_why, mutate, path, message) => {
    const h = clone(newborn) as Record<string, any>;
    mutate(h);
    const r = validateHousehold(h);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const problem = r.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(r.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it('keeps the due date beside the birth date (出産手当金 counts back from it)', () => {
    const h = clone(newborn) as Record<string, any>;
    h.children[0].expectedBirthDate = '2026-11-10';
    expect(validateHousehold(h).ok).toBe(true);
  });

  it('reads a file that starts with a UTF-8 byte-order mark (Windows Notepad)', () => {
    const r = parseHouseholdJson('\uFEFF' + JSON.stringify(newborn));
    expect(r.ok).toBe(true);
  });

  it('reports a JSON syntax error as a problem, not a crash', () => {
    const r = parseHouseholdJson('{"format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toBe('(file)');
  });

  it('picks the named claimant, else the first employed guardian', () => {
    const r = validateHousehold(newborn);
    if (!r.ok) throw new Error('fixture invalid');
    expect(allowanceClaimant(r.value).id).toBe('father');
    expect(allowanceClaimant({ ...r.value, claimant: undefined }).id).toBe('father');
  });

  it('keeps one completion per item: a file with a refiled item listed twice loads with the first day', () => {
    // what the app wrote after a 要補正 → refile before the fix: one completion per receipt
    const h = clone(newborn) as Record<string, any>;
    h.completed = [
      { item: 'child-allowance-application', child: 'haruto', on: '2026-11-20' },
      { item: 'birth-registration', child: 'haruto', on: '2026-11-18' },
      { item: 'child-allowance-application', child: 'haruto', on: '2026-11-25' },
      { item: 'child-allowance-application', on: '2026-11-26' },
    ];
    const r = validateHousehold(h);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.completed).toEqual([
      { item: 'child-allowance-application', child: 'haruto', on: '2026-11-20' },
      { item: 'birth-registration', child: 'haruto', on: '2026-11-18' },
      { item: 'child-allowance-application', on: '2026-11-26' },
    ]);
  });
});

describe('optional income facts (issue 18): extended compatibly, refused clearly when malformed', () => {
  it('accepts a household without them (old files) and with them', () => {
    expect(validateHousehold(newborn).ok).toBe(true);
    const h = clone(newborn) as Record<string, any>;
    h.guardians[0].income = { year: 2025, shotokuYen: 1_500_000 };
    h.childSupportYenPerYear = 240_000;
    h.residentTaxExempt = false;
    const r = validateHousehold(h);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it.each<[string, (h: Record<string, any>) => void, string, RegExp]>([
    [
      'negative income',
      (h) => (h.guardians[0].income = { year: 2025, shotokuYen: -1 }),
      'guardians[0].income.shotokuYen',
      /negative/,
    ],
    [
      'fractional yen',
      (h) => (h.guardians[0].income = { year: 2025, shotokuYen: 1.5 }),
      'guardians[0].income.shotokuYen',
      /whole/,
    ],
    [
      'income as text',
      (h) => (h.guardians[0].income = { year: 2025, shotokuYen: '1500000' }),
      'guardians[0].income.shotokuYen',
      /yen/,
    ],
    ['no year', (h) => (h.guardians[0].income = { shotokuYen: 100 }), 'guardians[0].income.year', /year/],
    [
      'an extra field',
      (h) => (h.guardians[0].income = { year: 2025, shotokuYen: 1, gross: 2 }),
      'guardians[0].income',
      /gross/,
    ],
    ['negative 養育費', (h) => (h.childSupportYenPerYear = -5), 'childSupportYenPerYear', /negative/],
    ['非課税 as text', (h) => (h.residentTaxExempt = 'yes'), 'residentTaxExempt', /boolean/],
  ])('refuses %s', (_what, patch, path, message) => {
    const h = clone(newborn) as Record<string, any>;
    patch(h);
    const r = validateHousehold(h);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.find((p) => p.path === path)?.message).toMatch(message);
  });
});
