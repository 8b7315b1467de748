import type { ServiceInput } from '../schema';

export default {
  id: 'childcare-leave-benefit',
  title: {
    ja: '育児休業給付金',
    en: 'Childcare leave benefit',
  },
  kind: 'benefit',
  concerns: 'guardian',
  group: 'leave',
  conditions: [
    {
      when: 'guardian-insured-worker',
    },
  ],
  opens: {
    from: 'birth',
  },
  due: null,
  closes: {
    from: 'age',
    years: 1,
  },
  filedAt: 'employer',
  // 雇用保険法 is e-Gov 349AC0000000116; 61条の8 is 出生時育児休業給付金 (産後パパ育休), per the text of 61条の7/61条の8
  // on kannosrfp.com. ハローワーク: https://www.hellowork.mhlw.go.jp/insurance/insurance_continue.html
  legalBasis: '雇用保険法61条の7（育児休業給付金）。産後パパ育休は61条の8（出生時育児休業給付金）',
  source: 'https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61_7',
  documents: ['育児休業給付受給資格確認票（勤務先が手続き）'],
  online: false,
  rule: '1歳未満（延長で1歳6か月・2歳）の子のために育児休業をとると、休業開始時賃金の67%（181日目から50%）が雇用保険から支給されます。勤務先を通じてハローワークに申請します。',
  appliesWhen:
    '雇用保険に入って勤務している親が育児休業をとるときに対象です（公務員は共済組合の育児休業手当金）。',
  en: {
    legalBasis:
      'Employment Insurance Act art. 61-7 (childcare leave benefit); leave just after the birth for fathers: art. 61-8 (birth-time childcare leave benefit)',
    documents: ['Eligibility form for the childcare leave benefit (your employer files it)'],
    rule: 'When you take childcare leave for a child under 1 (extended to 1 year 6 months or 2 years), employment insurance pays 67% of your pay before the leave (50% from day 181). You apply to Hello Work through your employer.',
    appliesWhen:
      "Applies when a parent working with employment insurance takes childcare leave (civil servants get the mutual aid association's childcare leave allowance).",
  },
} satisfies ServiceInput;
