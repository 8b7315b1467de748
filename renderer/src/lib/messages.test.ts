import { afterEach, describe, expect, it } from 'vitest';
import { hostErrorMessage } from './messages';
import { locale } from './i18n';

afterEach(() => locale.set('ja'));

describe('a refusal says what is wrong, from the server’s code', () => {
  it('signer-mismatch: the card must be the claimant’s (name and birth date) and what to do', () => {
    const e = {
      code: 'municipality-rejected',
      message: 'the card holder is not the claimant',
      rejection: 'signer-mismatch',
    } as const;
    locale.set('ja');
    const ja = hostErrorMessage(e);
    expect(ja).toContain('カードの氏名と生年月日が請求者と同じ');
    expect(ja).toContain('家族の情報');
    expect(ja).not.toMatch(/[A-Za-z]/);
    locale.set('en');
    expect(hostErrorMessage(e)).toContain('the name and birth date on the card must be the claimant’s');
  });

  it('every other code the app words is Japanese in Japanese; an unknown refusal keeps the general sentence', () => {
    locale.set('ja');
    for (const rejection of [
      'duplicate-claim',
      'stale-signature',
      'expired-certificate',
      'revoked-certificate',
      'content-invalid',
      'bad-correction',
    ] as const) {
      const text = hostErrorMessage({ code: 'municipality-rejected', message: 'x', rejection });
      expect(text, rejection).not.toMatch(/[A-Za-z]/);
      expect(text, rejection).not.toBe('市区町村が申請を受け付けませんでした。内容は保存されていません。');
    }
    expect(
      hostErrorMessage({ code: 'municipality-rejected', message: 'x', rejection: 'bad-signature' }),
    ).toBe('市区町村が申請を受け付けませんでした。内容は保存されていません。');
  });
});
