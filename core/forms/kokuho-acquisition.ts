/**
 * 国民健康保険 被保険者資格取得届 for a newborn (国民健康保険法9条①; items of
 * 国保法施行規則2条: the new member's 氏名・性別・生年月日・世帯主との続柄, the
 * date and reason of acquiring the status, the household's 記号番号; jp-forms
 * §5a). Applies only when no guardian is employee-insured: a child of an
 * employee-insured parent joins that insurance as a dependant instead
 * (dependant-change.ts). The 世帯主 files it at the counter within 14 days.
 */
import { z } from 'zod';
import data from './data/child-health-insurance-national.json';
import { APPLIES, defineForm, personAndSex, refuse } from './engine';
import type { ApplicationOf, BuildContext, FormRequest } from './engine';
import { ADDRESSEE, addressSchema, personWithSex } from './parts';
import { addressLine, fullName, kanaOf, sexJa, wareki } from './write';
import type { Sheet } from './layout';
import { blank, labelled } from './layout';

export const CHILD_HEALTH_INSURANCE = 'child-health-insurance';

const shape = {
  insurance: z.literal('national'),
  ...ADDRESSEE,
  filer: z.strictObject({ name: z.string(), address: addressSchema, phone: z.string().nullable() }),
  child: personWithSex,
  /** The other children of the same birth (twins): one 資格取得届 lists them all (issue 17 item 4). */
  sameBirth: z.array(personWithSex).max(5),
};
export type KokuhoAcquisition = ApplicationOf<typeof shape>;

function refuses(req: FormRequest) {
  const employed = req.household.guardians.find((g) => g.insurance !== 'national');
  if (employed)
    return refuse(
      `${employed.familyName} ${employed.givenName}さんが勤務先の健康保険に加入しているため、お子さんはその被扶養者になります（国民健康保険の届は不要です）`,
      `${employed.id} is employee-insured (${employed.insurance}): the child becomes that insurance's dependant, not a National Health Insurance (国保) member`,
    );
  return APPLIES;
}

function build({ h, child, applicant: g, facts }: BuildContext) {
  const address = facts.address(g, { ja: '届出人', en: 'filer' });
  const twins = h.children.filter(
    (c) => c !== child && c.birthDate !== undefined && c.birthDate === child.birthDate,
  );
  return () => ({
    insurance: 'national' as const,
    filer: { name: fullName(g), address: address!, phone: g.phone ?? null },
    child: personAndSex(child),
    sameBirth: twins.slice(0, 5).map((c) => personAndSex(c)),
  });
}

const L = 76;

function layout(s: Sheet, app: KokuhoAcquisition) {
  const k = app.child;
  s.section('1　世帯主・届出人')
    .row(18, [...labelled('記号・番号', '', L, 190), { note: '（世帯の国民健康保険の記号・番号）' }])
    .row(22, [
      ...labelled('世帯主氏名', '', L, undefined, 12),
      { label: '個人番号', w: 50 },
      { digits: '', count: 12, w: 190 },
    ])
    .row(30, [
      { label: '住　所', w: L },
      { value: addressLine(app.filer.address), caption: `〒 ${app.filer.address.postalCode}`, size: 10.5 },
    ])
    .row(22, [
      ...labelled('届出人氏名', app.filer.name, L, undefined, 11),
      ...labelled('電話番号', app.filer.phone ?? '', 50, 130),
    ])
    .row(18, [
      { label: '届出人', w: L },
      {
        checks: blank('世帯主', '同一世帯の人', '代理人（委任状が必要です）'),
      },
    ]);
  s.section('2　資格を取得する人（異動者）');
  s.row(14, [
    { label: 'フリガナ／氏名', w: 190 },
    { label: '生年月日', w: 110 },
    { label: '性別', w: 40 },
    { label: '続柄', w: 50 },
    { label: '個人番号' },
  ]);
  // every child of the birth on the one form; at least two rows, as the municipal sheets print.
  // 続柄 is to the 世帯主, whom the household does not name: left for the filer (item 11).
  const people = [k, ...app.sameBirth];
  for (let i = 0; i < Math.max(2, people.length); i++) {
    const p = people[i];
    s.row(30, [
      { value: p ? fullName(p) : '', caption: p ? kanaOf(p) : '', w: 190, size: 11 },
      { value: p ? wareki(p.birthDate) : '', w: 110, size: 8.5 },
      { value: p ? sexJa(p.sex) : '', w: 40, align: 'center' },
      { value: '', w: 50, align: 'center' },
      { digits: p?.myNumber ?? '', count: 12 },
    ]);
  }
  s.section('3　異動の内容')
    .row(20, [
      ...labelled('異動日', wareki(k.birthDate), L, 160),
      { label: '異動事由', w: 60 },
      {
        checks: [
          ['出生', true],
          ['転入', false],
          ['社保離脱', false],
          ['その他', false],
        ],
      },
    ])
    .row(40, [{ label: '備　考', w: L }, { value: '' }])
    .office(['受付印', '資格確認書番号', '確認書類', '入力', '出産育児一時金'], 56);
}

export const kokuhoAcquisitionForm = defineForm(data, { shape, refuses, build, layout });
