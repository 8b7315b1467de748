/**
 * 出生届 (戸籍法49条・52条; 戸籍法施行規則59条 附録第11号様式), A3 landscape: the
 * left half is the 届出 the parents fill, the right half the 出生証明書 (出生証明書
 * の様式等を定める省令) the doctor or midwife fills — drawn here, never filled.
 * Items of the 届出 after 戸籍法49条② and 施行規則55条 (jp-forms §3; labels from
 * the 桑名市・松山市 guides, order reconstructed).
 *
 * Paper only: the signed sheet goes to the office (戸籍法 requires the 届書 and
 * the 出生証明書 together), so the app prints it with its checklist and never
 * submits it. Facts the household does not hold — the time and place of
 * birth, 本籍 and 筆頭者, 世帯主, when the parents began living together, the
 * household's main work, the 続き柄 order (長男/二女…) — stay blank and are
 * listed; the 届出人's signature is always by hand (押印は任意, 令和3年法務省令第40号).
 */
import { z } from 'zod';
import data from './data/birth-registration.json';
import { daysBetween } from '../dates/civil-date';
import type { Guardian } from '../household/schema';
import { defineForm } from './engine';
import type { ApplicationOf, BuildContext } from './engine';
import { ADDRESSEE, addressSchema, personSchema } from './parts';
import { fatherOf, motherOf } from './people';
import { addressLine, ageOn, fullName, wareki } from './write';
import type { Sheet } from './layout';
import { dateLine, type Cell, blank, labelled, sexChecks } from './layout';

export const BIRTH_REGISTRATION = 'birth-registration';

const parentSchema = z
  .strictObject({ name: z.string(), birthDate: z.string(), ageAtBirth: z.number().int() })
  .nullable();

