/** Results without a new login (issue 20): the profile's mailbox, statuses as マイナポータル shows them, the receipt. */
export const ja = {
  'mailbox.title': '審査の結果のお知らせ',
  'mailbox.intro':
    '申請の審査の状況・補正のお願い・決定・証明書は、マイナンバーカードなしでこの端末に届きます。市区町村はこのプロフィールだけが開ける鍵で暗号化して送ります。',
  'mailbox.privacy':
    '確かめるときに送るのは、このプロフィールの受け取り箱の番号（乱数）だけです。お名前やカードの情報は送りません。アプリを開いたときと、開いている間は3時間ごとに確かめます。',
  'mailbox.check': '今すぐ確かめる',
  'mailbox.checking': '確かめています…',
  'mailbox.polled': '{date} {time}に確かめました。',
  'mailbox.polled.new': '{date} {time}に確かめました。新しいお知らせが{n}件ありました。',
  'mailbox.polled.refused': '開けない、または電子署名を確かめられないお知らせが{n}件あり、使いませんでした。',
  'mailbox.none': 'まだ受け取り箱はありません（最初の申請のときに作ります）。',
  'mailbox.viaMailbox': 'この申請の結果は、カードなしでこの端末に届きます。',
  'mailbox.portal.processing': '処理中',
  'mailbox.portal.correction': '要訂正',
  'mailbox.portal.error': '受付エラー',
  'mailbox.portal.done': '完了',
  'mailbox.status': '{portal}：{detail}',
  'mailbox.receptionError': '受付エラー：{message}',
  'mailbox.receipt.print': '受付票を印刷する',
  'mailbox.receipt.title': '受付票',
  'mailbox.receipt.procedure': '手続',
  'mailbox.receipt.number': '受付番号',
  'mailbox.receipt.receivedAt': '受付日時',
  'mailbox.receipt.submittedOn': '申請日',
  'mailbox.receipt.status': '状況',
  'mailbox.receipt.signed':
    'この受付票の状況は、市区町村が電子署名した記録（{date}）から作りました。申請書のデータと電子署名はこの端末に保存しています。',
  'mailbox.receipt.back': '申請履歴に戻る',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'mailbox.title': 'Review results',
  'mailbox.intro':
    'Review status, correction requests, decisions and certificates reach this device without your My Number Card. The municipality encrypts them to a key only this profile can open.',
  'mailbox.privacy':
    'Checking sends only this profile’s mailbox number (random). No name and nothing from your card. The app checks when it opens and every 3 hours while it is open.',
  'mailbox.check': 'Check now',
  'mailbox.checking': 'Checking…',
  'mailbox.polled': 'Checked on {date} at {time}.',
  'mailbox.polled.new': 'Checked on {date} at {time}: {n} new update(s).',
  'mailbox.polled.refused':
    '{n} message(s) could not be opened or their signature did not verify; they were not used.',
  'mailbox.none': 'No mailbox yet (it is made with your first application).',
  'mailbox.viaMailbox': 'Results of this application reach this device without your card.',
  'mailbox.portal.processing': 'In progress (処理中)',
  'mailbox.portal.correction': 'Correction requested (要訂正)',
  'mailbox.portal.error': 'Not accepted (受付エラー)',
  'mailbox.portal.done': 'Completed (完了)',
  'mailbox.status': '{portal}: {detail}',
  'mailbox.receptionError': 'Not accepted (受付エラー): {message}',
  'mailbox.receipt.print': 'Print the receipt',
  'mailbox.receipt.title': 'Receipt',
  'mailbox.receipt.procedure': 'Procedure',
  'mailbox.receipt.number': 'Receipt number',
  'mailbox.receipt.receivedAt': 'Received',
  'mailbox.receipt.submittedOn': 'Application date',
  'mailbox.receipt.status': 'Status',
  'mailbox.receipt.signed':
    'The status on this receipt comes from the record the municipality signed ({date}). The application data and its signature are kept on this device.',
  'mailbox.receipt.back': 'Back to the case file',
} as const;
