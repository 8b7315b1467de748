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
import { allowanceClaimant, householdSchema, type Guardian, type Household } from '../household/schema';
import { APPLIES, defineForm, missingOnly, person, personAndSex, refuse } from './engine';
import type { ApplicationOf, BuildContext, BuildResult as EngineBuildResult, FormRequest } from './engine';
import { ADDRESSEE, addressSchema, personSchema, sexSchema, APPLICATION_FORMAT } from './parts';
import { accountInNameOf, byDate, sameAddress, sexOfGuardian } from './people';
import { fullName, kanaOf, wareki } from './write';
import type { Sheet } from './layout';
import { choices, bankRows, sexChecks, type Cell, labelled, applicantRows } from './layout';

export { APPLICATION_FORMAT };
export type { MissingFact, PersonOnForm } from './engine';
export const CHILD_ALLOWANCE = 'child-allowance-application';
export const CHILD_ALLOWANCE_REVISION = 'child-allowance-revision';

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

/**
 * 生計を維持する程度の高い者 (法4条): when two parents both work, the household must say which
 * of them mainly supports the family (by income) — the app asks, never guesses the first.
 */
function claimantUndecided(h: Household): boolean {
  const parents = h.guardians.filter((g) => g.relationship !== 'other');
  return !h.claimant && parents.filter((g) => g.employment !== 'none').length >= 2;
}

/** Children a completed claim (認定請求 or 額改定) already covers: they are listed, not claimed again. */
function coveredByClaim(h: Household, childId: string): boolean {
  return h.completed.some(
    (c) =>
      (c.item === CHILD_ALLOWANCE || c.item === CHILD_ALLOWANCE_REVISION) && (c.child ?? null) === childId,
  );
}

