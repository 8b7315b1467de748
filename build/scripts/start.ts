/**
 * `npm start`: the desktop app, with the mock municipality and the mock private
 * provider (issue 21) started for it on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startMunicipality } from '../../fixtures/municipality/server';
import { startProvider } from '../../fixtures/provider/server';
import { electronBinary, MISSING_ELECTRON, tryInstallElectron } from './electron-binary';

const binary = electronBinary() ?? (tryInstallElectron() ? electronBinary() : undefined);
if (!binary) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}

for (const [cmd, args] of [
  ['npx', ['vite', 'build', '--logLevel', 'warn']],
  ['npx', ['tsx', 'build/scripts/build-electron.ts']],
] as const) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const municipality = await startMunicipality({
  port: Number(process.env['MUNICIPALITY_PORT'] ?? 0),
  dataDir: '.municipality-data',
  caCertificatePem: readFileSync('fixtures/cards/ca/ca.crt.pem', 'utf8'),
  crl: () => new Uint8Array(readFileSync('fixtures/cards/ca/ca.crl')),
});
console.log(`mock municipality on ${municipality.url}`);
const provider = await startProvider({
  port: Number(process.env['PROVIDER_PORT'] ?? 0),
  dataDir: '.provider-data',
});
console.log(`mock provider (民間サービス) on ${provider.url}`);

// extra arguments go to the app (`npm start -- --tester`: tester mode, issue 9)
const child = spawn(binary, ['.', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NONSTOP_MUNICIPALITY_URL: municipality.url, NONSTOP_PROVIDER_URL: provider.url },
});
child.on('exit', (code) => {
  void Promise.all([municipality.close(), provider.close()]).then(() => process.exit(code ?? 0));
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
