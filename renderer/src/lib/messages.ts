/** The host's typed errors in the current language: one clear sentence for people. */
import type { HostError } from '../../../core/host-contract';
import { t } from './i18n';

export function hostErrorMessage(e: HostError): string {
  switch (e.code) {
    case 'wrong-pin':
      return t('error.wrong-pin', { n: e.triesLeft ?? '?' });
    case 'missing-facts':
      return t('error.missing-facts', { list: (e.missing ?? []).join('、') });
    case 'municipality-rejected':
      // the server's code says what is wrong and what to do; the rest keep the general sentence
      switch (e.rejection) {
        case 'signer-mismatch':
        case 'duplicate-claim':
        case 'stale-signature':
        case 'expired-certificate':
        case 'revoked-certificate':
        case 'content-invalid':
        case 'bad-correction':
          return t(`error.rejected.${e.rejection}`);
        default:
          return t('error.municipality-rejected');
      }
    case 'card-locked':
    case 'municipality-unreachable':
    case 'not-found':
    case 'invalid-argument':
    case 'locked':
      return t(`error.${e.code}`);
    default:
      // the English detail goes to the developer console, never into the parent's text
      console.warn('[host]', e.code, e.message);
      return t('error.internal');
  }
}