function build({ req, h, applicant: claimant, facts }: BuildContext) {
  const address = facts.address(claimant, ROLE);
  const onForm = facts.guardian(claimant, ROLE, true);
  if (claimantUndecided(h))
    facts.need(
      null,
      'claimant',
      '児童手当を請求する人（父母のうち生計を維持する程度の高い方。ふつうは所得の高い方）',
      'who claims: the parent who mainly supports the family (usually the higher income; 児童手当法4条)',
    );
  // the 様式 asks the spouse's 個人番号 beside the name: asked inline, never sent empty (item 12)
  const spouseOf = h.guardians.find(
    (g) => g !== claimant && (g.relationship === 'mother' || g.relationship === 'father'),
  );
  if (spouseOf) facts.guardian(spouseOf, { ja: '配偶者', en: 'spouse' }, true);
  // 「請求者本人名義の口座に限ります」: the claimant's own account (one holder rule, people.ts) or 公金受取口座
  const own = accountInNameOf(h, claimant);
  const account =
    h.bankAccount?.kind === 'public-funds' ? h.bankAccount : own ? { kind: 'bank' as const, ...own } : null;
  facts.need(
    account,
    'bankAccount',
    h.bankAccount
      ? `請求者（${claimant.familyName} ${claimant.givenName}）本人名義の振込先口座（登録の口座は名義が請求者ではありません）、または公金受取口座`
      : '振込先口座（または公金受取口座）',
    h.bankAccount
      ? "an account in the claimant's own name (the recorded one is not), or the 公金受取口座"
      : 'bank account, or the public benefit receiving account (公金受取口座)',
  );
  return () => {
    const spouse = spouseOf;
    const children = h.children
      .filter((c) => isAllowanceChild(c, req.on))
      .sort(byDate)
      .slice(0, 4)
      // one claim covers every child the claimant supports: each not yet covered is 今回請求
      .map((c) => ({
        ...personAndSex(c),
        livesWithClaimant: true,
        claimed: c.id === req.child || !coveredByClaim(h, c.id),
      }));
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
      bankAccount: account ?? null,
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
  // 続柄 (to the claimant, as the 様式 asks; not 性別) and 海外留学 (a child studying abroad stays
  // a 支給要件児童, 法3条・施行規則1条の2): the household records neither study abroad nor a
  // 続柄 other than a parent's 子, so those stay for the claimant to write.
  const cols = [175, 100, 40, 60, 50] as const;
  s.row(14, [
    { label: 'フリガナ／氏名', w: cols[0] },
    { label: '生年月日', w: cols[1] },
    { label: '続柄', w: cols[2] },
    { label: '同居・別居', w: cols[3] },
    { label: '海外留学', w: cols[4] },
    { label: '個人番号（別居の場合）' },
  ]);
  const relation = app.claimant.relationshipToChild === 'parent' ? '子' : '';
  for (let i = 0; i < 4; i++) {
    const k = app.children[i];
    s.row(28, [
      {
        value: k ? fullName(k) : '',
        caption: k ? `${kanaOf(k)}${k.claimed ? '（今回請求）' : ''}` : '',
        w: cols[0],
        size: 11,
      },
      { value: k ? wareki(k.birthDate) : '', w: cols[1], size: 8.5 },
      { value: k ? relation : '', w: cols[2], align: 'center' },
      { value: k ? (k.livesWithClaimant ? '同居' : '別居') : '', w: cols[3], align: 'center' },
      { value: '', w: cols[4] },
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

const code = {
  shape,
  build,
  layout,
  conditions: {
    bankAccount: (app: ChildAllowanceApplication) => app.bankAccount?.kind === 'bank',
    employeeInsured: (app: ChildAllowanceApplication) => app.claimant.pension !== 'national-pension',
  },
};

/** A civil servant claims at the employer (所属庁, 児童手当法17条), never at the municipality. */
const civilServant = (req: FormRequest) => allowanceClaimant(req.household).employment === 'civil-servant';

const toEmployer = {
  ja: '請求者は公務員です：市区町村ではなく勤務先（所属庁）の児童手当担当へ紙で提出します（児童手当法17条）',
  en: 'the claimant is a civil servant: filed on paper at the employer (所属庁) under article 17 of the Child Allowance Act, not at the municipality',
};
const toMunicipality = refuse(
  '請求者が公務員ではないため、市区町村へ請求します',
  'the claimant is not a civil servant: the claim goes to the municipality',
);

/** The first claim (認定請求), online to the municipality. */
export const childAllowanceForm = defineForm(data, {
  ...code,
  refuses: (req) => (civilServant(req) ? refuse(toEmployer.ja, toEmployer.en) : refuses(req)),
});

/** The same 様式 for a civil servant: printed for the employer, addressed to its head. */
export const childAllowanceCivilServantForm = defineForm(
  {
    ...data,
    id: `${CHILD_ALLOWANCE}/civil-servant`,
    title: {
      ja: '児童手当 認定請求書（公務員：勤務先へ提出）',
      en: 'Child allowance claim (児童手当 認定請求書), civil servant: for the employer',
    },
    filing: 'employer',
    addressee: 'employer',
    checklist: [toEmployer, ...data.checklist],
  },
  { ...code, refuses: (req) => (civilServant(req) ? refuses(req) : toMunicipality) },
);

/** Already receiving for an older child: the claim is not covered by another claim's children. */
function revisionRefuses(req: FormRequest) {
  const h = req.household;
  if (!h.children.some((c) => c.id !== req.child && coveredByClaim(h, c.id)))
    return refuse(
      '児童手当をまだ受けていないため、額改定ではなく認定請求をします',
      'the household does not receive 児童手当 yet: the first claim (認定請求) is made, not a revision',
    );
  if (coveredByClaim(h, req.child))
    return refuse(
      'このお子さんの分はすでに請求済みです',
      'a claim recorded for this child already covers it',
    );
  return refuses(req);
}

const revisionData = {
  ...data,
  procedure: CHILD_ALLOWANCE_REVISION,
  title: {
    ja: '児童手当 額改定認定請求書',
    en: 'Child allowance revision claim (児童手当 額改定認定請求書)',
  },
  filing: 'counter',
  fileStem: 'jidou-teate-gakukaitei',
  // the 様式 number is left off: the sources at hand do not show it
  header: {
    title: '児童手当額改定認定請求書',
    dateLabel: '請求年月日',
    statement: '児童手当法第9条第1項の規定により、児童手当の額の改定について認定を請求します。',
  },
  sources: [
    '児童手当法 第9条（額の改定：認定請求をした日の属する月の翌月から。出生等の日の翌日から15日以内は第8条第3項の例による）',
    ...data.sources,
  ],
  checklist: [
    {
      ja: '出生日の翌日から15日以内に請求すると、出生月の翌月分から増額されます（過ぎると請求月の翌月分から）',
      en: 'filed within 15 days of the day after the birth, the higher amount starts the month after the birth (later: the month after the claim)',
    },
    ...data.checklist,
  ],
};

/** 額改定認定請求書: a household already receiving for an older child, for the new child. */
export const childAllowanceRevisionForm = defineForm(revisionData, {
  ...code,
  refuses: (req) => (civilServant(req) ? refuse(toEmployer.ja, toEmployer.en) : revisionRefuses(req)),
});

/** The revision of a civil servant, at the employer. */
export const childAllowanceRevisionCivilServantForm = defineForm(
  {
    ...revisionData,
    id: `${CHILD_ALLOWANCE_REVISION}/civil-servant`,
    title: {
      ja: '児童手当 額改定認定請求書（公務員：勤務先へ提出）',
      en: 'Child allowance revision claim (児童手当 額改定認定請求書), civil servant: for the employer',
    },
    filing: 'employer',
    addressee: 'employer',
    checklist: [toEmployer, ...revisionData.checklist],
  },
  { ...code, refuses: (req) => (civilServant(req) ? revisionRefuses(req) : toMunicipality) },
);
