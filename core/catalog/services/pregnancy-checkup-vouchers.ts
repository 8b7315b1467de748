import type { ServiceInput } from '../schema';

export default {
  id: 'pregnancy-checkup-vouchers',
  title: {
    ja: '妊婦健康診査受診票',
    en: 'Prenatal check-up vouchers',
  },
  kind: 'check-up',
  concerns: 'child',
  group: 'pregnancy',
  conditions: [
    {
      when: 'unborn',
    },
  ],
  opens: null,
  due: null,
  closes: {
    from: 'expected-birth',
  },
  filedAt: 'medical-institution',
  // Checked (2026-11): 国分寺市妊婦健康診査実施要綱 1条 runs 妊婦健診 under 母子保健法13条 (健康診査):
  // https://www.city.kokubunji.tokyo.jp/area/reiki_int/haishi/reiki_honbun/c000RG00000676.html
  // The cadence (4-weekly to week 23, 2-weekly to 35, then weekly; about 14 visits) is the 厚生労働省 leaflet quoted by
  // こども家庭庁「妊婦健診に関する取組み」 (https://www.cfa.go.jp/policies/boshihoken/nimpukenshin); page not read here.
  legalBasis: '母子保健法13条（妊産婦の健康診査。受診回数の目安は こども家庭庁「妊婦健診に関する取組み」）',
  source: 'https://laws.e-gov.go.jp/law/340AC0000000141#Mp-At_13',
  documents: ['母子健康手帳', '受診票'],
  online: false,
  rule: '母子健康手帳と一緒に受診票（ふつう14回分）がもらえます。目安は23週まで4週ごと、24〜35週は2週ごと、36週からは毎週です。',
  appliesWhen: '妊娠中のお子さんが登録されているときに対象になります。',
  en: {
    legalBasis:
      'Maternal and Child Health Act art. 13 (health check-ups for pregnant women; the usual number of visits is from the Children and Families Agency page on prenatal check-ups)',
    documents: ['Maternal and Child Health Handbook (母子健康手帳)', 'Check-up vouchers (受診票)'],
    rule: 'Together with the Maternal and Child Health Handbook you receive check-up vouchers (usually 14). A common schedule: every 4 weeks up to week 23, every 2 weeks in weeks 24 to 35, and every week from week 36.',
    appliesWhen: 'Applies when a child on the way is registered.',
  },
} satisfies ServiceInput;
