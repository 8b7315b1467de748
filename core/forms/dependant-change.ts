/**
 * 健康保険 被扶養者（異動）届 / 国民年金第3号被保険者関係届 (日本年金機構, 届書コード
 * 2202700): the newborn added as a dependant of the employee-insured parent.
 * Given to the employer, who files it within 5 days (健康保険法施行規則38条).
 * A4 landscape; sheet 1 the 事業所 and the 被保険者 (A) and 配偶者 (B), sheet 2
 * the その他の被扶養者 (C), as on the 2018-03 single-sheet form.
 *
 * The block C codes follow the e-filing record layout (kufu/kirico
 * data_record2202700): 続柄 1 実子, 職業 4 小・中学生以下, 理由 1 出生, 収入 0,
 * 同居, 被扶養者になった日 = 生年月日 — the 日本年金機構 記入例 for a newborn. The
 * 事業所整理記号 and 被保険者整理番号 are the employer's: blank, and listed.
 * A guardian in a 共済組合 files the 共済's own 被扶養者申告書 instead: refused.
 */
import { z } from 'zod';
import data from './data/child-health-insurance-employee.json';
import { toWareki } from '../dates/wareki';
import { APPLIES, defineForm, person, personAndSex, refuse } from './engine';
import type { ApplicationOf, BuildContext, FormRequest } from './engine';
import { personWithSex, type PersonOnForm } from './parts';
import { APPLICANTS, sexOfGuardian } from './people';
import { fullName, kanaOf } from './write';
import { A4_LANDSCAPE } from './pdf-canvas';
import type { Sheet } from './layout';
import { type Cell, blank, labelled } from './layout';

const shape = {
  insurance: z.literal('employee'),
  employer: z.string().nullable(),
  insured: personWithSex,
  spouse: personWithSex.nullable(),
  dependant: personWithSex,
};
export type DependantChange = ApplicationOf<typeof shape>;

function refuses(req: FormRequest) {
  const g =
    APPLICANTS['employee-insured'](req) ?? req.household.guardians.find((x) => x.insurance === 'mutual-aid');
  if (!g || g.insurance === 'national')
    return refuse(
      '勤務先の健康保険（協会けんぽ・健康保険組合）に加入している保護者がいません',
      'no guardian is insured by an employer (the Japan Health Insurance Association or a health insurance society)' +
        (req.guardian ? ` (--guardian ${req.guardian} is not)` : ''),
    );
  if (g.insurance === 'mutual-aid')
    return refuse(
      '共済組合の加入者は、共済組合の被扶養者申告書を勤務先に提出します',
      `${g.id} is in a mutual aid association (共済組合), which has its own dependant declaration (被扶養者申告書), filed through the employer`,
    );
  return APPLIES;
}

function build({ h, child, applicant: g, facts }: BuildContext) {
  const insured = facts.guardian(g, { ja: '被保険者', en: 'insured person' }, true);
  const spouse = h.guardians.find((x) => x !== g && x.relationship !== 'other');
  return () => ({
    insurance: 'employee' as const,
    employer: g.employer ?? null,
    insured: { ...insured, sex: sexOfGuardian(g) },
    spouse: spouse ? { ...person(spouse), sex: sexOfGuardian(spouse) } : null,
    dependant: personAndSex(child),
  });
}

/** 日本年金機構 era codes: 5 昭和, 7 平成, 9 令和. */
const ERA_CODE: Record<string, string> = { 昭和: '5', 平成: '7', 令和: '9' };

/** 生年月日 as the 年金機構 forms write it: era code, then YYMMDD in boxes. */
function dateCells(date: string, w = 150): Cell[] {
  const wk = date ? toWareki(date as never) : null;
  const two = (n: number) => String(n).padStart(2, '0');
  return [
    { value: wk ? `${ERA_CODE[wk.era] ?? ''}（${wk.era}）` : '', w: 56, size: 8.5, caption: '元号' },
    {
      digits: wk ? `${two(wk.year)}${two(wk.month)}${two(wk.day)}` : '',
      count: 6,
      w: w - 56,
      caption: '年月日',
    },
  ];
}

const sexCode = (sex: 'female' | 'male' | null) => (sex === 'male' ? '1' : sex === 'female' ? '2' : '');

function personRows(
  s: Sheet,
  label: string,
  p: PersonOnForm & { sex: 'female' | 'male' | null },
  extra: Cell[],
) {
  s.row(34, [
    { label, w: 60 },
    { value: fullName(p), caption: `（フリガナ）${kanaOf(p)}`, size: 11 },
    ...dateCells(p.birthDate),
    { value: sexCode(p.sex), caption: '性別 1男 2女', w: 56, align: 'center' },
    ...extra,
  ]);
  s.row(24, [
    { label: '個人番号', w: 60 },
    { digits: p.myNumber ?? '', count: 12, w: 200 },
    { note: '（個人番号を記入した場合は住所の記入は不要です）', size: 7 },
  ]);
}

function layout(s: Sheet, app: DependantChange) {
  s.section('事業所（事業主が記入します）').row(24, [
    ...labelled('事業所整理記号', '', 90, 160),
    ...labelled('事業所名称', app.employer ?? '', 70),
    { label: '事業主確認', w: 60 },
    { checks: blank('届出意思確認済み'), w: 120 },
  ]);
  s.section('A　被保険者欄');
  personRows(s, '被保険者', app.insured, [{ value: '', caption: '被保険者整理番号', w: 110 }]);
  s.row(20, [
    { label: '異動区分', w: 60 },
    {
      checks: [
        ['1 該当', true],
        ['2 非該当', false],
        ['3 変更', false],
      ],
    },
    ...labelled('収入（年収）', '', 80, 160),
  ]);
  s.section('B　配偶者欄（第3号被保険者に該当する場合など）');
  if (app.spouse)
    personRows(s, '配偶者', app.spouse, [{ value: '', caption: '配偶者の収入（年収）', w: 110 }]);
  else
    s.row(34, [{ label: '配偶者', w: 60 }, { value: '' }]).row(24, [
      { label: '個人番号', w: 60 },
      { digits: '', count: 12, w: 200 },
      { value: '' },
    ]);
  s.row(40, [{ label: '備　考', w: 60 }, { value: '' }]).office(['受付', '確認', '入力'], 32);

  // Sheet 2: その他の被扶養者 (C).
  s.page(A4_LANDSCAPE);
  s.header({ title: '被扶養者（異動）届　その他の被扶養者欄' });
  s.section('C　その他の被扶養者（1人目）');
  const d = app.dependant;
  personRows(s, '被扶養者', d, [{ value: '1（実子・養子）', caption: '続柄', w: 110, size: 9 }]);
  s.row(22, [
    { label: '同居・別居', w: 60 },
    {
      checks: [
        ['1 同居', true],
        ['2 別居', false],
      ],
      w: 140,
    },
    { label: '被扶養者になった日', w: 90 },
    ...dateCells(d.birthDate),
    ...labelled('職業', '4（小・中学生以下）', 40, undefined, 9),
  ]);
  s.row(22, [
    { label: '理由', w: 60 },
    {
      checks: [
        ['1 出生', true],
        ['2 離職', false],
        ['3 収入減少', false],
        ['4 同居', false],
        ['5 その他', false],
      ],
    },
    { label: '収入（年収）', w: 80 },
    { value: '0 円', w: 120, align: 'right' },
  ]);
  for (const n of ['2人目', '3人目'])
    s.section(`C　その他の被扶養者（${n}）`).row(34, [{ label: '被扶養者', w: 60 }, { value: '' }]);
}

export const dependantChangeForm = defineForm(data, { shape, refuses, build, layout });
