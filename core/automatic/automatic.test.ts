import { describe, expect, it } from 'vitest';
import { validateHousehold } from '../household/schema';
import { computeJourney } from '../journey/journey';
import { civilDate } from '../dates/civil-date';
import newborn from '../../fixtures/households/newborn-family.json';
import expecting from '../../fixtures/households/expecting-first-child.json';
import { automaticEntries } from './automatic';

const journeyOf = (raw: unknown, on: string) => {
  const h = validateHousehold(raw);
  if (!h.ok) throw new Error('fixture');
  return computeJourney(h.value, civilDate(on));
};

describe('what the municipality does without an application', () => {
  it('a baby born 2026-11-12: the home visit (by 4 months), the vaccination forms (first dose at 2 months), 現況届 not needed (said so)', () => {
    const j = journeyOf(newborn, '2026-11-21');
    const e = automaticEntries(j.items, civilDate('2026-11-21'));
    const visit = e.find((x) => x.kind === 'home-visit');
    expect(visit?.child).toBe('haruto');
    // 生後4か月 (児童福祉法6条の3④): the journey's own last day of the home-visit item
    expect(visit?.date).toBe(j.items.find((i) => i.id === 'newborn-home-visit')?.closes);
    const forms = e.find((x) => x.kind === 'vaccination-forms');
    // the first standard doses (Hib, 小児肺炎球菌, B型肝炎, 五種混合) from 生後2月; vaccination ages run from the day
    // before the anniversary (厚労省 事務連絡 H26.3.11): born 2026-11-12 → 2027-01-11
    expect(forms).toMatchObject({ child: 'haruto', date: '2027-01-11' });
    expect(e.some((x) => x.kind === 'allowance-status-report')).toBe(true);
  });

  it('past 4 months the visit is gone; 60 days after the first window the forms line is gone', () => {
    const on = '2027-04-01';
    const e = automaticEntries(journeyOf(newborn, on).items, civilDate(on));
    expect(e.map((x) => x.kind)).toEqual(['allowance-status-report']);
  });

  it('before the birth nothing of the baby is automatic yet (estimated windows are not promised)', () => {
    const on = '2027-01-10';
    const e = automaticEntries(journeyOf(expecting, on).items, civilDate(on));
    expect(e.filter((x) => x.child !== null)).toEqual([]);
  });
});
