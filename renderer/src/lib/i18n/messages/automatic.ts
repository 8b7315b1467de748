/** What the municipality does without any application (core/automatic/automatic.ts), on Home. */
export const ja = {
  'automatic.title': '申請はいりません（市区町村が行います）',
  'automatic.intro': '次のことは、届け出や申請をしなくても市区町村が行います。',
  'automatic.home-visit.title': '乳児家庭全戸訪問',
  'automatic.home-visit':
    '{child}：保健師や助産師などが家庭を訪問します。生後4か月まで（{date}まで）に市区町村から連絡があります。母子健康手帳の「出生連絡票」を出すと、早めに日程が決まります。',
  'automatic.vaccination-forms.title': '予防接種の予診票',
  'automatic.vaccination-forms':
    '{child}：定期予防接種の予診票（接種券）は市区町村から郵送されます。最初の接種は{date}ごろからです。',
  'automatic.allowance-status-report.title': '児童手当の現況届',
  'automatic.allowance-status-report':
    '2022年6月から、原則として出す必要はありません。配偶者からの暴力などで住民票と違う市区町村で受け取っている方、離婚協議中で別居している方、お子さんの戸籍や住民票がない方などは、市区町村から案内が届いたときに出します。',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'automatic.title': 'No application needed (the municipality does it)',
  'automatic.intro': 'The municipality does the following without any filing or application.',
  'automatic.home-visit.title': 'Home visit to every family with a baby (乳児家庭全戸訪問)',
  'automatic.home-visit':
    '{child}: a public health nurse or midwife visits your home. The municipality contacts you before the baby is 4 months old ({date}). Sending the birth notice postcard (出生連絡票) in the Maternal and Child Health Handbook brings the date forward.',
  'automatic.vaccination-forms.title': 'Vaccination questionnaires (予診票)',
  'automatic.vaccination-forms':
    '{child}: the questionnaires (予診票) and vouchers for routine vaccinations come by post from the municipality. The first doses are from about {date}.',
  'automatic.allowance-status-report.title': 'Child allowance status report (現況届)',
  'automatic.allowance-status-report':
    'Since June 2022 it is in principle not needed. It is filed only when the municipality sends a notice, for example when you receive the allowance in another municipality than your registered address because of domestic violence, live apart during divorce talks, or the child has no family register or residence record.',
} as const;
