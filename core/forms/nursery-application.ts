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
import data from './data/nursery-application.json';
import { defineForm, personAndSex } from './engine';
import type { ApplicationOf, BuildContext } from './engine';
import { ADDRESSEE, addressSchema, personSchema, personWithSex } from './parts';
import { byDate } from './people';
import { addressLine, fullName, kanaOf, occupationJa, relationshipJa, sexJa, wareki } from './write';
import type { Sheet } from './layout';
import { type Check, blank, labelled } from './layout';

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

function layout(s: Sheet, app: NurseryApplication) {
  const k = app.child;
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
      { checks: data.choices.reasons.map((r): Check => [r, r === '就労' && g.working]) },
    ]);
  s.row(28, [
    {
      note: '市区町村が税情報・世帯情報を確認し、利用調整のため施設に情報を提供することに同意します。　署名',
      size: 7.5,
    },
    { value: '', w: 150 },
  ]).office(['認定区分　□1号 □2号 □3号', '保育必要量　□標準 □短時間', '認定期間', '認定番号'], 40);
}

export const nurseryApplicationForm = defineForm(data, {
  shape,
  build,
  layout,
  checklistFirst: (app) => [
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
  ],
});
