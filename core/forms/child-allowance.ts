/**
 * 児童手当 認定請求書 (児童手当法施行規則 様式第2号, 児童手当法7条①): the
 * application data built from the household, and its one-page A4 layout
 * after the こども家庭庁 model (field list jp-forms §1, reconstructed [R]; the
 * order of blocks follows that list). The post-2024-10 form has no 所得 block
 * and adds the 兄姉等 (18–22歳年度末) rows. Online: signed and sent.
 */
import { z } from 'zod';
import data from './data/child-allowance-application.json';
import { endOfSchoolYearOfAge } from '../dates/age';
import { compare, type CivilDate } from '../dates/civil-date';
import { householdSchema, type Guardian, type Household } from '../household/schema';
import { APPLIES, defineForm, missingOnly, person, personAndSex, refuse } from './engine';
import type { ApplicationOf, BuildContext, BuildResult as EngineBuildResult, FormRequest } from './engine';
import { ADDRESSEE, addressSchema, personSchema, sexSchema, APPLICATION_FORMAT } from './parts';
import { byDate, sameAddress, sexOfGuardian } from './people';
import { fullName, kanaOf, sexJa, wareki } from './write';
import type { Sheet } from './layout';
import { choices, bankRows, sexChecks, type Cell, labelled, applicantRows } from './layout';

export { APPLICATION_FORMAT };
export type { MissingFact, PersonOnForm } from './engine';
export const CHILD_ALLOWANCE = 'child-allowance-application';

const shape = {
  ...ADDRESSEE,
  claimant: personSchema.extend({
    sex: sexSchema,
    relationshipToChild: z.enum(['parent', 'other']),
    pension: z.enum(['employees-pension', 'mutual-aid', 'national-pension']),
    address: addressSchema,
    phone: z.string().nullable(),
    employer: z.string().nullable(),
  }),
  spouse: personSchema.extend({ sameAddress: z.boolean() }).nullable(),
  children: z
    .array(personSchema.extend({ sex: sexSchema, livesWithClaimant: z.boolean(), claimed: z.boolean() }))
    .min(1)
    .max(4),
  bankAccount: householdSchema.shape.bankAccount.unwrap().nullable(),
};
export type ChildAllowanceApplication = ApplicationOf<typeof shape>;
export type BuildResult = EngineBuildResult<ChildAllowanceApplication>;

// 加入年金 decides the 被用者/非被用者 split (jp-forms §1, item 3).
function pensionOf(g: Guardian): ChildAllowanceApplication['claimant']['pension'] {
  if (g.employment === 'civil-servant' || g.insurance === 'mutual-aid') return 'mutual-aid';
  if (g.employment === 'employee') return 'employees-pension';
  return 'national-pension';
}

const ROLE = { ja: '請求者', en: 'claimant' };

function build({ req, h, applicant: claimant, facts }: BuildContext) {
  const address = facts.address(claimant, ROLE);
  const onForm = facts.guardian(claimant, ROLE, true);
  facts.need(
    h.bankAccount,
    'bankAccount',
    '振込先口座（または公金受取口座）',
    'bank account, or the public benefit receiving account (公金受取口座)',
  );
  return () => {
    const spouse = h.guardians.find(
      (g) => g !== claimant && (g.relationship === 'mother' || g.relationship === 'father'),
    );
    const children = h.children
      .filter((c) => isAllowanceChild(c, req.on))
      .sort(byDate)
      .slice(0, 4)
      .map((c) => ({ ...personAndSex(c), livesWithClaimant: true, claimed: c.id === req.child }));
    return {
      claimant: {
        ...onForm,
        sex: sexOfGuardian(claimant),
        relationshipToChild: claimant.relationship === 'other' ? ('other' as const) : ('parent' as const),
        pension: pensionOf(claimant),
        address: address!,
        phone: claimant.phone ?? null,
        employer: claimant.employer ?? null,
      },
      spouse: spouse ? { ...person(spouse), sameAddress: sameAddress(spouse.address, address) } : null,
      children,
      bankAccount: h.bankAccount ?? null,
    };
  };
}

/** A 支給要件児童 on the claim's day: born by then, supported, not past the 3/31 after turning 18. */
function isAllowanceChild(c: Household['children'][number], on: CivilDate): boolean {
  return (
    !!c.birthDate &&
    c.supported !== false && // the schema's default: a file that omits it means supported
    compare(c.birthDate as CivilDate, on) <= 0 &&
    compare(on, endOfSchoolYearOfAge(c.birthDate as CivilDate, 18)) <= 0
  );
}

/** The claim is for a child the claimant supports on the day, within the age of 児童手当. */
function refuses(req: FormRequest) {
  const c = req.household.children.find((k) => k.id === req.child);
  if (!c?.birthDate) return APPLIES; // the engine's own check says the child must be born
  if (compare(c.birthDate as CivilDate, req.on) > 0)
    return refuse(
      '請求日がお子さんの生まれた日より前です（児童手当は出生後に請求します）',
      'the date of the claim is before the child was born (the claim is made after the birth)',
    );
  if (c.supported === false)
    return refuse(
      'このお子さんを養育していないため、児童手当は請求できません（児童を監護し生計を同じくする人が請求します）',
      'the household does not support this child, so it cannot claim 児童手当 for it',
    );
  if (!isAllowanceChild(c, req.on))
    return refuse(
      '18歳に達する日以後の最初の3月31日を過ぎたお子さんは児童手当の対象ではありません',
      'the child is past the 31 March after its 18th birthday, the end of 児童手当',
    );
  return APPLIES;
}

