import { daysBetween, type CivilDate } from '../../../core/dates/civil-date';
import { formatWarekiWithWeekday } from '../../../core/dates/wareki';
import type { ItemStatus, JourneyItem } from '../../../core/journey/journey';

export function dateJa(date: string | null): string {
  return date ? formatWarekiWithWeekday(date as CivilDate) : '—';
}

export function daysLeftJa(today: CivilDate, due: string | null): string {
  if (!due) return '';
  const n = daysBetween(today, due as CivilDate);
  if (n > 0) return `あと${n}日`;
  if (n === 0) return '今日まで';
  return `${-n}日過ぎています`;
}

export const STATUS_JA: Record<ItemStatus, string> = {
  done: '完了',
  due: '今やること',
  upcoming: 'これから',
  overdue: '期限切れ（まだ届出できます）',
  missed: '期間終了',
  'not-applicable': '対象外',
};

export function yen(n: number): string {
  return `${n.toLocaleString('ja-JP')}円`;
}

export const FILED_AT_JA: Record<JourneyItem['filedAt'], string> = {
  municipality: 'お住まいの市区町村',
  employer: '勤務先',
  insurer: '健康保険（保険者）',
  'health-centre': '保健センター',
  'medical-institution': '医療機関',
  'school-board': '教育委員会',
  provider: 'サービス提供会社',
};
