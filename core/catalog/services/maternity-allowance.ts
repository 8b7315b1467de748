import type { ServiceInput } from '../schema';

export default {
  id: 'maternity-allowance',
  title: {
    ja: '出産手当金',
    en: 'Maternity allowance',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'leave',
  // Only the insured worker herself (被保険者 / 共済組合員), not a dependent (被扶養者) or 国保.
  conditions: [{ when: 'mother-insured-worker' }],
  // "出産の日以前42日": the birth (or due) date is day 1, so 41 days before it (adjustment: due date, multiples).
  opens: {
    from: 'birth',
    orExpected: true,
    days: -41,
  },
  due: null,
  closes: {
    from: 'birth',
    days: 56,
    years: 2,
  },
  filedAt: 'employer',
  // 102条 (出産手当金) is referred to from 99条 (傷病手当金) in the text quoted at https://note.com./airi114/n/n3827c90c05e7;
  // a 共済組合 member's equivalent is in the 共済組合法 (not encoded here).
  legalBasis: '健康保険法102条（出産手当金）・99条2項（日額の計算）',
  source: 'https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102',
  documents: ['出産手当金支給申請書（医師・事業主の証明欄つき）'],
  online: false,
  rule: '出産の日（予定日より遅れたときは予定日）を含む前42日（多胎は98日）から出産の翌日以後56日までに、仕事を休んだ日について標準報酬日額の3分の2が支給されます（給与が出る日は差額だけ）。勤務先を通じて健康保険（公務員は共済組合）に請求します。',
  appliesWhen:
    '母が勤務先の健康保険（公務員は共済組合）に本人として加入し、出産のため仕事を休むときに対象です。家族として加入している人（被扶養者）、働いていない人、国民健康保険の人は対象外です。',
  en: {
    legalBasis: 'Health Insurance Act art. 102 (maternity allowance), art. 99(2) (daily amount)',
    documents: ["Maternity allowance application form, with the doctor's and the employer's certificates"],
    rule: 'For the days you take off work from 42 days before the birth (98 for twins or more; counted from the due date if the baby comes later, the day itself included) until 56 days after the birth, two thirds of your standard daily pay is paid (if you get some pay on a day, only the difference). You claim from your health insurance (civil servants: the mutual aid association) through your employer.',
    appliesWhen:
      'Applies when the mother is herself insured through her work (health insurance, or a mutual aid association for civil servants) and takes time off for the birth. People insured as a family member (dependants), people not working, and people in National Health Insurance do not get it.',
  },
} satisfies ServiceInput;
