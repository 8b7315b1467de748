import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import newbornJson from '../../fixtures/households/newborn-family.json';
import expectingJson from '../../fixtures/households/expecting-first-child.json';
import selfEmployedJson from '../../fixtures/households/self-employed.json';
import civilServantJson from '../../fixtures/households/civil-servant.json';
import twinsJson from '../../fixtures/households/twins.json';
import { validateHousehold, type Household } from '../household/schema';
import { canonicalBytes, parseCanonical } from '../signing/canonical';
import type { CivilDate } from '../dates/civil-date';
import { FORMS, PROCEDURES, chooseForm, prepareForm, validateApplication } from './registry';
import { ageOn, handwrittenFields } from './engine';
import { FormCanvas, FormOverflowError } from './pdf-canvas';
import { fitText } from './pdf-render';
import { buildChildAllowanceApplication } from './child-allowance';
import { defineForm } from './engine';
import { ADDRESSEE } from './parts';
import rearingData from './data/child-rearing-allowance.json';
import singleParentJson from '../../fixtures/households/single-parent.json';

function household(json: unknown): Household {
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}
const newborn = household(newbornJson);
const expecting = household(expectingJson);
const selfEmployed = household(selfEmployedJson);
const civilServant = household(civilServantJson);
const on = '2026-11-21' as CivilDate;

describe('the registry', () => {
  it('lists the forms of the first year under their procedure ids', () => {
    expect(PROCEDURES).toEqual([
      'pregnancy-notification',
      'pregnancy-support-payment-1',
      'birth-registration',
      'child-health-insurance',
      'child-allowance-application',
      'child-allowance-revision',
      'child-medical-subsidy',
      'childbirth-lump-sum',
      'child-rearing-allowance',
      'nursery-application',
    ]);
    // 児童手当: 認定請求書 and 額改定認定請求書, each for the municipality and for a civil servant's employer
    expect(FORMS).toHaveLength(13);
    expect(new Set(FORMS.map((f) => f.id)).size).toBe(13);
  });

  it('files the 出生届 on paper only (戸籍法: the signed sheet goes to the office)', () => {
    const f = FORMS.find((k) => k.procedure === 'birth-registration')!;
    expect(f.filing).toBe('counter');
    expect(validateApplication({ format: 'nonstop-application/1', procedure: 'birth-registration' })).toEqual(
      {
        ok: false,
        problems: [{ path: 'procedure', message: 'birth-registration is not filed online (counter only)' }],
      },
    );
  });

  it('every form cites where its layout was checked and lists office-only fields as never filled', () => {
    for (const f of FORMS) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(
        f.fields.filter((x) => x.format === 'office').every((x) => x.source === null),
        f.id,
      ).toBe(true);
    }
  });
});

describe('which health-insurance form applies', () => {
  it('the 被扶養者届 (to the employer) for an employee-insured household', () => {
    const c = chooseForm('child-health-insurance', { household: newborn, child: 'haruto', on });
    expect(c.ok && c.form.id).toBe('child-health-insurance/employee');
    expect(c.ok && c.form.filing).toBe('employer');
  });

  it('the 国保 資格取得届 (at the counter) when every guardian is in 国保', () => {
    const c = chooseForm('child-health-insurance', { household: selfEmployed, child: 'hina', on });
    expect(c.ok && c.form.id).toBe('child-health-insurance/national');
  });

  it('refuses the 国保 form for an employee-insured guardian, with the reason', () => {
    const f = FORMS.find((k) => k.id === 'child-health-insurance/national')!;
    const a = f.applies({ household: newborn, child: 'haruto', on });
    expect(a.ok).toBe(false);
    expect(!a.ok && a.reason.en).toContain('employee-insured');
    expect(!a.ok && a.reason.ja).toContain('被扶養者');
  });

  it('refuses both for a 共済組合 household, saying why', () => {
    const c = chooseForm('child-health-insurance', { household: civilServant, child: 'rin', on });
    expect(c.ok).toBe(false);
    expect(!c.ok && c.reason.en).toContain('共済組合');
  });
});

