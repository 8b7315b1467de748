/**
 * Names of the municipalities the app knows by 全国地方公共団体コード (fact sheet §12).
 * The full list (about 1,900 codes) arrives with the municipal overlays (issue #3);
 * an unknown code still validates and the form leaves the addressee blank.
 */
const NAMES: Readonly<Record<string, { name: string; head: string }>> = {
  '131016': { name: '千代田区', head: '千代田区長' },
  '131121': { name: '世田谷区', head: '世田谷区長' },
  '141003': { name: '横浜市', head: '横浜市長' },
  '271004': { name: '大阪市', head: '大阪市長' },
};

export function municipalityName(code: string): string | undefined {
  return NAMES[code]?.name;
}

export function municipalityHead(code: string): string | undefined {
  return NAMES[code]?.head;
}
