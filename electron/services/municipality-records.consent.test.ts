/**
 * Issue 19 item 11: a resident record is checked against the consent given.
 * The attack: a municipality (or anything holding its signing key) answers a
 * consent for the name only with a signed record carrying all six facts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIdentity } from '../../fixtures/municipality/identity';
import { loadResidents } from '../../fixtures/municipality/residents';
import { canonicalBytes } from '../../core/signing/canonical';
import { toBase64 } from '../../core/encoding/bytes';
import {
  consentProblem,
  filterByConsent,
  RESIDENT_FIELDS,
  type Consent,
  type ResidentRecord,
} from '../../core/records/resident-record';
import { DocumentError, importResidentRecord } from './municipality-records';

const identity = loadIdentity();
const full = loadResidents()[0]!.record;
const ALL = Object.keys(RESIDENT_FIELDS) as Consent['fields'];
const NAME_ONLY: Consent = { purpose: '氏名の確認', fields: ['name'] };

/** What the hostile municipality answers next. */
let answer: (consent: Consent) => ResidentRecord;
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const { consent } = JSON.parse(body) as { consent: Consent };
      const bytes = canonicalBytes(answer(consent));
      const at = new Date();
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ record: toBase64(bytes), signature: toBase64(identity.sign(bytes, at)) }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const now = () => new Date().toISOString();

describe('the resident record against the consent given', () => {
  it('control: an honest record of the consented facts is accepted', async () => {
    answer = (c) => filterByConsent(full, { ...c, id: 1 }, now());
    const r = await importResidentRecord(url, 'token', NAME_ONLY, new Date());
    expect(Object.keys(r.record.members[0]!).sort()).toEqual(['familyName', 'givenName']);
  });

  it.each<[string, (c: Consent) => ResidentRecord]>([
    [
      'all six facts under a consent that names the name only',
      (c) => ({
        ...filterByConsent(full, { purpose: c.purpose, fields: ALL, id: 1 }, now()),
        consent: { id: 1, purpose: c.purpose, fields: ['name'] },
      }),
    ],
    [
      'all six facts, the record claiming a consent for all six',
      (c) => filterByConsent(full, { purpose: c.purpose, fields: ALL, id: 1 }, now()),
    ],
    [
      'the address alone beyond the name',
      (c) => ({
        ...filterByConsent(full, { ...c, id: 1 }, now()),
        address: full.address,
      }),
    ],
    [
      'another purpose',
      (c) => filterByConsent(full, { purpose: `${c.purpose}と広告`, fields: c.fields, id: 1 }, now()),
    ],
  ])('refuses %s', async (_why, hostile) => {
    answer = hostile;
    await expect(importResidentRecord(url, 'token', NAME_ONLY, new Date())).rejects.toThrow(DocumentError);
  });

  it('consentProblem names what is beyond the consent', () => {
    const record = filterByConsent(full, { purpose: 'p', fields: ['name', 'birthDate'], id: 1 }, now());
    expect(consentProblem(record, { purpose: 'p', fields: ['name', 'birthDate'] })).toBeNull();
    expect(
      consentProblem(
        { ...record, consent: { ...record.consent, fields: ['name'] } },
        { purpose: 'p', fields: ['name'] },
      ),
    ).toBe('the record carries birthDate, which was not consented to');
  });
});
