import { describe, expect, it } from 'vitest';
import { catalog, knownItemIds } from './catalog';

const REQUIRED = [
  'pregnancy-notification',
  'pregnancy-checkup-vouchers',
  'pregnancy-support-payment-1',
  'pregnancy-support-payment-2',
  'childbirth-lump-sum',
  'maternity-allowance',
  'birth-registration',
  'child-health-insurance',
  'child-allowance-application',
  'child-medical-subsidy',
  'newborn-home-visit',
  'low-birth-weight-notification',
  'childcare-leave-benefit',
  'post-birth-leave-support-benefit',
  'checkup-1m',
  'checkup-3-4m',
  'checkup-6-7m',
  'checkup-9-10m',
  'checkup-18m',
  'checkup-3y',
  'hepb-1',
  'hepb-2',
  'hepb-3',
  'rota-1',
  'rota-2',
  'rota-3',
  'dtp-ipv-hib-1',
  'dtp-ipv-hib-2',
  'dtp-ipv-hib-3',
  'dtp-ipv-hib-4',
  'pcv-1',
  'pcv-2',
  'pcv-3',
  'pcv-4',
  'bcg',
  'mr-1',
  'mr-2',
  'varicella-1',
  'varicella-2',
  'je-1',
  'je-2',
  'je-3',
  'nursery-application',
  'preschool-free-education',
  'children-drop-in-care',
  'child-rearing-allowance',
  'special-child-rearing-allowance',
  'school-entry-checkup',
];

describe('the catalog', () => {
  it('validates at load and covers every required item id', () => {
    const ids = knownItemIds();
    expect(REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every service a legal basis, a source URL, a rule and what makes it apply', () => {
    for (const s of catalog().services) {
      expect(s.legalBasis.length, s.id).toBeGreaterThan(0);
      expect(() => new URL(s.source), s.id).not.toThrow();
      expect(s.rule.length, s.id).toBeGreaterThan(10);
      expect(s.appliesWhen.length, s.id).toBeGreaterThan(5);
    }
    for (const v of catalog().vaccines) expect(() => new URL(v.source), v.id).not.toThrow();
  });

  it('has at least four private offers, all opt-in', () => {
    const priv = catalog().services.filter((s) => s.kind === 'private');
    expect(priv.length).toBeGreaterThanOrEqual(4);
    for (const s of priv)
      expect(
        s.conditions.some((c) => c.when === 'opted-in'),
        s.id,
      ).toBe(true);
  });

  it('has overlays for 世田谷区, 横浜市 and 大阪市', () => {
    expect([...catalog().overlays.keys()].sort()).toEqual(['131121', '141003', '271004']);
  });
});
