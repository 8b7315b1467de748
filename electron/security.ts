/** Security helpers for the main process: pure functions, tested with hostile input. */

export const APP_ORIGIN = 'app://bundle';

/**
 * script-src 'self' plus 'wasm-unsafe-eval' for the Argon2id wasm (hash-wasm);
 * no remote origins at all: the renderer talks only to the main process.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === 'bundle' && !u.username && !u.password;
  } catch {
    return false;
  }
}
