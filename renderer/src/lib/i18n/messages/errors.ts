/** The host contract's typed errors, worded for people (was lib/messages.ts). */
export const ja = {
  'error.wrong-pin': '暗証番号が違います。あと{n}回間違えるとカードがロックされます。',
  'error.card-locked':
    'マイナンバーカードの暗証番号がロックされています。お住まいの市区町村の窓口でロックを解除してください。',
  'error.municipality-unreachable':
    '市区町村のサーバーに接続できませんでした。入力した内容はそのまま残っています。通信を確認して、もう一度送信してください。',
  'error.municipality-rejected': '市区町村が申請を受け付けませんでした。内容は保存されていません。',
  'error.rejected.signer-mismatch':
    '署名したマイナンバーカードの持ち主が、この申請の請求者ではありません。市区町村は請求者本人の署名だけを受け付けます（カードの氏名と生年月日が請求者と同じであること）。請求者本人のカードを選んで署名するか、請求者が違っていれば「家族の情報」で請求者を選び直してください。',
  'error.rejected.duplicate-claim':
    'この子どもの同じ申請は、すでに受け付けられています。申請履歴で受付番号と状況を確かめてください。',
  'error.rejected.stale-signature':
    '署名の時刻が受付の時刻と合いませんでした。パソコンの時計を確かめて、もう一度署名して送信してください。',
  'error.rejected.expired-certificate':
    'マイナンバーカードの署名用電子証明書の有効期限が切れています。市区町村の窓口で更新してから送信してください。',
  'error.rejected.revoked-certificate':
    'マイナンバーカードの署名用電子証明書が失効しています。市区町村の窓口で再発行を受けてから送信してください。',
  'error.rejected.content-invalid':
    '申請の内容に市区町村が受け付けない項目がありました。内容は保存されていません。家族の情報を確かめて、もう一度お試しください。',
  'error.rejected.bad-correction':
    'この補正は受け付けられませんでした（元の申請がすでに決定済みか、補正の対象ではありません）。申請履歴で状況を確かめてください。',
  'error.missing-facts': '申請に必要な情報が足りません: {list}',
  'error.not-found': '指定されたものが見つかりませんでした。',
  'error.invalid-argument': '入力に誤りがあります。内容を確かめて、もう一度お試しください。',
  'error.locked': 'ロックされています。プロフィールを開いてから、もう一度お試しください。',
  'error.internal': '予期しないエラーが発生しました。もう一度お試しください。',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'error.wrong-pin': 'Wrong PIN. {n} more wrong tries will lock the card.',
  'error.card-locked': 'The My Number Card PIN is locked. Please ask your city or ward office to unlock it.',
  'error.municipality-unreachable':
    'Could not reach the municipality’s server. What you entered is kept. Check the connection and send again.',
  'error.municipality-rejected': 'The municipality did not accept the application. Nothing was saved.',
  'error.rejected.signer-mismatch':
    'The My Number Card that signed is not the claimant’s. The municipality accepts only the claimant’s own signature (the name and birth date on the card must be the claimant’s). Choose the claimant’s card and sign again, or, if the claimant is wrong, choose the claimant again in Family facts.',
  'error.rejected.duplicate-claim':
    'The same application for this child has already been received. See its receipt number and status in the case history.',
  'error.rejected.stale-signature':
    'The signing time did not match the time it arrived. Check the computer’s clock, then sign and send again.',
  'error.rejected.expired-certificate':
    'The card’s signing certificate has expired. Renew it at your city or ward office, then send again.',
  'error.rejected.revoked-certificate':
    'The card’s signing certificate has been revoked. Have it reissued at your city or ward office, then send again.',
  'error.rejected.content-invalid':
    'The municipality could not accept something in the application. Nothing was saved. Check the family facts and try again.',
  'error.rejected.bad-correction':
    'This correction was not accepted (the first application is already decided or not awaiting a correction). See its status in the case history.',
  'error.missing-facts': 'Some information needed for the application is missing: {list}',
  'error.not-found': 'What you asked for was not found.',
  'error.invalid-argument': 'Something in the input is not right. Please check it and try again.',
  'error.locked': 'The app is locked. Open your profile, then try again.',
  'error.internal': 'Something unexpected went wrong. Please try again.',
};
