/**
 * Regenerates the simulated JPKI CA and one card per fixture household:
 *   npx tsx build/scripts/make-fixture-cards.ts
 * Output (committed): fixtures/cards/ca/ca.crt.pem and fixtures/cards/<id>/card.json.
 * The CA's private key is not kept: a new run replaces every card. PINs are
 * listed in fixtures/cards/README.md. Test data only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import forge from 'node-forge';
import { CARD_FORMAT } from '../../electron/services/card-reader';

const root = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));

const cards = [
  { id: 'newborn-family', holder: '佐藤 健太', pin: '1234' },
  { id: 'expecting-first-child', holder: '鈴木 由美', pin: '2580' },
];

// forge encodes a UTF8String value itself (and decodes it on parse).
const utf8 = (shortName: string, value: string) => ({
  shortName,
  value,
  valueTagClass: forge.asn1.Type.UTF8 as unknown as number,
});

function serial(): string {
  return `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
}

const caKeys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
const ca = forge.pki.createCertificate();
ca.publicKey = caKeys.publicKey;
ca.serialNumber = serial();
ca.validity.notBefore = new Date('2025-01-01T00:00:00Z');
ca.validity.notAfter = new Date('2040-01-01T00:00:00Z');
const caName = [
  { shortName: 'C', value: 'JP' },
  { shortName: 'O', value: 'Kosodate Nonstop Test' },
  { shortName: 'CN', value: 'Simulated JPKI Signing CA (test only)' },
];
ca.setSubject(caName);
ca.setIssuer(caName);
ca.setExtensions([
  { name: 'basicConstraints', cA: true, critical: true },
  { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  { name: 'subjectKeyIdentifier' },
]);
ca.sign(caKeys.privateKey, forge.md.sha256.create());
mkdirSync(`${root}ca`, { recursive: true });
writeFileSync(`${root}ca/ca.crt.pem`, forge.pki.certificateToPem(ca));

for (const card of cards) {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  // JPKI certificates run to the holder's 5th birthday after issue; fixed here for test data.
  cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2031-01-01T00:00:00Z');
  cert.setSubject([{ shortName: 'C', value: 'JP' }, utf8('CN', card.holder)]);
  cert.setIssuer(caName);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());
  const encrypted = forge.pki.encryptRsaPrivateKey(keys.privateKey, card.pin, {
    algorithm: 'aes256',
    count: 10_000,
  });
  mkdirSync(`${root}${card.id}`, { recursive: true });
  writeFileSync(
    `${root}${card.id}/card.json`,
    `${JSON.stringify({ format: CARD_FORMAT, holder: card.holder, certificatePem: forge.pki.certificateToPem(cert), encryptedPrivateKeyPem: encrypted }, null, 2)}\n`,
  );
  console.log(`card ${card.id}: ${card.holder}, PIN ${card.pin}`);
}
