import type { ServiceInput } from '../schema';

export default {
  id: 'post-birth-leave-support-benefit',
  title: {
    ja: '出生後休業支援給付金',
    en: 'Post-birth leave support benefit',
  },
  kind: 'benefit',
  concerns: 'guardian',
  group: 'leave',
  conditions: [
    {
      when: 'guardian-insured-worker',
    },
    {
      when: 'born-on-or-after',
      date: '2025-04-01',
    },
  ],
  opens: {
    from: 'birth',
  },
  due: null,
  closes: {
    from: 'birth',
    days: 56,
  },
  filedAt: 'employer',
  // 61条の10 (出生後休業支援給付金; 61条の6 lists the kinds) per a summary of the 2024 amendment (roukijp.jp);
  // 61条の12 is 育児時短就業給付金 (rodo.co.jp, text in force 2025-04-01). 厚生労働省 leaflet:
  // https://www.mhlw.go.jp/content/11600000/001372778.pdf (cited by several 社労士 pages; not read here).
  legalBasis: '雇用保険法61条の10（出生後休業支援給付金, 2025年4月〜）',
  source: 'https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61_10',
  documents: ['勤務先が手続き'],
  online: false,
  rule: '両親がそれぞれ14日以上の育児休業をとると、28日分まで休業開始時賃金の13%が上乗せされ、67%と合わせて手取りのほぼ10割になります。父は出生後8週間以内、母は産後休業後8週間以内の休業が対象です。',
  appliesWhen: '雇用保険に入って勤務している親が、出生後の決められた期間に14日以上休業するときに対象です。',
  en: {
    legalBasis: 'Employment Insurance Act art. 61-10 (post-birth leave support benefit, from April 2025)',
    documents: ['Your employer files it'],
    rule: 'When both parents each take 14 days or more of childcare leave, 13% of the pay before the leave is added for up to 28 days; with the 67% this makes almost 100% of your take-home pay. For the father, leave within 8 weeks of the birth counts; for the mother, leave within 8 weeks after her maternity leave.',
    appliesWhen:
      'Applies when a parent working with employment insurance takes 14 days or more of leave in the set period after the birth.',
  },
} satisfies ServiceInput;
