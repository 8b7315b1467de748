/**
 * 妊婦給付認定申請書 兼 妊婦支援給付金（1回目）支給申請書 (子ども・子育て支援法10条の2,
 * 10条の9①: 妊婦給付認定; 施行規則1条の4の2). Municipal forms (十日町市 様式第1号;
 * combined 申請書兼請求書 in 久米南町; jp-forms §7). Filed by the pregnant person at
 * the 妊娠届 interview (伴走型相談), so printed for the counter; paid to her own
 * account only, so the household's account is prefilled only when it is in her name.
 * The heartbeat confirmation date, the clinic and the pledges are hers to write.
 */
import { z } from 'zod';
import { APPLIES, defineForm, field, OPTIONAL, REQUIRED, refuse } from './engine';
import type { ApplicationOf, BuildContext, FormRequest } from './engine';
import { ADDRESSEE, addressSchema, ownAccountSchema, personSchema } from './parts';
import { accountInNameOf, chosenGuardian, motherOf } from './people';
import { wareki } from './write';
import { addressRow, bankRows, blank, dateLine, labelled, personRows, Sheet } from './layout';

export const PREGNANCY_SUPPORT_PAYMENT = 'pregnancy-support-payment-1';

const shape = {
  ...ADDRESSEE,
  pregnant: personSchema.extend({ address: addressSchema, phone: z.string().nullable() }),
  expectedBirthDate: z.string(),
  account: ownAccountSchema,
};
export type PregnancySupportPayment = ApplicationOf<typeof shape>;

const ROLE = { ja: '妊婦', en: 'pregnant person' };

function refuses(req: FormRequest) {
  const g = chosenGuardian(req, motherOf);
  if (!g || g.relationship === 'father')
    return refuse(
      '妊婦のための支援給付は妊婦本人が申請します。家族の情報に母を登録してください',
      'the 妊婦支援給付 is claimed by the pregnant person: the household lists no mother (or --guardian names the father)',
    );
  return APPLIES;
}

/** Paid to the pregnant person's own account only: another person's account is not prefilled. */
function build({ h, child, applicant: g, facts }: BuildContext) {
  const onForm = facts.guardian(g, ROLE, true);
  const address = facts.address(g, ROLE);
  return () => ({
    pregnant: { ...onForm, address: address!, phone: g.phone ?? null },
    expectedBirthDate: child.expectedBirthDate!,
    account: accountInNameOf(h, g),
  });
}

const L = 80;

function layout(app: PregnancySupportPayment) {
  const s = new Sheet();
  const p = app.pregnant;
  const a = app.account;
  s.header({
    formNo: '様式第1号',
    title: '妊婦給付認定申請書 兼 妊婦支援給付金支給申請書',
    date: dateLine('申請日', app.filedOn),
    addressee: app.addressee,
    statement:
      '子ども・子育て支援法第10条の9第1項の規定により妊婦給付認定を申請し、妊婦支援給付金（1回目）を申請します。',
  });
  personRows(s.section('1　申請者（妊婦）'), p, { labelWidth: L, right: [] });
  addressRow(s, p.address, L).row(18, labelled('電話番号', p.phone ?? '', L));
  s.section('2　妊娠の状況')
    .row(20, [...labelled('胎児心拍の確認日', '', L, 150), ...labelled('医療機関', '', 60)])
    .row(20, [
      ...labelled('出産予定日', wareki(app.expectedBirthDate), L, 150),
      { label: '流産・死産等', w: 60 },
      { checks: blank('該当する') },
    ]);
  bankRows(s.section('3　振込先（妊婦本人名義の口座に限ります）'), a, { labelWidth: L });
  s.section('4　誓約・同意')
    .row(22, [{ checks: blank('同じ妊娠について他の市区町村で妊婦支援給付金を受けていません') }])
    .row(22, [{ checks: blank('認定・支給のため、住民記録・課税情報等を確認することに同意します') }])
    .row(26, [
      { label: '署　名', w: L },
      { value: '', caption: '（申請者が署名してください）' },
    ])
    .office(['受付印', '本人確認', '面談', '認定番号', '支給決定'], 50);
  return s;
}

export const pregnancySupportPaymentForm = defineForm({
  procedure: PREGNANCY_SUPPORT_PAYMENT,
  title: {
    ja: '妊婦給付認定申請書（妊婦のための支援給付 1回目）',
    en: 'Pregnancy support payment application (first part)',
  },
  filing: 'counter',
  sources: [
    '子ども・子育て支援法 第10条の2・第10条の9第1項; 施行規則 第1条の4の2',
    '加東市 妊婦のための支援給付金事業実施要綱 (city.kato.lg.jp/section/reiki/reiki_honbun/r315RG00001380.html)',
    '久米南町 妊婦給付認定申請書兼給付金支給請求書 (reiki.town.kumenan.lg.jp/…/m277RG00000999.html)',
  ],
  fields: [
    field('申請日', 'date of application', 'on', REQUIRED, 'wareki'),
    field('妊婦 氏名・フリガナ・生年月日', 'name, kana, birth date', 'guardians[mother]', REQUIRED, 'kana'),
    field('妊婦 個人番号', '個人番号 (My Number)', 'guardians[mother].myNumber', REQUIRED, 'digits'),
    field('住所・電話', 'address and phone', 'guardians[mother].address | address', REQUIRED, 'text'),
    field('出産予定日', 'expected date of birth', 'children[].expectedBirthDate', REQUIRED, 'wareki'),
    field('胎児心拍の確認日・医療機関', 'date the heartbeat was confirmed, clinic', null, REQUIRED, 'text'),
    field(
      '振込先（妊婦本人名義）',
      "bank account in the pregnant person's name",
      'bankAccount',
      REQUIRED,
      'digits',
    ),
    field('誓約・同意・署名', 'pledges, consent and signature', null, REQUIRED, 'check'),
    field('受付・本人確認・認定', 'office use', null, OPTIONAL, 'office'),
  ],
  shape,
  fileStem: 'ninpu-kyufu-nintei',
  when: 'pregnant',
  refuses,
  applicant: (req) => chosenGuardian(req, motherOf),
  build,
  layout,
  checklist: (app) => [
    {
      ja: '妊娠届出の面談（伴走型相談）のときに提出します',
      en: 'hand it in at the interview held with the 妊娠届',
    },
    {
      ja: '妊婦本人の個人番号カード（または通知カード＋本人確認書類）',
      en: "the pregnant person's My Number card (or notice + ID)",
    },
    ...(app.account
      ? []
      : [
          {
            ja: '妊婦本人名義の口座を記入し、通帳またはキャッシュカードの写しを添えてください',
            en: "write an account in the pregnant person's name and attach a copy of the passbook or card",
          },
        ]),
    {
      ja: '2回目（胎児の数の届出）は出産予定日の8週前から申請できます',
      en: 'the second part (number of babies) can be claimed from 8 weeks before the due date',
    },
  ],
});
