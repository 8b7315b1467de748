import type { ServiceInput } from '../schema';

/**
 * 額改定認定請求: a household already receiving 児童手当 for an older child claims the raise for a new child
 * (児童手当法9条①: the amount is revised from the month after the claim; 9条② applies 8条③'s 15 days). The
 * journey shows it instead of a new 認定請求 when a recorded claim is still being paid on the birth
 * (adjustment in core/journey/adjustments/child-allowance-application.ts).
 */
export default {
  id: 'child-allowance-revision',
  title: {
    ja: '児童手当 額改定認定請求',
    en: 'Child allowance: claim for the increased amount',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'money',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: {
    from: 'named',
    name: 'child-allowance-deadline',
  },
  closes: null,
  filedAt: 'municipality',
  // 9条 (額の改定: 認定請求をした日の属する月の翌月から) and its 2項 applying 8条3項 (15日), read in the
  // iuris.jp copy of 児童手当法 (e-Gov 346AC0000000073); the ministry page names the 額改定認定請求 for a new child.
  legalBasis:
    '児童手当法9条1項（額の改定は請求の翌月から）・9条2項（8条3項の15日を準用）・17条（公務員は勤務先）',
  source: 'https://laws.e-gov.go.jp/law/346AC0000000073#Mp-At_9',
  unverified:
    '15日の期限は市区町村の案内で確かめました。15日目が土日・祝日のときに次の開庁日まで延びるかは、まだ確かめられていません。心配なときは15日目より前に出してください',
  documents: ['額改定認定請求書', '請求者と配偶者の個人番号'],
  online: true,
  rule: 'すでに児童手当を受けている人に子が生まれたときは、新しく認定請求をするのではなく「額改定認定請求」をします。生まれた月のうち、または生まれた日の翌日から15日以内に請求すると、生まれた月の翌月分から増えた額が支給されます。遅れると、請求した月の翌月分からになります（さかのぼりなし）。',
  appliesWhen: 'すでに上のお子さんの児童手当を受けているときに請求します。',
  en: {
    legalBasis:
      'Child Allowance Act art. 9(1) (the amount is revised from the month after the claim), art. 9(2) (the 15 days of art. 8(3) apply), art. 17 (civil servants claim at work)',
    documents: [
      'Claim for the revised amount (額改定認定請求書)',
      'My Number of the claimant and of the spouse',
    ],
    rule: 'If you already receive child allowance and another child is born, you do not file a new claim: you claim the increased amount (額改定認定請求). If you claim in the month of the birth, or within 15 days from the day after the birth, the increase is paid from the month after the birth. If you are late, it starts from the month after you claim (no back pay).',
    appliesWhen: 'Claim it when you already receive child allowance for an older child.',
    unverified:
      'The 15-day limit is confirmed by municipal guidance. Whether it moves to the next open day when the 15th day is a weekend or holiday is not yet confirmed: if in doubt, file before the 15th day.',
  },
} satisfies ServiceInput;