/** The claim for a child, as the first version's callers ask for it (the child must be born). */
export function buildChildAllowanceApplication(
  h: Household,
  childId: string,
  filedOn: CivilDate,
): BuildResult {
  const child = h.children.find((c) => c.id === childId);
  if (!child)
    return missingOnly('children', `子ども "${childId}" が登録されていません`, `no child "${childId}"`);
  if (!child.birthDate)
    return missingOnly(
      `children.${childId}.birthDate`,
      'お子さんの生年月日（出生後に請求できます）',
      "the child's date of birth (the claim is made after the birth)",
    );
  return childAllowanceForm.build({ household: h, child: childId, on: filedOn });
}

const L = 70; // label column
const PENSIONS = [
  ['厚生年金保険', 'employees-pension'],
  ['共済組合等（第2〜4号）', 'mutual-aid'],
  ['国民年金', 'national-pension'],
  ['未加入', null],
] as const;
const RELATIONSHIPS = [
  ['父母', 'parent'],
  ['未成年後見人', null],
  ['父母指定者', null],
  ['その他', 'other'],
] as const;

function layout(s: Sheet, app: ChildAllowanceApplication) {
  const cl = app.claimant;
  applicantRows(s, '1　請求者', cl, {
    labelWidth: L,
    right: [{ label: '性別', w: 36 }, sexChecks(cl.sex, 76)],
  })
    .row(18, [
      ...labelled('電話番号', cl.phone ?? '', L, 150),
      ...labelled('職業・勤務先', cl.employer ?? '', 70, undefined, 9.5),
    ])
    .row(18, choices('加入年金', L, cl.pension, PENSIONS))
    .row(18, choices('児童との関係', L, cl.relationshipToChild, RELATIONSHIPS));
  const sp = app.spouse;
  s.section('2　配偶者')
    .row(20, [
      ...labelled('氏　名', sp ? fullName(sp) : '', L, undefined, 11),
      { label: '個人番号', w: 50 },
      { digits: sp?.myNumber ?? '', count: 12, w: 180 },
    ])
    .row(18, [
      { label: '住　所', w: L },
      { checks: [['請求者と同じ', sp?.sameAddress ?? false]], w: 100 },
      { note: '（異なる場合は住所を記入）' },
    ]);
  s.section('3　支給要件児童（18歳に達する日以後の最初の3月31日までの間にある児童）');
  const cols = [175, 110, 40, 70] as const;
  s.row(14, [
    { label: 'フリガナ／氏名', w: cols[0] },
    { label: '生年月日', w: cols[1] },
    { label: '性別', w: cols[2] },
    { label: '同居・別居', w: cols[3] },
    { label: '個人番号（別居の場合）' },
  ]);
  for (let i = 0; i < 4; i++) {
    const k = app.children[i];
    const sex = sexJa(k?.sex);
    s.row(28, [
      {
        value: k ? fullName(k) : '',
        caption: k ? `${kanaOf(k)}${k.claimed ? '（今回請求）' : ''}` : '',
        w: cols[0],
        size: 11,
      },
      { value: k ? wareki(k.birthDate) : '', w: cols[1], size: 8.5 },
      { value: sex, w: cols[2], align: 'center' },
      { value: k ? (k.livesWithClaimant ? '同居' : '別居') : '', w: cols[3], align: 'center' },
      { value: '' },
    ]);
  }
  // 兄姉等 (2024-10 reform: counted for the third-child rate); the household does not list them yet.
  s.section('4　18歳年度末を過ぎ22歳年度末までの兄姉等（監護相当・生計費の負担がある場合）');
  const empty: Cell[] = [
    { value: '', w: cols[0] },
    { value: '', w: cols[1] },
    { value: '', w: cols[2] },
    { value: '' },
  ];
  s.row(18, empty).row(18, empty);
  const bank = app.bankAccount;
  const b = bank?.kind === 'bank' ? bank : null;
  s.section('5　振込先口座（請求者本人名義の口座に限ります）').row(18, [
    { checks: [['公金受取口座を利用する（通帳の写しは不要）', bank?.kind === 'public-funds']] },
  ]);
  bankRows(s, b, {
    labelWidth: L,
    nameRowHeight: 20,
    bankWidth: 150,
    branchWidth: 110,
    typeBoxes: true,
    numberWidth: 120,
  })
    .gap(6)
    .row(34, [{ label: '備　考', w: L }, { value: '' }, { seal: '印（任意）', w: 60 }])
    .office(['受付印', '認定年月日', '支給開始月', '受給者番号', '確認書類']);
}

export const childAllowanceForm = defineForm(data, {
  shape,
  refuses,
  build,
  layout,
  conditions: {
    bankAccount: (app) => app.bankAccount?.kind === 'bank',
    employeeInsured: (app) => app.claimant.pension !== 'national-pension',
  },
});
