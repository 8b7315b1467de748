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
      when: 'guardian-employed-as-employee',
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
  legalBasis: '雇用保険法61条の7',
  source: 'https://iuris.jp/雇用保険法-第六十一条の七-育児休業給付金/jpn/a/24782',
  documents: ['育児休業給付受給資格確認票（勤務先が手続き）'],
  online: false,
  rule: '1歳未満（延長で1歳6か月・2歳）の子のために育児休業をとると、休業開始時賃金の67%（181日目から50%）が雇用保険から支給されます。勤務先を通じてハローワークに申請します。',
  appliesWhen: '雇用保険に入って勤務している親が育児休業をとるときに対象です。',
} satisfies ServiceInput;
