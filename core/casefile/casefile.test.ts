import { describe, expect, it } from 'vitest';
import { validateHousehold } from '../household/schema';
import newborn from '../../fixtures/households/newborn-family.json';
import type { CivilDate } from '../dates/civil-date';
import type { CaseStatus, SignedStatus } from '../submission';
import type { NoticeFeed } from '../records/notices';
import { dueForNotification, EMPTY_REMINDER_STATE, live, reconcile } from '../reminders/reminders';
import {
  acceptFeed,
  acceptStatus,
  acceptStatuses,
  addCertificate,
  addConsent,
  EMPTY_CASEFILE,
  exportCaseFile,
  latestStatus,
  readCaseFileExport,
  readCaseFileState,
  type CaseFileState,
} from './casefile';
import { caseReminders, noticeReminders } from './reminders';

const household = (() => {
  const h = validateHousehold(newborn);
  if (!h.ok) throw new Error('fixture');
  return h.value;
})();

const RID = 'AAAAAAAAAAAAAAAAAAAAAA';
const B64 = 'AAEC'; // stands for the signed bytes (verified in main before they get here)

function status(
  issuedAt: string,
  history: CaseStatus['history'],
  extra: Partial<CaseStatus> = {},
): { status: SignedStatus; statusBase64: string; signatureBase64: string } {
  const last = history.at(-1);
  return {
    status: {
      format: 'nonstop-status/1',
      municipalityCode: '131121',
      issuedAt,
      case: {
        receiptNumber: 'R-131121-20261121-000001',
        receiptId: RID,
        procedure: 'child-allowance-application',
        receivedAt: '2026-11-21T01:00:00.000Z',
        status: last?.status ?? 'received',
        correctionOf: null,
        history,
        corrections: [],
        decision: null,
        certificate: null,
        ...extra,
      },
    },
    statusBase64: B64,
    signatureBase64: B64,
  };
}

const received = { at: '2026-11-21T01:00:00.000Z', status: 'received' as const, detail: null };
const review = { at: '2026-11-22T01:00:00.000Z', status: 'under-review' as const, detail: null };
const correct = {
  at: '2026-11-23T01:00:00.000Z',
  status: 'needs-correction' as const,
  detail: { fields: [{ field: 'claimant.phone', reason: '電話番号を確かめてください。' }] },
};

