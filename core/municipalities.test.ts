import { describe, expect, it } from 'vitest';
import newborn from '../fixtures/households/newborn-family.json';
import { validateHousehold, type Household } from './household/schema';
import { allMunicipalities } from './household/municipalities';
import { addresseeFor, municipalityHead, municipalityName } from './municipalities';
import { prepareForm } from './forms/registry';
import { catalog } from './catalog/catalog';
import type { CivilDate } from './dates/civil-date';

const on = '2026-11-21' as CivilDate;

/** The newborn family moved to another municipality: code and address from the registry. */
function livingIn(code: string, prefecture: string, city: string, postalCode: string): Household {
  const h = structuredClone(newborn) as Record<string, any>;
  h.municipalityCode = code;
  h.address = { postalCode, prefecture, city, street: '一丁目1番1号' };
  const r = validateHousehold(h);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const addresseeOf = (procedure: string, h: Household) => {
  const p = prepareForm(procedure, { household: h, child: 'haruto', on });
  if (!p.ok) throw new Error(`${procedure}: ${JSON.stringify(p)}`);
  return (p.application as { addressee?: string | null }).addressee;
};

describe('one registry of every municipality and ward names the addressee', () => {
  it('every one of the registry’s municipalities and wards has a name and a head (none blank)', () => {
    const all = allMunicipalities();
    expect(all.length).toBeGreaterThan(1_900); // 1,741 municipalities + the designated cities' wards
    for (const m of all) {
      expect(municipalityName(m.code), m.code).toBeTruthy();
      expect(municipalityHead(m.code), m.code).toMatch(/[市区町村]長$/);
    }
    expect(municipalityHead('999999')).toBeUndefined();
  });

  it('a 札幌市 household (no overlay): 札幌市長 on the 児童手当 claim, 札幌市中央区長 on the 出生届', () => {
    const h = livingIn('011002', '北海道', '札幌市中央区', '060-0001');
    expect(municipalityName('011002')).toBe('札幌市');
    expect(addresseeOf('child-allowance-application', h)).toBe('札幌市長');
    expect(addresseeOf('birth-registration', h)).toBe('札幌市中央区長');
  });

  it('designated cities: the 出生届 goes to the ward of the address (横浜市港北区長, 大阪市西成区長)', () => {
    expect(
      addresseeOf('birth-registration', livingIn('141003', '神奈川県', '横浜市港北区', '222-0033')),
    ).toBe('横浜市港北区長');
    const osaka = livingIn('271004', '大阪府', '大阪市西成区', '557-0041');
    expect(addresseeOf('birth-registration', osaka)).toBe('大阪市西成区長');
    expect(addresseeOf('nursery-application', osaka)).toBe('大阪市長');
  });

  it('a town and a village: the head without the 郡 (榛東村長), a special ward its 区長', () => {
    expect(addresseeFor('municipality', '103446', undefined)).toBe('榛東村長');
    expect(addresseeOf('birth-registration', newborn as unknown as Household)).toBe('世田谷区長');
  });

  it('a designated city whose address names no ward: the 出生届 leaves the 宛先 blank, never the city', () => {
    expect(addresseeFor('ward', '141003', { prefecture: '神奈川県', city: '横浜市' })).toBeNull();
    expect(addresseeFor('ward', '141003', { prefecture: '大阪府', city: '大阪市西成区' })).toBeNull();
    expect(addresseeFor('ward', '141003', undefined)).toBeNull();
  });

  it('the catalog’s overlays agree with the registry (one source of names)', () => {
    for (const [code, o] of catalog().overlays) {
      expect(o.name, code).toBe(municipalityName(code));
      expect(o.head, code).toBe(municipalityHead(code));
    }
  });
});
