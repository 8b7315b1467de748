/**
 * X.509 certificates and CRLs of the simulated JPKI, read with the strict DER
 * reader, checked in the order that keeps an attacker's key out of the maths:
 *
 *   1. structure (strict DER, v3, RSA key, known critical extensions only);
 *   2. issued by the trusted CA: issuer name byte-equal to the CA's subject and
 *      the CA's signature (SHA-256 RSA, with the CA's own trusted key) over the
 *      TBS bytes as received — the only RSA operation before the key policy;
 *   3. validity at `now`, profile (keyUsage / basicConstraints / EKU of a JPKI
 *      署名用 or 利用者証明用 certificate), key policy (RSA 2048–4096 bits,
 *      e = 65537), not on the CA's CRL.
 *
 * Only then may the certificate's own key verify anything (cms.ts, login).
 * RSA is PKCS#1 v1.5 done with BigInt: the whole encoded message is rebuilt
 * and compared byte for byte (no parsing of the decrypted block, so none of
 * the parser-based forgeries node-forge had).
 */
import forge from 'node-forge';
import { fromBinaryString, toBinaryString, fromBase64 } from '../encoding/bytes';
import {
  bigIntToBytes,
  bytesEqual,
  bytesToBigInt,
  ctx,
  DerError,
  encodeOid,
  encodeTime,
  encodeUnsigned,
  expectTag,
  NULL_DER,
  oidOf,
  parseDer,
  TAG,
  textOf,
  timeOf,
  tlv,
  unsignedOf,
  type Der,
} from './der';

export const OIDS = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  sha256: '2.16.840.1.101.3.4.2.1',
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  cRLNumber: '2.5.29.20',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  /**
   * 基本4情報 in the 署名用 certificate, as otherName entries of subjectAltName
   * the way JPKI carries them (name, sex, birth date, address under J-LIS's
   * 1.2.392.200149.8.5.5 arc). Test data: the simulation only needs them to be
   * where a verifier would look.
   */
  jpkiName: '1.2.392.200149.8.5.5.1',
  jpkiSex: '1.2.392.200149.8.5.5.3',
  jpkiBirthDate: '1.2.392.200149.8.5.5.4',
  jpkiAddress: '1.2.392.200149.8.5.5.5',
} as const;

export const RSA_MIN_BITS = 2048;
export const RSA_MAX_BITS = 4096;
export const RSA_EXPONENT = 65537n;

export type CertificateProfile = 'signing' | 'auth' | 'ca';

export interface Certificate {
  raw: Uint8Array;
  tbsRaw: Uint8Array;
  serial: bigint;
  serialRaw: Uint8Array;
  issuerRaw: Uint8Array;
  subjectRaw: Uint8Array;
  subject: { commonName: string | null; serialNumber: string | null };
  notBefore: Date;
  notAfter: Date;
  signatureAlgorithmOk: boolean;
  signature: Uint8Array;
  key: { n: bigint; e: bigint; bits: number };
  basicConstraints: { critical: boolean; ca: boolean } | null;
  keyUsage: { critical: boolean; bits: number } | null;
  extKeyUsage: string[] | null;
  otherNames: Map<string, string>;
  unknownCritical: string[];
}

export class CertificateError extends Error {
  constructor(
    readonly reason:
      'malformed' | 'untrusted-certificate' | 'expired' | 'revoked' | 'unsupported-key' | 'wrong-profile',
    message: string,
  ) {
    super(message);
  }
}

export function sha256(bytes: Uint8Array): Uint8Array {
  const md = forge.md.sha256.create();
  md.update(toBinaryString(bytes));
  return fromBinaryString(md.digest().getBytes());
}

export function pemToDer(pem: string, label = 'CERTIFICATE'): Uint8Array {
  const m = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem);
  if (!m) throw new CertificateError('malformed', `not a PEM ${label}`);
  return fromBase64((m[1] as string).replace(/\s+/g, ''));
}

