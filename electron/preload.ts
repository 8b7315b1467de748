/**
 * Exposes exactly the host contract as `window.nonstop`: one function per call,
 * never ipcRenderer itself. Only a type is imported from core, so this sandboxed
 * preload bundles to a few lines.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { HostApi, HostCall } from '../core/host-contract';

const calls = {
  'fixtures.list': true,
  'fixtures.read': true,
  'card.list': true,
  'form.render': true,
  'application.submit': true,
  'municipality.login': true,
  'municipality.logout': true,
  'case.status': true,
  'case.certificate': true,
  'resident.import': true,
  'notices.fetch': true,
  'mailbox.create': true,
  'mailbox.poll': true,
  'mailbox.register': true,
  'privateOffers.feed': true,
  'privateOffers.request': true,
  'privateOffers.deletion': true,
  'notification.show': true,
  'notification.nextClick': true,
  'system.nextLock': true,
  'vault.shredKey.create': true,
  'vault.shredKey.get': true,
  'vault.shredKey.delete': true,
  'vault.anchor.get': true,
  'vault.anchor.put': true,
  'vault.session.open': true,
  'vault.session.close': true,
} satisfies Record<HostCall, true>;

const api = Object.fromEntries(
  Object.keys(calls).map((call) => [call, (arg: unknown) => ipcRenderer.invoke(`nonstop:${call}`, arg)]),
) as HostApi;

contextBridge.exposeInMainWorld('nonstop', api);
