/** Japanese wording of the host's typed errors: one clear sentence for people. */
import type { HostError } from '../../../core/host-contract';

export function hostErrorMessage(e: HostError): string {
  switch (e.code) {
    case 'wrong-pin':
      return `暗証番号が違います。あと${e.triesLeft ?? '?'}回間違えるとカードがロックされます。`;
    case 'card-locked':
      return 'マイナンバーカードの暗証番号がロックされています。お住まいの市区町村の窓口でロックを解除してください。';
    case 'municipality-unreachable':
      return '市区町村のサーバーに接続できませんでした。入力した内容はそのまま残っています。通信を確認して、もう一度送信してください。';
    case 'municipality-rejected':
      return `市区町村が申請を受け付けませんでした（${e.message}）。内容は保存されていません。`;
    case 'missing-facts':
      return `申請に必要な情報が足りません: ${(e.missing ?? []).join('、')}`;
    case 'not-found':
      return '指定されたものが見つかりませんでした。';
    case 'invalid-argument':
      return `入力に誤りがあります（${e.message}）。`;
    default:
      return `予期しないエラーが発生しました（${e.message}）。もう一度お試しください。`;
  }
}
