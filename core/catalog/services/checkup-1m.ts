import type { ServiceInput } from '../schema';

export default {
  id: 'checkup-1m',
  title: {
    ja: '1か月児健康診査',
    en: '1-month check-up',
  },
  kind: 'check-up',
  concerns: 'child',
  group: 'check-up',
  conditions: [
    {
      when: 'born',
    },
  ],
  // The 1か月児健康診査支援事業 (こども家庭庁, 国庫補助) sets the age: "出生後27日を超え生後6週に達しない乳児"
  // (栗東市1か月児健康診査実施要綱2条, http://www.city.ritto.lg.jp/reiki/reiki_honbun/k010RG00001571.html):
  // from the 28th day after the birth to the 41st (6 weeks = 42 days; 吉田町 states 生後27日〜41日,
  // https://www.town.yoshida.shizuoka.jp/9149.htm). A baby who could not be seen in time (premature, in hospital)
  // is still taken later (栗東市 2条2項): said in the rule.
  opens: {
    from: 'birth',
    days: 28,
  },
  due: null,
  closes: {
    from: 'birth',
    days: 41,
  },
  filedAt: 'health-centre',
  // Sources (2026-12): check-ups other than the two of 12条 are held under 母子保健法13条 (e-Gov 340AC0000000141) at ages
  // each municipality chooses; こども家庭庁「乳幼児健診に関する取組み」 (https://www.cfa.go.jp/policies/boshihoken/nyuyojikenshin)
  // names the 3–6 and 9–11 month check-ups (交付税) and the 1-month one (国庫補助).
  legalBasis:
    '母子保健法13条（市区町村が必要に応じて行う健康診査。こども家庭庁「乳幼児健診に関する取組み」も参照）',
  source: 'https://laws.e-gov.go.jp/law/340AC0000000141#Mp-At_13',
  documents: ['母子健康手帳', '受診票・問診票'],
  online: false,
  rule: '1か月児健康診査は、生後27日を超え6週になる前（生まれた日の28日後から41日後まで）に、受診票を使って医療機関で受けます。早産や入院でこの間に受けられなかったときも、市区町村に相談すれば受けられます。',
  appliesWhen: '生まれたお子さんが対象です。',
  en: {
    legalBasis:
      'Maternal and Child Health Act art. 13 (check-ups a municipality offers as needed; see also the Children and Families Agency page on check-ups for babies and young children)',
    documents: ['Maternal and Child Health Handbook (母子健康手帳)', 'Check-up voucher and questionnaire'],
    rule: "The 1-month check-up is taken at a clinic with the municipality's voucher from the 28th to the 41st day after the birth (more than 27 days old and before 6 weeks). A baby who could not be seen then (premature or in hospital) can still be seen: ask the municipality.",
    appliesWhen: 'Applies to children who have been born.',
  },
} satisfies ServiceInput;
