/**
 * The vault's per-profile key files and rollback anchors, kept by the main
 * process outside the browser's storage (host calls vault.shredKey.*,
 * vault.anchor.*; electron/services/vault-keys.ts).
 * Null where there is no host (unit tests): profiles are then made without one.
 */
import { fromBase64, toBase64 } from '../../../core/encoding/bytes';
import type { HostApi } from '../../../core/host-contract';
import type { FileKeys } from './vault';

export function hostFileKeys(): FileKeys | null {
  const api =
    typeof window === 'undefined' ? undefined : (window as unknown as { nonstop?: HostApi }).nonstop;
  if (!api || typeof api['vault.shredKey.get'] !== 'function') return null;
  const fail = (message: string) => Object.assign(new Error(message), { name: 'KeyFileError' });
  return {
    async create(profile, verifier) {
      const r = await api['vault.shredKey.create']({ profile, ...(verifier ? { verifier } : {}) });
      if (!r.ok) throw fail(r.error.message);
      return fromBase64(r.value.key);
    },
    async get(profile) {
      const r = await api['vault.shredKey.get']({ profile });
      if (!r.ok) {
        if (r.error.code === 'not-found') return null;
        throw fail(r.error.message);
      }
      return fromBase64(r.value.key);
    },
    async delete(profile) {
      const r = await api['vault.shredKey.delete']({ profile });
      if (!r.ok) throw fail(r.error.message);
    },
    async getAnchor(profile) {
      const r = await api['vault.anchor.get']({ profile });
      if (!r.ok) throw fail(r.error.message);
      return r.value.anchor;
    },
    async putAnchor(profile, anchor) {
      const r = await api['vault.anchor.put']({ profile, anchor });
      if (!r.ok) throw fail(r.error.message);
    },
    async openSession(profile, capability) {
      const r = await api['vault.session.open']({ profile, capability: toBase64(capability) });
      return r.ok;
    },
    async openGuest() {
      await api['vault.session.open']({ guest: true });
    },
    closeSession() {
      // fire and forget: IPC keeps the order, so a later open is handled after this close
      void api['vault.session.close'](null);
    },
  };
}
