import { describe, expect, it } from 'vitest';
import { textEm, wrapLabel } from './timeline-labels';

describe('timeline row labels', () => {
  it('estimates full-width characters at 1 em and Latin at 0.6 em', () => {
    expect(textEm('出生届')).toBe(3);
    expect(textEm('BCG')).toBeCloseTo(1.8);
    expect(textEm('a b')).toBeCloseTo(1.5);
  });

  it('keeps a short title on one line', () => {
    expect(wrapLabel('出生届', 18)).toEqual(['出生届']);
    expect(wrapLabel('Birth registration', 18)).toEqual(['Birth registration']);
  });

  it('breaks English at spaces, never inside a word', () => {
    const lines = wrapLabel('Pregnancy support payment (second part)', 18);
    expect(lines).toEqual(['Pregnancy support payment ', '(second part)']);
    for (const l of lines) expect(textEm(l.trimEnd())).toBeLessThanOrEqual(18);
    // joined, the lines are the title again (the row's accessible name matches its visible text)
    expect(lines.join('')).toBe('Pregnancy support payment (second part)');
  });

  it('breaks Japanese before an opening bracket or after ・, keeping every character', () => {
    const title = '妊婦のための支援給付（2回目・胎児数の届出）';
    const lines = wrapLabel(title, 18);
    expect(lines).toEqual(['妊婦のための支援給付', '（2回目・胎児数の届出）']);
    expect(lines.join('')).toBe(title);
    const visit = '新生児訪問・乳児家庭全戸訪問（出生連絡票）';
    expect(wrapLabel(visit, 18)).toEqual(['新生児訪問・乳児家庭全戸訪問', '（出生連絡票）']);
  });

  it('never returns a line wider than allowed, even for a word longer than a line', () => {
    const lines = wrapLabel('Supercalifragilisticexpialidocious', 6);
    for (const l of lines) expect(textEm(l)).toBeLessThanOrEqual(6);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    expect(wrapLabel('', 6)).toEqual(['']);
  });
});
