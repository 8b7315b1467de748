/**
 * 児童扶養手当 認定請求書 (児童扶養手当法6条; 施行規則1条・様式第1号). The field
 * list is reconstructed from the 規則's form as municipal copies and the
 * 額改定請求書 of the same 様式 family show it (sources in the data file): the
 * 請求者, the 対象児童, the other parent and the reason the child is in the
 * law (離婚・死亡・未婚… — 法4条's cases, a declaration the household does not
 * hold), public pensions, the 養育費 agreement (since 2016-08), relatives with
 * a duty of support living together, and the account. Printed for the
 * counter: the claim needs the 戸籍謄本 and an interview (the catalog marks it
 * not online). The account is prefilled only when it is in the claimant's name.
 *
 * Applies to a household recorded as 'ひとり親世帯' (`singleParent`), the catalog's
 * condition for this allowance; 所得 is the municipality's to check.
 */
import { z } from 'zod';
import data from './data/child-rearing-allowance.json';
import { endOfSchoolYearOfAge } from '../dates/age';
import { compare } from '../dates/civil-date';
import { APPLIES, defineForm, personAndSex, refuse } from './engine';
import type { ApplicationOf, BuildContext, FormRequest } from './engine';
import { ADDRESSEE, addressSchema, ownAccountSchema, personSchema, personWithSex, sexSchema } from './parts';
import { accountInNameOf, byDate, sexOfGuardian } from './people';
import { fullName, kanaOf, occupationJa, sexJa, wareki } from './write';
import { bankRows, blank, labelled, sexChecks, type Sheet, applicantRows, signatureRow } from './layout';

export const CHILD_REARING_ALLOWANCE = 'child-rearing-allowance';

const shape = {
  ...ADDRESSEE,
  claimant: personSchema.extend({
    sex: sexSchema,
    address: addressSchema,
    phone: z.string().nullable(),
    occupation: z.string(),
  }),
  children: z
    .array(personWithSex.extend({ claimed: z.boolean() }))
    .min(1)
    .max(3),
  account: ownAccountSchema,
  movedIn: z.boolean(),
};
export type ChildRearingAllowance = ApplicationOf<typeof shape>;

const ROLE = { ja: '請求者', en: 'claimant' };

function refuses(req: FormRequest) {
  if (!req.household.singleParent)
    return refuse(
      '児童扶養手当はひとり親世帯などが対象です。家族の情報で「ひとり親世帯」になっていません',
      'the child-rearing allowance (児童扶養手当) is for single-parent households: the household is not recorded as one (singleParent)',
    );
  return APPLIES;
}

/** The children to 18歳年度末 the claimant supports, the claimed one among them (at most 3 rows). */
function build({ req, h, applicant: g, facts }: BuildContext) {
  const claimant = facts.contact(g, ROLE, true);
  return () => ({
    claimant: { ...claimant, sex: sexOfGuardian(g), occupation: occupationJa(g) },
    children: h.children
      .filter(
        (c) =>
          c.id === req.child ||
          (c.birthDate && c.supported && compare(req.on, endOfSchoolYearOfAge(c.birthDate, 18)) <= 0),
      )
      .sort(byDate)
      .slice(0, 3)
      .map((c) => ({ ...personAndSex(c), claimed: c.id === req.child })),
    account: accountInNameOf(h, g),
    movedIn: h.previousMunicipalityCode !== undefined,
  });
}

const L = 74;
const COLS = [170, 104, 36, 66] as const;

function layout(s: Sheet, app: ChildRearingAllowance) {
  const cl = app.claimant;
  applicantRows(s, '1　請求者', cl, {
    labelWidth: L,
    right: [{ label: '性別', w: 36 }, sexChecks(cl.sex, 76)],
  })
    .row(18, [...labelled('電話番号', cl.phone ?? '', L, 150), ...labelled('職業', cl.occupation, 50)])
    .row(18, [
      { label: '配偶者の有無', w: L },
      { checks: blank('ない', 'ある（婚姻の届出をしていないが事実上婚姻関係と同様の事情にある場合を含む）') },
    ]);
  s.section('2　対象児童（18歳に達する日以後の最初の3月31日までの間にある児童）').row(14, [
    { label: 'フリガナ／氏名', w: COLS[0] },
    { label: '生年月日', w: COLS[1] },
    { label: '性別', w: COLS[2] },
    { label: '請求者との続柄', w: COLS[3], size: 7 },
    { label: '個人番号' },
  ]);
  for (let i = 0; i < 3; i++) {
    const k = app.children[i];
    s.row(28, [
      { value: k ? fullName(k) : '', caption: k ? kanaOf(k) : '', w: COLS[0], size: 11 },
      { value: k ? wareki(k.birthDate) : '', w: COLS[1], size: 8.5 },
      { value: sexJa(k?.sex), w: COLS[2], align: 'center' },
      { value: k ? '子' : '', w: COLS[3], align: 'center' },
      { digits: k?.myNumber ?? '', count: 12 },
    ]);
  }
  s.section('3　児童の父または母（請求者でない方）')
    .row(22, [...labelled('氏　名', '', L), ...labelled('生年月日', '', 50, 130)])
    // 法4条①'s cases (イ〜ヨ on the 規則's form): ticked by the claimant, never by the app.
    .row(30, [{ label: '状　態', w: L }, { checks: blank(...data.choices.situations) }]);
  s.section('4　公的年金・養育費')
    .row(18, [
      { label: '公的年金', w: L },
      { checks: blank('受けていない', '受けている（種類：　　　　）', '請求中') },
    ])
    .row(18, [
      { label: '養育費', w: L },
      { checks: blank('文書で取り決めている', '文書ではないが取り決めている', '取り決めていない') },
    ]);
  s.section('5　同居している扶養義務者（父母・兄弟姉妹など）').row(18, [
    ...labelled('氏名・続柄', '', L),
    ...labelled('個人番号', '', 50, 190),
  ]);
  bankRows(s.section('6　振込先（請求者名義の口座）'), app.account, { labelWidth: L, typeBoxes: true });
  signatureRow(s, 26, L, '請求者', true).office(
    ['受付印', '認定年月日', '証書番号', '手当月額', '所得の確認'],
    46,
  );
}

export const childRearingAllowanceForm = defineForm(data, {
  shape,
  refuses,
  build,
  layout,
  conditions: { noAccount: (app) => !app.account, movedIn: (app) => app.movedIn },
});
