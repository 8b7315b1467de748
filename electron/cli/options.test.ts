import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { langOption, onOption, parseOptions, readHouseholdFile } from './options';
import { run } from './cli';

const noon = () => Date.UTC(2026, 10, 21, 3); // 2026-11-21 12:00 in Japan

describe('the one option parser of the CLI', () => {
  it('takes only the options a command declares; an unknown one is a usage error', () => {
    expect(parseOptions(['a.json', '--on', '2026-11-21'], ['on'])).toEqual({
      ok: true,
      values: { on: '2026-11-21' },
      positionals: ['a.json'],
    });
    const r = parseOptions(['a.json', '--card', 'x'], ['on']);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain("'--card'");
    // a string option without its value is refused, not read as a boolean
    expect(parseOptions(['--on'], ['on']).ok).toBe(false);
  });

  it('reads --on the same way for every command (format and supported range)', () => {
    expect(onOption(undefined, noon)).toEqual({ ok: true, on: '2026-11-21' });
    expect(onOption('2026-02-30', noon)).toMatchObject({ ok: false });
    expect(onOption('1800-01-01', noon)).toMatchObject({
      ok: false,
      message: '--on must be between 1900-01-01 and 2150-12-31, got "1800-01-01"',
    });
    expect(langOption(undefined, 'ja')).toEqual({ ok: true, lang: 'ja' });
    expect(langOption('fr', 'ja')).toMatchObject({ ok: false, message: '--lang must be ja or en, got "fr"' });
  });

  it('reads a household file with a byte-order mark, and names each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nonstop-options-'));
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, '\uFEFF{}');
    const r = readHouseholdFile(bom);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.lines.every((l) => l.startsWith(`${bom}: `))).toBe(true);
    expect(r.ok ? [] : r.lines.join('\n')).not.toContain('JSON');
    expect(readHouseholdFile(join(dir, 'nope.json'))).toEqual({
      ok: false,
      lines: [`${join(dir, 'nope.json')}: cannot read: ENOENT`],
    });
  });

  it('every command gives exit 2 for a bad --on or an unknown option (one rule, four commands)', async () => {
    const file = 'fixtures/households/newborn-family.json';
    for (const argv of [
      ['journey', file, '--on', '2026-13-01'],
      ['form', 'birth-registration', file, '--child', 'c1', '--out', '/tmp/x.pdf', '--on', '2026-13-01'],
      ['ics', file, '--out', '/tmp/x.ics', '--on', '2026-13-01'],
      ['notices', file, '--on', '2026-13-01'],
      ['journey', file, '--frobnicate'],
      ['form', '--list', '--frobnicate'],
      ['ics', file, '--frobnicate'],
      ['cards', '--frobnicate'],
    ]) {
      const r = await run(argv, noon).catch((e: { exitCode: number }) => ({ code: e.exitCode }));
      expect(r.code, argv.join(' ')).toBe(2);
    }
  });
});
