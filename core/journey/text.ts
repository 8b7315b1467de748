/**
 * The words the engine writes into a journey (facts, reasons, notes), in Japanese and in English.
 * One interface, two tables: a text missing in either language fails the compiler. The catalog's
 * own texts (rule, documents, legal basis) are the catalog's, in its `en` blocks; these are the
 * texts the engine composes with the household's dates and amounts.
 *
 * Japanese is the reference (plain やさしい日本語 where it helps); the English says the same for
 * foreign residents, with the Japanese name of a paper or office in parentheses where the parent
 * will meet it in Japanese. Dates: 和暦 in Japanese, "21 Nov 2026" in English.
 */
import { dayNumber, type CivilDate } from '../dates/civil-date';
import { formatEnglishDay, formatEnglishMonth, englishMonthName } from '../dates/english';
import { eraYearLabel, formatWareki, formatWarekiDay, toWareki } from '../dates/wareki';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

export interface JourneyText {
  readonly lang: Lang;
  /** A day number as a date. */
  day(n: number): string;
  /** A payment month `YYYY-MM` (令和8年12月分 / Dec 2026). */
  paidMonth(month: string): string;
  yen(n: number): string;
  monthly(n: number): string;

  born(n: number): string;
  expected(n: number): string;
  /** The first fact of an item is one of these two. */
  isDateFact(fact: string): boolean;
  deadline(n: number): string;
  isDeadline(fact: string): boolean;
  ends(n: number): string;
  isEnds(fact: string): boolean;
  declined(on: CivilDate, reason: string): string;
  outgrown(closes: CivilDate): string;
  noOverlay: string;
  /** A pregnancy item after the due date, the baby not yet born: still open until the birth. */
  untilBirth: string;

  // 妊婦のための支援給付
  supportFirstDeadline(countedFrom: 'notification' | 'birth' | 'expected'): string;
  supportSecondDeadline: string;

  // 育児休業給付・出生後休業支援給付
  leaveAfterPostnatal: string;

  // Items per working guardian
  bornOnOrAfter(date: CivilDate, dateFact: string | null): string;
  noInsuredWorker: string;
  conditionsNotMet: string;
  guardianName(family: string, given: string): string;
  mutualAid(name: string): string;
  mutualAidLeave: { readonly name: string; readonly legalBasis: string };
  mutualAidPostBirth: { readonly name: string; readonly legalBasis: string };

  // 出産手当金
  maternityShownOn(firstChild: string): string;
  maternityPerBirth: string;
  maternityMultiple: string;
  maternityLate(expected: number): string;
  maternityMutualAidLegal: string;
  maternityMutualAid: string;
  maternityMutualAidUnverified: string;
  maternityInsuredHerself: string;

  // 子ども医療費助成
  subsidyAge(age: number): string;
  subsidyCopay(text: string): string;
  subsidyIncomeLimit(text: string | null): string;

  // 児童手当 認定請求
  claimant(family: string, given: string, civilServant: boolean): string;
  allowanceCivilServantLegal: string;
  allowanceOldLaw: string;
  allowanceLate: string;
  /** Twins or more: one claim for the children of the birth. */
  allowanceOneClaim(children: number): string;
  /** The 額改定認定請求 instead of a new 認定請求. */
  allowanceRevision: string;
  /** Older children with no recorded claim that the one 認定請求 lists too. */
  allowanceAlsoCovers(names: readonly string[]): string;

  // 出産育児一時金
  lumpSumAmount(withCompensation: number, base: number, estimated: boolean): string;
  lumpSumPerBirth(children: number, total: number): string;
  lumpSumBeforeTable: string;

  // 無償化
  freeKindergarten: string;
  freeNursery(n: number): string;

  // 保育所
  nurseryRound(deadline: CivilDate, admitMonth: number): string;
  nurseryTarget(aprilYear: number): string;
  nurseryPeriod(opens: CivilDate, closes: CivilDate): string;
  nurseryOtherRounds(deadlineDay: number, next: string): string;

