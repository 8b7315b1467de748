/**
 * 子どものための教育・保育給付認定申請書 兼 保育所入所等申込書 (子ども・子育て支援法
 * 20条; 同法施行規則2条①), after the 内閣府 model that the municipal copies
 * keep (川口・伊佐・一関・門真; 港区 第二号様式, jp-forms §6). Online here
 * (ぴったりサービス in most municipalities); the 就労証明書 comes from each
 * employer in the national 標準的な様式.
 *
 * 保育を必要とする理由 is ticked 就労 only for a guardian the household records
 * as working; the wished-for facilities, period and hours are the family's
 * choice and stay blank for them. The ※認定 block is the municipality's.
 */
import { z } from 'zod';
import { allowanceClaimant } from '../household/schema';
import { defineForm, field, OPTIONAL, personAndSex, REQUIRED } from './engine';
import type { ApplicationOf, BuildContext } from './engine';
import { ADDRESSEE, addressSchema, personSchema, personWithSex } from './parts';
import { byDate, chosenGuardian } from './people';
import { addressLine, fullName, kanaOf, occupationJa, relationshipJa, sexJa, wareki } from './write';
import { dateLine, Sheet, type Check, blank, labelled } from './layout';

export const NURSERY_APPLICATION = 'nursery-application';

const guardianOnSheet = personSchema.extend({
  relationship: z.enum(['父', '母', 'その他']),
  occupation: z.string(),
  workplace: z.string().nullable(),
  phone: z.string().nullable(),
  working: z.boolean(),
});

const shape = {
  ...ADDRESSEE,
  address: addressSchema,
  guardians: z.array(guardianOnSheet).min(1).max(2),
  child: personWithSex,
  siblings: z.array(personWithSex).max(4),
};
export type NurseryApplication = ApplicationOf<typeof shape>;

function build({ req, h, child, applicant, facts }: BuildContext) {
  const role = { ja: '保護者', en: 'guardian' };
  const address = facts.address(applicant, role);
  const guardians = [applicant, ...h.guardians.filter((g) => g !== applicant)].slice(0, 2).map((g) => ({
    ...facts.guardian(g, role, g === applicant),
    relationship: relationshipJa(g),
    occupation: occupationJa(g),
    workplace: g.employer ?? null,
    phone: g.phone ?? null,
    working: g.employment !== 'none',
  }));
  return () => ({
    address: address!,
    guardians,
    child: personAndSex(child),
    siblings: h.children
      .filter((c) => c.id !== req.child && c.birthDate)
      .sort(byDate)
      .slice(0, 4)
      .map(personAndSex),
  });
}

const L = 76;
const REASONS = [
  '就労',
  '妊娠・出産',
  '疾病・障害',
  '介護・看護',
  '求職活動',
  '就学',
  '育児休業中の継続利用',
  'その他',
];

function layout(app: NurseryApplication) {
  const s = new Sheet();
  const k = app.child;
  s.header({
    formNo: '第二号様式',
    title: '教育・保育給付認定申請書 兼 保育所入所等申込書',
    date: dateLine('申請日', app.filedOn),
    addressee: app.addressee,
    statement:
      '子ども・子育て支援法第20条の規定により、教育・保育給付認定を申請し、保育所等の利用を申し込みます。',
  });
  s.section('1　保護者').row(30, [
    { label: '住　所', w: L },
    { value: addressLine(app.address), caption: `〒 ${app.address.postalCode}`, size: 10.5 },
  ]);
  for (const g of app.guardians)
    s.row(26, [
      { label: `保護者（${g.relationship}）`, w: L, size: 7.5 },
      { value: fullName(g), caption: kanaOf(g), size: 11 },
      ...labelled('電話', g.phone ?? '', 30, 96, 9),
      { label: '個人番号', w: 44, size: 7 },
      { digits: g.myNumber ?? '', count: 12, w: 132 },
    ]);
  s.section('2　子ども（申し込む子ども）')
    .row(26, [
      { label: '氏　名', w: L },
      { value: fullName(k), caption: kanaOf(k), size: 11 },
      ...labelled('生年月日', wareki(k.birthDate), 50, 110, 8.5),
      { label: '性別', w: 30 },
      { value: sexJa(k.sex), w: 30, align: 'center' },
    ])
    .row(22, [
      { label: '個人番号', w: L },
      { digits: k.myNumber ?? '', count: 12, w: 190 },
      { label: '障害者手帳等', w: 66 },
      {
        checks: blank('有', '無'),
      },
    ])
    .row(18, [
      { label: '保育の希望', w: L },
      {
        checks: [
          ['有（2号・3号認定）', true],
          ['無（1号認定）', false],
        ],
      },
    ]);
  s.section('3　世帯の状況（同居している人）');
  s.row(14, [
    { label: '続柄', w: 50 },
    { label: '氏　名' },
    { label: '生年月日', w: 110 },
    { label: '性別', w: 30 },
    { label: '職業・勤務先・学校名', w: 170 },
  ]);
  const members = [
    ...app.guardians.map((g) => ({
      rel: g.relationship,
      p: g,
      sex: g.relationship === '父' ? '男' : g.relationship === '母' ? '女' : '',
      work: `${g.occupation}${g.workplace ? `（${g.workplace}）` : ''}`,
    })),
    ...app.siblings.map((c) => ({ rel: '子', p: c, sex: sexJa(c.sex), work: '' })),
  ];
  for (let i = 0; i < 5; i++) {
    const m = members[i];
    s.row(20, [
      { value: m?.rel ?? '', w: 50, align: 'center' },
      { value: m ? fullName(m.p) : '' },
      { value: m ? wareki(m.p.birthDate) : '', w: 110, size: 8.5 },
      { value: m?.sex ?? '', w: 30, align: 'center' },
      { value: m?.work ?? '', w: 170, size: 8.5 },
    ]);
  }
  s.section('4　利用の希望')
    .row(20, [
      { label: '利用開始希望日', w: L },
      { note: '令和　　年　　月　　日から' },
      { label: '保育必要量', w: 60 },
      {
        checks: blank('標準時間', '短時間'),
        w: 140,
      },
    ])
    .row(20, [{ label: '第1希望', w: L }, { value: '' }, { label: '第2希望', w: 60 }, { value: '' }])
    .row(20, [{ label: '第3希望', w: L }, { value: '' }, { label: '第4希望', w: 60 }, { value: '' }]);
  s.section('5　保育を必要とする理由');
  for (const g of app.guardians)
    s.row(30, [
      { label: `保護者（${g.relationship}）`, w: L, size: 7.5 },
      { checks: REASONS.map((r): Check => [r, r === '就労' && g.working]) },
    ]);
  s.row(28, [
    {
      note: '市区町村が税情報・世帯情報を確認し、利用調整のため施設に情報を提供することに同意します。　署名',
      size: 7.5,
    },
    { value: '', w: 150 },
  ]).office(['認定区分　□1号 □2号 □3号', '保育必要量　□標準 □短時間', '認定期間', '認定番号'], 40);
  return s;
}

