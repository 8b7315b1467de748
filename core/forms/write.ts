/**
 * How values are written on the forms: dates in 和暦, names with a full-width
 * space, the address on one line, 職業 as municipal forms word it.
 */
import { parts, type CivilDate } from '../dates/civil-date';
import { eraYearLabel, toWareki } from '../dates/wareki';
import type { Address, Guardian } from '../household/schema';

/** 令和8年 11月 12日 (blank for no date). */
export function wareki(date: string | null | undefined): string {
  if (!date) return '';
  const w = toWareki(date as CivilDate);
  return `${eraYearLabel(w)} ${w.month}月 ${w.day}日`;
}

/** Completed years of age on a date (年齢 on 届出日; 満○歳 at the birth). */
export function ageOn(birthDate: string, on: string): number {
  const b = parts(birthDate as CivilDate);
  const d = parts(on as CivilDate);
  return d.year - b.year - (d.month < b.month || (d.month === b.month && d.day < b.day) ? 1 : 0);
}

export function fullName(p: { familyName: string; givenName: string }): string {
  return p.familyName || p.givenName ? `${p.familyName}　${p.givenName}` : '';
}

export function kanaOf(p: { familyNameKana: string; givenNameKana: string }): string {
  return p.familyNameKana || p.givenNameKana ? `${p.familyNameKana}　${p.givenNameKana}` : '';
}

export function addressLine(a: Address | null | undefined): string {
  return a ? `${a.prefecture}${a.city}${a.street}${a.building ? `　${a.building}` : ''}` : '';
}

/** 職業 as written on municipal forms, from the household's employment. */
export function occupationJa(g: Guardian): string {
  return { employee: '会社員', 'self-employed': '自営業', 'civil-servant': '公務員', none: '無職' }[
    g.employment
  ];
}

/** 男 / 女 / blank. */
export function sexJa(sex: 'female' | 'male' | null | undefined): string {
  return sex === 'male' ? '男' : sex === 'female' ? '女' : '';
}

/** 父 / 母 / その他, the 続柄 of a guardian to the child. */
export function relationshipJa(g: Guardian): '父' | '母' | 'その他' {
  return g.relationship === 'father' ? '父' : g.relationship === 'mother' ? '母' : 'その他';
}

export function isoDate(on: string): string {
  const { year, month, day } = parts(on as CivilDate);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
