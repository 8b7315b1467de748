/**
 * The simulated JPKI CA and its cards (test data only).
 *
 *   npx tsx build/scripts/make-fixture-cards.ts            a new CA, both fixture cards, an empty CRL
 *   npx tsx build/scripts/make-fixture-cards.ts revoke ID  revoke card ID's two certificates, publish the CRL
 *   npx tsx build/scripts/make-fixture-cards.ts crl        publish the CRL again (the same revocations)
 *   npx tsx build/scripts/make-fixture-cards.ts lgpki      a new LGPKI CA (key committed, test data),
 *                                                          the municipality's certificate re-issued under it
 *                                                          (same key), and the CA's CRL
 *   npx tsx build/scripts/make-fixture-cards.ts lgpki-crl [SERIAL…]  publish the LGPKI CRL
 *                                                          (revoking the given certificate serials, hex)
 *
 * Output (committed): fixtures/cards/ca/{ca.crt.pem, ca.key.pem, revoked.json, ca.crl}
 * and fixtures/cards/<id>/card.json. A new CA replaces every card. PINs are in
 * fixtures/cards/README.md and in `nonstop cards`.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CA_DIR,
  CARDS_DIR,
  createCa,
  issueCard,
  loadCa,
  makeCrl,
  readRevocations,
  type Revocation,
} from '../../fixtures/cards/issue';
import { cardFileSchema } from '../../core/signing/card-format';
import { parseCertificatePem } from '../../core/signing/x509';
import { FIXTURE_CARDS } from '../../fixtures/cards/fixture-cards';
import { issueCertificate, newKeyPair } from '../../fixtures/cards/issue';
import { KEYS_DIR } from '../../fixtures/municipality/identity';
import { residentRecordOf } from '../../fixtures/municipality/residents';
import forge from 'node-forge';

const MUNICIPALITY_DIR = join(KEYS_DIR, '..');

function write(path: string, data: string | Uint8Array): void {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

function publish(revoked: Revocation[]): void {
  const ca = loadCa();
  write(join(CA_DIR, 'revoked.json'), `${JSON.stringify(revoked, null, 2)}\n`);
  write(join(CA_DIR, 'ca.crl'), makeCrl(ca, revoked, new Date(), undefined, BigInt(Date.now())));
  console.log(`CRL published: ${revoked.length} revoked certificate(s)`);
}

const LGPKI_NAME = [
  { shortName: 'C', value: 'JP' },
  { shortName: 'O', value: 'Kosodate Nonstop Test' },
  { shortName: 'CN', value: 'Simulated LGPKI CA (test only)' },
];

/** The LGPKI CA's CRL (fixtures/municipality/keys/lgpki-ca.crl), what the app checks municipal documents against. */
function publishLgpki(serials: string[]): void {
  const lgpki = loadCa(KEYS_DIR, 'lgpki-ca');
  const now = new Date();
  // thisUpdate at the CA's own start, not the publishing moment: a device whose clock runs
  // behind the build machine's must not find the shipped CRL "not yet valid"
  write(
    join(KEYS_DIR, 'lgpki-ca.crl'),
    makeCrl(
      lgpki,
      serials.map((serial) => ({ serial, date: now.toISOString() })),
      lgpki.cert.validity.notBefore,
      undefined,
      BigInt(Date.now()),
    ),
  );
  console.log(`LGPKI CRL published: ${serials.length} revoked certificate(s)`);
}

function makeLgpki(): void {
  const lgpki = createCa(LGPKI_NAME);
  mkdirSync(KEYS_DIR, { recursive: true });
  write(join(KEYS_DIR, 'lgpki-ca.crt.pem'), lgpki.certPem);
  write(join(KEYS_DIR, 'lgpki-ca.key.pem'), lgpki.keyPem);
  const key = forge.pki.privateKeyFromPem(readFileSync(join(KEYS_DIR, 'municipality.key.pem'), 'utf8'));
  write(
    join(KEYS_DIR, 'municipality.crt.pem'),
    issueCertificate(lgpki, {
      kind: 'document',
      publicKey: forge.pki.setRsaPublicKey(key.n, key.e),
      link: 'MOCK-MUNICIPALITY',
      holder: { name: '模擬自治体 文書署名 (test only)', sex: '男', birthDate: '', address: '' },
      notAfter: new Date('2039-12-31T00:00:00Z'),
    }),
  );
  publishLgpki([]);
}

const [command, id] = process.argv.slice(2);
if (command === 'revoke') {
  if (!id || !/^[a-z0-9-]+$/.test(id)) throw new Error('usage: make-fixture-cards.ts revoke CARD-ID');
  const card = cardFileSchema.parse(JSON.parse(readFileSync(join(CARDS_DIR, id, 'card.json'), 'utf8')));
  const now = new Date().toISOString();
  const revoked = readRevocations();
  for (const key of ['auth', 'signing'] as const)
    revoked.push({
      serial: parseCertificatePem(card[key].certificatePem).serial.toString(16),
      date: now,
      note: `${id} ${key}`,
    });
  publish(revoked);
} else if (command === 'crl') {
  publish(readRevocations());
} else if (command === 'lgpki') {
  makeLgpki();
} else if (command === 'lgpki-crl') {
  publishLgpki(process.argv.slice(3));
} else if (command === undefined) {
  // the municipality's document-signing identity, under its own simulated LGPKI CA
  const lgpki = createCa([
    { shortName: 'C', value: 'JP' },
    { shortName: 'O', value: 'Kosodate Nonstop Test' },
    { shortName: 'CN', value: 'Simulated LGPKI CA (test only)' },
  ]);
  const muni = newKeyPair();
  mkdirSync(KEYS_DIR, { recursive: true });
  write(join(KEYS_DIR, 'lgpki-ca.crt.pem'), lgpki.certPem);
  write(
    join(KEYS_DIR, 'municipality.crt.pem'),
    issueCertificate(lgpki, {
      kind: 'document',
      publicKey: muni.publicKey,
      link: 'MOCK-MUNICIPALITY',
      holder: { name: '模擬自治体 文書署名 (test only)', sex: '男', birthDate: '', address: '' },
      notAfter: new Date('2039-12-31T00:00:00Z'),
    }),
  );
  write(join(KEYS_DIR, 'municipality.key.pem'), forge.pki.privateKeyToPem(muni.privateKey));

  const ca = createCa();
  mkdirSync(CA_DIR, { recursive: true });
  write(join(CA_DIR, 'ca.crt.pem'), ca.certPem);
  write(join(CA_DIR, 'ca.key.pem'), ca.keyPem);
  const residents: { cardLink: string; record: unknown }[] = [];
  for (const spec of FIXTURE_CARDS) {
    const { card, link } = issueCard(ca, spec);
    residents.push({ cardLink: link, record: residentRecordOf(spec.household) });
    mkdirSync(join(CARDS_DIR, spec.id), { recursive: true });
    write(join(CARDS_DIR, spec.id, 'card.json'), `${JSON.stringify(card, null, 2)}\n`);
    console.log(`card ${spec.id}: ${spec.holder.name}, PIN ${spec.authPin}, 署名用 ${spec.signingPassword}`);
  }
  write(join(MUNICIPALITY_DIR, 'residents.json'), `${JSON.stringify(residents, null, 2)}\n`);
  publish([]);
} else {
  throw new Error(`unknown command ${command}`);
}
