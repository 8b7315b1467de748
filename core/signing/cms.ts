/**
 * Detached CMS (PKCS#7) SignedData over application bytes, SHA-256 with
 * authenticated attributes (contentType, messageDigest, signingTime) — the
 * shape `openssl cms -verify -binary` accepts (verified-pitfalls §Signatures).
 *
 * Verification is written here on node-forge's ASN.1 and RSA primitives
 * because forge's own PKCS#7 `verify()` is not implemented (security-notes):
 * digest check, RSA PKCS#1 v1.5 over the DER SET of the signed attributes,
 * chain to the trusted CA (forge ≥ 1.4 fixes the basicConstraints bypass).
 * Tests cross-check every signature with OpenSSL.
 */
import forge from 'node-forge';
import { fromBinaryString, toBinaryString } from '../encoding/bytes';

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
  'malformed' | 'unsupported-algorithm' | 'digest-mismatch' | 'bad-signature' | 'untrusted-certificate';

export interface VerifiedSignature {
  ok: true;
  signer: { commonName: string; serialNumber: string };
  signingTime: Date | null;
  certificatePem: string;
}

export type VerifyResult = VerifiedSignature | { ok: false; reason: VerifyFailure; detail: string };

function fail(reason: VerifyFailure, detail: string): VerifyResult {
  return { ok: false, reason, detail };
}

interface Asn1Node {
  tagClass: number;
  type: number;
  constructed: boolean;
  value: Asn1Node[] | string;
}

function children(n: Asn1Node | undefined): Asn1Node[] {
  if (!n || !Array.isArray(n.value)) throw new Error('expected a constructed ASN.1 value');
  return n.value;
}

function attributeValue(attrs: Asn1Node[], oid: string): Asn1Node | undefined {
  for (const a of attrs) {
    const [type, values] = children(a);
    if (type && forge.asn1.derToOid(type.value as string) === oid) return children(values)[0];
  }
  return undefined;
}

export function verifyDetached(
  signatureDer: Uint8Array,
  content: Uint8Array,
  trustedCaPem: string,
  now: Date,
): VerifyResult {
  let msg: forge.pkcs7.PkcsSignedData & { rawCapture: { signerInfos?: Asn1Node[] } };
  try {
    const asn1 = forge.asn1.fromDer(toBinaryString(signatureDer));
    msg = forge.pkcs7.messageFromAsn1(asn1) as typeof msg;
  } catch (e) {
    return fail('malformed', `not a CMS SignedData: ${(e as Error).message}`);
  }
  const signerInfos = msg.rawCapture.signerInfos ?? [];
  if (signerInfos.length !== 1) return fail('malformed', `expected one signer, found ${signerInfos.length}`);
  const certificate = msg.certificates[0];
  if (!certificate || msg.certificates.length !== 1)
    return fail('malformed', 'expected exactly one certificate');

  try {
    const fields = children(signerInfos[0]);
    const digestAlgorithm = forge.asn1.derToOid(children(fields[2])[0]?.value as string);
    if (digestAlgorithm !== OID.sha256)
      return fail('unsupported-algorithm', `digest ${digestAlgorithm} is not SHA-256`);
    const signedAttrs = fields[3];
    if (!signedAttrs || signedAttrs.tagClass !== forge.asn1.Class.CONTEXT_SPECIFIC || signedAttrs.type !== 0)
      return fail('malformed', 'signed attributes are missing');
    const attrs = children(signedAttrs);
    const contentType = attributeValue(attrs, OID.contentType);
    if (!contentType || forge.asn1.derToOid(contentType.value as string) !== OID.data)
      return fail('malformed', 'contentType attribute is not id-data');
    const messageDigest = attributeValue(attrs, OID.messageDigest);
    const md = forge.md.sha256.create();
    md.update(toBinaryString(content));
    if (!messageDigest || messageDigest.value !== md.digest().getBytes())
      return fail('digest-mismatch', 'the content does not match the signed digest');
    const timeNode = attributeValue(attrs, OID.signingTime);
    const signingTime = timeNode ? forge.asn1.utcTimeToDate(timeNode.value as string) : null;

    // The signature covers the attributes DER-encoded as a SET (RFC 5652 §5.4).
    const asSet = forge.asn1.create(
      forge.asn1.Class.UNIVERSAL,
      forge.asn1.Type.SET,
      true,
      attrs as forge.asn1.Asn1[],
    );
    const attrsDigest = forge.md.sha256.create();
    attrsDigest.update(forge.asn1.toDer(asSet).getBytes());
    const signature = fields[5]?.value;
    if (typeof signature !== 'string') return fail('malformed', 'signature value is missing');
    const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
    let valid = false;
    try {
      valid = publicKey.verify(attrsDigest.digest().getBytes(), signature);
    } catch {
      valid = false;
    }
    if (!valid) return fail('bad-signature', 'the RSA signature does not verify with the signer certificate');

    const caStore = forge.pki.createCaStore([trustedCaPem]);
    try {
      forge.pki.verifyCertificateChain(caStore, [certificate], { validityCheckDate: now });
    } catch (e) {
      const err = e as { message?: string; error?: string };
      return fail('untrusted-certificate', err.message ?? err.error ?? 'certificate chain does not verify');
    }
    const cn = certificate.subject.getField('CN') as { value: string; valueTagClass: number } | null;
    // forge leaves a UTF8String as its raw bytes; decode it so 佐藤 compares as 佐藤.
    const commonName = cn
      ? cn.valueTagClass === forge.asn1.Type.UTF8
        ? forge.util.decodeUtf8(cn.value)
        : cn.value
      : '';
    return {
      ok: true,
      signer: { commonName, serialNumber: certificate.serialNumber },
      signingTime,
      certificatePem: forge.pki.certificateToPem(certificate),
    };
  } catch (e) {
    return fail('malformed', (e as Error).message);
  }
}
