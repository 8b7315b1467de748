/** The one diff screen (components/RecordDiff.svelte): resident record, offers, health records. */
export const ja = {
  'diff.col.who': 'だれ',
  'diff.col.field': '項目',
  'diff.col.household': 'この端末',
  'diff.col.pick': '反映する',
  'diff.same': '同じ',
  'diff.info': '参考',
  'diff.notInHousehold': '（この端末の家族の情報にいません）',
  'diff.empty': '（この端末では未記入）',
  'diff.notKept': '（この端末では記録しない項目です）',
  'diff.sex.male': '男',
  'diff.sex.female': '女',
  'diff.role.child': '子',
  'diff.d.relationship': '続柄',
  'born.question': '赤ちゃんは生まれましたか？',
  'born.due':
    '出産予定日は{date}でした。生まれていたら、生まれた日と名前を入れると期限がすべて計算し直されます。',
  'born.notYet': 'まだです（明日またお聞きします）',
  'born.recorded': '赤ちゃんの誕生を記録しました。今やることを計算し直しました。',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'diff.col.who': 'Who',
  'diff.col.field': 'Item',
  'diff.col.household': 'This device',
  'diff.col.pick': 'Apply',
  'diff.same': 'Same',
  'diff.info': 'For reference',
  'diff.notInHousehold': '(not in the family on this device)',
  'diff.empty': '(not filled in on this device)',
  'diff.notKept': '(this device does not keep this item)',
  'diff.sex.male': 'Male',
  'diff.sex.female': 'Female',
  'diff.role.child': 'Child',
  'diff.d.relationship': 'Relationship (続柄)',
  'born.question': 'Has the baby been born?',
  'born.due':
    'The due date was {date}. If the baby is born, enter the date of birth and name and every deadline is computed again.',
  'born.notYet': 'Not yet (we will ask again tomorrow)',
  'born.recorded': 'The birth is recorded. What to do now has been computed again.',
} as const;
