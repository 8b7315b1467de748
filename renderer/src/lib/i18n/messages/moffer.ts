/** Offers the municipality prepared for the family (issue 20; core/municipal-offer.ts). */
export const ja = {
  'moffer.title': '市区町村が用意した申請',
  'moffer.none': 'いま確認を待っている申請はありません。',
  'moffer.open': '内容を確かめる',
  'moffer.heading': '{child}さんの児童手当の認定請求を、市区町村が用意しました',
  'moffer.intro':
    '出生届を受け付けた市区町村が、持っている情報で申請書を用意しました。内容を確かめて、署名用電子証明書のパスワードで署名すると申請できます。',
  'moffer.verified': '市区町村の電子署名を確かめました（{date}に作成）。',
  'moffer.privacy': 'この案内を受け取るときに送ったのは、このプロフィールの受け取り箱の番号だけです。',
  'moffer.diff': '申請すると、家族の情報をこの内容にします',
  'moffer.source': '市区町村の記録',
  'moffer.card': 'マイナンバーカード（カードリーダー）',
  'moffer.password': '署名用電子証明書のパスワード（英大文字と数字6〜16桁）',
  'moffer.passwordForm': 'パスワードは英大文字と数字を両方含む6〜16桁です。',
  'moffer.sign': '署名して申請する',
  'moffer.signing': '申請しています…',
  'moffer.dismiss': '今回は申請しない',
  'moffer.dismissed': 'この案内を閉じました。ジャーニーマップからいつでも申請できます。',
  'moffer.reminder': '{child}さんの児童手当の申請を市区町村が用意しました',
  'moffer.reminder.body': '内容を確かめて署名するだけで申請できます。',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'moffer.title': 'Applications prepared by the municipality',
  'moffer.none': 'No prepared application is waiting for you.',
  'moffer.open': 'Check it',
  'moffer.heading': 'The municipality prepared the claim for the child allowance (児童手当) for {child}',
  'moffer.intro':
    'Having accepted the birth registration, the municipality prepared the application from what it holds. Check it and sign with your signing certificate password to apply.',
  'moffer.verified': 'The municipality’s signature is verified (made on {date}).',
  'moffer.privacy': 'To receive this, the app sent only this profile’s mailbox number.',
  'moffer.diff': 'Applying also updates your family’s information to this',
  'moffer.source': 'Municipal record',
  'moffer.card': 'My Number Card (card reader)',
  'moffer.password': 'Signing certificate password (6–16 capital letters and digits)',
  'moffer.passwordForm': 'The password has 6–16 characters and contains both capital letters and digits.',
  'moffer.sign': 'Sign and apply',
  'moffer.signing': 'Applying…',
  'moffer.dismiss': 'Not now',
  'moffer.dismissed': 'This offer is closed. You can still apply from the journey map.',
  'moffer.reminder': 'The municipality prepared the child allowance claim for {child}',
  'moffer.reminder.body': 'Check it and sign to apply.',
} as const;
