/**
 * Core's problems (`{ path, message }`, English, for testers and the CLI) and
 * the journey's notices, turned into the parent's language. Core keeps its
 * wording stable (the CLI prints it); this maps each known shape to a message
 * key and anything unknown to a plain generic sentence, so a raw field path or
 * an English sentence never reaches the Japanese UI. problems.test.ts feeds it
 * core's real outputs, so a change of wording in core fails a test here.
 */
import type { Problem } from '../../../core/household/schema';
import { isMessageKey, t, type MessageKey } from './i18n';

const LIST: Record<string, MessageKey> = {
  guardians: 'problem.field.guardian',
  children: 'problem.field.child',
  completed: 'problem.field.completed',
  declined: 'problem.field.declined',
};

/** `guardians[0].address.postalCode` → 「保護者（1人目）の郵便番号」 / "Guardian 1: postal code". */
export function fieldLabel(path: string): string {
  if (path === '(file)') return t('problem.field.file');
  if (path === '(root)' || path === '') return t('problem.field.root');
  const parts: string[] = [];
  const re = /([A-Za-z]+)(?:\[(\d+)\])?/g;
  for (const m of path.matchAll(re)) {
    const name = m[1] as string;
    const index = m[2];
    const list = LIST[name];
    if (list && index !== undefined) parts.push(t(list, { n: Number(index) + 1 }));
    else if (name === 'child' && parts.length > 0) parts.push(t('problem.field.child.ref'));
    else if (name === 'completed' && index === undefined) parts.push(t('problem.field.completed.list'));
    else if (name === 'declined' && index === undefined) parts.push(t('problem.field.declined.list'));
    else {
      const key = `problem.field.${name}`;
      parts.push(isMessageKey(key) ? t(key) : t('problem.field.unknown', { name }));
    }
  }
  return parts.join(t('problem.field.joiner'));
}

export function problemMessage(message: string): string {
  const m = message;
  if (m.startsWith('not valid JSON')) return t('problem.msg.json');
  if (/calendar date|date written/.test(m)) return t('problem.msg.date');
  const range = /^must be between (\d{4}-\d{2}-\d{2}) and (\d{4}-\d{2}-\d{2})/.exec(m);
  if (range) return t('problem.msg.dateRange', { from: range[1] as string, to: range[2] as string });
  const digits = /must be (?:a string of |a )?(\d+)(?:-digit| digits)/.exec(m);
  if (digits) return t('problem.msg.digits', { n: digits[1] as string });
  if (m.includes('check digit')) return t('problem.msg.checkDigit');
  if (m.includes('must not be empty')) return t('problem.msg.empty');
  if (/too big|at most \d+ character|Too big: expected string/i.test(m)) return t('problem.msg.tooLong');
  if (m.includes('katakana')) return t('problem.msg.katakana');
  if (m.includes('NNN-NNNN')) return t('problem.msg.postalCode');
  if (m.includes('phone number')) return t('problem.msg.phone');
  if (m.includes('lowercase letters, digits or hyphens')) return t('problem.msg.id');
  if (m.startsWith('duplicate id')) return t('problem.msg.duplicateId');
  if (m.startsWith('needs birthDate')) return t('problem.msg.needsBirth');
  if (m.startsWith('must be removed once birthDate')) return t('problem.msg.removeExpected');
  if (m.startsWith('is required for a child')) return t('problem.msg.requiredBorn');
  if (m.startsWith('no child with id')) return t('problem.msg.noChild');
  if (m.startsWith('no guardian with id')) return t('problem.msg.noGuardian');
  if (m.includes('at least one guardian')) return t('problem.msg.atLeastGuardian');
  const most = /at most (\d+)/.exec(m);
  if (most) return t('problem.msg.atMost', { n: most[1] as string });
  if (m.includes('item id')) return t('problem.msg.itemId');
  if (/^must be "nonstop-/.test(m)) return t('problem.msg.format');
  if (/Invalid option|expected one of|Invalid input: expected "/i.test(m)) return t('problem.msg.choice');
  if (/received undefined/.test(m)) return t('problem.msg.required');
  if (/Unrecognized key/i.test(m)) return t('problem.msg.unknownKey');
  if (/Invalid input: expected|must be a string|expected (string|number|boolean)/i.test(m))
    return t('problem.msg.type');
  return t('problem.msg.other');
}

/** One line for a problem, with no path or English in it. */
export function problemText(p: Problem): string {
  return t('problem.line', { field: fieldLabel(p.path), message: problemMessage(p.message) });
}

/** A journey notice (core's English tester text) in the parent's language. */
export function noticeText(notice: string): string {
  if (notice.startsWith('municipality ') && notice.includes('no overlay')) return t('notice.noOverlay');
  const rec = /^completed\[(\d+)\]\.(item|on):/.exec(notice);
  if (rec) {
    const n = Number(rec[1]) + 1;
    return rec[2] === 'item' ? t('notice.unknownItem', { n }) : t('notice.beforeBirth', { n });
  }
  if (/expectedBirthDate: .* more than 6 weeks past/.test(notice)) return t('notice.expectedPast');
  return t('notice.other');
}
