/**
 * `nonstop-card/2`: one simulated My Number card as JPKI has it — two key
 * pairs with their certificates from the simulated CA:
 *
 * - 利用者証明用 (`auth`): 4-digit PIN, locked after 3 wrong tries; the
 *   certificate carries no name or address, only the card's link id. Used to
 *   log in (a challenge signed with this key).
 * - 署名用 (`signing`): a password of 6–16 upper-case letters and digits with at
 *   least one of each, locked after 5 wrong tries; the certificate carries the
 *   基本4情報. Used to sign applications.
 *
 * Each private key is PKCS#8 encrypted under its PIN (PBES2, AES-256). The PIN
 * is guarded by the retry counter, not by KDF cost.
 */
import { z } from 'zod';

export const CARD_FORMAT = 'nonstop-card/2';

export const AUTH_PIN = /^\d{4}$/;
export const SIGNING_PASSWORD = /^(?=.*[A-Z])(?=.*\d)[A-Z\d]{6,16}$/;

export const KEY_RULES = {
  auth: { tries: 3, pattern: AUTH_PIN, what: '利用者証明用暗証番号（数字4桁）' },
  signing: { tries: 5, pattern: SIGNING_PASSWORD, what: '署名用パスワード（英大文字と数字6〜16桁）' },
} as const;
export type CardKey = keyof typeof KEY_RULES;

const keyEntry = z.strictObject({
  certificatePem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  encryptedPrivateKeyPem: z.string().startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----'),
});

export const cardFileSchema = z.strictObject({
  format: z.literal(CARD_FORMAT),
  holder: z.string().min(1),
  auth: keyEntry,
  signing: keyEntry,
});
export type CardFile = z.infer<typeof cardFileSchema>;
