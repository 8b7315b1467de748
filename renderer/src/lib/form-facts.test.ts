/**
 * Every fact a form can find missing is asked inline on the application screen and saved to the
 * household once, through the store's one save path (validated, one transaction); then the form
 * builds. Households come from the fixtures with facts taken away, as a parent might have left
 * them (no address, no 個人番号, no account, no phone), for every procedure and child.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../core/dates/civil-date';
import type { Household } from '../../../core/household/schema';
import { PROCEDURES, prepareForm } from '../../../core/forms/registry';
import { draftToHousehold, emptyDraft, householdToDraft } from './household-form';
import { HouseholdStore } from './household-store.svelte';
import { factsPatch, householdFieldOf, INLINE_FACT, type InlineFact } from './form-facts';

const fixtures = Object.values(
  import.meta.glob<Household>('../../../fixtures/households/*.json', { eager: true, import: 'default' }),
);

/** The fixture without what a form can miss. */
function stripped(h: Household): Household {
  const { address: _a, bankAccount: _b, ...rest } = h;
  return {
    ...rest,
    guardians: h.guardians.map(({ myNumber: _m, phone: _p, employer: _e, address: _g, ...g }) => g),
  } as Household;
}

const DATES = ['2026-09-01', '2026-11-21', '2027-05-01'] as CivilDate[];

function storeFor(h: Household) {
  let current = h;
  const writes: unknown[] = [];
  const store = new HouseholdStore({
    household: () => current,
    setHousehold: (x) => (current = x),
    today: () => '2026-11-21' as CivilDate,
    putAll: async (e) => void writes.push(e),
    get: async () => undefined,
  });
  return { store, writes, current: () => current };
}

describe('missing facts of the forms', () => {
  const cases = fixtures.flatMap((f) =>
    f.children.flatMap((c) =>
      PROCEDURES.flatMap((procedure) => DATES.map((on) => ({ h: stripped(f), child: c.id, procedure, on }))),
    ),
  );

  it('every one is asked inline (and has a place in 家族の情報)', () => {
    const paths = new Set<string>();
    for (const k of cases) {
      const p = prepareForm(k.procedure, { household: k.h, child: k.child, on: k.on });
      if (!p.ok && p.kind === 'missing-facts') for (const m of p.missing) paths.add(m.path);
    }
    // The facts a form needs and a household may lack: address, 個人番号, account (the schema
    // requires the rest, and the due date of every unborn child).
    expect([...paths].map((p) => p.replace(/\[\d+\]/g, '[i]')).sort()).toEqual(
      expect.arrayContaining(['bankAccount', 'guardians[i].address', 'guardians[i].myNumber']),
    );
    for (const p of paths) {
      expect(INLINE_FACT.test(p), p).toBe(true);
      expect(householdFieldOf(p), p).not.toBeNull();
    }
  });

  it('answered once, they are saved to the household and the form then builds', async () => {
    let built = 0;
    for (const k of cases) {
      const p = prepareForm(k.procedure, { household: k.h, child: k.child, on: k.on });
      if (p.ok || p.kind !== 'missing-facts') continue;
      const need = p.missing.map((m) => m.path) as InlineFact[];
      const draft = householdToDraft(k.h);
      Object.assign(draft.address, {
        postalCode: '1540017',
        prefecture: '東京都',
        city: '世田谷区',
        street: '世田谷四丁目21番27号',
        building: '',
        municipalityCode: '131121',
      });
      Object.assign(draft.bank, {
        kind: 'bank',
        bankName: 'みらい銀行',
        branchName: '三軒茶屋支店',
        accountType: 'ordinary',
        accountNumber: '８６４２０９７',
        // the form's applicant's own account (one holder rule: nobody else's is accepted)
        holderKana: ((g) => (g ? `${g.familyNameKana} ${g.givenNameKana}` : 'さとう けんた'))(
          p.form.applicant({ household: k.h, child: k.child, on: k.on }),
        ),
      });
      const extra: Record<string, string> = Object.fromEntries(
        need
          .filter((n) => n.endsWith('.myNumber'))
          .map((n, i): [string, string] => [n, i % 2 ? '271828182840' : '314159265352']),
      );
      // who claims 児童手当, when asked: the guardian whose account was typed above
      if (need.includes('claimant'))
        extra['claimant'] = p.form.applicant({ household: k.h, child: k.child, on: k.on })?.id ?? '';
      const { store, writes, current } = storeFor(k.h);
      const saved = await store.saveFacts(factsPatch(need, draft, extra, k.h));
      expect(saved.ok, `${k.procedure} ${k.child} ${k.on}`).toBe(true);
      expect(writes).toHaveLength(1);
      const after = prepareForm(k.procedure, { household: current(), child: k.child, on: k.on });
      expect(after.ok, `${k.procedure} ${k.child} ${k.on}: ${JSON.stringify(after)}`).toBe(true);
      built++;
    }
    expect(built).toBeGreaterThan(20);
  });

  it('saves a household address with its postal code written NNN-NNNN and the municipality it names', () => {
    const h = stripped(fixtures[0]!);
    const draft = householdToDraft(h);
    Object.assign(draft.address, {
      postalCode: '２３１０００５',
      prefecture: '神奈川県',
      city: '横浜市中区',
      street: '本町六丁目50番地の10',
      building: '',
      municipalityCode: '141003',
    });
    expect(factsPatch(['guardians[0].address'], draft, {}, h).household).toEqual({
      address: {
        postalCode: '231-0005',
        prefecture: '神奈川県',
        city: '横浜市中区',
        street: '本町六丁目50番地の10',
      },
      municipalityCode: '141003',
    });
  });

  it('saves a due date typed in 和暦', () => {
    const h = fixtures.find((f) => f.children.some((c) => !c.birthDate))!;
    const i = h.children.findIndex((c) => !c.birthDate);
    const draft = householdToDraft(h);
    draft.children[i]!.expectedBirthDate = '令和9年4月20日';
    const patch = factsPatch([`children[${i}].expectedBirthDate`], draft, {}, h);
    expect(patch.children).toEqual({ [h.children[i]!.id]: { expectedBirthDate: '2027-04-20' } });
  });

  it('a refused save (an invalid value) writes nothing', async () => {
    const h = stripped(fixtures[0]!);
    const { store, writes } = storeFor(h);
    const r = await store.saveFacts(
      factsPatch(['guardians[0].myNumber'], householdToDraft(h), { 'guardians[0].myNumber': '1234' }, h),
    );
    expect(r.ok).toBe(false);
    expect(writes).toHaveLength(0);
  });

  it('opens 家族の情報 at who claims 児童手当 when the form asks it', () => {
    expect(householdFieldOf('claimant')).toEqual({ step: 'work', field: 'claimant' });
  });

  it('opens 家族の情報 at the field of a fact', () => {
    expect(householdFieldOf('guardians[1].phone')).toEqual({ step: 'guardians', field: 'guardians.1.phone' });
    expect(householdFieldOf('guardians[0].employer')).toEqual({
      step: 'work',
      field: 'guardians.0.employer',
    });
    expect(householdFieldOf('children[2].expectedBirthDate')).toEqual({
      step: 'children',
      field: 'children.2.expectedBirthDate',
    });
    expect(householdFieldOf('address')).toEqual({ step: 'address', field: 'address.postalCode' });
    expect(householdFieldOf('nothing')).toBeNull();
  });
});