describe('applicability and missing facts', () => {
  it('a birth-anchored form for an unborn child is refused, and the 妊娠届 for a born one', () => {
    const birth = prepareForm('birth-registration', { household: expecting, child: 'baby', on });
    expect(birth).toMatchObject({ ok: false, kind: 'not-applicable' });
    const preg = prepareForm('pregnancy-notification', { household: newborn, child: 'haruto', on });
    expect(preg).toMatchObject({ ok: false, kind: 'not-applicable' });
  });

  it('a 妊娠届 dated before the pregnancy began (280 days before the due date) is refused', () => {
    const p = prepareForm('pregnancy-notification', {
      household: expecting,
      child: 'baby',
      on: '2026-06-01' as CivilDate,
    });
    expect(p).toMatchObject({ ok: false, kind: 'not-applicable' });
  });

  it('lists every missing required fact, in both languages, instead of a half-filled form', () => {
    const h = structuredClone(newborn);
    delete h.guardians[0]!.myNumber;
    delete h.bankAccount;
    delete h.address;
    const p = prepareForm('child-allowance-application', { household: h, child: 'haruto', on });
    expect(p.ok).toBe(false);
    if (p.ok || p.kind !== 'missing-facts') throw new Error('expected missing facts');
    expect(p.missing.map((m) => m.path)).toEqual([
      'guardians[0].address',
      'guardians[0].myNumber',
      'bankAccount',
    ]);
    expect(p.missing.map((m) => m.en)).toEqual([
      "claimant's address",
      "claimant's My Number (個人番号)",
      'bank account, or the public benefit receiving account (公金受取口座)',
    ]);
    expect(p.missing[0]!.label).toBe('請求者の住所');
  });

  it('an unknown child or guardian is refused, not guessed', () => {
    expect(prepareForm('nursery-application', { household: newborn, child: 'nobody', on })).toMatchObject({
      ok: false,
      kind: 'not-applicable',
    });
    expect(
      prepareForm('birth-registration', { household: newborn, child: 'haruto', guardian: 'uncle', on }),
    ).toMatchObject({ ok: false, kind: 'not-applicable' });
  });

  it('facts the household cannot hold are listed to be written by hand', () => {
    const f = FORMS.find((k) => k.procedure === 'birth-registration')!;
    const hand = handwrittenFields(f).map((x) => x.label.ja);
    expect(hand).toContain('本籍・筆頭者の氏名');
    expect(hand).toContain('届出人の署名');
    expect(hand).toContain('生まれた時刻（午前・午後、時分）');
  });

  it('counts the twins born the same day for the 出産育児一時金', () => {
    const twins = household(twinsJson);
    const p = prepareForm('childbirth-lump-sum', { household: twins, child: 'sora', on });
    expect(p.ok && (p.application as unknown as { liveBirths: number }).liveBirths).toBe(2);
  });
});

describe('who signs or files each form', () => {
  it('the pregnant person for the 妊娠届, the chosen parent for the 出生届, the insured person for the 一時金', () => {
    const applicant = (procedure: string, h: Household, child: string, guardian?: string, date = on) => {
      const p = prepareForm(procedure, { household: h, child, guardian, on: date });
      return p.ok ? p.applicant : `not ok: ${p.kind}`;
    };
    expect(applicant('pregnancy-notification', expecting, 'baby', undefined, '2026-09-01' as CivilDate)).toBe(
      '鈴木 由美',
    );
    expect(applicant('birth-registration', newborn, 'haruto')).toBe('佐藤 健太');
    expect(applicant('birth-registration', newborn, 'haruto', 'mother')).toBe('佐藤 美咲');
    // The mother is employee-insured herself: she is the 被保険者 of her own 出産育児一時金.
    expect(applicant('childbirth-lump-sum', newborn, 'haruto')).toBe('佐藤 美咲');
    expect(applicant('child-allowance-application', newborn, 'haruto')).toBe('佐藤 健太');
  });
});

describe('the application data the municipality verifies', () => {
  it('every online form of a fixture passes validateApplication after a canonical round trip', () => {
    const cases = [
      ['pregnancy-notification', expecting, 'baby', '2026-09-01'],
      ['child-allowance-application', newborn, 'haruto', on],
      ['nursery-application', newborn, 'haruto', on],
    ] as const;
    for (const [procedure, h, child, date] of cases) {
      const p = prepareForm(procedure, { household: h, child, on: date as CivilDate });
      if (!p.ok) throw new Error(procedure);
      expect(p.form.filing).toBe('online');
      const back = parseCanonical(canonicalBytes(p.application));
      const v = validateApplication(back);
      expect(v.ok && v.form.id, procedure).toBe(procedure);
    }
  });

  it('keeps the first version of the 児童手当 data (the municipality already verifies it)', () => {
    const built = buildChildAllowanceApplication(newborn, 'haruto', on);
    expect(built.ok && built.value).toMatchObject({
      format: 'nonstop-application/1',
      procedure: 'child-allowance-application',
      municipalityCode: '131121',
      addressee: '世田谷区長',
      filedOn: '2026-11-21',
      claimant: {
        familyName: '佐藤',
        givenName: '健太',
        pension: 'employees-pension',
        relationshipToChild: 'parent',
      },
      children: [{ givenName: '陽翔', claimed: true, livesWithClaimant: true }],
    });
  });

  it('refuses tampered or foreign data, naming the field', () => {
    const p = prepareForm('child-allowance-application', { household: newborn, child: 'haruto', on });
    if (!p.ok) throw new Error('fixture');
    const good = structuredClone(p.application) as unknown as Record<string, unknown>;
    const cases: [string, (a: Record<string, unknown>) => void, string][] = [
      ['an extra field', (a) => (a.extra = 1), ''],
      [
        'a 13-digit 個人番号',
        (a) => ((a.claimant as { myNumber: string }).myNumber = '3141592653521'),
        'claimant.myNumber',
      ],
      ['no child', (a) => (a.children = []), 'children'],
      ['a wrong format', (a) => (a.format = 'nonstop-application/2'), 'format'],
      ['an impossible date', (a) => (a.filedOn = '2026-02-30'), 'filedOn'],
    ];
    for (const [what, spoil, path] of cases) {
      const a = structuredClone(good);
      spoil(a);
      const v = validateApplication(a);
      expect(v.ok, what).toBe(false);
      if (!v.ok && path)
        expect(
          v.problems.map((x) => x.path),
          what,
        ).toContain(path);
    }
    expect(validateApplication(null)).toMatchObject({ ok: false });
    expect(validateApplication({ procedure: 'frobnicate' })).toMatchObject({ ok: false });
  });
});

