/**
 * The registration draft → household conversion, the store's atomic saves (a refused or failed
 * write changes nothing), and the wording of every reason code in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../core/dates/civil-date';
import type { FieldCode } from '../../../core/household/field-checks';
import type { Household } from '../../../core/household/schema';
import {
  draftToHousehold,
  emptyDraft,
  householdToDraft,
  stepErrors,
  type HouseholdDraft,
} from './household-form';
import { HouseholdStore, HOUSEHOLD_KEY } from './household-store.svelte';
import { ja, en } from './i18n/messages/household';

const today = '2026-11-21' as CivilDate;

function typed(): HouseholdDraft {
  const d = emptyDraft();
  Object.assign(d.guardians[0]!, {
    familyName: '鈴木',
    givenName: '由美',
    familyNameKana: 'すずき',
    givenNameKana: 'ﾕﾐ',
    birthDate: '平成7年9月30日',
    relationship: 'mother',
    employment: 'employee',
    insurance: 'employee',
    myNumber: '1618 0339 8872',
    phone: '０４５－１２３－４５６７',
  });
  Object.assign(d.children[0]!, { born: false, expectedBirthDate: 'R9.4.20' });
  Object.assign(d.address, {
    postalCode: '2310005',
    prefecture: '神奈川県',
    city: '横浜市中区',
    street: '本町六丁目50番地の10',
    municipalityCode: '141003',
  });
  return d;
}

describe('the registration draft', () => {
  it('becomes a valid nonstop-household/1 with kana, dates and digits normalised', () => {
    const r = draftToHousehold(typed(), today);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const g = r.value.guardians[0]!;
    expect(g).toMatchObject({
      familyNameKana: 'スズキ',
      givenNameKana: 'ユミ',
      birthDate: '1995-09-30',
      myNumber: '161803398872',
      phone: '045-123-4567',
    });
    expect(r.value.children[0]).toEqual({ id: 'child-1', expectedBirthDate: '2027-04-20', supported: true });
    expect(r.value.address?.postalCode).toBe('231-0005');
    expect(r.value.municipalityCode).toBe('141003');
    expect(r.value.bankAccount).toBeUndefined();
  });

  it('round-trips through the 家族の情報 form unchanged', () => {
    const r = draftToHousehold(typed(), today);
    if (!r.ok) throw new Error('invalid');
    const again = draftToHousehold(householdToDraft(r.value), today, r.value);
    expect(again).toEqual(r);
  });

  it('keeps the optional income facts as typed (commas, 円, full-width) and round-trips them', () => {
    const d = typed();
    Object.assign(d.guardians[0]!, { incomeYen: '１,５００,０００円', incomeYear: '2025' });
    d.singleParent = true;
    d.childSupportYen = '240,000';
    d.residentTaxExempt = true;
    expect(stepErrors('optional', d, today)).toEqual({});
    const r = draftToHousehold(d, today);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.guardians[0]?.income).toEqual({ year: 2025, shotokuYen: 1_500_000 });
    expect(r.value.childSupportYenPerYear).toBe(240_000);
    expect(r.value.residentTaxExempt).toBe(true);
    expect(draftToHousehold(householdToDraft(r.value), today, r.value)).toEqual(r);
    // Cleared in 家族の情報: the fact goes.
    const cleared = householdToDraft(r.value);
    cleared.guardians[0]!.incomeYen = '';
    const again = draftToHousehold(cleared, today, r.value);
    expect(again.ok && again.value.guardians[0]?.income).toBeUndefined();
  });

  it('names a wrong income amount or year, and asks nothing when they are left out', () => {
    expect(stepErrors('optional', typed(), today)).toEqual({});
    const d = typed();
    Object.assign(d.guardians[0]!, { incomeYen: '150万', incomeYear: '' });
    d.childSupportYen = '-3';
    const e = stepErrors('optional', d, today);
    expect(e['guardians.0.incomeYen']?.code).toBe('yen.format');
    expect(e['childSupportYen']?.code).toBe('yen.format');
    const y = typed();
    Object.assign(y.guardians[0]!, { incomeYen: '1000000', incomeYear: '2030' });
    expect(stepErrors('optional', y, today)['guardians.0.incomeYear']?.code).toBe('year.range');
  });

  it('keeps who claims 児童手当 when the parents choose', () => {
    const d = typed();
    d.guardians.push({
      ...d.guardians[0]!,
      id: 'guardian-2',
      relationship: 'father',
      givenName: '健',
      givenNameKana: 'ケン',
    });
    d.claimant = 'guardian-2';
    const r = draftToHousehold(d, today);
    expect(r.ok && r.value.claimant).toBe('guardian-2');
    d.guardians.pop(); // the claimant removed: back to the format's default, not an invalid file
    const again = draftToHousehold(d, today);
    expect(again.ok && again.value.claimant).toBeUndefined();
  });

  it('names each wrong field with a reason code', () => {
    const d = typed();
    d.guardians[0]!.givenNameKana = '由美';
    d.guardians[0]!.myNumber = '161803398873';
    d.guardians[0]!.birthDate = '2026-02-30';
    expect(stepErrors('guardians', d, today)).toEqual({
      'guardians.0.givenNameKana': { code: 'kana.kanji' },
      'guardians.0.myNumber': { code: 'myNumber.checkDigit' },
      'guardians.0.birthDate': { code: 'date.impossible' },
    });
    d.guardians[0]!.birthDate = '1995-09-30';
    d.children[0]!.expectedBirthDate = '2028-01-01';
    expect(stepErrors('children', d, today)).toEqual({
      'children.0.expectedBirthDate': { code: 'due.tooFar' },
    });
    d.children[0] = {
      ...d.children[0]!,
      born: true,
      birthDate: '1990-01-01',
      familyName: '鈴木',
      givenName: '陽',
      familyNameKana: 'スズキ',
      givenNameKana: 'ヒナタ',
    };
    expect(stepErrors('children', d, today)).toEqual({
      'children.0.birthDate': { code: 'child.olderThanGuardian', params: { guardian: '鈴木 由美' } },
    });
    d.bank = {
      kind: 'bank',
      bankName: 'みずほ銀行',
      branchName: '横浜支店',
      accountType: 'ordinary',
      accountNumber: '123456',
      holderKana: 'スズキ ユミ',
    };
    expect(stepErrors('bank', d, today)).toEqual({
      'bank.accountNumber': { code: 'account.digits', params: { n: 6 } },
    });
    d.guardians.push({ ...d.guardians[0]!, id: 'guardian-2' });
    expect(stepErrors('guardians', d, today)['guardians.1.relationship']).toEqual({
      code: 'guardian.duplicateRole',
      params: { role: 'mother' },
    });
    d.guardians[1]!.relationship = 'other';
    expect(stepErrors('guardians', d, today)['guardians.1.relationship']).toBeUndefined();
    d.address.municipalityCode = '';
    expect(stepErrors('address', d, today)).toEqual({ 'address.city': { code: 'municipality.unknown' } });
  });
});

function fakeHost(initial: Household | null, failWrites = false) {
  const stored = new Map<string, unknown>();
  let household = initial;
  let writes = 0;
  return {
    stored,
    writes: () => writes,
    current: () => household,
    host: {
      household: () => household,
      setHousehold: (h: Household) => (household = h),
      today: () => today,
      putAll: async (entries: Record<string, unknown>) => {
        if (failWrites) throw new Error('QuotaExceededError');
        writes++;
        for (const [k, v] of Object.entries(entries)) stored.set(k, JSON.parse(JSON.stringify(v)));
      },
      get: async (k: string) => stored.get(k),
    },
  };
}

describe('HouseholdStore', () => {
  const base = (() => {
    const r = draftToHousehold(typed(), today);
    if (!r.ok) throw new Error('invalid');
    return r.value;
  })();

  it('saves facts asked once in one write, and they are what a reload reads', async () => {
    const f = fakeHost(base);
    const store = new HouseholdStore(f.host);
    const bank = {
      kind: 'bank',
      bankName: 'みずほ銀行',
      branchName: '横浜支店',
      accountType: 'ordinary',
      accountNumber: '1234567',
      holderKana: 'スズキ ユミ',
    } as const;
    const r = await store.saveFacts({
      household: { bankAccount: bank },
      guardians: { 'guardian-1': { employer: '株式会社みなと' } },
    });
    expect(r.ok).toBe(true);
    expect(f.writes()).toBe(1);
    expect((f.stored.get(HOUSEHOLD_KEY) as Household).bankAccount).toEqual(bank);
    expect((f.stored.get(HOUSEHOLD_KEY) as Household).guardians[0]?.employer).toBe('株式会社みなと');
  });

  it('refuses an invalid patch without writing anything', async () => {
    const f = fakeHost(base);
    const store = new HouseholdStore(f.host);
    const r = await store.saveFacts({
      household: {
        bankAccount: {
          kind: 'bank',
          bankName: 'x',
          branchName: 'y',
          accountType: 'ordinary',
          accountNumber: '12',
          holderKana: 'ア',
        },
      },
    });
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    expect(f.writes()).toBe(0);
    expect(f.current()).toBe(base);
    expect(await store.saveFacts({ guardians: { nobody: { phone: '03-1234-5678' } } })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('a failed write keeps the household as it was and says so', async () => {
    const f = fakeHost(base, true);
    const store = new HouseholdStore(f.host);
    expect(await store.markDone('birth-registration', 'child-1')).toEqual({ ok: false, reason: 'storage' });
    expect(f.current()).toBe(base);
  });

  it('done, undo, declined with a reason: each replaces the other', async () => {
    const f = fakeHost(base);
    const store = new HouseholdStore(f.host);
    await store.markDone('maternity-allowance', 'child-1', '2026-11-01' as CivilDate);
    expect(f.current()?.completed).toContainEqual({
      item: 'maternity-allowance',
      child: 'child-1',
      on: '2026-11-01',
    });
    await store.decline('maternity-allowance', 'child-1', '退職したため');
    expect(f.current()?.completed.some((c) => c.item === 'maternity-allowance')).toBe(false);
    expect(f.current()?.declined).toEqual([
      { item: 'maternity-allowance', child: 'child-1', reason: '退職したため', on: today },
    ]);
    expect(store.isDeclined('maternity-allowance', 'child-1')?.reason).toBe('退職したため');
    await store.undoDecline('maternity-allowance', 'child-1');
    expect(f.current()?.declined).toEqual([]);
    expect(await store.decline('x', null, '  ')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('records the birth in one step, keeping the due date', async () => {
    const f = fakeHost(base);
    const store = new HouseholdStore(f.host);
    const r = await store.recordBirth('child-1', {
      birthDate: '2026-11-18' as CivilDate,
      familyName: '鈴木',
      givenName: '陽',
      familyNameKana: 'スズキ',
      givenNameKana: 'ヒナタ',
      sex: 'male',
      birthWeightGrams: 3050,
    });
    expect(r.ok).toBe(true);
    expect(f.current()?.children[0]).toMatchObject({
      birthDate: '2026-11-18',
      expectedBirthDate: '2027-04-20',
      givenName: '陽',
      birthWeightGrams: 3050,
    });
  });

  it('keeps the draft sealed and empties it with the registration in one write', async () => {
    const f = fakeHost(null);
    const store = new HouseholdStore(f.host);
    const d = typed();
    d.step = 3;
    expect(await store.saveDraft(d)).toBe(true);
    expect((await store.loadDraft())?.step).toBe(3);
    const before = f.writes();
    expect((await store.finishRegistration(base)).ok).toBe(true);
    expect(f.writes()).toBe(before + 1);
    expect(await store.loadDraft()).toBeNull();
    await store.saveDraft(d);
    expect(await store.clearDraft()).toBe(true);
    expect(await store.loadDraft()).toBeNull();
  });
});

describe('messages', () => {
  const codes: FieldCode[] = [
    'required',
    'tooLong',
    'kana.empty',
    'kana.kanji',
    'kana.notKatakana',
    'kana.tooLong',
    'date.empty',
    'date.format',
    'date.impossible',
    'date.era',
    'date.range',
    'myNumber.digits',
    'myNumber.checkDigit',
    'birth.future',
    'due.tooFar',
    'due.past',
    'child.olderThanGuardian',
    'guardian.duplicateRole',
    'account.digits',
    'postal.format',
    'postal.unknown',
    'municipality.unknown',
    'phone.format',
    'weight.range',
  ];
  it.each(codes)('%s is worded in Japanese and English', (code) => {
    const key = `household.error.${code}` as keyof typeof ja;
    expect(ja[key]).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(en[key]).toMatch(/^[\x20-\x7E\u2018-\u201D\u2026\u3000-\u9FFF\uFF01-\uFF5E]+$/);
  });
});

describe('an invalid household file, problem by problem in Japanese', () => {
  it('names the declined records and the child’s date as a parent knows them', async () => {
    const { validateHousehold } = await import('../../../core/household/schema');
    const { problemText } = await import('./problems');
    const r = validateHousehold({
      format: 'nonstop-household/1',
      municipalityCode: '131121',
      guardians: [
        {
          id: 'mother',
          familyName: '山田',
          givenName: '花子',
          familyNameKana: 'ヤマダ',
          givenNameKana: 'ハナコ',
          birthDate: '1994-04-02',
          relationship: 'mother',
          employment: 'employee',
          insurance: 'employee',
        },
      ],
      children: [{ id: 'baby', expectedBirthDate: '2027-02-30' }],
      declined: [{ item: 'maternity-allowance', reason: '', on: '2026-11-21' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.problems.map(problemText);
    expect(lines).toContain(
      'お子さん（1人目）の出産予定日: 日付を「2026-11-21」のように、正しい年月日で書いてください。',
    );
    expect(lines).toContain('対象外の記録（1件目）の理由: 入力してください。');
    for (const l of lines) expect(l).not.toMatch(/[a-z]{3,}|\[\d\]/);
  });
});
