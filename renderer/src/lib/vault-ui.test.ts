import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BackupError, VaultError, type VaultErrorCode } from './vault';
import { problemText, recordWhat, vaultErrorText } from './vault-ui.svelte';
import type { BackupErrorCode } from '../../../core/vault/backup';
import type { IntegrityKind } from '../../../core/vault/records';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const VAULT_CODES: VaultErrorCode[] = [
  'wrong-passphrase',
  'wrong-recovery-code',
  'malformed-recovery-code',
  'weak-passphrase',
  'throttled',
  'no-profile',
  'label-taken',
  'locked',
  'corrupt',
  'storage-full',
  'storage-unavailable',
  'storage',
  'wrong-staff-passphrase',
  'key-file-missing',
];
const BACKUP_CODES: BackupErrorCode[] = [
  'not-a-backup',
  'unsupported-version',
  'truncated',
  'damaged',
  'wrong-secret',
];
const KINDS: IntegrityKind[] = [
  'damaged',
  'rolled-back',
  'missing',
  'swapped',
  'unexpected',
  'manifest-damaged',
  'manifest-stale',
];

describe('what a parent reads about the vault', () => {
  it('every vault and backup error has a Japanese sentence, never a code or key', () => {
    for (const code of VAULT_CODES) {
      const text = vaultErrorText(new VaultError(code, 'internal detail', code === 'throttled' ? 12_400 : 0));
      expect(text, code).toMatch(JAPANESE);
      expect(text).not.toContain('vault.');
      expect(text).not.toContain('internal detail');
      expect(text).not.toContain(code);
    }
    for (const code of BACKUP_CODES) {
      const text = vaultErrorText(new BackupError(code, 'internal detail'));
      expect(text, code).toMatch(/何も読み込んでいません/);
      expect(text).not.toContain('vault.');
    }
    expect(vaultErrorText(new Error('TypeError: x is undefined'))).toBe(
      'うまくいきませんでした。もう一度試してください。',
    );
  });

  it('the wait is said in seconds, rounded up', () => {
    expect(vaultErrorText(new VaultError('throttled', '', 12_400))).toContain('あと13秒');
    expect(vaultErrorText(new VaultError('wrong-passphrase', '', 5000), { byLabel: true })).toBe(
      '表示名かパスフレーズが違います。 続けて間違えたため、次に試せるのは5秒後です。記録が消えることはありません。',
    );
  });

  it('damaged records are named in words, not by their stored names', () => {
    expect(recordWhat('household')).toBe('家族の情報');
    expect(recordWhat('submission:4f2a')).toBe('申請の記録');
    expect(recordWhat('casefile')).toBe('申請履歴');
    expect(recordWhat('registration-draft')).toBe('登録の途中の内容');
    expect(recordWhat(undefined)).toBe('その他の記録');
    for (const kind of KINDS) {
      const text = problemText({ kind, name: 'submission:4f2a', id: 'abc' });
      expect(text, kind).toMatch(JAPANESE);
      expect(text).not.toContain('submission:');
      expect(text).not.toContain('abc');
    }
    expect(problemText({ kind: 'rolled-back', name: 'household' })).toBe(
      '家族の情報が古い内容に置き換えられています。',
    );
  });
});