describe('values that do not fit their box', () => {
  async function font() {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    return doc.embedFont(StandardFonts.Helvetica);
  }

  it('shrinks a slightly long value on one line, wraps a long one, never drops a character', async () => {
    const f = await font();
    const short = fitText(f, 'A'.repeat(20), 10, 140, 20);
    expect(short.lines).toEqual(['A'.repeat(20)]);
    const long = 'B'.repeat(80);
    const r = fitText(f, long, 10, 140, 24);
    expect(r.lines.length).toBeGreaterThan(1);
    expect(r.lines.join('')).toBe(long);
    for (const l of r.lines) expect(f.widthOfTextAtSize(l, r.size)).toBeLessThanOrEqual(140);
  });

  it('refuses a value that cannot fit even at 4 pt instead of cutting it', async () => {
    const f = await font();
    expect(() => fitText(f, 'C'.repeat(400), 10, 60, 10)).toThrow(FormOverflowError);
  });

  it('the drawing records only what it is given (no text for blank cells)', () => {
    const c = new FormCanvas();
    c.fit(0, 0, 10, 10, '');
    c.text(0, 0, '');
    expect(c.drawnText).toBe('');
  });
});

describe('ages on the forms', () => {
  it('counts completed years (満年齢), the day before a birthday one less', () => {
    expect(ageOn('1991-06-03', '2026-06-02')).toBe(34);
    expect(ageOn('1991-06-03', '2026-06-03')).toBe(35);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });
});

describe('the 児童扶養手当 認定請求書', () => {
  const single = household(singleParentJson);
  it('is refused for a household not recorded as a single-parent one, with the reason', () => {
    const p = prepareForm('child-rearing-allowance', { household: newborn, child: 'haruto', on });
    expect(p).toMatchObject({ ok: false, kind: 'not-applicable' });
    if (!p.ok && p.kind === 'not-applicable') expect(p.reason.ja).toContain('ひとり親世帯');
  });

  it("asks for the claimant's 個人番号 (the fixture has none) and the account is not required", () => {
    const p = prepareForm('child-rearing-allowance', { household: single, child: 'kaito', on });
    expect(p.ok === false && p.kind === 'missing-facts' && p.missing.map((m) => m.path)).toEqual([
      'guardians[0].myNumber',
    ]);
  });

  it('is printed for the counter (the claim needs the 戸籍謄本 and an interview), never sent', () => {
    const f = FORMS.find((k) => k.procedure === 'child-rearing-allowance')!;
    expect(f.filing).toBe('counter');
    expect(
      validateApplication({ format: 'nonstop-application/1', procedure: 'child-rearing-allowance' }).ok,
    ).toBe(false);
  });
});

describe("a form's data file is checked when the form is defined", () => {
  const code = { shape: { ...ADDRESSEE }, build: () => () => ({}), layout: () => undefined };
  it('refuses an unknown filing, a checklist condition the code lacks, a mustBe without its reason', () => {
    expect(() => defineForm({ ...rearingData, filing: 'fax' }, code)).toThrow();
    expect(() => defineForm(rearingData, code)).toThrow(/condition "noAccount"/);
    expect(() =>
      defineForm({ ...rearingData, checklist: [], applicant: { is: 'mother', mustBe: ['mother'] } }, code),
    ).toThrow(/otherwise/);
    expect(() =>
      defineForm({ ...rearingData, checklist: [], fields: [{ label: { ja: 'x' } }] }, code),
    ).toThrow();
  });
});