export function derToPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = forge.util.encode64(toBinaryString(der));
  return `-----BEGIN ${label}-----\n${b64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

function algorithmOid(node: Der | undefined, what: string, paramsRequired: boolean): string {
  const seq = expectTag(node, TAG.SEQUENCE, what);
  const [oid, params, ...extra] = seq.children;
  if (extra.length) throw new DerError(`${what}: unexpected fields`);
  if (params ? !bytesEqual(params.raw, NULL_DER) : paramsRequired)
    throw new DerError(`${what}: parameters must be NULL`);
  return oidOf(oid, what);
}

/** sha256 AlgorithmIdentifier: parameters absent or NULL (RFC 5754 §2). */
export function isSha256Algorithm(node: Der | undefined): boolean {
  return algorithmOid(node, 'digest algorithm', false) === OIDS.sha256;
}

function nameAttributes(name: Der): Map<string, string> {
  const out = new Map<string, string>();
  for (const rdn of expectTag(name, TAG.SEQUENCE, 'name').children) {
    for (const atv of expectTag(rdn, TAG.SET, 'name RDN').children) {
      const [type, value, ...extra] = expectTag(atv, TAG.SEQUENCE, 'name attribute').children;
      if (extra.length) throw new DerError('name attribute: unexpected fields');
      const oid = oidOf(type, 'name attribute type');
      if (out.has(oid)) throw new DerError('name attribute repeated');
      out.set(oid, textOf(value, 'name attribute value'));
    }
  }
  return out;
}

function bitString(node: Der | undefined, what: string): Uint8Array {
  const b = expectTag(node, TAG.BIT_STRING, what).body;
  if (b.length === 0 || (b[0] as number) > 7) throw new DerError(`${what}: bad BIT STRING`);
  return b;
}

function parseExtensions(node: Der | undefined, cert: Certificate): void {
  const seen = new Set<string>();
  for (const ext of expectTag(node, TAG.SEQUENCE, 'extensions').children) {
    const parts = expectTag(ext, TAG.SEQUENCE, 'extension').children;
    const oid = oidOf(parts[0], 'extension id');
    if (seen.has(oid)) throw new DerError(`extension ${oid} repeated`);
    seen.add(oid);
    let critical = false;
    let valueNode = parts[1];
    if (parts[1]?.tag === TAG.BOOLEAN) {
      if (parts[1].body.length !== 1 || parts[1].body[0] !== 0xff)
        throw new DerError('extension critical flag must be DER TRUE (FALSE is omitted)');
      critical = true;
      valueNode = parts[2];
      if (parts.length !== 3) throw new DerError('extension: unexpected fields');
    } else if (parts.length !== 2) throw new DerError('extension: unexpected fields');
    const value = parseDer(expectTag(valueNode, TAG.OCTET_STRING, 'extension value').body);
    switch (oid) {
      case OIDS.basicConstraints: {
        const [ca, pathLen, ...extra] = expectTag(value, TAG.SEQUENCE, 'basicConstraints').children;
        if (extra.length) throw new DerError('basicConstraints: unexpected fields');
        let isCa = false;
        if (ca?.tag === TAG.BOOLEAN) {
          if (ca.body.length !== 1) throw new DerError('basicConstraints: bad BOOLEAN');
          isCa = ca.body[0] !== 0;
          if (pathLen) unsignedOf(pathLen, 'pathLenConstraint');
        } else if (ca) unsignedOf(ca, 'pathLenConstraint');
        cert.basicConstraints = { critical, ca: isCa };
        break;
      }
      case OIDS.keyUsage: {
        const b = bitString(value, 'keyUsage');
        cert.keyUsage = { critical, bits: ((b[1] ?? 0) << 8) | (b[2] ?? 0) };
        break;
      }
      case OIDS.extKeyUsage:
        cert.extKeyUsage = expectTag(value, TAG.SEQUENCE, 'extKeyUsage').children.map((c) =>
          oidOf(c, 'extKeyUsage'),
        );
        break;
      case OIDS.subjectAltName:
        for (const gn of expectTag(value, TAG.SEQUENCE, 'subjectAltName').children) {
          if (gn.tag !== ctx(0)) continue; // only otherName entries are read
          const [type, wrapped, ...extra] = gn.children;
          if (extra.length || wrapped?.tag !== ctx(0) || wrapped.children.length !== 1)
            throw new DerError('otherName: bad structure');
          cert.otherNames.set(oidOf(type, 'otherName type'), textOf(wrapped.children[0], 'otherName value'));
        }
        break;
      case OIDS.subjectKeyIdentifier:
      case OIDS.authorityKeyIdentifier:
        break;
      default:
        if (critical) cert.unknownCritical.push(oid);
    }
  }
}

export function parseCertificate(der: Uint8Array): Certificate {
  try {
    const top = expectTag(parseDer(der), TAG.SEQUENCE, 'certificate');
    const [tbs, sigAlg, sig, ...extra] = top.children;
    if (extra.length) throw new DerError('certificate: unexpected fields');
    const f = expectTag(tbs, TAG.SEQUENCE, 'tbsCertificate').children;
    const version = expectTag(f[0], ctx(0), 'version');
    if (version.children.length !== 1 || unsignedOf(version.children[0], 'version') !== 2n)
      throw new DerError('only X.509 v3 certificates are used');
    const serialNode = expectTag(f[1], TAG.INTEGER, 'serial');
    const innerAlg = algorithmOid(f[2], 'signature algorithm', true);
    const issuer = expectTag(f[3], TAG.SEQUENCE, 'issuer');
    const validity = expectTag(f[4], TAG.SEQUENCE, 'validity');
    if (validity.children.length !== 2) throw new DerError('validity: two times expected');
    const subject = expectTag(f[5], TAG.SEQUENCE, 'subject');
    const spki = expectTag(f[6], TAG.SEQUENCE, 'subjectPublicKeyInfo');
    if (spki.children.length !== 2) throw new DerError('subjectPublicKeyInfo: unexpected fields');
    if (algorithmOid(spki.children[0], 'key algorithm', true) !== OIDS.rsaEncryption)
      throw new CertificateError('unsupported-key', 'only RSA keys are accepted');
    const keyBits = bitString(spki.children[1], 'subjectPublicKey');
    if (keyBits[0] !== 0) throw new DerError('subjectPublicKey: unused bits');
    const rsa = expectTag(parseDer(keyBits.subarray(1)), TAG.SEQUENCE, 'RSAPublicKey');
    if (rsa.children.length !== 2) throw new DerError('RSAPublicKey: unexpected fields');
    const n = unsignedOf(rsa.children[0], 'modulus');
    const e = unsignedOf(rsa.children[1], 'exponent');
    const rest = f.slice(7);
    if (rest.length !== 1 || rest[0]?.tag !== ctx(3) || rest[0].children.length !== 1)
      throw new DerError('tbsCertificate: exactly the v3 extensions are expected after the key');
    const outerAlg = expectTag(sigAlg, TAG.SEQUENCE, 'signatureAlgorithm');
    const sigBits = bitString(sig, 'signature');
    if (sigBits[0] !== 0) throw new DerError('signature: unused bits');
    const names = nameAttributes(subject);
    nameAttributes(issuer);
    const cert: Certificate = {
      raw: top.raw,
      tbsRaw: (tbs as Der).raw,
      serial: unsignedOf(serialNode, 'serial'),
      serialRaw: serialNode.raw,
      issuerRaw: issuer.raw,
      subjectRaw: subject.raw,
      subject: {
        commonName: names.get(OIDS.commonName) ?? null,
        serialNumber: names.get(OIDS.serialNumber) ?? null,
      },
      notBefore: timeOf(validity.children[0], 'notBefore'),
      notAfter: timeOf(validity.children[1], 'notAfter'),
      signatureAlgorithmOk: innerAlg === OIDS.sha256WithRSA && bytesEqual(outerAlg.raw, (f[2] as Der).raw),
      signature: sigBits.subarray(1),
      key: { n, e, bits: n.toString(2).length },
      basicConstraints: null,
      keyUsage: null,
      extKeyUsage: null,
      otherNames: new Map(),
      unknownCritical: [],
    };
    parseExtensions(rest[0].children[0], cert);
    return cert;
  } catch (e) {
    if (e instanceof CertificateError) throw e;
    throw new CertificateError('malformed', `certificate: ${(e as Error).message}`);
  }
}

export function parseCertificatePem(pem: string): Certificate {
  return parseCertificate(pemToDer(pem));
}

// ——— RSA PKCS#1 v1.5 (RFC 8017 §8.2.2), BigInt ———

const SHA256_DIGEST_INFO = Uint8Array.from([
  0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04,
  0x20,
]);

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/**
 * Verify an RSA PKCS#1 v1.5 SHA-256 signature over `digest`. Callers pass only
 * keys that passed `checkKeyPolicy` (or the trusted CA's own key).
 */
export function rsaVerifySha256(
  key: { n: bigint; e: bigint },
  digest: Uint8Array,
  signature: Uint8Array,
): boolean {
  const k = Math.ceil(key.n.toString(16).length / 2);
  if (signature.length !== k || digest.length !== 32) return false;
  const s = bytesToBigInt(signature);
  if (s >= key.n) return false;
  const em = bigIntToBytes(modPow(s, key.e, key.n), k);
  const t = new Uint8Array(SHA256_DIGEST_INFO.length + 32);
  t.set(SHA256_DIGEST_INFO, 0);
  t.set(digest, SHA256_DIGEST_INFO.length);
  if (k < t.length + 11) return false;
  const expected = new Uint8Array(k).fill(0xff);
  expected[0] = 0;
  expected[1] = 1;
  expected[k - t.length - 1] = 0;
  expected.set(t, k - t.length);
  return bytesEqual(em, expected);
}

// ——— trust ———

export interface TrustAnchor {
  ca: Certificate;
  /** serials the CA revoked (from a CRL that verified), or null when no CRL is given */
  revoked: Set<bigint> | null;
}

export function checkKeyPolicy(cert: Certificate): void {
  if (cert.key.e !== RSA_EXPONENT)
    throw new CertificateError('unsupported-key', 'the RSA public exponent must be 65537');
  if (cert.key.bits < RSA_MIN_BITS || cert.key.bits > RSA_MAX_BITS)
    throw new CertificateError(
      'unsupported-key',
      `RSA keys of ${RSA_MIN_BITS}–${RSA_MAX_BITS} bits only (this one has ${cert.key.bits})`,
    );
}

const KU = { digitalSignature: 0x8000, nonRepudiation: 0x4000, keyCertSign: 0x0400, cRLSign: 0x0200 };

function checkProfile(cert: Certificate, profile: CertificateProfile): void {
  const bad = (m: string) => new CertificateError('wrong-profile', m);
  if (cert.unknownCritical.length) throw bad(`unknown critical extension ${cert.unknownCritical.join(', ')}`);
  const bc = cert.basicConstraints;
  const ku = cert.keyUsage;
  if (!bc || !ku || !ku.critical) throw bad('basicConstraints and a critical keyUsage are required');
  if (profile === 'ca') {
    if (!bc.ca || !(ku.bits & KU.keyCertSign)) throw bad('the trust anchor is not a CA certificate');
    return;
  }
  if (!bc.critical || bc.ca)
    throw bad('an end-entity certificate must have critical basicConstraints cA=false');
  if (ku.bits & (KU.keyCertSign | KU.cRLSign)) throw bad('an end-entity key may not sign certificates');
  if (profile === 'signing') {
    if (!(ku.bits & KU.digitalSignature) || !(ku.bits & KU.nonRepudiation))
      throw bad('not a 署名用 certificate (digitalSignature and nonRepudiation required)');
  } else {
    if (ku.bits !== KU.digitalSignature || !cert.extKeyUsage?.includes(OIDS.clientAuth))
      throw bad('not a 利用者証明用 certificate (digitalSignature with clientAuth only)');
  }
}

export function trustAnchor(caPem: string, crl: Uint8Array | null, now: Date): TrustAnchor {
  const ca = parseCertificatePem(caPem);
  checkProfile(ca, 'ca');
  checkKeyPolicy(ca);
  if (now < ca.notBefore || now > ca.notAfter)
    throw new CertificateError('expired', 'the CA certificate is not valid now');
  return { ca, revoked: crl ? verifyCrl(crl, ca, now) : null };
}

/** Steps 2 and 3 of the header: throws CertificateError, returns the certificate when it may be used. */
export function verifyCertificate(
  der: Uint8Array,
  anchor: TrustAnchor,
  profile: Exclude<CertificateProfile, 'ca'>,
  now: Date,
): Certificate {
  const cert = parseCertificate(der);
  if (!bytesEqual(cert.issuerRaw, anchor.ca.subjectRaw))
    throw new CertificateError('untrusted-certificate', 'not issued by the trusted CA');
  if (!cert.signatureAlgorithmOk)
    throw new CertificateError(
      'untrusted-certificate',
      'certificate signature algorithm must be sha256WithRSAEncryption',
    );
  if (!rsaVerifySha256(anchor.ca.key, sha256(cert.tbsRaw), cert.signature))
    throw new CertificateError(
      'untrusted-certificate',
      'the CA signature on the certificate does not verify',
    );
  if (now < cert.notBefore || now > cert.notAfter)
    throw new CertificateError(
      'expired',
      `the certificate is valid ${cert.notBefore.toISOString()}–${cert.notAfter.toISOString()} only`,
    );
  checkProfile(cert, profile);
  checkKeyPolicy(cert);
  if (anchor.revoked?.has(cert.serial))
    throw new CertificateError('revoked', 'the certificate has been revoked');
  return cert;
}

// ——— CRL (RFC 5280 §5) ———

/** Verify a DER CRL issued by `ca` and current at `now`; returns the revoked serials. */
export function verifyCrl(der: Uint8Array, ca: Certificate, now: Date): Set<bigint> {
  const fail = (m: string) => new CertificateError('untrusted-certificate', `CRL: ${m}`);
  let top: Der;
  try {
    top = expectTag(parseDer(der), TAG.SEQUENCE, 'CRL');
  } catch (e) {
    throw fail((e as Error).message);
  }
  try {
    const [tbs, alg, sig, ...extra] = top.children;
    if (extra.length) throw new DerError('unexpected fields');
    const f = expectTag(tbs, TAG.SEQUENCE, 'tbsCertList').children;
    if (unsignedOf(f[0], 'version') !== 1n) throw new DerError('v2 CRL expected');
    if (
      algorithmOid(f[1], 'algorithm', true) !== OIDS.sha256WithRSA ||
      !bytesEqual(f[1]!.raw, expectTag(alg, TAG.SEQUENCE, 'algorithm').raw)
    )
      throw new DerError('algorithm must be sha256WithRSAEncryption');
    if (!bytesEqual(expectTag(f[2], TAG.SEQUENCE, 'issuer').raw, ca.subjectRaw))
      throw new DerError('issuer is not the CA');
    const thisUpdate = timeOf(f[3], 'thisUpdate');
    const nextUpdate = timeOf(f[4], 'nextUpdate');
    const sigBits = bitString(sig, 'signature');
    if (!rsaVerifySha256(ca.key, sha256(tbs!.raw), sigBits.subarray(1)))
      throw new DerError('the CA signature does not verify');
    if (now < thisUpdate || now >= nextUpdate)
      throw new DerError('not current (fails closed until a new CRL is published)');
    const revoked = new Set<bigint>();
    const list = f[5]?.tag === TAG.SEQUENCE ? f[5] : undefined;
    for (const entry of list?.children ?? []) {
      const [serial, date] = expectTag(entry, TAG.SEQUENCE, 'revoked entry').children;
      timeOf(date, 'revocationDate');
      revoked.add(unsignedOf(serial, 'revoked serial'));
    }
    return revoked;
  } catch (e) {
    throw fail((e as Error).message);
  }
}

export interface CrlInput {
  issuerRaw: Uint8Array;
  revoked: { serial: bigint; date: Date }[];
  thisUpdate: Date;
  nextUpdate: Date;
  crlNumber: bigint;
  /** PKCS#1 v1.5 SHA-256 signature by the CA over the TBS bytes */
  sign: (tbs: Uint8Array) => Uint8Array;
}

export function createCrl(input: CrlInput): Uint8Array {
  const alg = tlv(TAG.SEQUENCE, encodeOid(OIDS.sha256WithRSA), NULL_DER);
  const entries = input.revoked.map((r) => tlv(TAG.SEQUENCE, encodeUnsigned(r.serial), encodeTime(r.date)));
  const crlNumber = tlv(
    TAG.SEQUENCE,
    encodeOid(OIDS.cRLNumber),
    tlv(TAG.OCTET_STRING, encodeUnsigned(input.crlNumber)),
  );
  const tbs = tlv(
    TAG.SEQUENCE,
    encodeUnsigned(1n),
    alg,
    input.issuerRaw,
    encodeTime(input.thisUpdate),
    encodeTime(input.nextUpdate),
    ...(entries.length ? [tlv(TAG.SEQUENCE, ...entries)] : []),
    tlv(ctx(0), tlv(TAG.SEQUENCE, crlNumber)),
  );
  const sig = input.sign(tbs);
  return tlv(TAG.SEQUENCE, tbs, alg, tlv(TAG.BIT_STRING, Uint8Array.from([0]), sig));
}
