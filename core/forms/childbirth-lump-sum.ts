/**
 * 出産育児一時金 支給申請書／内払金支払依頼書・差額申請書 (健康保険法101条 本人,
 * 114条 家族; 50万円, 48.8万円 outside the 産科医療補償制度, births from 2023-04).
 * Two sheets like the 協会けんぽ form (r127): sheet 1 the 被保険者 and the
 * 振込先, sheet 2 the birth and the 医師・助産師 / 市区町村長 certificates, which
 * are drawn and left for them. Sent to the health insurer (協会けんぽ, the
 * 健康保険組合, the 共済組合, or for 国保 the municipality).
 *
 * Whether the 直接支払制度 was used decides 差額 or 支給: the household does not
 * say, so both boxes stay blank for the person. The insurance 記号・番号 are
 * on the card: blank. The account is prefilled only when the household's
 * account is in the insured person's name (the form pays the insured person).
 */
import { z } from 'zod';
import data from './data/childbirth-lump-sum.json';
import { APPLIES, defineForm, refuse } from './engine';
import type { ApplicationOf, BuildContext, FormRequest } from './engine';
import { addressSchema, ownAccountSchema, personSchema } from './parts';
import { accountInNameOf, motherOf } from './people';
import { addressLine, fullName, kanaOf, wareki } from './write';
import type { Sheet } from './layout';
import { insurers, choices, bankRows, blank, labelled } from './layout';

export const CHILDBIRTH_LUMP_SUM = 'childbirth-lump-sum';

const shape = {
  insurer: z.enum(['employee', 'mutual-aid', 'national']),
  insured: personSchema.extend({ address: addressSchema, phone: z.string().nullable() }),
  /** 1 被保険者本人の出産, 2 家族（被扶養者）の出産 */
  mother: z.strictObject({ self: z.boolean(), name: z.string(), birthDate: z.string() }),
  birthDate: z.string(),
  liveBirths: z.number().int().min(1).max(5),
  account: ownAccountSchema,
};
export type ChildbirthLumpSum = ApplicationOf<typeof shape>;

function refuses(req: FormRequest) {
  if (!motherOf(req.household))
    return refuse(
      '出産した人（母）が家族の情報に登録されていません',
      'the household lists no mother (the person who gave birth)',
    );
  return APPLIES;
}

/** The form pays the insured person: only an account in their name is prefilled. */
function build({ h, child, applicant: insured, facts }: BuildContext) {
  const mother = motherOf(h)!;
  const role = { ja: '被保険者', en: 'insured person' };
  const person = facts.contact(insured, role, false);
  return () => ({
    insurer: insured.insurance,
    insured: person,
    mother: { self: mother === insured, name: fullName(mother), birthDate: mother.birthDate },
    birthDate: child.birthDate!,
    liveBirths: h.children.filter((c) => c.birthDate === child.birthDate).length,
    account: accountInNameOf(h, insured),
  });
}

const L = 80;

function layout(s: Sheet, app: ChildbirthLumpSum) {
  const p = app.insured;
  const a = app.account;
  s.section('申請の区分')
    .row(20, [{ checks: blank('差額申請（直接支払制度を利用し、出産費用が支給額より少なかった）') }])
    .row(20, [{ checks: blank('支給申請（直接支払制度を利用していない）') }])
    .row(18, choices('加入している保険', L, app.insurer, insurers('employee', 'mutual-aid', 'national')));
  s.section('被保険者')
    .row(22, [
      ...labelled('記号・番号', '', L, 200),
      { note: '（保険証・資格確認書の記号・番号。わからないときは個人番号）', size: 7 },
    ])
    .row(22, [
      { label: '個人番号', w: L },
      { digits: p.myNumber ?? '', count: 12, w: 190 },
      ...labelled('生年月日', wareki(p.birthDate), 50, undefined, 9),
    ])
    .row(26, [
      { label: '氏　名', w: L },
      { value: fullName(p), caption: kanaOf(p), size: 12 },
      ...labelled('電話番号', p.phone ?? '', 50, 120),
    ])
    .row(30, [
      { label: '住　所', w: L },
      { value: addressLine(p.address), caption: `〒 ${p.address.postalCode}`, size: 10.5 },
    ]);
  bankRows(s.section('振込先（被保険者名義の口座）'), a, { labelWidth: L, numberRow: false })
    .row(22, [
      { label: '預金種別', w: L },
      {
        checks: [
          ['1 普通', a?.accountType === 'ordinary'],
          ['2 当座', a?.accountType === 'current'],
          ['3 別段', false],
          ['4 通知', false],
        ],
        w: 220,
      },
      { label: '口座番号', w: 50 },
      { digits: a?.accountNumber ?? '', count: 7 },
    ])
    .row(22, [
      ...labelled('口座名義（カナ）', a?.holderKana ?? '', L),
      { label: '名義の区分', w: 60 },
      {
        checks: [
          ['申請者', a !== null],
          ['代理人', false],
        ],
        w: 130,
      },
    ])
    .row(40, [{ label: '備　考', w: L }, { value: '' }])
    .office(['受付日付印', '審査', '決定'], 46);

  s.page(s.canvas.size);
  s.header({ formNo: '申請者・医師・市区町村長記入用（2枚目）', title: '出産育児一時金 出産の証明' });
  s.section('出産の情報（申請者が記入）')
    .row(20, [
      { label: '出産した人', w: L },
      {
        checks: [
          ['1 被保険者', app.mother.self],
          ['2 家族（被扶養者）', !app.mother.self],
        ],
        w: 220,
      },
      { value: app.mother.name, caption: '氏名' },
    ])
    .row(20, [
      ...labelled('出産年月日', wareki(app.birthDate), L, 220),
      ...labelled('生年月日', wareki(app.mother.birthDate), 50, undefined, 9),
    ])
    .row(20, [
      { label: '出生児数', w: L },
      { value: `${app.liveBirths} 人`, w: 120, align: 'center' },
      { label: '死産児数', w: 50 },
      { note: '　　人（妊娠85日以上）' },
    ]);
  s.section('医師・助産師の証明（医療機関が記入します）')
    .row(22, [...labelled('出産者氏名', '', L), ...labelled('出産年月日', '', 60, 130)])
    .row(22, [
      { label: '出生児数', w: L },
      {
        checks: blank('単胎', '多胎（　　人）'),
      },
      { label: '死産', w: 60 },
      { note: '妊娠　　週', w: 130 },
    ])
    .row(30, [{ label: '施設の所在地・名称', w: L, size: 7.5 }, { value: '' }])
    .row(30, [
      { label: '医師・助産師の氏名', w: L, size: 7.5 },
      { value: '' },
      { label: '証明日', w: 60 },
      { note: '令和　年　月　日', w: 130 },
    ]);
  s.section('市区町村長の証明（医師・助産師の証明がないとき）')
    .row(22, [{ label: '本籍・筆頭者', w: L }, { value: '' }])
    .row(22, [...labelled('母の氏名', '', L), ...labelled('出生児の氏名', '', 60, 130)])
    .row(30, [
      { label: '証明', w: L },
      { note: '上記のとおり相違ないことを証明する。　令和　年　月　日　市区町村長' },
    ]);
}

export const childbirthLumpSumForm = defineForm(data, {
  shape,
  refuses,
  build,
  layout,
  conditions: {
    noAccount: (app) => !app.account,
    kokuho: (app) => app.insurer === 'national',
    notKokuho: (app) => app.insurer !== 'national',
  },
});
