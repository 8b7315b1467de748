/**
 * Names and addressees of every municipality and ward, from the one registry of Japan's
 * municipalities (core/household/municipalities.ts, generated from 日本郵便 KEN_ALL and 総務省's
 * code list: 1,741 municipalities and the wards of the 20 designated cities). No table of its own:
 * the catalog's overlays add services, never a name.
 *
 * The addressee (宛先) of a form is the head of the office that decides it:
 * - `municipality`: the 市区町村長 of the household's code (横浜市長, 世田谷区長, 榛東村長); in a
 *   designated city the city decides (児童手当, 保育), the ward office only receives.
 * - `ward`: in a designated city the ward of the address (横浜市港北区長, 大阪市西成区長) — the
 *   戸籍 office of a designated city is the ward (戸籍法4条: 区長 for 市長), so the 出生届 is
 *   addressed there; elsewhere the same as `municipality`.
 */
import { findMunicipality, municipalityByCode, type Municipality } from './household/municipalities';

export type AddresseeRule = 'municipality' | 'ward';

/** The name a parent and a form use: 横浜市, 世田谷区, 榛東村 (a ward with its city: 横浜市港北区). */
function nameOf(m: Municipality): string {
  return m.kind === 'ward' ? m.addressName : m.name;
}

export function municipalityName(code: string): string | undefined {
  const m = municipalityByCode(code);
  return m ? nameOf(m) : undefined;
}

/** 横浜市長, 世田谷区長, 榛東村長, 横浜市港北区長. */
export function municipalityHead(code: string): string | undefined {
  const m = municipalityByCode(code);
  return m ? `${nameOf(m)}長` : undefined;
}

/**
 * The ward of a designated-city household, from its address (`横浜市港北区` as KEN_ALL writes it);
 * undefined outside a designated city or when the address names no ward of that city.
 */
export function wardOf(
  code: string,
  address: { prefecture: string; city: string } | undefined,
): Municipality | undefined {
  const m = municipalityByCode(code);
  if (!m || m.kind !== 'designated-city' || !address) return undefined;
  const ward = findMunicipality(address.prefecture, address.city);
  return ward?.kind === 'ward' && ward.parent === code ? ward : undefined;
}

/**
 * The addressee a form prints for the household, or null when it cannot be known (an unknown
 * code; a designated city whose address names no ward, for a ward-addressed form) — the form then
 * leaves it blank for the parent to write.
 */
export function addresseeFor(
  rule: AddresseeRule,
  code: string,
  address: { prefecture: string; city: string } | undefined,
): string | null {
  const m = municipalityByCode(code);
  if (!m) return null;
  if (rule === 'ward' && m.kind === 'designated-city') {
    const ward = wardOf(code, address);
    return ward ? `${ward.addressName}長` : null;
  }
  return `${nameOf(m)}長`;
}