const shape = {
  ...ADDRESSEE,
  child: personSchema.omit({ myNumber: true }).extend({ sex: z.enum(['female', 'male']).nullable() }),
  address: addressSchema,
  father: parentSchema,
  mother: parentSchema,
  /**
   * The 届出人: who files is the parents' choice at the counter (戸籍法52条: the father or the
   * mother), so nothing of it is printed unless `--guardian` names the filer; the address is the
   * household's, where both parents live (issue 17 item 11: no pre-ticked filer).
   */
  filer: z.strictObject({
    role: z.enum(['father', 'mother']).nullable(),
    address: addressSchema,
    birthDate: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  daysSinceBirth: z.number().int(),
};
export type BirthRegistration = ApplicationOf<typeof shape>;

function parent(g: Guardian | undefined, birth: string) {
  return g ? { name: fullName(g), birthDate: g.birthDate, ageAtBirth: ageOn(g.birthDate, birth) } : null;
}

function build({ req, h, child, applicant: filer, facts }: BuildContext) {
  const address = facts.need(
    h.address ?? filer.address,
    'address',
    '子の住所（住民登録をする住所）',
    "the child's address (where the 住民票 will be)",
  );
  const filerAddress = facts.address(filer, { ja: '届出人', en: 'filer' });
  const born = child.birthDate!;
  return () => ({
    child: {
      familyName: child.familyName ?? '',
      givenName: child.givenName ?? '',
      familyNameKana: child.familyNameKana ?? '',
      givenNameKana: child.givenNameKana ?? '',
      birthDate: born,
      sex: child.sex ?? null,
    },
    address: address!,
    father: parent(fatherOf(h), born),
    mother: parent(motherOf(h), born),
    filer: {
      role: req.guardian
        ? filer.relationship === 'father'
          ? ('father' as const)
          : ('mother' as const)
        : null,
      address: filerAddress!,
      birthDate: req.guardian ? filer.birthDate : null,
      phone: req.guardian ? (filer.phone ?? null) : null,
    },
    daysSinceBirth: daysBetween(born, req.on),
  });
}

const L = 74;
const LEFT = { left: 30, width: 560 };
const RIGHT = { left: 612, width: 548 };

function parentCells(p: BirthRegistration['father']): Cell[] {
  return [
    { value: p?.name ?? '', size: 11 },
    { value: p ? `${wareki(p.birthDate)}（満 ${p.ageAtBirth} 歳）` : '', size: 8.5, w: 150 },
  ];
}

function layout(s: Sheet, app: BirthRegistration) {
  s.rowScale = 1.14;
  s.column(LEFT.left, LEFT.width);
  s.row(40, [
    { office: '受理　令和　年　月　日　第　　号' },
    { office: '送付　令和　年　月　日' },
    { office: '書類調査・戸籍記載・記載調査' },
  ]);
  s.header({ title: '出生届', date: dateLine('届出日', app.filedOn), addressee: app.addressee });
  const k = app.child;
  s.section('生まれた子')
    .row(16, [
      ...labelled('よみかた', k.familyNameKana, L, undefined, 8.5),
      { value: k.givenNameKana, size: 8.5 },
    ])
    .row(26, [
      { label: '子の氏名', w: L },
      { value: k.familyName, caption: '氏', size: 13 },
      { value: k.givenName, caption: '名', size: 13 },
    ])
    .row(20, [
      { label: '父母との続き柄', w: L },
      {
        checks: blank('嫡出子', '嫡出でない子'),
        w: 190,
      },
      { note: '（長・二・三…）', w: 90 },
      sexChecks(k.sex),
    ])
    .row(20, [
      ...labelled('生まれたとき', wareki(k.birthDate), L, 190),
      {
        checks: blank('午前', '午後'),
        w: 110,
      },
      { note: '　　時　　分' },
    ])
    .row(24, [{ label: '生まれたところ', w: L }, { value: '' }, { note: '番地・番　号', w: 80 }])
    .row(30, [
      { label: '住所（住民登録をするところ）', w: L, size: 7 },
      { value: addressLine(app.address), caption: `〒 ${app.address.postalCode}`, size: 10 },
    ])
    .row(20, [...labelled('世帯主の氏名', '', L), ...labelled('世帯主との続き柄', '', 80, 100)]);
  s.section('生まれた子の父と母')
    .row(14, [
      { label: '', w: L },
      { label: '氏　名' },
      { label: '生年月日（子が生まれたときの年齢）', w: 150 },
    ])
    .row(24, [{ label: '父', w: L }, ...parentCells(app.father)])
    .row(24, [{ label: '母', w: L }, ...parentCells(app.mother)])
    .row(30, [
      { label: '本　籍', w: L },
      { value: '', caption: '（外国人のときは国籍だけを書いてください）' },
      { value: '', caption: '筆頭者の氏名', w: 130 },
    ])
    .row(20, [
      { label: '同居を始めたとき', w: L },
      { note: '　　　年　　　月（結婚式をあげたとき、または、同居を始めたときのうち早いほう）' },
    ]);
  const workTop = s.y;
  s.row(62, [{ label: '子が生まれたときの世帯のおもな仕事', w: L, size: 6.5 }, { value: '' }])
    .row(20, [
      { label: '父母の職業', w: L },
      { value: '', caption: '（国勢調査の年…の4月1日から翌年3月31日までに子が生まれたときだけ）' },
    ])
    .row(30, [{ label: 'その他', w: L }, { value: '' }]);
  s.section('届出人')
    .row(20, [
      { label: '資　格', w: L },
      {
        checks: [
          ['父', app.filer.role === 'father'],
          ['母', app.filer.role === 'mother'],
          ['法定代理人', false],
          ['同居者', false],
          ['医師', false],
          ['助産師', false],
          ['その他の立会者', false],
        ],
      },
    ])
    .row(28, [
      { label: '住　所', w: L },
      { value: addressLine(app.filer.address), caption: `〒 ${app.filer.address.postalCode}`, size: 10 },
    ])
    .row(24, [{ label: '本　籍', w: L }, { value: '' }, { value: '', caption: '筆頭者の氏名', w: 130 }])
    .row(30, [
      { label: '署　名', w: L },
      { value: '', caption: '（本人が署名してください）' },
      { seal: '印（任意）', w: 44 },
      ...labelled('生年月日', app.filer.birthDate ? wareki(app.filer.birthDate) : '', 50, 110, 8.5),
    ])
    .row(24, [
      { label: '連絡先', w: L },
      { value: app.filer.phone ?? '', caption: '電話' },
    ])
    .footer(app.filedOn);
  // 世帯のおもな仕事: the six categories of 施行規則55条, one per line (none ticked: the household does not say).
  const work = [
    '1 農業だけまたは農業とその他の仕事を持っている世帯',
    '2 自由業・商工業・サービス業等を個人で経営している世帯',
    '3 企業・個人商店等の常用勤労者世帯で勤め先の従業者数が1人から99人までの世帯',
    '4 3にあてはまらない常用勤労者世帯及び会社団体の役員の世帯',
    '5 1から4にあてはまらないその他の仕事をしている者のいる世帯',
    '6 仕事をしている者のいない世帯',
  ];
  const step = (62 * s.rowScale - 6) / work.length;
  work.forEach((w, i) => {
    s.canvas.rect(LEFT.left + L + 6, workTop + 4 + i * step, 7, 7, { lineWidth: 0.4 });
    s.canvas.text(LEFT.left + L + 17, workTop + 10.5 + i * step, w, 7.5);
  });

  // Right half: 出生証明書, drawn for the doctor or midwife, never filled.
  s.column(RIGHT.left, RIGHT.width);
  s.header({ title: '出生証明書' });
  s.canvas.text(
    RIGHT.left + RIGHT.width,
    s.y - 20,
    '（医師・助産師などが記入します。アプリでは記入しません）',
    7.5,
    'right',
  );
  const certRow = (label: string, h: number, rest: Cell[] = [{ value: '' }]) =>
    s.row(h, [{ label, w: L }, ...rest]);
  certRow('子の氏名', 28, [
    { value: '' },
    { label: '男女の別', w: 60 },
    {
      checks: blank('1 男', '2 女'),
      w: 120,
    },
  ]);
  certRow('生まれたとき', 24, [{ note: '令和　　年　　月　　日　　午前・午後　　時　　分' }]);
  certRow('出生したところ及びその種別', 22, [
    {
      checks: blank('1 病院', '2 診療所', '3 助産所', '4 自宅', '5 その他'),
    },
  ]);
  certRow('出生したところ', 30, [{ value: '', caption: '所在地' }]);
  certRow('施設の名称', 22);
  certRow('体重及び身長', 22, [{ note: '体重　　　　　　グラム　　　身長　　　　　　センチメートル' }]);
  certRow('単胎・多胎の別', 22, [
    {
      checks: blank('1 単胎', '2 多胎（　子中第　子）'),
    },
  ]);
  certRow('母の氏名', 24, [{ value: '' }, { label: '妊娠週数', w: 60 }, { note: '満　　週　　日', w: 120 }]);
  certRow('この母の出産した子の数', 30, [
    { note: '出生子（この出生子及び出生後死亡した子を含む）　　人　　死産児（妊娠満22週以後）　　胎' },
  ]);
  certRow('証明', 80, [
    { note: '上記のとおり証明する。　令和　　年　　月　　日　　□1 医師　□2 助産師　□3 その他　　住所・氏名' },
  ]);
  s.office(['受付', '確認', '入力'], 40);
}

export const birthRegistrationForm = defineForm(data, {
  shape,
  build,
  layout,
  conditions: { late: (app) => app.daysSinceBirth > 13 },
});
