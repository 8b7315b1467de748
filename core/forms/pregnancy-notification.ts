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
import { daysBetween, type CivilDate } from '../dates/civil-date';
import { APPLIES, defineForm, field, OPTIONAL, REQUIRED, refuse } from './engine';
import type { ApplicationOf, BuildContext, FormRequest } from './engine';
import { ADDRESSEE, addressSchema, personSchema } from './parts';
import { chosenGuardian, fatherOf, motherOf } from './people';
import { ageOn, fullName, occupationJa, wareki } from './write';
import { addressRow, dateLine, personRows, Sheet, blank, labelled } from './layout';

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

/** In the pregnancy (280 days before the due date, up to a month after it), by the mother. */
function refuses(req: FormRequest) {
  const g = chosenGuardian(req, motherOf);
  const due = req.household.children.find((k) => k.id === req.child)?.expectedBirthDate;
  if (due && (daysBetween(req.on, due) > 280 || daysBetween(req.on, due) < -30))
    return refuse(
      `出産予定日（${due}）から数えると、${req.on}は妊娠期間ではありません。日付を確かめてください`,
      `on ${req.on} the pregnancy (due ${due}) has not begun or is long over (280 days before the due date)`,
    );
  if (!g || g.relationship === 'father')
    return refuse(
      '妊娠届は妊娠している本人（母）が届け出ます。家族の情報に母を登録してください',
      'the 妊娠届 is made by the pregnant person: the household lists no mother (or --guardian names the father)',
    );
  return APPLIES;
}

function build({ req, h, child, applicant: g, facts }: BuildContext) {
  const onForm = facts.guardian(g, ROLE, true);
  const address = facts.address(g, ROLE);
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
      pregnant: {
        ...onForm,
        age: ageOn(g.birthDate, req.on),
        occupation: occupationJa(g),
        address: address!,
        phone: g.phone ?? null,
      },
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

function layout(app: PregnancyNotification) {
  const s = new Sheet();
  const p = app.pregnant;
  s.header({
    formNo: '様式第1号',
    title: '妊娠届出書',
    date: dateLine('届出年月日', app.filedOn),
    addressee: app.addressee,
    statement: '母子保健法第15条の規定により、次のとおり妊娠の届出をします。',
  });
  personRows(s.section('1　妊娠している人（届出者）'), p, {
    labelWidth: L,
    right: [
      { label: '年齢', w: 40 },
      { value: `満 ${p.age} 歳`, w: 70, align: 'center' },
    ],
  });
  addressRow(s, p.address, L)
    .row(18, [...labelled('電話番号', p.phone ?? '', L, 150), ...labelled('職　業', p.occupation, 50)])
    .row(18, [
      ...labelled('世帯主氏名', '', L, 150),
      { label: '国　籍', w: 50 },
      {
        checks: blank('日本', 'その他（　　　　　）'),
      },
    ]);
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
  return s;
}

export const pregnancyNotificationForm = defineForm({
  procedure: PREGNANCY_NOTIFICATION,
  title: { ja: '妊娠届出書', en: 'Pregnancy notification (妊娠届出書)' },
  filing: 'online',
  sources: [
    '母子保健法 第15条; 母子保健法施行規則 第3条',
    '昭和43年 児発第47号 (mhlw.go.jp/web/t_doc?dataId=00ta9630): the form is the municipality’s',
    '大空町・鉾田市・赤磐市 母子保健法施行細則 様式第1号',
    'ベビーカレンダー 妊娠届出書の書き方 (baby-calendar.jp/knowledge/common/898): 医療機関が必要事項を記入する場合がある',
  ],
  fields: [
    field('届出年月日', 'date of notification', 'on', REQUIRED, 'wareki'),
    field(
      '氏名・フリガナ・生年月日・年齢',
      'name, kana, birth date, age',
      'guardians[mother]',
      REQUIRED,
      'kana',
    ),
    field('個人番号', '個人番号 (My Number)', 'guardians[mother].myNumber', REQUIRED, 'digits'),
    field('住所', 'address', 'guardians[mother].address | address', REQUIRED, 'text'),
    field('職業', 'occupation', 'guardians[mother].employment', REQUIRED, 'text'),
    field(
      '出産予定日・妊娠週数',
      'due date and weeks of pregnancy',
      'children[].expectedBirthDate',
      REQUIRED,
      'wareki',
    ),
    field('世帯主氏名・国籍', 'head of household, nationality', null, OPTIONAL, 'text'),
    field(
      '診断を受けた医療機関・医師名',
      'clinic and doctor who confirmed the pregnancy',
      null,
      REQUIRED,
      'text',
    ),
    field('性病・結核の検査', 'STI and tuberculosis checks', null, OPTIONAL, 'check'),
    field('出産の経験', 'earlier births', null, OPTIONAL, 'check'),
    field('夫（パートナー）', 'partner', 'guardians[father]', OPTIONAL, 'text'),
    field('受付・母子健康手帳番号', 'office: stamp, handbook number', null, OPTIONAL, 'office'),
  ],
  shape,
  fileStem: 'ninshin-todokede',
  when: 'pregnant',
  refuses,
  applicant: (req) => chosenGuardian(req, motherOf),
  build,
  layout,
  checklist: () => [
    {
      ja: '妊婦本人の個人番号カード（または通知カード＋本人確認書類）',
      en: "the pregnant person's My Number card (or notice + ID)",
    },
    {
      ja: '代理人が届け出るときは委任状と代理人の本人確認書類',
      en: "a proxy brings a letter of attorney and the proxy's ID",
    },
    {
      ja: '妊婦のための支援給付の振込先（本人名義の口座）',
      en: "the pregnant person's own bank account for the 妊婦支援給付",
    },
    {
      ja: '面接（妊娠届出時アンケート）があります',
      en: 'an interview (questionnaire) is held when the notification is made',
    },
  ],
});
