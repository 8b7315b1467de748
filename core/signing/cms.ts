/**
 * Detached CMS (PKCS#7) SignedData over application bytes, SHA-256 with
 * authenticated attributes (contentType, messageDigest, signingTime) — the
 * shape `openssl cms -verify -binary` accepts (verified-pitfalls §Signatures).
 *
 * Signing uses node-forge. Verification is our own, on the strict DER reader
 * (der.ts) and x509.ts, because forge's PKCS#7 `verify()` is not implemented
 * and its lenient parser let flipped bytes through. Every field OpenSSL's
 * `cms -verify` looks at is checked, and a few more (we are stricter, never
 * looser): ContentInfo type; SignedData version 1; the digestAlgorithms set is
 * exactly {SHA-256}; encapsulated content type id-data and detached; exactly
 * one certificate, no CRLs, exactly one SignerInfo of version 1 whose
 * issuerAndSerialNumber is byte-equal to that certificate's; digest SHA-256;
 * signature algorithm rsaEncryption or sha256WithRSAEncryption; signed
 * attributes with one value each, no repeats, contentType = id-data,
 * messageDigest = SHA-256(content), signingTime; no unsigned attributes.
 *
 * Order matters (the 16,384-bit key attack): structure, then the certificate
 * chain and key policy (x509.verifyCertificate: only the trusted CA's key does
 * maths), then the digest, and only then RSA with the signer's key.
 * `cms.property.test.ts` flips every byte and cross-checks with OpenSSL.
 */
import forge from 'node-forge';
import { fromBinaryString, toBinaryString } from '../encoding/bytes';
import {
  bytesEqual,
  ctx,
  DerError,
  expectTag,
  oidOf,
  parseDer,
  TAG,
  timeOf,
  unsignedOf,
  type Der,
} from './der';
import {
  CertificateError,
  isSha256Algorithm,
  OIDS,
  rsaVerifySha256,
  sha256,
  derToPem,
  trustAnchor,
  verifyCertificate,
  type Certificate,
  type TrustAnchor,
} from './x509';

const OID = {
  data: forge.pki.oids.data as string,
  sha256: forge.pki.oids.sha256 as string,
  contentType: forge.pki.oids.contentType as string,
  messageDigest: forge.pki.oids.messageDigest as string,
  signingTime: forge.pki.oids.signingTime as string,
};

export interface SignInput {
  content: Uint8Array;
  certificatePem: string;
  privateKey: forge.pki.rsa.PrivateKey;
  signingTime: Date;
}