export const nurseryApplicationForm = defineForm({
  procedure: NURSERY_APPLICATION,
  title: {
    ja: '教育・保育給付認定申請書 兼 保育所入所等申込書',
    en: 'Nursery: childcare certification and admission application',
  },
  filing: 'online',
  sources: [
    '子ども・子育て支援法 第20条; 同法施行規則 第2条①',
    '港区子ども・子育て支援法施行細則 第3条・第二号様式 (city.minato.tokyo.jp/reiki/reiki_honbun/g104RG00002389.html)',
    '内閣府 様式例の市町村版: 川口 jadocz.com/doc/691670, 一関 happylibus 885520, 門真 paperzz 6707099',
  ],
  fields: [
    field('申請日', 'date of application', 'on', REQUIRED, 'wareki'),
    field(
      '保護者 氏名・フリガナ・電話・個人番号',
      'guardians: name, kana, phone, 個人番号',
      'guardians[]',
      REQUIRED,
      'digits',
    ),
    field('住所', 'address', 'address', REQUIRED, 'text'),
    field(
      '子ども 氏名・生年月日・性別・個人番号',
      "child's name, birth date, sex, 個人番号",
      'children[]',
      REQUIRED,
      'kana',
    ),
    field('障害者手帳等の有無', 'disability certificate', null, REQUIRED, 'check'),
    field('世帯の状況', 'household members', 'guardians[], children[]', REQUIRED, 'text'),
    field(
      '利用開始希望日・希望施設・保育必要量',
      'start date, wished-for facilities, hours',
      null,
      REQUIRED,
      'text',
    ),
    field('保育を必要とする理由', 'reason childcare is needed', 'guardians[].employment', REQUIRED, 'check'),
    field('同意の署名', 'consent signature', null, REQUIRED, 'text'),
    field('認定区分・認定期間・認定番号', 'office: certification', null, OPTIONAL, 'office'),
  ],
  shape,
  fileStem: 'hoiku-nintei-moushikomi',
  when: 'born',
  applicant: (req) => chosenGuardian(req, allowanceClaimant),
  build,
  layout,
  checklist: (app) => [
    ...app.guardians
      .filter((g) => g.working)
      .map((g) => ({
        ja: `就労証明書（${g.relationship}・${g.workplace ?? '勤務先'}が記入する全国共通様式）${g.occupation === '自営業' ? '・確定申告書の写し' : ''}`,
        en: `the employment certificate (就労証明書) for the ${g.relationship === '父' ? 'father' : 'mother'}, filled by the employer`,
      })),
    ...app.guardians
      .filter((g) => !g.working)
      .map(() => ({
        ja: '就労していない保護者は、保育が必要な理由の申立書や診断書など',
        en: 'for a guardian not working: a statement or certificate of the reason',
      })),
    {
      ja: '希望する施設・利用開始日・保育必要量を記入してください',
      en: 'fill in the wished-for facilities, start date and hours',
    },
    { ja: '保護者の個人番号がわかるもの・本人確認書類', en: "guardians' My Numbers and ID" },
  ],
});
