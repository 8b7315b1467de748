/**
 * The values of the one diff screen (components/RecordDiff.svelte) written as
 * a parent reads them: 性別 as 男/女 (never the stored `female`), civil dates in
 * 和暦 (or the English date), the register's 続柄 as it is and the household's
 * role (父/母/子) in the UI's language. Used for the resident record
 * (自己情報取得), offers and health records.
 */
import type { DiffValueKind } from '../../../core/records/resident-diff';
import { isMessageKey, t } from './i18n';
import { dateText } from './format';

export interface DiffViewRow {
  key: string;
  who: string;
  /** the item's name, already in the UI's language */
  label: string;
  /** the value the source (register, offer, health record) holds */
  record: string;
  household: string | null;
  kind: DiffValueKind;
  same: boolean;
  applicable: boolean;
  memberFound: boolean;
  /** shown for reference only */
  info?: boolean;
}

export function valueText(kind: DiffValueKind, value: string): string {
  switch (kind) {
    case 'sex':
      return value === 'male' || value === 'female' ? t(`diff.sex.${value}`) : value;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateText(value) : value;
    case 'relationship': {
      if (value === 'child') return t('diff.role.child');
      const key = `household.relationship.${value}`;
      return isMessageKey(key) ? t(key) : value;
    }
    default:
      return value;
  }
}

/** What the household column says when it holds no value for the row. */
export function missingText(row: Pick<DiffViewRow, 'memberFound' | 'applicable' | 'info'>): string {
  if (!row.memberFound) return t('diff.notInHousehold');
  return row.applicable || row.info ? t('diff.empty') : t('diff.notKept');
}
