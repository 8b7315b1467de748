/** The host's typed errors in the current language: one clear sentence for people. */
import type { HostError } from '../../../core/host-contract';
import { t } from './i18n';

export function hostErrorMessage(e: HostError): string {
  switch (e.code) {
    case 'wrong-pin':
      return t('error.wrong-pin', { n: e.triesLeft ?? '?' });
    case 'missing-facts':
      return t('error.missing-facts', { list: (e.missing ?? []).join('、') });
    case 'card-locked':
    case 'municipality-unreachable':
    case 'municipality-rejected':
    case 'not-found':
    case 'invalid-argument':
      return t(`error.${e.code}`);
    default:
      // the English detail goes to the developer console, never into the parent's text
      console.warn('[host]', e.code, e.message);
      return t('error.internal');
  }
}
