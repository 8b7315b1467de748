/**
 * `npm run bench -- municipality`: the mock municipality under load and a crash.
 *
 * 1. Ten claimants get cards from the simulated CA; 500 valid 児童手当
 *    applications (50 children each, so no claim is a duplicate) are built and
 *    SIGNED BEFORE ANY TIMING (the card's signing time is not the server's).
 * 2. The server runs as its own process (`node --import tsx fixtures/municipality/main.ts`,
 *    a fresh data folder, loopback only). All 500 are posted at once.
 * 3. When half are acknowledged the server is killed with SIGKILL, restarted on the same
 *    folder, and every submission not yet acknowledged is sent again (the idempotent
 *    repeat answers with the first receipt where the first try was stored unanswered).
 * 4. After the run the database is opened directly: every acknowledged receipt
 *    must be there with the same bytes (lost), no receipt number may name two
 *    submissions (reusedReceipts), and every stored signature must verify (readable).
 *
 * Latency: per request, from sending to the answer, for acknowledged requests
 * (verify + store + receipt, queued behind the other requests; no signing).
 * Last line: { "submissions", "acknowledged", "lost", "reusedReceipts", "p50Ms", "p99Ms" }.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { issueCard, loadCa } from '../../fixtures/cards/issue';
import { signDetached, verifyDetached } from '../../core/signing/cms';
import { canonicalBytes } from '../../core/signing/canonical';
import { toBase64 } from '../../core/encoding/bytes';
import { prepareForm } from '../../core/forms/registry';
import { validateHousehold } from '../../core/household/schema';
import { civilDate } from '../../core/dates/civil-date';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SUBMISSIONS = 500;
const CLAIMANTS = 10;
const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const KANA = [
  'サトウ',
  'スズキ',
  'タカハシ',
  'タナカ',
  'イトウ',
  'ワタナベ',
  'ヤマモト',
  'ナカムラ',
  'コバヤシ',
  'カトウ',
];

const base = validateHousehold(
  JSON.parse(readFileSync(join(root, 'fixtures/households/newborn-family.json'), 'utf8')),
);
if (!base.ok) throw new Error('fixture household');
const prepared = prepareForm('child-allowance-application', {
  household: base.value,
  child: 'haruto',
  on: civilDate('2026-11-21'),
});
if (!prepared.ok) throw new Error('fixture application');
type Obj = Record<string, unknown>;
const template = prepared.application as unknown as Obj & {
  children: Obj[];
  claimant: Obj;
  spouse: Obj | null;
};

console.error(`issuing ${CLAIMANTS} cards and signing ${SUBMISSIONS} applications (not timed)…`);
const ca = loadCa();
const signers = FAMILY.slice(0, CLAIMANTS).map((familyName) =>
  issueCard(ca, {
    holder: { name: `${familyName} 健太`, sex: '男', birthDate: '1991-06-03', address: '東京都世田谷区' },
    authPin: '1234',
    signingPassword: 'BENCH1234',
    kdfCount: 1,
  }),
);
const signedAt = new Date();
const envelopes = Array.from({ length: SUBMISSIONS }, (_, i) => {
  const k = i % CLAIMANTS;
  const familyName = FAMILY[k] as string;
  const child = {
    ...template['children'][0],
    familyName,
    familyNameKana: KANA[k],
    birthDate: civilDateOf(i),
  };
  const app = {
    ...template,
    claimant: { ...template.claimant, familyName, familyNameKana: KANA[k] },
    spouse: template.spouse ? { ...template.spouse, familyName, familyNameKana: KANA[k] } : null,
    children: [child],
  };
  const bytes = canonicalBytes(app);
  const signer = signers[k]!;
  const signature = signDetached({
    content: bytes,
    certificatePem: signer.card.signing.certificatePem,
    privateKey: signer.keys.signing,
    signingTime: signedAt,
  });
  return {
    sha: createHash('sha256').update(bytes).digest('hex'),
    body: JSON.stringify({
      format: 'nonstop-submission/1',
      application: toBase64(bytes),
      signature: toBase64(signature),
    }),
  };
});

/** A distinct birth date per child of a claimant (2026-01-01 + i/CLAIMANTS days). */
function civilDateOf(i: number): string {
  return new Date(Date.UTC(2026, 0, 1) + Math.floor(i / CLAIMANTS) * 86_400_000).toISOString().slice(0, 10);
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-municipality-'));

function startServer(): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(root, 'fixtures/municipality/main.ts')], {
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ proc, url: m[1] as string });
    });
    proc.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

