/**
 * The first step of `npm test`: the system tools the tests need are there.
 *
 *   chromium            the end-to-end tests drive the built renderer in it (CHROMIUM_PATH to use another)
 *   pdftoppm, pdftotext, pdfinfo, pdffonts (poppler-utils)   form golden images and text checks
 *   qpdf                PDF structure checks
 *   openssl             the signature checks of the submissions
 *
 * Missing ones are installed with apt-get on Debian/Ubuntu when this runs as
 * root or sudo needs no password (the README's two commands are then enough
 * on a fresh machine). Otherwise it stops at once and prints the one command
 * to run. Nothing is downloaded except through the system's package manager.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

interface Tool {
  command: string;
  /** Debian package, Ubuntu package */
  debian: string;
  ubuntu: string;
  path?: string;
}

const TOOLS: Tool[] = [
  { command: 'chromium', debian: 'chromium', ubuntu: 'chromium-browser', path: process.env['CHROMIUM_PATH'] },
  { command: 'pdftoppm', debian: 'poppler-utils', ubuntu: 'poppler-utils' },
  { command: 'pdftotext', debian: 'poppler-utils', ubuntu: 'poppler-utils' },
  { command: 'pdfinfo', debian: 'poppler-utils', ubuntu: 'poppler-utils' },
  { command: 'pdffonts', debian: 'poppler-utils', ubuntu: 'poppler-utils' },
  { command: 'qpdf', debian: 'qpdf', ubuntu: 'qpdf' },
  { command: 'openssl', debian: 'openssl', ubuntu: 'openssl' },
];

function onPath(command: string): boolean {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

const present = (t: Tool): boolean => (t.path ? existsSync(t.path) : onPath(t.command));

function distro(): 'debian' | 'ubuntu' | null {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    const id = /^ID=(.*)$/m.exec(osRelease)?.[1]?.replace(/"/g, '') ?? '';
    const like = /^ID_LIKE=(.*)$/m.exec(osRelease)?.[1]?.replace(/"/g, '') ?? '';
    if (id === 'ubuntu' || like.includes('ubuntu')) return 'ubuntu';
    if (id === 'debian' || like.includes('debian')) return 'debian';
  } catch {
    // not Linux, or no os-release
  }
  return null;
}

function main(): number {
  const missing = TOOLS.filter((t) => !present(t));
  if (missing.length === 0) return 0;
  const names = [...new Set(missing.map((t) => t.command))].join(', ');
  const d = distro();
  const packages = [...new Set(missing.map((t) => (d === 'ubuntu' ? t.ubuntu : t.debian)))];
  const install = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (d === null) {
    process.stderr.write(
      `npm test needs ${names}. Install them with your system's package manager ` +
        `(Debian names: ${packages.join(' ')}), or set CHROMIUM_PATH to a Chromium, then run npm test again.\n`,
    );
    return 1;
  }
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!root && !sudo) {
    process.stderr.write(
      `npm test needs ${names}. Run this once, then npm test again:\n  sudo apt-get update && sudo ${install}\n`,
    );
    return 1;
  }
  process.stdout.write(`npm test: installing ${packages.join(' ')} (missing: ${names})\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const run = (args: string[]) => {
      const [cmd, ...rest] = root ? args : ['sudo', '-n', ...args];
      execFileSync(cmd as string, rest, { stdio: 'inherit', env });
    };
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } catch {
    process.stderr.write(
      `npm test: apt-get failed. Run this, then npm test again:\n  ${root ? '' : 'sudo '}${install}\n`,
    );
    return 1;
  }
  const still = TOOLS.filter((t) => !present(t));
  if (still.length > 0) {
    process.stderr.write(
      `npm test: still missing after apt-get: ${still.map((t) => t.command).join(', ')}\n`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main();
