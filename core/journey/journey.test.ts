import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import expecting from '../../fixtures/households/expecting-first-child.json';
import { civilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney, statusOn } from './journey';

function household(json: unknown): Household {
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const item = (h: Household, on: string, id: string) =>
  computeJourney(h, civilDate(on)).items.find((i) => i.id === id);

describe('statusOn', () => {
  const w = { opens: civilDate('2026-11-12'), due: civilDate('2026-11-25'), closes: civilDate('2026-12-31') };
  it.each([
    ['2026-11-11', 'upcoming'],
    ['2026-11-12', 'due'],
    ['2026-11-25', 'due'],
    ['2026-11-26', 'overdue'],
    ['2026-12-31', 'overdue'],
    ['2027-01-01', 'missed'],
  ])('on %s → %s', (on, status) => expect(statusOn(civilDate(on), w, null)).toBe(status));
  it('done wins', () => expect(statusOn(civilDate('2027-01-01'), w, civilDate('2026-11-20'))).toBe('done'));
});

describe('journey of the newborn fixture', () => {
  const h = household(newborn);

  it.each([
    ['2026-11-21', 'birth-registration', 'due', '2026-11-25'],
    ['2026-11-26', 'birth-registration', 'overdue', '2026-11-25'],
    ['2026-11-21', 'child-allowance-application', 'due', '2026-11-30'],
    ['2026-12-01', 'child-allowance-application', 'overdue', '2026-11-30'],
  ])('on %s, %s is %s (due %s)', (on, id, status, due) => {
    const i = item(h, on, id);
    expect(i?.status).toBe(status);
    expect(i?.due).toBe(due);
    expect(i?.child).toBe('haruto');
  });

  it('marks a recorded completion as done', () => {
    const done = {
      ...h,
      completed: [{ item: 'birth-registration', child: 'haruto', on: civilDate('2026-11-16') }],
    };
    expect(item(done, '2026-11-30', 'birth-registration')).toMatchObject({
      status: 'done',
      doneOn: '2026-11-16',
    });
  });

  it('sends a civil servant to the employer', () => {
    const cs = {
      ...h,
      guardians: h.guardians.map((g) =>
        g.id === 'father' ? { ...g, employment: 'civil-servant' as const } : g,
      ),
    };
    expect(item(cs, '2026-11-21', 'child-allowance-application')).toMatchObject({
      filedAt: 'employer',
      applyOnline: false,
    });
  });

  it('explains why, with the legal basis', () => {
    const i = item(h, '2026-11-21', 'birth-registration');
    expect(i?.why.legalBasis).toContain('戸籍法49条');
    expect(i?.why.facts.join()).toContain('令和8年11月25日');
  });
});

describe('journey of the expecting fixture', () => {
  const h = household(expecting);
  it('has no dates for birth items before the birth, and the notification is done', () => {
    expect(item(h, '2026-11-21', 'birth-registration')).toMatchObject({
      status: 'upcoming',
      opens: null,
      due: null,
    });
    expect(item(h, '2026-11-21', 'pregnancy-notification')).toMatchObject({
      status: 'done',
      doneOn: '2026-10-05',
    });
  });
});
