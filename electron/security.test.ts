import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security';

describe('isAppUrl (navigation and IPC sender check)', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://evil/index.html', false],
    ['app://user:pw@bundle/index.html', false],
    ['file:///etc/passwd', false],
    ['https://bundle/index.html', false],
    ['javascript:alert(1)', false],
    ['\\\\server\\share\\x.html', false],
    ['', false],
    ['devtools://devtools/bundled/inspector.html', false],
  ])('%s → %s', (url, ok) => {
    expect(isAppUrl(url)).toBe(ok);
  });
});

describe('CSP', () => {
  it('allows no remote script and no inline script', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