  // 児童扶養手当・特別児童扶養手当
  rearingDisability: string;
  rearingTotal(total: number, first: number, others: number): string;
  rearingFirst(amount: number, label: string, name: string): string;
  rearingAddition(rank: number, amount: number, label: string, name: string): string;
  rearingIncome: string;
  rearingRange(full: number, incomeYear: number): string;
  rearingFull(income: number, limit: number, incomeYear: number): string;
  rearingPartial(total: number, income: number, limit: number, incomeYear: number): string;
  rearingStopped(income: number, limit: number, bySupporter: boolean, incomeYear: number): string;
  limitOver(income: number, limit: number, incomeYear: number): string;
  limitWithin(incomeYear: number): string;
  limitAssumed(incomeYear: number): string;
  nurseryFee(residentTaxExempt: boolean): string;
  specialBoth(grade1: number, grade2: number, label: string): string;
  specialGradeCertified: string;
  specialGrade(grade: number, amount: number, label: string): string;
  specialIncome: string;
  // 障害児福祉手当
  welfareAmount(amount: number, label: string): string;
  welfareConstantCare: string;
  welfareIncome: string;
  /** The fiscal year of the amounts, and when it is not the year asked, which year is shown. */
  fiscalYearLabel(fy: number, shown: number): string;

  // 子の健康保険
  insuranceEmployee: string;
  insuranceMutualAid: string;
  insuranceMutualAidLegal: string;
  insuranceNational: string;
  insuranceNationalLegal: string;

  // 予防接種
  vaccineDocuments: readonly string[];
  vaccineUnborn: string;
  vaccineAfterDose(dose: number): string;
  vaccineUntil(closes: number): string;
  vaccinePrevious(dose: number, on: CivilDate): string;
  vaccineNoRoom: string;
  vaccinePreviousMissed(dose: number): string;
  vaccinePeriod(opens: number, closes: number): string;
  vaccineTitle(title: string, dose: number): string;
  pcvFourDoses: string;
  pcvCourse3: string;
  pcvCourse2: string;
  pcvNoThird: string;
  pcvCourseLate: string;
  pcvCourseOne: string;
  pcvNotAfter24: string;
  pcvThirdNotNeeded: string;
  hibFourDoses: string;
  hibCourse3: string;
  hibCourse2: string;
  hibNoThird: string;
  hibCourseOne: string;
  hibNotAfter12: string;
  hpvTwoDoses: string;
  hpvThreeDoses: string;
  hpvNoThird: string;
  hpvThreeDosesWhen: string;
  hpvExtended: string;
  hpvSexNotRecorded: string;

  // 児童手当 summary
  allowanceBefore2024Oct: string;
  allowanceOctober2024: string;
  allowanceFromNextMonth: string;
  allowanceRank(rank: number): string;
  allowanceUnder3: string;
  allowanceOver3: string;
  allowanceClaimInTime(name: string, deadline: number, from: string, amount: number): string;
  allowanceClaimNow(name: string, from: string, amount: number): string;
}

/**
 * A text made once per key, for the few amounts and months there are (Intl formatting is costly).
 * Not for day-based facts: a day's label is already cached (formatWarekiDay), and joining it to a
 * word costs less than a Map lookup among thousands of days (measured).
 */
function once<K>(make: (k: K) => string): (k: K) => string {
  const made = new Map<K, string>();
  return (k) => {
    let text = made.get(k);
    if (text === undefined) made.set(k, (text = make(k)));
    return text;
  };
}

const YEN_JA = new Intl.NumberFormat('ja-JP');
const YEN_EN = new Intl.NumberFormat('en-US');
const wareki = formatWareki;
const english = (d: CivilDate): string => formatEnglishDay(dayNumber(d));

const yenJa = once((n: number) => `${YEN_JA.format(n)}円`);
const monthlyJa = once((n: number) => `月額 ${YEN_JA.format(n)}円`);
const yenEn = once((n: number) => `¥${YEN_EN.format(n)}`);
const monthlyEn = once((n: number) => `¥${YEN_EN.format(n)} a month`);
const paidMonthJa = once((m: string) => {
  const w = toWareki(`${m}-01` as CivilDate);
  return `${eraYearLabel(w)}${w.month}月分`;
});
const paidMonthEn = once((m: string) => formatEnglishMonth(+m.slice(0, 4), +m.slice(5, 7)));
const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
};

