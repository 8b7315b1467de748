/** The host contract's typed errors, worded for people (was lib/messages.ts). */
export const ja = {
  'error.wrong-pin': '暗証番号が違います。あと{n}回間違えるとカードがロックされます。',
  'error.card-locked':
    'マイナンバーカードの暗証番号がロックされています。お住まいの市区町村の窓口でロックを解除してください。',
  'error.municipality-unreachable':
    '市区町村のサーバーに接続できませんでした。入力した内容はそのまま残っています。通信を確認して、もう一度送信してください。',
  'error.municipality-rejected': '市区町村が申請を受け付けませんでした。内容は保存されていません。',
  'error.missing-facts': '申請に必要な情報が足りません: {list}',
  'error.not-found': '指定されたものが見つかりませんでした。',
  'error.invalid-argument': '入力に誤りがあります。内容を確かめて、もう一度お試しください。',
  'error.internal': '予期しないエラーが発生しました。もう一度お試しください。',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'error.wrong-pin': 'Wrong PIN. {n} more wrong tries will lock the card.',
  'error.card-locked': 'The My Number Card PIN is locked. Please ask your city or ward office to unlock it.',
  'error.municipality-unreachable':
    'Could not reach the municipality’s server. What you entered is kept. Check the connection and send again.',
  'error.municipality-rejected': 'The municipality did not accept the application. Nothing was saved.',
  'error.missing-facts': 'Some information needed for the application is missing: {list}',
  'error.not-found': 'What you asked for was not found.',
  'error.invalid-argument': 'Something in the input is not right. Please check it and try again.',
  'error.internal': 'Something unexpected went wrong. Please try again.',
};
