/**
 * `npm run bench -- batch`: `nonstop journey --batch` over many households
 * (issue 19 item 15: it used to take 0.9 GB per 1,000 and exit 3 past 6,000).
 * Makes BATCH_N household files (default 100,000; hard links of the fixture
 * households, so the folder costs no disk), runs the real command for --ndjson
 * and --json (BATCH_MODES, default both) with its output read through a pipe, and prints the time, the peak
 * resident memory (GNU time's %M) and the lines and bytes read. A figure, not a test.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const N = Number(process.env['BATCH_N'] ?? 100_000);
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'fixtures/households');
const sources = readdirSync(fixtures).filter((f) => f.endsWith('.json'));
const dir = mkdtempSync(join(tmpdir(), 'nonstop-batch-'));
for (let i = 0; i < N; i++)
  linkSync(
    join(fixtures, sources[i % sources.length] as string),
    join(dir, `h${String(i).padStart(6, '0')}.json`),
  );

function measure(mode: '--ndjson' | '--json'): Promise<Record<string, number | string>> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cmd = [
    process.execPath,
    join(root, 'electron/cli/nonstop.mjs'),
    'journey',
    '--batch',
    dir,
    '--on',
    '2026-11-21',
    mode,
  ];
  const started = performance.now();
  const child = timeBin
    ? spawn(timeBin, ['-f', 'maxrss_kib=%M', ...cmd], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(cmd[0] as string, cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let bytes = 0;
  let lines = 0;
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    bytes += d.length;
    for (const b of d) if (b === 10) lines++;
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const rss = /maxrss_kib=(\d+)/.exec(err)?.[1];
      resolve({
        mode,
        households: N,
        exitCode: code ?? -1,
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
        peakRssMiB: rss ? Math.round(Number(rss) / 1024) : 'n/a',
        linesOut: lines,
        mibOut: Number((bytes / 1024 / 1024).toFixed(1)),
      });
    }),
  );
}

try {
  const modes = (process.env['BATCH_MODES'] ?? '--ndjson,--json').split(',') as ('--ndjson' | '--json')[];
  for (const mode of modes) {
    const r = await measure(mode);
    console.log(`journey --batch ${mode}: ${JSON.stringify(r)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
