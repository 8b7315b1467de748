/**
 * Runs the pure-core tests (dates, rules, journey) and the golden journeys under several time zones:
 * civil dates in Japan must not depend on the machine's zone.
 */
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'];

for (const tz of ZONES) {
  const r = spawnSync('npx', ['vitest', 'run', 'core', 'fixtures/journeys', '--reporter=dot'], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    console.error(`core tests failed under TZ=${tz}`);
    process.exit(r.status ?? 1);
  }
  console.log(`core tests passed under TZ=${tz}`);
}
