/**
 * OS notifications behind the host contract: shown only through a backend that
 * supports them, a click handed to the renderer's pending poll (or kept for the
 * next one), and every argument validated at the edge (extra keys, oversized
 * or empty text, a missing id) before anything is shown.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { SimulatedCardReader } from './card-reader';
import { FixtureLibrary } from './fixtures';
import { NotificationCenter, noNotifications, type NotificationBackend } from './notifications';

const root = fileURLToPath(new URL('../../', import.meta.url));

function recording() {
  const shown: { title: string; body: string; click: () => void }[] = [];
  const backend: NotificationBackend = {
    supported: () => true,
    show: (n, onClick) => shown.push({ ...n, click: onClick }),
  };
  return { shown, center: new NotificationCenter(backend) };
}

function handlers(notifications?: NotificationCenter) {
  return createHandlers({
    fixtures: new FixtureLibrary(join(root, 'fixtures/households')),
    cards: new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'nt-'))),
    municipalityUrl: 'http://127.0.0.1:9',
    now: () => new Date(),
    ...(notifications ? { notifications } : {}),
  });
}

describe('notifications', () => {
  it('shows through the backend and hands the click to the waiting poll', async () => {
    const { shown, center } = recording();
    const h = handlers(center);
    const r = await h['notification.show']({
      id: 'due:x:7',
      title: '出生届の期限まであと7日です',
      body: '期限: …',
    });
    expect(r).toEqual({ ok: true, value: { shown: true } });
    expect(shown.map((s) => s.title)).toEqual(['出生届の期限まであと7日です']);
    const poll = h['notification.nextClick'](null);
    shown[0]?.click();
    expect(await poll).toEqual({ ok: true, value: { id: 'due:x:7' } });
  });

  it('keeps a click that comes before the poll, and the latest poll wins', async () => {
    const { center } = recording();
    center.show({ id: 'a', title: 'A', body: '' });
    center.click('a');
    expect(await center.nextClick()).toEqual({ id: 'a' });
    const stale = center.nextClick();
    const fresh = center.nextClick();
    center.click('b');
    expect(await fresh).toEqual({ id: 'b' });
    const settled = await Promise.race([stale.then(() => 'resolved'), Promise.resolve('pending')]);
    expect(settled).toBe('pending');
  });

  it('says so when the host has no notifications', async () => {
    expect(new NotificationCenter(noNotifications).show({ id: 'a', title: 'A', body: '' })).toEqual({
      shown: false,
    });
    expect(await handlers()['notification.show']({ id: 'a', title: 'A', body: '' })).toEqual({
      ok: true,
      value: { shown: false },
    });
  });

  it('refuses bad arguments before showing anything', async () => {
    const { shown, center } = recording();
    const h = handlers(center);
    const bad: unknown[] = [
      null,
      { id: 'a', title: 'A' },
      { id: '', title: 'A', body: '' },
      { id: 'a', title: '', body: '' },
      { id: 'a', title: 'x'.repeat(201), body: '' },
      { id: 'a', title: 'A', body: 'x'.repeat(501) },
      { id: 'a', title: 'A', body: '', icon: 'file:///etc/passwd' },
      { id: 7, title: 'A', body: '' },
    ];
    for (const arg of bad) {
      const r = await h['notification.show'](arg as never);
      expect(r.ok, JSON.stringify(arg)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-argument');
    }
    expect((await h['notification.nextClick']({} as never)).ok).toBe(false);
    expect(shown).toEqual([]);
  });
});
