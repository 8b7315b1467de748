import { describe, expect, it } from 'vitest';
import { SystemLockEvents } from './system-lock';

describe('SystemLockEvents', () => {
  it('hands an OS lock to the waiting poll', async () => {
    const e = new SystemLockEvents();
    const next = e.next();
    e.emit('lock-screen');
    expect(await next).toEqual({ reason: 'lock-screen' });
  });

  it('keeps an event that came between two polls for a short while only', async () => {
    let t = 0;
    const e = new SystemLockEvents(() => t);
    e.emit('suspend');
    expect(await e.next()).toEqual({ reason: 'suspend' });
    e.emit('suspend');
    t = 60_000; // a minute later it is stale: no surprise lock after the user unlocked again
    let resolved = false;
    void e.next().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
  });
});
