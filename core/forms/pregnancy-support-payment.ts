/**
 * 妊婦給付認定申請書 兼 妊婦支援給付金（1回目）支給申請書 (子ども・子育て支援法10条の2,
 * 10条の9①: 妊婦給付認定; 施行規則1条の4の2). Municipal forms (十日町市 様式第1号;
 * combined 申請書兼請求書 in 久米南町; jp-forms §7). Filed by the pregnant person at
 * the 妊娠届 interview (伴走型相談), so printed for the counter; paid to her own
 * account only, so the household's account is prefilled only when it is in her name.
 * The heartbeat confirmation date, the clinic and the pledges are hers to write.
 */
import { z } from 'zod';
import data from './data/pregnancy-support-payment-1.json';
import { defineForm } from './engine';
import type { ApplicationOf, BuildContext } from './engine';
import { ADDRESSEE, addressSchema, ownAccountSchema, personSchema } from './parts';
import { accountInNameOf } from './people';
import { wareki } from './write';
import type { Sheet } from './layout';
import { bankRows, blank, labelled, applicantRows, signatureRow } from './layout';

export const PREGNANCY_SUPPORT_PAYMENT = 'pregnancy-support-payment-1';

const shape = {
  ...ADDRESSEE,
  pregnant: personSchema.extend({ address: addressSchema, phone: z.string().nullable() }),
  expectedBirthDate: z.string(),
  account: ownAccountSchema,
};
export type PregnancySupportPayment = ApplicationOf<typeof shape>;

const ROLE = { ja: '妊婦', en: 'pregnant person' };

/** Paid to the pregnant person's own account only: another person's account is not prefilled. */
function build({ h, child, applicant: g, facts }: BuildContext) {
  const pregnant = facts.contact(g, ROLE, true);
  return () => ({
    pregnant,
    expectedBirthDate: child.expectedBirthDate!,
    account: accountInNameOf(h, g),
  });
}

const L = 80;

function layout(s: Sheet, app: PregnancySupportPayment) {
  const p = app.pregnant;
  const a = app.account;
  applicantRows(s, '1　申請者（妊婦）', p, { labelWidth: L, right: [] }).row(
    18,
    labelled('電話番号', p.phone ?? '', L),
  );
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
    .row(22, [{ checks: blank('認定・支給のため、住民記録・課税情報等を確認することに同意します') }]);
  signatureRow(s, 26, L, '申請者', false).office(['受付印', '本人確認', '面談', '認定番号', '支給決定'], 50);
}

export const pregnancySupportPaymentForm = defineForm(data, {
  shape,
  build,
  layout,
  conditions: { noAccount: (app) => !app.account },
});
