/**
 * The part of node-forge's API that core/ uses, typed without Node.
 *
 * Why: @types/node-forge starts with `/// <reference types="node" />`, which
 * would bring Node's globals and `node:*` modules into core's compilation and
 * silently defeat the "no Node types in core" rule. core/tsconfig.json maps
 * `node-forge` here; electron/ keeps the full @types/node-forge.
 */
declare namespace forge {
  namespace util {
    interface ByteStringBuffer {
      getBytes(count?: number): string;
      toHex(): string;
    }
    function createBuffer(input?: string, encoding?: 'raw' | 'utf8'): ByteStringBuffer;
    function encode64(input: string): string;
    function decode64(input: string): string;
    function decodeUtf8(input: string): string;
  }
  namespace asn1 {
    enum Class {
      UNIVERSAL = 0x00,
      APPLICATION = 0x40,
      CONTEXT_SPECIFIC = 0x80,
      PRIVATE = 0xc0,
    }
    enum Type {
      NONE = 0,
      BOOLEAN = 1,
      INTEGER = 2,
      BITSTRING = 3,
      OCTETSTRING = 4,
      NULL = 5,
      OID = 6,
      UTF8 = 12,
      SEQUENCE = 16,
      SET = 17,
      PRINTABLESTRING = 19,
      UTCTIME = 23,
      GENERALIZEDTIME = 24,
    }
    interface Asn1 {
      tagClass: Class;
      type: Type;
      constructed: boolean;
      composed: boolean;
      value: Asn1[] | string;
    }
    function fromDer(bytes: string | util.ByteStringBuffer): Asn1;
    function toDer(obj: Asn1): util.ByteStringBuffer;
    function derToOid(bytes: string | util.ByteStringBuffer): string;
    function create(tagClass: Class, type: Type, constructed: boolean, value: string | Asn1[]): Asn1;
    function utcTimeToDate(utc: string): Date;
  }
  namespace md {
    interface MessageDigest {
      update(msg: string, encoding?: 'raw' | 'utf8'): MessageDigest;
      digest(): util.ByteStringBuffer;
    }
    namespace sha256 {
      function create(): MessageDigest;
    }
  }
  namespace pki {
    /** RFC 8032 Ed25519 (node-forge's lib/ed25519.js); bytes as Uint8Array. */
    namespace ed25519 {
      function generateKeyPair(options: { seed: Uint8Array }): {
        publicKey: Uint8Array;
        privateKey: Uint8Array;
      };
      function sign(options: { message: Uint8Array; privateKey: Uint8Array }): Uint8Array;
      function verify(options: {
        message: Uint8Array;
        signature: Uint8Array;
        publicKey: Uint8Array;
      }): boolean;
    }
    const oids: { [name: string]: string };
    namespace rsa {
      interface PublicKey {
        verify(digest: string, signature: string, scheme?: string): boolean;
      }
      interface PrivateKey {
        sign(md: md.MessageDigest, scheme?: string): string;
      }
    }
    interface CertificateField {
      value?: unknown;
      valueTagClass?: number;
    }
    interface Certificate {
      serialNumber: string;
      publicKey: unknown;
      subject: { getField(shortName: string): CertificateField | null };
    }
    type CAStore = object;
    function certificateFromPem(pem: string): Certificate;
    function certificateToPem(cert: Certificate): string;
    function createCaStore(certs?: ReadonlyArray<Certificate | string>): CAStore;
    function verifyCertificateChain(
      caStore: CAStore,
      chain: Certificate[],
      options?: { validityCheckDate?: Date | null },
    ): boolean;
  }
  namespace pkcs7 {
    interface PkcsSignedData {
      content?: string | util.ByteStringBuffer;
      certificates: pki.Certificate[];
      addCertificate(certificate: pki.Certificate | string): void;
      addSigner(options: {
        key: pki.rsa.PrivateKey;
        certificate: pki.Certificate;
        digestAlgorithm: string;
        authenticatedAttributes?: { type: string; value?: string }[];
      }): void;
      sign(options?: { detached?: boolean }): void;
      toAsn1(): asn1.Asn1;
    }
    function createSignedData(): PkcsSignedData;
    function messageFromAsn1(obj: asn1.Asn1): unknown;
  }
}

export default forge;