function accepted(state: CaseFileState, s: ReturnType<typeof status>): CaseFileState {
  const r = acceptStatus(state, RID, s);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

describe('a mailbox poll in the case file (issue 20)', () => {
  const s1 = status('2026-11-21T01:00:00.000Z', [received]);
  const s2 = status('2026-11-22T01:00:00.000Z', [received, review]);
  const s3 = status('2026-11-23T01:00:00.000Z', [received, review, correct]);

  it('keeps each change once, in the order signed, whatever order the mailbox answers in', () => {
    const r = acceptStatuses(EMPTY_CASEFILE, [s3, s1, s2]);
    expect(r.refused).toEqual({});
    expect(r.state.statuses.map((e) => e.status.case.status)).toEqual([
      'received',
      'under-review',
      'needs-correction',
    ]);
    expect(r.changed).toEqual([RID, RID, RID]);
  });

  it('the whole mailbox again is old news: nothing kept twice, nothing refused, never moved back', () => {
    const first = acceptStatuses(EMPTY_CASEFILE, [s1, s2, s3]).state;
    const again = acceptStatuses(first, [s1, s2, s3]);
    expect(again.changed).toEqual([]);
    expect(again.refused).toEqual({});
    expect(again.state).toBe(first);
    expect(latestStatus(again.state, RID)?.status.case.status).toBe('needs-correction');
  });

  it('a newer status that rewrites the kept history is refused and named', () => {
    const first = acceptStatuses(EMPTY_CASEFILE, [s1, s2]).state;
    const forged = status('2026-11-24T01:00:00.000Z', [
      received,
      { at: '2026-11-22T01:00:00.000Z', status: 'approved', detail: null },
    ]);
    const r = acceptStatuses(first, [forged]);
    expect(r.refused).toEqual({ [RID]: 'rewritten' });
    expect(latestStatus(r.state, RID)?.status.case.status).toBe('under-review');
  });

  it('a case file kept before the mailbox existed still reads; one with a mailbox too', () => {
    expect(readCaseFileState({ ...EMPTY_CASEFILE })).toEqual(EMPTY_CASEFILE);
    const mailbox = {
      mailboxId: 'AAAAAAAAAAAAAAAAAAAAAA',
      publicKey: `${'A'.repeat(43)}=`,
      secretKey: `${'B'.repeat(43)}=`,
      createdAt: '2026-11-21T01:00:00.000Z',
      polledAt: null,
    };
    expect(readCaseFileState({ ...EMPTY_CASEFILE, mailbox })?.mailbox).toEqual(mailbox);
    expect(readCaseFileState({ ...EMPTY_CASEFILE, mailbox: { ...mailbox, secretKey: 'x' } })).toBeNull();
  });
});

describe('signed statuses in the case file', () => {
  it('keeps a status once, keeps a change, refuses an older one (a replay) and a rewritten history', () => {
    let st = accepted(EMPTY_CASEFILE, status('2026-11-21T02:00:00.000Z', [received]));
    expect(st.statuses).toHaveLength(1);
    // the same status fetched again later: nothing new kept
    const again = acceptStatus(st, RID, status('2026-11-21T03:00:00.000Z', [received]));
    expect(again).toMatchObject({ ok: true, changed: false });
    if (again.ok) expect(again.state.statuses).toHaveLength(1);
    st = accepted(st, status('2026-11-23T02:00:00.000Z', [received, review, correct]));
    expect(st.statuses).toHaveLength(2);
    expect(latestStatus(st, RID)?.status.case.status).toBe('needs-correction');

    // the attacker replays the old, genuinely signed 受付 status (signed before the kept one)
    expect(acceptStatus(st, RID, status('2026-11-21T02:00:00.000Z', [received]))).toEqual({
      ok: false,
      reason: 'replayed',
    });
    // a newer answer that drops the 要補正 from the history (the past rewritten)
    expect(acceptStatus(st, RID, status('2026-11-24T02:00:00.000Z', [received, review]))).toEqual({
      ok: false,
      reason: 'rewritten',
    });
    // a status of another case, under this case's receipt id
    const other = status('2026-11-24T02:00:00.000Z', [received], { receiptId: 'BBBBBBBBBBBBBBBBBBBBBB' });
    expect(acceptStatus(st, RID, other)).toEqual({ ok: false, reason: 'other-case' });
    expect(latestStatus(st, RID)?.status.case.status).toBe('needs-correction');
  });
});

const feed = (publishedAt: string, code = '131121'): NoticeFeed => ({
  format: 'nonstop-notices/1',
  municipalityCode: code,
  publishedAt,
  notices: [
    {
      id: 'n-3-4m',
      kind: 'checkup',
      title: { ja: '3〜4か月児健診', en: 'Check-up at 3–4 months' },
      body: { ja: '', en: '' },
      date: '2027-02-18',
      target: { childAgeMonths: { min: 3, max: 4 } },
    },
    {
      id: 'n-18m',
      kind: 'checkup',
      title: { ja: '1歳6か月児健診', en: 'Check-up at 18 months' },
      body: { ja: '', en: '' },
      date: '2027-02-18',
      target: { childAgeMonths: { min: 18, max: 23 } },
    },
    {
      id: 'n-rule',
      kind: 'rule-change',
      title: { ja: '制度の変更', en: 'A rule changes' },
      body: { ja: '', en: '' },
      date: '2026-12-01',
      target: {},
    },
  ],
});

describe('the notice feed kept on the device', () => {
  it('a newer feed replaces the kept one; an older one (a replay) and another municipality’s are refused', () => {
    const f1 = { feed: feed('2026-11-21T00:00:00.000Z'), feedBase64: B64, signatureBase64: B64 };
    const r1 = acceptFeed(EMPTY_CASEFILE, '131121', f1, '2026-11-21T00:01:00.000Z');
    if (!r1.ok) throw new Error(r1.reason);
    const f2 = { feed: feed('2026-11-22T00:00:00.000Z'), feedBase64: B64, signatureBase64: B64 };
    const r2 = acceptFeed(r1.state, '131121', f2, '2026-11-22T00:01:00.000Z');
    expect(r2.ok && r2.state.feeds.map((f) => f.feed.publishedAt)).toEqual(['2026-11-22T00:00:00.000Z']);
    if (!r2.ok) return;
    expect(acceptFeed(r2.state, '131121', f1, '2026-11-23T00:00:00.000Z')).toEqual({
      ok: false,
      reason: 'replayed',
    });
    const osaka = { feed: feed('2026-11-23T00:00:00.000Z', '271004'), feedBase64: B64, signatureBase64: B64 };
    expect(acceptFeed(r2.state, '131121', osaka, '2026-11-23T00:00:00.000Z')).toEqual({
      ok: false,
      reason: 'other-municipality',
    });
  });
});

describe('reminders of the round trip', () => {
  it('a 要補正 and a decision each fire once; a second correction round fires again; quiet hours hold them', () => {
    let st = accepted(EMPTY_CASEFILE, status('2026-11-23T02:00:00.000Z', [received, review, correct]));
    const first = caseReminders(st);
    expect(first).toMatchObject([
      {
        kind: 'case-status',
        since: '2026-11-23',
        case: { status: 'needs-correction', receiptNumber: 'R-131121-20261121-000001' },
      },
    ]);
    const on = '2026-11-23' as CivilDate;
    let r = reconcile(EMPTY_REMINDER_STATE, first, on);
    expect(r.fresh).toHaveLength(1);
    // fetched again: same id, nothing new
    r = reconcile(r.state, caseReminders(st), on);
    expect(r.fresh).toHaveLength(0);
    // quiet hours 21:00–07:00: held (still pending) at 22:30, out at 07:30
    const quiet = { from: '21:00', to: '07:00' };
    expect(dueForNotification(r.state, on, '22:30', quiet, live(first))).toHaveLength(0);
    expect(dueForNotification(r.state, on, '07:30', quiet, live(first))).toHaveLength(1);

    const second = { ...correct, at: '2026-11-25T01:00:00.000Z' };
    const resubmitted = { at: '2026-11-24T01:00:00.000Z', status: 'under-review' as const, detail: null };
    st = accepted(st, status('2026-11-25T02:00:00.000Z', [received, review, correct, resubmitted, second]));
    r = reconcile(r.state, caseReminders(st), '2026-11-25' as CivilDate);
    expect(r.fresh.map((e) => e.reminder.since)).toEqual(['2026-11-25']);

    const approved = { at: '2026-11-26T01:00:00.000Z', status: 'approved' as const, detail: null };
    st = accepted(
      st,
      status('2026-11-26T02:00:00.000Z', [received, review, correct, resubmitted, second, approved]),
    );
    r = reconcile(r.state, caseReminders(st), '2026-11-26' as CivilDate);
    expect(r.fresh.map((e) => e.reminder.case?.status)).toEqual(['approved']);
    // 受付 and 審査中 are not news
    expect(
      caseReminders(accepted(EMPTY_CASEFILE, status('2026-11-22T02:00:00.000Z', [received, review]))),
    ).toEqual([]);
  });

  it('notices for this household (陽翔, born 2026-11-12: 3 months on 2027-02-18) while current, each once', () => {
    const r1 = acceptFeed(
      EMPTY_CASEFILE,
      '131121',
      { feed: feed('2026-11-21T00:00:00.000Z'), feedBase64: B64, signatureBase64: B64 },
      '2026-11-21T00:01:00.000Z',
    );
    if (!r1.ok) throw new Error(r1.reason);
    const on = '2026-11-21' as CivilDate;
    const rs = noticeReminders(r1.state, household, on);
    // not the 18-month check-up (陽翔 is 3 months old on its day)
    expect(rs.map((r) => r.id)).toEqual(['municipal-notice:131121:n-3-4m', 'municipal-notice:131121:n-rule']);
    const once = reconcile(EMPTY_REMINDER_STATE, rs, on);
    expect(reconcile(once.state, noticeReminders(r1.state, household, on), on).fresh).toEqual([]);
    // the rule change stays 60 days after 2026-12-01, the check-up until its day
    expect(noticeReminders(r1.state, household, '2027-01-30' as CivilDate).map((r) => r.id)).toEqual([
      'municipal-notice:131121:n-3-4m',
      'municipal-notice:131121:n-rule',
    ]);
    expect(noticeReminders(r1.state, household, '2027-02-19' as CivilDate)).toEqual([]);
  });
});

describe('the stored case file and its export (nonstop-casefile/1)', () => {
  it('nothing stored reads as empty; a damaged one is not replaced', () => {
    expect(readCaseFileState(undefined)).toEqual(EMPTY_CASEFILE);
    expect(readCaseFileState({ format: 'nonstop-casefile-state/1' })).toBeNull();
    expect(readCaseFileState({ ...EMPTY_CASEFILE, statuses: [{ receiptId: 1 }] })).toBeNull();
  });

  it('exports one JSON file that reads back; a changed format or a broken base64 is a clear problem', () => {
    let st = accepted(EMPTY_CASEFILE, status('2026-11-21T02:00:00.000Z', [received]));
    st = addCertificate(st, {
      receiptId: RID,
      receiptNumber: 'R-131121-20261121-000001',
      kind: '児童手当 認定通知書',
      issuedAt: '2026-11-26T01:00:00.000Z',
      receivedAt: '2026-11-26T02:00:00.000Z',
      verified: true,
      pdf: B64,
      signature: B64,
    });
    st = addCertificate(st, st.certificates[0]!); // the same certificate again: kept once
    st = addConsent(
      st,
      { at: '2026-11-21T00:00:00.000Z', purpose: '確認', fields: ['name'], outcome: 'read' },
      { importedAt: '2026-11-21T00:00:01.000Z', signer: '模擬自治体', record: B64, signature: B64 },
    );
    const text = exportCaseFile(
      st,
      [
        {
          procedure: 'child-allowance-application',
          child: 'haruto',
          receiptNumber: 'R-131121-20261121-000001',
          receiptId: RID,
          receivedAt: '2026-11-21T01:00:00.000Z',
          submittedOn: '2026-11-21',
          application: B64,
          signature: B64,
        },
      ],
      '2026-11-27T00:00:00.000Z',
    );
    const back = readCaseFileExport(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.format).toBe('nonstop-casefile/1');
    expect(back.value.certificates).toHaveLength(1);
    expect(back.value.consents[0]?.fields).toEqual(['name']);
    expect(back.value.statuses[0]?.status).toBe('received');
    expect(readCaseFileExport(text.replace('nonstop-casefile/1', 'nonstop-casefile/2'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('format'),
    });
    expect(readCaseFileExport(text.replace('"pdf": "AAEC"', '"pdf": "AA*C"'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('certificates.0.pdf'),
    });
    expect(readCaseFileExport('{')).toEqual({ ok: false, problem: 'not JSON' });
  });
});
