import type { ServiceInput } from '../schema';

export default {
  id: 'child-allowance-application',
  title: {
    ja: '児童手当 認定請求',
    en: 'Child allowance application',
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
  // Sources (2026-12): 児童手当法 is e-Gov 346AC0000000073. 8条2項: from the month after the 認定の請求; 8条3項: a claim
  // within 15 days of a move or of the end of やむを得ない理由 counts from that month (iuris.jp copy of 8条). Applying the
  // 15 days to a birth is municipal practice (江戸川区 Q&A, fact sheet S3). Ministry page:
  // https://www.cfa.go.jp/policies/kokoseido/jidouteate/annai (こども家庭庁 児童手当).
  legalBasis:
    '児童手当法7条（認定の請求）・8条2項（請求の翌月から支給）・8条3項（15日以内の請求）・17条（公務員は勤務先）、地方自治法4条の2第4項',
  source: 'https://laws.e-gov.go.jp/law/346AC0000000073#Mp-At_8',
  // Researcher's note (kept here and for the CLI's reading of the sources, not for parents): the 15 days at a birth
  // are confirmed by municipal guidance (江戸川区 Q&A); how 8条3項 reads for a birth and whether a 15th day that is
  // a closed day moves to the next open day are not confirmed in a primary source.
  unverified:
    '15日の期限は市区町村の案内で確かめました。15日目が土日・祝日のときに次の開庁日まで延びるかは、まだ確かめられていません。心配なときは15日目より前に出してください',
  documents: ['認定請求書', '請求者名義の口座（公金受取口座なら不要）', '請求者と配偶者の個人番号'],
  online: true,
  rule: '生まれた月のうち、または生まれた日の翌日から15日以内（最終日が閉庁日なら次の開庁日まで）に請求すると、生まれた月の翌月分から支給されます。遅れると、その月の分は受け取れません（さかのぼりなし）。公務員は勤務先に請求します。',
  appliesWhen: 'お子さんが生まれたら（または転入したら）請求します。',
  en: {
    legalBasis:
      'Child Allowance Act art. 7 (claim for approval), art. 8(2) (paid from the month after the claim), art. 8(3) (claim within 15 days), art. 17 (civil servants claim at work); Local Autonomy Act art. 4-2(4)',
    documents: [
      'Claim form for approval (認定請求書)',
      "A bank account in the claimant's name (not needed if you registered a public benefit account)",
      'My Number of the claimant and of the spouse',
    ],
    rule: 'If you claim in the month of the birth, or within 15 days from the day after the birth (moved to the next open day if the 15th day is a closed day), the allowance is paid from the month after the birth. If you are late, you lose that month (no back pay). Civil servants claim at their workplace.',
    appliesWhen: 'Claim it when a child is born (or when you move into the municipality).',
    unverified:
      'The 15-day limit is confirmed by municipal guidance. Whether it moves to the next open day when the 15th day is a weekend or holiday is not yet confirmed: if in doubt, file before the 15th day.',
  },
} satisfies ServiceInput;