interface Ack {
  receiptNumber: string;
  receiptId: string;
}
const acked = new Map<number, Ack>();
const latencies: number[] = [];
const service: number[] = [];
let repeats = 0;

async function send(url: string, i: number): Promise<boolean> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/v1/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: envelopes[i]!.body,
    });
    const body = (await res.json()) as Ack & { error?: { code: string; message: string } };
    if (res.status === 201 || res.status === 200) {
      latencies.push(performance.now() - started);
      const t = /app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
      if (t) service.push(Number(t[1]));
      if (res.status === 200) repeats++;
      acked.set(i, { receiptNumber: body.receiptNumber, receiptId: body.receiptId });
      return true;
    }
    throw new Error(`submission ${i} refused: ${res.status} ${JSON.stringify(body.error)}`);
  } catch (e) {
    if ((e as Error).message.startsWith('submission')) throw e;
    return false; // the connection died with the server
  }
}

let server = await startServer();
console.error(
  `server ${server.url}; posting ${SUBMISSIONS} at once, SIGKILL after ${SUBMISSIONS / 2} acknowledgements`,
);
let killed = false;
const first = await Promise.all(
  envelopes.map(async (_, i) => {
    const ok = await send(server.url, i);
    if (!killed && acked.size >= SUBMISSIONS / 2) {
      killed = true;
      server.proc.removeAllListeners('exit');
      server.proc.kill('SIGKILL');
    }
    return ok;
  }),
);
const ackedBeforeKill = acked.size;
const unanswered = first.map((ok, i) => (ok ? -1 : i)).filter((i) => i >= 0);
await new Promise((r) => setTimeout(r, 200));
server = await startServer();
console.error(`killed with ${ackedBeforeKill} acknowledged; restarted, resending ${unanswered.length}`);
for (let round = 0; round < 5 && acked.size < SUBMISSIONS; round++)
  await Promise.all(unanswered.filter((i) => !acked.has(i)).map((i) => send(server.url, i)));
server.proc.removeAllListeners('exit');
server.proc.kill('SIGTERM');
await new Promise((r) => server.proc.once('exit', r));

// The database, read directly.
const db = new Database(join(dataDir, 'municipality.sqlite'), { readonly: true });
const rows = db
  .prepare<{
    id: string;
    receipt_number: string;
    content_sha256: string;
    application: Buffer;
    signature: Buffer;
  }>('SELECT id, receipt_number, content_sha256, application, signature FROM submissions')
  .all();
db.close();
const byId = new Map(rows.map((r) => [r.id, r]));
let lost = 0;
for (const [i, a] of acked) {
  const row = byId.get(a.receiptId);
  if (!row || row.receipt_number !== a.receiptNumber || row.content_sha256 !== envelopes[i]!.sha) lost++;
}
const numbersAcked = new Map<string, Set<number>>();
for (const [i, a] of acked)
  numbersAcked.set(a.receiptNumber, (numbersAcked.get(a.receiptNumber) ?? new Set()).add(i));
const reusedReceipts =
  [...numbersAcked.values()].filter((s) => s.size > 1).length +
  (rows.length - new Set(rows.map((r) => r.receipt_number)).size);
const caPem = readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8');
const unreadable = rows.filter(
  (r) => !verifyDetached(r.signature, r.application, caPem, new Date()).ok,
).length;
rmSync(dataDir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
service.sort((a, b) => a - b);
const pctOf = (xs: number[], p: number) =>
  Math.round((xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN) * 10) / 10;
const pct = (p: number) => pctOf(latencies, p);
console.error(
  `stored ${rows.length} rows, ${unreadable} unreadable; acknowledged before the kill ${ackedBeforeKill}, after ${acked.size - ackedBeforeKill} (${repeats} of them stored before the kill but unanswered: the repeat gave the first receipt)`,
);
console.log(
  JSON.stringify({
    submissions: SUBMISSIONS,
    acknowledged: acked.size,
    lost,
    reusedReceipts,
    p50Ms: pct(50),
    p99Ms: pct(99),
    serviceP50Ms: pctOf(service, 50),
    serviceP99Ms: pctOf(service, 99),
    stored: rows.length,
    unreadable,
    ackedBeforeKill,
  }),
);
if (lost || reusedReceipts || unreadable || acked.size !== SUBMISSIONS) process.exitCode = 1;