export function signDetached({ content, certificatePem, privateKey, signingTime }: SignInput): Uint8Array {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(toBinaryString(content));
  const certificate = forge.pki.certificateFromPem(certificatePem);
  p7.addCertificate(certificate);
  p7.addSigner({
    key: privateKey,
    certificate,
    digestAlgorithm: OID.sha256, // forge defaults to SHA-1
    authenticatedAttributes: [
      { type: OID.contentType, value: OID.data },
      { type: OID.messageDigest },
      // forge's typings say string; it encodes a Date as UTCTime
      { type: OID.signingTime, value: signingTime as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  return fromBinaryString(forge.asn1.toDer(p7.toAsn1()).getBytes());
}

export type VerifyFailure =
  | 'malformed'
  | 'unsupported-algorithm'
  | 'digest-mismatch'
  | 'bad-signature'
  | 'untrusted-certificate'
  | 'expired'
  | 'revoked'
  | 'unsupported-key'
  | 'wrong-profile';

export interface Signer {
  commonName: string;
  /** certificate serial, lower-case hex */
  serialNumber: string;
  /** the card's link id (subject serialNumber): what ties 署名用 to 利用者証明用 (J-LIS 紐付け, simulated) */
  cardLink: string | null;
  /** 基本4情報 from the 署名用 certificate */
  facts: { name: string | null; sex: string | null; birthDate: string | null; address: string | null };
}

export interface VerifiedSignature {
  ok: true;
  signer: Signer;
  signingTime: Date | null;
  certificatePem: string;
}

export type VerifyResult = VerifiedSignature | { ok: false; reason: VerifyFailure; detail: string };

function fail(reason: VerifyFailure, detail: string): VerifyResult {
  return { ok: false, reason, detail };
}

const SIGNED_DATA = '1.2.840.113549.1.7.2';

interface ParsedCms {
  certificate: Uint8Array;
  sidIssuer: Uint8Array;
  sidSerial: Uint8Array;
  signedAttrs: Der;
  signature: Uint8Array;
  messageDigest: Uint8Array;
  signingTime: Date;
}

class AlgorithmError extends Error {}

function only<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new DerError(`expected exactly one ${what}, found ${items.length}`);
  return items[0] as T;
}

function parseCms(der: Uint8Array): ParsedCms {
  const top = expectTag(parseDer(der), TAG.SEQUENCE, 'ContentInfo');
  const [type, wrapped, ...more] = top.children;
  if (more.length) throw new DerError('ContentInfo: unexpected fields');
  if (oidOf(type, 'contentType') !== SIGNED_DATA) throw new DerError('not a SignedData');
  const sd = expectTag(
    only(expectTag(wrapped, ctx(0), 'content').children, 'SignedData'),
    TAG.SEQUENCE,
    'SignedData',
  );
  const [version, digestAlgs, encap, certs, signerInfos, ...rest] = sd.children;
  if (rest.length) throw new DerError('SignedData: CRLs or unexpected fields');
  if (unsignedOf(version, 'SignedData version') !== 1n) throw new DerError('SignedData version must be 1');
  if (
    !isSha256Algorithm(only(expectTag(digestAlgs, TAG.SET, 'digestAlgorithms').children, 'digest algorithm'))
  )
    throw new AlgorithmError('the digest algorithm list must be exactly SHA-256');
  const e = expectTag(encap, TAG.SEQUENCE, 'encapContentInfo');
  if (oidOf(only(e.children, 'encapsulated content type (detached)'), 'eContentType') !== OIDS_DATA)
    throw new DerError('encapsulated content type must be id-data');
  const certificate = expectTag(
    only(expectTag(certs, ctx(0), 'certificates').children, 'certificate'),
    TAG.SEQUENCE,
    'certificate',
  ).raw;
  const si = expectTag(
    only(expectTag(signerInfos, TAG.SET, 'signerInfos').children, 'signer'),
    TAG.SEQUENCE,
    'SignerInfo',
  );
  const [siVersion, sid, digestAlg, attrs, sigAlg, sig, ...unsigned] = si.children;
  if (unsigned.length) throw new DerError('SignerInfo: unsigned attributes or unexpected fields');
  if (unsignedOf(siVersion, 'SignerInfo version') !== 1n)
    throw new DerError('SignerInfo version must be 1 (issuerAndSerialNumber)');
  const ias = expectTag(sid, TAG.SEQUENCE, 'issuerAndSerialNumber');
  if (ias.children.length !== 2) throw new DerError('issuerAndSerialNumber: two fields expected');
  const sidIssuer = expectTag(ias.children[0], TAG.SEQUENCE, 'sid issuer').raw;
  const sidSerial = expectTag(ias.children[1], TAG.INTEGER, 'sid serial').raw;
  if (!isSha256Algorithm(digestAlg)) throw new AlgorithmError('the signer digest algorithm must be SHA-256');
  const signedAttrs = expectTag(attrs, ctx(0), 'signed attributes');
  const sa = expectTag(sigAlg, TAG.SEQUENCE, 'signatureAlgorithm');
  const [saOid, saParams, ...saExtra] = sa.children;
  const alg = oidOf(saOid, 'signatureAlgorithm');
  if (saExtra.length || (saParams && !(saParams.tag === TAG.NULL && saParams.body.length === 0)))
    throw new AlgorithmError('signatureAlgorithm parameters must be NULL or absent');
  if (alg !== OIDS.rsaEncryption && alg !== OIDS.sha256WithRSA)
    throw new AlgorithmError(`signature algorithm ${alg} is not RSA PKCS#1 v1.5`);
  const signature = expectTag(sig, TAG.OCTET_STRING, 'signature').body;

  const seen = new Set<string>();
  let contentTypeOk = false;
  let messageDigest: Uint8Array | null = null;
  let signingTime: Date | null = null;
  for (const a of signedAttrs.children) {
    const [t, values, ...x] = expectTag(a, TAG.SEQUENCE, 'attribute').children;
    if (x.length) throw new DerError('attribute: unexpected fields');
    const oid = oidOf(t, 'attribute type');
    if (seen.has(oid)) throw new DerError(`attribute ${oid} repeated`);
    seen.add(oid);
    const value = only(expectTag(values, TAG.SET, 'attribute values').children, `value of ${oid}`);
    if (oid === OID.contentType) contentTypeOk = oidOf(value, 'contentType attribute') === OIDS_DATA;
    else if (oid === OID.messageDigest)
      messageDigest = expectTag(value, TAG.OCTET_STRING, 'messageDigest').body;
    else if (oid === OID.signingTime) signingTime = timeOf(value, 'signingTime');
  }
  if (!contentTypeOk) throw new DerError('contentType attribute must be id-data');
  if (!messageDigest || messageDigest.length !== 32)
    throw new DerError('messageDigest attribute is missing or not SHA-256 sized');
  if (!signingTime) throw new DerError('signingTime attribute is missing');
  return { certificate, sidIssuer, sidSerial, signedAttrs, signature, messageDigest, signingTime };
}

const OIDS_DATA = '1.2.840.113549.1.7.1';

export interface VerifyOptions {
  /** which JPKI certificate may sign: 署名用 by default */
  profile?: 'signing' | 'auth';
}

/**
 * Verify a detached CMS signature over `content`. `trust` is the CA's PEM
 * (no revocation check) or a TrustAnchor built with its current CRL.
 */
export function verifyDetached(
  signatureDer: Uint8Array,
  content: Uint8Array,
  trust: string | TrustAnchor,
  now: Date,
  options: VerifyOptions = {},
): VerifyResult {
  let anchor: TrustAnchor;
  try {
    anchor = typeof trust === 'string' ? trustAnchor(trust, null, now) : trust;
  } catch (e) {
    return fail('untrusted-certificate', (e as Error).message);
  }
  let cms: ParsedCms;
  try {
    cms = parseCms(signatureDer);
  } catch (e) {
    if (e instanceof AlgorithmError) return fail('unsupported-algorithm', e.message);
    return fail('malformed', `not a valid CMS SignedData: ${(e as Error).message}`);
  }
  let cert: Certificate;
  try {
    cert = verifyCertificate(cms.certificate, anchor, options.profile ?? 'signing', now);
  } catch (e) {
    if (e instanceof CertificateError)
      return fail(e.reason === 'malformed' ? 'malformed' : e.reason, e.message);
    return fail('malformed', (e as Error).message);
  }
  if (!bytesEqual(cms.sidIssuer, cert.issuerRaw) || !bytesEqual(cms.sidSerial, cert.serialRaw))
    return fail('malformed', 'the signer identifier does not name the enclosed certificate');
  if (!bytesEqual(cms.messageDigest, sha256(content)))
    return fail('digest-mismatch', 'the content does not match the signed digest');
  // RFC 5652 §5.4: the signature covers the attributes re-tagged as a SET.
  const setBytes = new Uint8Array(cms.signedAttrs.raw);
  setBytes[0] = TAG.SET;
  if (!rsaVerifySha256(cert.key, sha256(setBytes), cms.signature))
    return fail('bad-signature', 'the RSA signature does not verify with the signer certificate');
  const on = cert.otherNames;
  return {
    ok: true,
    signer: {
      commonName: cert.subject.commonName ?? '',
      serialNumber: cert.serial.toString(16),
      cardLink: cert.subject.serialNumber,
      facts: {
        name: on.get(OIDS.jpkiName) ?? null,
        sex: on.get(OIDS.jpkiSex) ?? null,
        birthDate: on.get(OIDS.jpkiBirthDate) ?? null,
        address: on.get(OIDS.jpkiAddress) ?? null,
      },
    },
    signingTime: cms.signingTime,
    certificatePem: derToPem(cert.raw),
  };
}