describe('a household typed in the app', () => {
  /** What a parent types in the registration (as typed: hiragana, half-width kana, 和暦, full-width digits). */
  function typedHousehold(born: boolean): Household {
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
      employer: '株式会社みなと',
      myNumber: '1618 0339 8872',
      phone: '０４５－１２３－４５６７',
    });
    Object.assign(
      d.children[0]!,
      born
        ? {
            born: true,
            familyName: '鈴木',
            givenName: '葵',
            familyNameKana: 'すずき',
            givenNameKana: 'あおい',
            birthDate: 'R8.11.12',
            sex: 'female',
          }
        : { born: false, expectedBirthDate: 'R9.4.20' },
    );
    Object.assign(d.address, {
      postalCode: '2310005',
      prefecture: '神奈川県',
      city: '横浜市中区',
      street: '本町六丁目50番地の10',
      municipalityCode: '141003',
    });
    Object.assign(d.bank, {
      kind: 'bank',
      bankName: 'はまかぜ銀行',
      branchName: '本町支店',
      accountType: 'ordinary',
      accountNumber: '1357924',
      holderKana: 'すずき ゆみ',
    });
    const r = draftToHousehold(d, '2026-11-21' as CivilDate);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value;
  }

  it('prefills every form that applies to it, and says why for the others', () => {
    const made: string[] = [];
    for (const [born, on] of [
      [false, '2026-09-01'],
      [true, '2026-11-21'],
    ] as const) {
      const h = typedHousehold(born);
      for (const procedure of PROCEDURES) {
        const p = prepareForm(procedure, { household: h, child: h.children[0]!.id, on: on as CivilDate });
        if (p.ok) {
          made.push(p.form.id);
          const text = p.form
            .layout(p.application)
            .pages.flatMap((page) => page.ops.map((op) => ('text' in op ? op.text : '')))
            .join('');
          expect(text, p.form.id).toContain('鈴木');
        } else expect(p.kind === 'not-applicable' && p.reason.ja, procedure).toBeTruthy();
      }
    }
    // An employee-insured mother alone: not the 国保 form, not the 児童扶養手当 (not recorded as single).
    expect(made.sort()).toEqual([
      'birth-registration',
      'child-allowance-application',
      'child-health-insurance/employee',
      'child-medical-subsidy',
      'childbirth-lump-sum',
      'nursery-application',
      'pregnancy-notification',
      'pregnancy-support-payment-1',
    ]);
  });
});
