/**
 * The ICS export read back by another library (ical.js): RFC 5545 structure,
 * all-day dates, alarms, stable UIDs across exports, 和暦 in descriptions.
 * Expected dates come from the law: 出生届 within 14 days counting the day of
 * birth (戸籍法49条1項・43条1項) — a birth on 2026-11-12 is due 2026-11-25 (水).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import twins from '../../fixtures/households/twins.json';
import { civilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney } from '../journey/journey';
import { journeyToIcs } from './ics';

function household(raw: unknown): Household {
  const r = validateHousehold(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate,
      alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      sequence: e.sequence,
    };
  });
}

describe('ICS export', () => {
  const h = household(newborn);
  const text = journeyToIcs(computeJourney(h, civilDate('2026-11-21')));
  const events = parse(text);

  it('is an RFC 5545 calendar with CRLF lines folded at 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('VERSION:2.0');
    expect(text).toContain('PRODID:');
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has the 出生届 deadline as an all-day event on 2026-11-25 with alarms, in 和暦', () => {
    const birth = events.find((e) => e.uid === 'birth-registration.haruto.all.deadline@kosodate-nonstop.app');
    expect(birth).toBeDefined();
    expect(birth?.isDate).toBe(true);
    expect(birth?.start).toBe('2026-11-25');
    expect(birth?.end).toBe('2026-11-26');
    expect(birth?.summary).toContain('出生届');
    expect(birth?.description).toContain('令和8年11月25日（水）');
    expect(birth?.alarms.sort()).toEqual(['-P1D', '-P7D']);
  });

  it('gives every event a distinct UID that stays the same on another export date', () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = parse(journeyToIcs(computeJourney(h, civilDate('2026-11-24'))));
    const same = later.filter((e) => uids.includes(e.uid));
    expect(same.length).toBeGreaterThan(0);
    for (const e of same)
      expect(e.sequence).toBeGreaterThan(events.find((x) => x.uid === e.uid)?.sequence ?? 0);
    // same journey, same date: the same bytes
    expect(journeyToIcs(computeJourney(h, civilDate('2026-11-21')))).toBe(text);
  });

  it('leaves out what is done', () => {
    const done = household({
      ...newborn,
      completed: [{ item: 'birth-registration', child: 'haruto', on: '2026-11-20' }],
    });
    const e = parse(journeyToIcs(computeJourney(done, civilDate('2026-11-21'))));
    expect(e.some((x) => x.uid.startsWith('birth-registration.'))).toBe(false);
  });

  it('exports one child only when asked, and English when asked', () => {
    const t = household(twins);
    const all = parse(journeyToIcs(computeJourney(t, civilDate('2026-11-21'))));
    const first = t.children[0]?.id as string;
    const one = parse(journeyToIcs(computeJourney(t, civilDate('2026-11-21')), { child: first, lang: 'en' }));
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(all.length);
    for (const e of one) expect(e.uid).toContain(`.${first}.`);
    expect(one.some((e) => /deadline|window/.test(e.summary))).toBe(true);
  });

  it('in English, from an English journey, has no Japanese outside an "English (日本語)" term', () => {
    const n = household(newborn);
    const events = parse(
      journeyToIcs(computeJourney(n, civilDate('2026-11-21'), { lang: 'en' }), { lang: 'en' }),
    );
    const birth = events.find((e) => e.uid === 'birth-registration.haruto.all.deadline@kosodate-nonstop.app');
    expect(birth?.summary).toBe('Birth registration (deadline)');
    // 出生届: 14 days counting the birth day (戸籍法49条・43条), born Thu 12 Nov 2026 → Wed 25 Nov, 令和8年
    expect(birth?.description).toContain('Deadline: Wed 25 Nov 2026 (Reiwa 8)');
    expect(birth?.description).toContain('Family Register Act');
    const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
    const TERM = /(?<=[A-Za-z0-9.)'"]) \((?:[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]|[0-9])+\)/gu;
    for (const e of events) {
      expect(e.summary.replace(TERM, ''), e.uid).not.toMatch(JAPANESE);
      expect(e.description.replace(TERM, ''), e.uid).not.toMatch(JAPANESE);
    }
  });
});
