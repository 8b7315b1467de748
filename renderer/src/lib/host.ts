/**
 * The host contract as the renderer sees it: `window.nonstop`, exposed by the
 * preload in Electron and by the harness in end-to-end tests.
 */
import type { HostApi } from '../../../core/host-contract';

declare global {
  interface Window {
    nonstop?: HostApi;
  }
}

export function host(): HostApi {
  if (!window.nonstop) throw new Error('host contract not available (window.nonstop)');
  return window.nonstop;
}
