/**
 * 妊娠届出書 (母子保健法15条; items of 母子保健法施行規則3条: 届出年月日, 氏名・年齢・
 * 個人番号・職業, 居住地, 妊娠月数, 診断を受けた医師・助産師, 性病・結核の検査).
 * The layout is the municipality's (厚生省 児発第47号 leaves it to them), so
 * this is the common municipal shape (jp-forms §2; a Tokyo-ward form as
 * listed at nipt.tokyo). Filed by the pregnant person; online in many
 * municipalities (ぴったりサービス), so online here.
 *
 * 妊娠週数 is counted from the 出産予定日 (Naegele: the due date is 280 days
 * = 40w0d after the first day of the last period); the clinic, the tests and
 * the number of earlier births are not in the household and stay blank.
 */
import { z } from 'zod';
import data from './data/pregnancy-notification.json';
import { daysBetween, type CivilDate } from '../dates/civil-date';
import { APPLIES, defineForm, refuse } from './engine';
import type { ApplicationOf, BuildContext, FormRequest } from './engine';
import { ADDRESSEE, addressSchema, personSchema } from './parts';
import { ageOn, fullName, occupationJa, wareki } from './write';
import { APPLICANTS, fatherOf } from './people';
import type { Sheet } from './layout';
import { blank, labelled, applicantRows } from './layout';

export const PREGNANCY_NOTIFICATION = 'pregnancy-notification';

const shape = {
  ...ADDRESSEE,
  pregnant: personSchema.extend({
    age: z.number().int().min(10).max(70),
    occupation: z.string(),
    address: addressSchema,
    phone: z.string().nullable(),
  }),
  expectedBirthDate: z.string(),
  weeks: z.strictObject({ weeks: z.number().int().min(0).max(45), days: z.number().int().min(0).max(6) }),
  partner: z.strictObject({ name: z.string(), age: z.number().int(), occupation: z.string() }).nullable(),
};
export type PregnancyNotification = ApplicationOf<typeof shape>;

const ROLE = { ja: '妊婦', en: 'pregnant person' };

/** In the pregnancy: from 280 days before the due date to a month after it. */
function refuses(req: FormRequest) {
  const due = req.household.children.find((k) => k.id === req.child)?.expectedBirthDate;
  if (due && (daysBetween(req.on, due) > 280 || daysBetween(req.on, due) < -30))
    return refuse(
      `出産予定日（${due}）から数えると、${req.on}は妊娠期間ではありません。日付を確かめてください`,
      `on ${req.on} the pregnancy (due ${due}) has not begun or is long over (280 days before the due date)`,
    );
  // the form's 年齢 box holds 10–70: an age outside it is a birth date to check, not a form to print
  const g = APPLICANTS.mother(req);
  const age = g ? ageOn(g.birthDate, req.on) : null;
  if (age !== null && (age < 10 || age > 70))
    return refuse(
      `妊娠している方の生年月日（${g!.birthDate}）では届出日に満${age}歳になります。生年月日を確かめてください`,
      `the pregnant person's date of birth (${g!.birthDate}) makes her ${age} on ${req.on}; check the date`,
    );
  return APPLIES;
}

function build({ req, h, child, applicant: g, facts }: BuildContext) {
  const pregnant = facts.contact(g, ROLE, true);
  const due = facts.need(
    child.expectedBirthDate,
    `children[${h.children.indexOf(child)}].expectedBirthDate`,
    '出産予定日',
    'expected date of birth',
  );
  const partner = fatherOf(h);
  return () => {
    const pregnantDays = 280 - daysBetween(req.on, due as CivilDate);
    return {
      pregnant: { ...pregnant, age: ageOn(g.birthDate, req.on), occupation: occupationJa(g) },
      expectedBirthDate: due!,
      weeks: { weeks: Math.floor(pregnantDays / 7), days: pregnantDays % 7 },
      partner: partner
        ? {
            name: fullName(partner),
            age: ageOn(partner.birthDate, req.on),
            occupation: occupationJa(partner),
          }
        : null,
    };
  };
}

const L = 80;

function layout(s: Sheet, app: PregnancyNotification) {
  const p = app.pregnant;
  applicantRows(s, '1　妊娠している人（届出者）', p, {
    labelWidth: L,
    right: [
      { label: '年齢', w: 40 },
      { value: `満 ${p.age} 歳`, w: 70, align: 'center' },
    ],
  });
  s.row(18, [...labelled('電話番号', p.phone ?? '', L, 150), ...labelled('職　業', p.occupation, 50)]).row(
    18,
    [
      ...labelled('世帯主氏名', '', L, 150),
      { label: '国　籍', w: 50 },
      {
        checks: blank('日本', 'その他（　　　　　）'),
      },
    ],
  );
  s.section('2　妊娠の状況')
    .row(20, [
      { label: '妊娠週数', w: L },
      { value: `届出日に 満 ${app.weeks.weeks} 週 ${app.weeks.days} 日`, w: 180 },
      ...labelled('出産予定日', wareki(app.expectedBirthDate), 70),
    ])
    .row(20, [...labelled('診断を受けた医療機関', '', L), ...labelled('医師・助産師名', '', 80, 120)])
    .row(18, [
      { label: '性病に関する検査', w: L },
      {
        checks: blank('受けた', '受けていない'),
      },
      { label: '結核に関する検診', w: 80 },
      {
        checks: blank('受けた', '受けていない'),
        w: 160,
      },
    ])
    .row(18, [
      { label: '出産の経験', w: L },
      {
        checks: blank('初めて', 'あり（　　回）'),
      },
    ]);
  const pt = app.partner;
  s.section('3　夫（パートナー）　※任意').row(20, [
    ...labelled('氏　名', pt?.name ?? '', L, undefined, 11),
    { label: '年齢', w: 40 },
    { value: pt ? `満 ${pt.age} 歳` : '', w: 70, align: 'center' },
    ...labelled('職　業', pt?.occupation ?? '', 50, 90),
  ]);
  s.section('4　届出者')
    .row(18, [
      { label: '届け出る人', w: L },
      {
        checks: blank('本人', '代理人（委任状が必要です）'),
      },
    ])
    .gap(4)
    .row(40, [{ label: '備　考', w: L }, { value: '' }])
    .office(['受付印', '母子健康手帳番号', '確認書類', '面接者', '妊婦のための支援給付'], 54);
}

export const pregnancyNotificationForm = defineForm(data, { shape, refuses, build, layout });
