/**
 * Names of the municipalities the app knows by 全国地方公共団体コード (fact sheet §12):
 * those with an overlay carry their own name, plus a few used by fixtures without
 * one. An unknown code still validates, and the form leaves the addressee blank.
 */
import { catalog } from './catalog/catalog';

const WITHOUT_OVERLAY: Readonly<Record<string, { name: string; head: string }>> = {
  '131016': { name: '千代田区', head: '千代田区長' },
};

function known(code: string): { name: string; head: string } | undefined {
  return catalog().overlays.get(code) ?? WITHOUT_OVERLAY[code];
}

export function municipalityName(code: string): string | undefined {
  return known(code)?.name;
}

export function municipalityHead(code: string): string | undefined {
  return known(code)?.head;
}