export const JA: JourneyText = {
  lang: 'ja',
  day: formatWarekiDay,
  paidMonth: paidMonthJa,
  yen: yenJa,
  monthly: monthlyJa,

  born: (n) => `出生日 ${formatWarekiDay(n)}`,
  expected: (n) => `出産予定日 ${formatWarekiDay(n)}`,
  isDateFact: (f) => f.startsWith('出生日 ') || f.startsWith('出産予定日 '),
  deadline: (n) => `期限 ${formatWarekiDay(n)}`,
  isDeadline: (f) => f.startsWith('期限 '),
  ends: (n) => `終了 ${formatWarekiDay(n)}`,
  isEnds: (f) => f.startsWith('終了 '),
  declined: (on, reason) => `対象外として記録（${wareki(on)}）: ${reason}`,
  outgrown: (closes) => `対象の期間（${wareki(closes)}まで）が制度の開始より前に終わります`,
  noOverlay: '市区町村の規則が未登録のため、一般的な内容で表示しています',
  untilBirth: '予定日を過ぎても、生まれるまでは使えます',

  supportFirstDeadline: (from) =>
    `申請できるのは胎児の心拍が確認された日から2年です。その日は記録されていないため、${from === 'notification' ? '妊娠届の日' : from === 'birth' ? '出生日' : '出産予定日'}から数えた最も遅い日を終了日にしています`,
  supportSecondDeadline: '申請できるのは出産予定日の8週間前の日から2年です',

  leaveAfterPostnatal: '母親は産後休業（出産の翌日から8週間）のあとに育児休業を始めます',

  bornOnOrAfter: (date, dateFact) =>
    `${wareki(date)}以降に生まれた子が対象です（${dateFact ?? '出生日が未登録'}）`,
  noInsuredWorker: '雇用保険または共済組合に入って勤務している親が登録されていません',
  conditionsNotMet: '対象の条件にあてはまりません',
  guardianName: (family, given) => `${family} ${given}`,
  mutualAid: (name) => `公務員: ${name}（所属の共済組合・勤務先へ）`,
  mutualAidLeave: {
    name: '共済組合の育児休業手当金',
    legalBasis: '国家公務員共済組合法70条の2・地方公務員等共済組合法70条の2（育児休業手当金）',
  },
  mutualAidPostBirth: {
    name: '共済組合の出生後休業支援手当金',
    legalBasis: '国家公務員共済組合法・地方公務員等共済組合法（出生後休業支援手当金, 2025年4月〜）',
  },

  maternityShownOn: (first) => `多胎の出産手当金は1回の出産として、${first}の項目にまとめて表示します`,
  maternityPerBirth: '出産手当金は出産1回につき母に支給されます',
  maternityMultiple: '多胎妊娠: 産前98日から',
  maternityLate: (n) =>
    `予定日（${formatWarekiDay(n)}）より後の出産: 産前は予定日から数え、遅れた日数分も支給`,
  maternityMutualAidLegal: '国家公務員共済組合法66条・地方公務員等共済組合法69条（共済組合の出産手当金）',
  maternityMutualAid:
    '共済組合の組合員: 産前産後の期間に給与が支払われないときに、共済組合から出産手当金（公務員の産休は有給のことが多いため、所属先で確認）',
  maternityMutualAidUnverified:
    '公務員の産前産後休暇の給与の扱いは所属先によります（一次資料で確認できていません）',
  maternityInsuredHerself:
    '勤務先の健康保険に本人として加入している場合です（家族の扶養に入っている場合は対象外）',

  subsidyAge: (age) => `対象: ${age}歳年度末まで`,
  subsidyCopay: (text) => `自己負担: ${text}`,
  subsidyIncomeLimit: (text) => `所得制限: ${text ?? 'なし'}`,

  claimant: (family, given, civilServant) =>
    `請求者 ${family} ${given}${civilServant ? '（公務員: 勤務先へ請求）' : ''}`,
  allowanceCivilServantLegal: '児童手当法7条・8条・17条（公務員は所属庁）',
  allowanceOldLaw: '2024年9月分までは改正前の制度のため、金額は表示しません',
  allowanceLate: '期限を過ぎています: 請求した月の翌月分から支給され、さかのぼっては支給されません',
  allowanceOneClaim: (n) => `${n}人の出産: 1回の請求で${n}人分をまとめて請求します`,
  allowanceAlsoCovers: (names) =>
    `この認定請求には、請求の記録がない上のお子さん（${names.join('・')}）も含めます（請求した月の翌月分から）`,
  allowanceRevision:
    'すでに児童手当を受けているため、新しい認定請求ではなく額改定認定請求をします（請求の翌月分から増額）',

  lumpSumAmount: (withComp, base, estimated) =>
    `${estimated ? '予定日に生まれた場合、' : ''}子ども1人につき${yenJa(withComp)}（産科医療補償制度の対象外の出産は${yenJa(base)}）。金額は出産の日で決まります`,
  lumpSumPerBirth: (n, total) => `${n}人の出産: 1回の請求で${n}人分（合計${yenJa(total)}）`,
  lumpSumBeforeTable: '2015年より前の出産の額は登録していません（2015年1月からの額で表示しています）',

  freeKindergarten: '幼稚園・認定こども園（1号）: 満3歳から',
  freeNursery: (n) => `保育所・認定こども園（2号）: ${formatWarekiDay(n)}から`,

  nurseryRound: (deadline, month) => `${wareki(deadline)}締切・${month}月入所`,
  nurseryTarget: (y) => `対象の4月入所: ${y}年4月（生後57日から入所できる施設が多い）`,
  nurseryPeriod: (opens, closes) => `申込期間 ${wareki(opens)}〜${wareki(closes)}`,
  nurseryOtherRounds: (day, next) => `4月以外: 前月${day}日締切（次は ${next}）`,

  rearingDisability: '障害のある子: 20歳になるまで',
  rearingTotal: (total, first, others) =>
    `世帯の合計 ${monthlyJa(total)}（第1子 ${yenJa(first)}${others > 0 ? `＋第2子以降の加算 ${others}人分` : ''}・全部支給）`,
  rearingFirst: (amount, label, name) => `第1子（${name}） ${monthlyJa(amount)}（全部支給・${label}）`,
  rearingAddition: (rank, amount, label, name) =>
    `第${rank}子（${name}）の加算 ${monthlyJa(amount)}（全部支給・${label}）`,
  rearingIncome: '所得により一部支給または支給停止になります',
  rearingRange: (full, year) =>
    `所得により 0円（支給停止）〜${monthlyJa(full)}（全部支給）。${year}年の所得（課税証明書の合計所得金額）を家族の情報に入れると金額がわかります`,
  rearingFull: (income, limit, year) =>
    `全部支給: ${year}年の所得額 ${yenJa(income)} が限度額 ${yenJa(limit)} 未満です`,
  rearingPartial: (total, income, limit, year) =>
    `一部支給 ${monthlyJa(total)}: ${year}年の所得額 ${yenJa(income)} が全部支給の限度額 ${yenJa(limit)} 以上のため、施行令の計算式で減額（10円未満四捨五入）`,
  rearingStopped: (income, limit, bySupporter, year) =>
    `支給停止: ${bySupporter ? '同居の扶養義務者など' : '受け取る人'}の${year}年の所得額 ${yenJa(income)} が限度額 ${yenJa(limit)} 以上です`,
  limitOver: (income, limit, year) =>
    `所得制限により支給されません: ${year}年の所得額 ${yenJa(income)} が限度額 ${yenJa(limit)} 以上です`,
  limitWithin: (year) => `${year}年の所得は所得制限の範囲内です`,
  limitAssumed: (year) =>
    `金額は所得制限にかからない前提です。${year}年の所得（課税証明書）を家族の情報に入れると確かめられます`,
  nurseryFee: (exempt) =>
    exempt
      ? '保育料: 3〜5歳は無料。住民税非課税世帯のため0〜2歳も無料です'
      : '保育料: 3〜5歳は無料。0〜2歳は世帯の住民税所得割額により市区町村が決めます（住民税非課税世帯は無料）',
  specialBoth: (g1, g2, label) => `1級 ${monthlyJa(g1)}・2級 ${monthlyJa(g2)}（${label}）`,
  specialGradeCertified: '等級は都道府県などの認定で決まります',
  specialGrade: (grade, amount, label) => `${grade}級 ${monthlyJa(amount)}（${label}）`,
  specialIncome: '所得制限があります',
  welfareAmount: (amount, label) => `${monthlyJa(amount)}（${label}）`,
  welfareConstantCare:
    '重い障害のため、日常生活でいつも介護が必要なお子さんが対象です（診断書をもとに市区町村が判定します）',
  welfareIncome: '本人・配偶者・扶養義務者（親など）の所得による制限があります',
  fiscalYearLabel: (fy, shown) =>
    fy === shown
      ? `${fy}年度の額`
      : `${shown}年度の額（${fy}年度の額は未登録のため、わかっている${fy > shown ? '最新' : '最も古い'}年度で表示）`,

  insuranceEmployee: '親が勤務先の健康保険: 被扶養者として勤務先へ5日以内',
  insuranceMutualAid: '親が共済組合: 被扶養者申告を所属の共済組合へ30日以内',
  insuranceMutualAidLegal:
    '国家公務員共済組合法施行規則・地方公務員等共済組合法施行規程（被扶養者申告は30日以内）',
  insuranceNational: '世帯が国民健康保険: 世帯主が14日以内に市区町村へ（閉庁日は翌開庁日まで）',
  insuranceNationalLegal: '国民健康保険法9条・同法施行規則3条（14日以内）・地方自治法4条の2④',

  vaccineDocuments: ['母子健康手帳', '予診票'],
  vaccineUnborn: '生まれた日から接種の時期が決まります',
  vaccineAfterDose: (dose) => `${dose}回目の接種後に日程が決まります`,
  vaccineUntil: (n) => `接種できるのは ${formatWarekiDay(n)} まで`,
  vaccinePrevious: (dose, on) => `${dose}回目 ${wareki(on)}`,
  vaccineNoRoom: '接種できる期間内に間隔がとれません',
  vaccinePreviousMissed: (dose) => `${dose}回目の接種期間が過ぎたため、この回は受けられません`,
  vaccinePeriod: (opens, closes) => `接種期間 ${formatWarekiDay(opens)}〜${formatWarekiDay(closes)}`,
  vaccineTitle: (title, dose) => `${title} ${dose}回目`,
  pcvFourDoses: '生後7か月になる日までに接種を始めた場合は4回接種します',
  pcvCourse3: '生後7か月になる日までに開始: 3回＋追加1回',
  pcvCourse2: '生後7か月の翌日から12か月になる日までに開始: 2回＋追加1回',
  pcvNoThird: '生後7〜11か月で開始したため3回目はありません',
  pcvCourseLate: '生後12〜23か月で開始: 60日以上あけて2回',
  pcvCourseOne: '生後24か月以降に開始: 1回',
  pcvNotAfter24: '生後24か月を過ぎたため、初回の2回目・3回目は接種しません（追加接種へ）',
  pcvThirdNotNeeded: '2回目が生後12か月を過ぎてからだったため、3回目は不要です（追加接種へ）',
  hibFourDoses: '生後7か月になる日までに接種を始めた場合は4回接種します',
  hibCourse3: '生後7か月になる日までに開始: 3回＋追加1回',
  hibCourse2: '生後7か月の翌日から12か月になる日までに開始: 2回＋追加1回',
  hibNoThird: '生後7〜11か月で開始したため3回目はありません',
  hibCourseOne: '生後12か月を過ぎてから開始: 1回',
  hibNotAfter12: '初回の2回目・3回目は生後12か月になる日までに受けます。過ぎたため受けず、追加接種へ進みます',
  hpvTwoDoses: '15歳になる前に1回目を受けたので2回で完了します（9価の場合。2回目は1回目の5か月以上あと）',
  hpvThreeDoses: '15歳からは3回です（9価の場合。2回目は1回目の1か月以上あと、3回目は2回目の3か月以上あと）',
  hpvNoThird: '15歳になる前に1回目を受けたので、3回目はありません（9価の場合）',
  hpvThreeDosesWhen: '15歳になってから1回目を受けた場合は3回です',
  hpvExtended:
    '2008年4月2日〜2009年4月1日生まれで2025年3月31日までに1回目を受けた人は、2026年3月31日まで残りを公費で受けられます',
  hpvSexNotRecorded: '女の子が対象です（性別が登録されていません）',

  allowanceBefore2024Oct:
    '2024年9月分までの児童手当は改正前の制度（所得制限・年3回払い）のため、金額は表示しません。',
  allowanceOctober2024:
    '2024年10月の支払いは改正前の制度の6〜9月分です（表示しません）。改正後の最初の支払いは12月です。',
  allowanceFromNextMonth: '生まれた月の翌月分から支給されます',
  allowanceRank: (rank) => `第${rank}子（22歳年度末までの子の数で数えます）`,
  allowanceUnder3: '3歳の誕生月まで',
  allowanceOver3: '3歳から18歳年度末まで',
  allowanceClaimInTime: (name, deadline, from, amount) =>
    `${name}: 期限（${formatWarekiDay(deadline)}）までに請求すると、${from}から月額${yenJa(amount)}です。`,
  allowanceClaimNow: (name, from, amount) =>
    `${name}: 認定請求が記録されていません。今月請求すると${from}から月額${yenJa(amount)}です（さかのぼっての支給はありません）。`,
};

export const EN: JourneyText = {
  lang: 'en',
  day: formatEnglishDay,
  paidMonth: paidMonthEn,
  yen: yenEn,
  monthly: monthlyEn,

  born: (n) => `Born ${formatEnglishDay(n)}`,
  expected: (n) => `Due date ${formatEnglishDay(n)}`,
  isDateFact: (f) => f.startsWith('Born ') || f.startsWith('Due date '),
  deadline: (n) => `Deadline ${formatEnglishDay(n)}`,
  isDeadline: (f) => f.startsWith('Deadline '),
  ends: (n) => `Ends ${formatEnglishDay(n)}`,
  isEnds: (f) => f.startsWith('Ends '),
  declined: (on, reason) => `Recorded as not concerning your family (${english(on)}): ${reason}`,
  outgrown: (closes) => `The eligible period (until ${english(closes)}) ends before the programme starts`,
  noOverlay: "Your municipality's own rules are not in the app yet: the general rules are shown",
  untilBirth: 'Past the due date, it can still be used until the baby is born',

  supportFirstDeadline: (from) =>
    `You can apply up to 2 years after the day the baby's heartbeat was confirmed. That day is not recorded, so the end shown is the latest it can be, counted from ${from === 'notification' ? 'the pregnancy notification' : from === 'birth' ? 'the birth' : 'the due date'}`,
  supportSecondDeadline: 'You can apply up to 2 years after the day 8 weeks before the due date',

  leaveAfterPostnatal:
    'A mother starts childcare leave after her postnatal leave (the 8 weeks after the birth)',

  bornOnOrAfter: (date, dateFact) =>
    `For children born on or after ${english(date)} (${dateFact ?? 'no birth date recorded'})`,
  noInsuredWorker:
    'No parent is recorded as working with employment insurance or a mutual aid association (共済組合)',
  conditionsNotMet: 'The conditions are not met',
  guardianName: (family, given) => `${family} ${given}`,
  mutualAid: (name) => `Civil servant: ${name} (through your mutual aid association or employer)`,
  mutualAidLeave: {
    name: 'the childcare leave allowance of your mutual aid association (育児休業手当金)',
    legalBasis:
      'National Public Officers Mutual Aid Association Act art. 70-2; Local Public Officers etc. Mutual Aid Association Act art. 70-2 (childcare leave allowance)',
  },
  mutualAidPostBirth: {
    name: 'the post-birth leave support allowance of your mutual aid association (出生後休業支援手当金)',
    legalBasis:
      'National Public Officers Mutual Aid Association Act; Local Public Officers etc. Mutual Aid Association Act (post-birth leave support allowance, from April 2025)',
  },

  maternityShownOn: (first) =>
    `For twins or more, the maternity allowance is paid once per birth and shown on the item of ${first}`,
  maternityPerBirth: 'The maternity allowance is paid to the mother once per birth',
  maternityMultiple: 'Multiple pregnancy: from 98 days before the birth',
  maternityLate: (n) =>
    `Born after the due date (${formatEnglishDay(n)}): the days before the birth count from the due date, and the late days are paid too`,
  maternityMutualAidLegal:
    'National Public Officers Mutual Aid Association Act art. 66; Local Public Officers etc. Mutual Aid Association Act art. 69 (maternity allowance)',
  maternityMutualAid:
    'Member of a mutual aid association: its maternity allowance is paid when no salary is paid during maternity leave (civil servants often have paid maternity leave: ask your employer)',
  maternityMutualAidUnverified:
    'Whether a civil servant is paid during maternity leave depends on the employer (not confirmed in a primary source)',
  maternityInsuredHerself:
    "Only if the mother is insured herself through her employer's health insurance (not as a family dependant)",

  subsidyAge: (age) => `Covered until the end of the school year in which the child turns ${age}`,
  subsidyCopay: (text) => `Co-payment: ${text}`,
  subsidyIncomeLimit: (text) => `Income limit: ${text ?? 'none'}`,

  claimant: (family, given, civilServant) =>
    `Claimant: ${family} ${given}${civilServant ? ' (civil servant: claim through your employer)' : ''}`,
  allowanceCivilServantLegal:
    'Child Allowance Act arts. 7, 8 and 17 (civil servants claim through their employer)',
  allowanceOldLaw: 'Amounts up to September 2024 followed the law before the reform and are not shown',
  allowanceLate:
    'The deadline has passed: the allowance is paid from the month after you claim, with no back pay',
  allowanceOneClaim: (n) => `A birth of ${n} children: one claim covers all ${n}`,
  allowanceAlsoCovers: (names) =>
    `This claim also lists the older ${names.length === 1 ? 'child' : 'children'} with no recorded claim (${names.join(', ')}), paid from the month after the claim`,
  allowanceRevision:
    'You already receive child allowance, so you claim the increased amount (額改定認定請求) instead of filing a new claim; the increase is paid from the month after the claim',

  lumpSumAmount: (withComp, base, estimated) =>
    `${estimated ? 'If the baby is born on the due date: ' : ''}${yenEn(withComp)} per child (${yenEn(base)} where the obstetric compensation system does not apply). The amount depends on the date of the birth`,
  lumpSumPerBirth: (n, total) =>
    `A birth of ${n} children: one claim for all ${n} (${yenEn(total)} in total)`,
  lumpSumBeforeTable:
    'Amounts for births before 2015 are not recorded (shown with the amounts from January 2015)',

  freeKindergarten: 'Kindergarten and centre for early childhood education (type 1): from the third birthday',
  freeNursery: (n) =>
    `Day nursery and centre for early childhood education (type 2): from ${formatEnglishDay(n)}`,

  nurseryRound: (deadline, month) => `apply by ${english(deadline)} for ${englishMonthName(month)} entry`,
  nurseryTarget: (y) => `April entry in ${y} (many nurseries take babies from 57 days old)`,
  nurseryPeriod: (opens, closes) => `Application period ${english(opens)} to ${english(closes)}`,
  nurseryOtherRounds: (day, next) =>
    `Other months: apply by the ${ordinal(day)} of the month before (next: ${next})`,

  rearingDisability: 'Child with a disability: until the age of 20',
  rearingTotal: (total, first, others) =>
    `Household total ${monthlyEn(total)} (first child ${yenEn(first)}${others > 0 ? ` + the addition for ${others} more ${others === 1 ? 'child' : 'children'}` : ''}, full amount)`,
  rearingFirst: (amount, label, name) => `First child (${name}) ${monthlyEn(amount)} (full amount, ${label})`,
  rearingAddition: (rank, amount, label, name) =>
    `Addition for the ${ordinal(rank)} child (${name}) ${monthlyEn(amount)} (full amount, ${label})`,
  rearingIncome: 'Depending on income, part of it or none is paid',
  rearingRange: (full, year) =>
    `Depending on income, from ¥0 (suspended) to ${monthlyEn(full)} (full amount). Enter the income of ${year} (total income on the tax certificate (課税証明書)) in the family facts to see the amount`,
  rearingFull: (income, limit, year) =>
    `Full amount: the counted income of ${year}, ${yenEn(income)}, is under the limit of ${yenEn(limit)}`,
  rearingPartial: (total, income, limit, year) =>
    `Partial amount ${monthlyEn(total)}: the counted income of ${year}, ${yenEn(income)}, is at or over the full-amount limit of ${yenEn(limit)}, so it is reduced by the formula of the Order (rounded to 10 yen)`,
  rearingStopped: (income, limit, bySupporter, year) =>
    `Suspended: the counted income of ${year} of ${bySupporter ? 'a supporting family member living with you' : 'the recipient'}, ${yenEn(income)}, is at or over the limit of ${yenEn(limit)}`,
  limitOver: (income, limit, year) =>
    `Not paid because of the income limit: the counted income of ${year}, ${yenEn(income)}, is at or over the limit of ${yenEn(limit)}`,
  limitWithin: (year) => `The income of ${year} is within the income limit`,
  limitAssumed: (year) =>
    `The amount assumes the income limit does not apply. Enter the income of ${year} (tax certificate (課税証明書)) in the family facts to check`,
  nurseryFee: (exempt) =>
    exempt
      ? 'Nursery fees: free from age 3 to 5, and, as a household exempt from resident tax, also free from 0 to 2'
      : 'Nursery fees: free from age 3 to 5; from 0 to 2 the municipality sets the fee by the household’s income-based resident tax (free for households exempt from resident tax)',
  specialBoth: (g1, g2, label) => `Grade 1 ${monthlyEn(g1)}, grade 2 ${monthlyEn(g2)} (${label})`,
  specialGradeCertified: 'The grade is certified by the prefecture (or designated city)',
  specialGrade: (grade, amount, label) => `Grade ${grade} ${monthlyEn(amount)} (${label})`,
  specialIncome: 'There is an income limit',
  welfareAmount: (amount, label) => `${monthlyEn(amount)} (${label})`,
  welfareConstantCare:
    'For a child whose severe disability needs constant care in daily life (the municipality decides from the medical certificate)',
  welfareIncome:
    'Limited by the income of the child, a spouse and the person legally bound to support the child (such as a parent)',
  fiscalYearLabel: (fy, shown) =>
    fy === shown
      ? `amounts for fiscal year ${fy}`
      : `amounts for fiscal year ${shown} (fiscal year ${fy} is not in the app yet: the ${fy > shown ? 'latest' : 'earliest'} known year is shown)`,

  insuranceEmployee:
    "Parent on an employer's health insurance: register the baby as a dependant through the employer within 5 days",
  insuranceMutualAid:
    'Parent in a mutual aid association: register the baby as a dependant with the association within 30 days',
  insuranceMutualAidLegal:
    'Enforcement rules of the National and Local Public Officers Mutual Aid Association Acts (dependants registered within 30 days)',
  insuranceNational:
    'Household on National Health Insurance: the head of household registers the baby at the municipal office within 14 days (moved to the next open day when the office is closed)',
  insuranceNationalLegal:
    'National Health Insurance Act art. 9 and its Enforcement Rules art. 3 (14 days); Local Autonomy Act art. 4-2(4)',

  vaccineDocuments: [
    'Maternal and Child Health Handbook (母子健康手帳)',
    'Pre-vaccination questionnaire (予診票)',
  ],
  vaccineUnborn: 'The dates follow from the day the baby is born',
  vaccineAfterDose: (dose) => `Dated once dose ${dose} is given`,
  vaccineUntil: (n) => `Can be given until ${formatEnglishDay(n)}`,
  vaccinePrevious: (dose, on) => `Dose ${dose} ${english(on)}`,
  vaccineNoRoom: 'The interval cannot be kept within the period it can be given',
  vaccinePreviousMissed: (dose) => `The period for dose ${dose} has passed, so this dose cannot be given`,
  vaccinePeriod: (opens, closes) => `Can be given ${formatEnglishDay(opens)} to ${formatEnglishDay(closes)}`,
  vaccineTitle: (title, dose) => `${title} dose ${dose}`,
  pcvFourDoses: 'A course started by the day the child reaches 7 months has 4 doses',
  pcvCourse3: 'Started by the day the child reaches 7 months: 3 doses + booster',
  pcvCourse2: 'Started between 7 and 12 months: 2 doses + booster',
  pcvNoThird: 'Started at 7–11 months: there is no third dose',
  pcvCourseLate: 'Started at 12–23 months: 2 doses at least 60 days apart',
  pcvCourseOne: 'Started at 24 months or later: 1 dose',
  pcvNotAfter24: 'Past 24 months: the 2nd and 3rd primary doses are not given (go on to the booster)',
  pcvThirdNotNeeded: 'Dose 2 was given after 12 months: no dose 3 is needed (go on to the booster)',
  hibFourDoses: 'A course started by the day the child reaches 7 months has 4 doses',
  hibCourse3: 'Started by the day the child reaches 7 months: 3 doses + booster',
  hibCourse2: 'Started between 7 and 12 months: 2 doses + booster',
  hibNoThird: 'Started at 7–11 months: there is no third dose',
  hibCourseOne: 'Started after 12 months: 1 dose',
  hibNotAfter12:
    'Primary doses 2 and 3 are given by the day the child reaches 12 months; past that they are not given (go on to the booster)',
  hpvTwoDoses:
    'First dose before age 15: the course is 2 doses (9-valent vaccine; the second at least 5 months after the first)',
  hpvThreeDoses:
    'From age 15 the course is 3 doses (9-valent vaccine; the second at least 1 month after the first, the third at least 3 months after the second)',
  hpvNoThird: 'First dose before age 15: there is no third dose (9-valent vaccine)',
  hpvThreeDosesWhen: 'A first dose from age 15 means 3 doses',
  hpvExtended:
    'Born 2 April 2008 to 1 April 2009 with a first dose by 31 March 2025: the remaining doses are free until 31 March 2026',
  hpvSexNotRecorded: 'For girls (the sex is not recorded)',

  allowanceBefore2024Oct:
    'Child allowance up to September 2024 followed the law before the reform (income limits, three payments a year): no amounts are shown.',
  allowanceOctober2024:
    'The October 2024 payment was for June–September under the old law (not shown). The first payment under the new law was in December.',
  allowanceFromNextMonth: 'Paid from the month after the birth',
  allowanceRank: (rank) =>
    `${ordinal(rank)} child (counting the children up to the end of the school year they turn 22)`,
  allowanceUnder3: 'Until the month of the third birthday',
  allowanceOver3: 'From age 3 to the end of the school year the child turns 18',
  allowanceClaimInTime: (name, deadline, from, amount) =>
    `${name}: claim by the deadline (${formatEnglishDay(deadline)}) and you receive ${yenEn(amount)} a month from ${from}.`,
  allowanceClaimNow: (name, from, amount) =>
    `${name}: no claim is recorded. Claim this month and you receive ${yenEn(amount)} a month from ${from} (no back pay).`,
};

export const TEXT: Readonly<Record<Lang, JourneyText>> = { ja: JA, en: EN };
