/**
 * 子ども医療費助成 医療証交付申請書. Each municipality has its own form: the
 * overlay municipalities get their own title, programme names and consent
 * wording (MUNICIPAL below, each cited), every other municipality a generic
 * sheet with the blocks the municipal forms share (jp-forms §4: 申請者 = 保護者,
 * 対象児童, 健康保険, 1月1日の住所, 同意, ※処理欄). Printed for the counter or post.
 *
 * The insurance 記号・番号 and 保険者番号 are on the child's 資格確認書, which the
 * household does not hold: blank, and listed.
 */
import { z } from 'zod';
import data from './data/child-medical-subsidy.json';
import { defineForm, personAndSex } from './engine';
import type { ApplicationOf, BuildContext } from './engine';
import { ADDRESSEE, addressSchema, personSchema, personWithSex } from './parts';
import { fullName, relationshipJa } from './write';
import type { Sheet } from './layout';
import {
  insurers,
  choices,
  dateLine,
  personRows,
  blank,
  labelled,
  applicantRows,
  signatureRow,
} from './layout';

export const CHILD_MEDICAL_SUBSIDY = 'child-medical-subsidy';

interface MunicipalForm {
  title: string;
  programme: string;
  consent: string;
  source: string;
}

/** The overlay municipalities' own forms. */
const MUNICIPAL: Readonly<Record<string, MunicipalForm>> = {
  // 世田谷区: 乳幼児・子ども医療証 (マル乳・マル子・マル青), 0–18歳年度末, no income limit.
  '131121': {
    title: '子ども医療証交付申請書',
    programme: '乳幼児医療証（マル乳）・義務教育就学児医療証（マル子）・高校生等医療証（マル青）',
    consent: '医療証の交付のため、住民基本台帳・健康保険の資格について区が確認することに同意します。',
    source: 'https://www.city.setagaya.lg.jp/02413/1305.html',
  },
  // 横浜市: 小児医療証 (0歳–中学3年生, from 2026-06 to 18歳年度末), no income limit, no co-pay since 2023-08.
  '141003': {
    title: '小児医療費助成 医療証交付申請書',
    programme: '小児医療証',
    consent: '医療証の交付及び助成のため、住民記録・健康保険の資格について市が確認することに同意します。',
    source: 'https://www.city.yokohama.lg.jp/kurashi/kenko-iryo/iryohijosei/shoni/child.html',
  },
  // 大阪市: こども医療費助成 (0–18歳年度末).
  '271004': {
    title: 'こども医療費助成 医療証交付申請書',
    programme: 'こども医療証',
    consent: '医療証の交付のため、住民基本台帳・健康保険の資格について市が確認することに同意します。',
    source:
      'https://ikuhaku.com/mains/systemdetail/osaka/osaka_shi_sumiyoshi_ku/26797 (catalog overlay 271004)',
  },
};

const GENERIC: MunicipalForm = {
  title: '子ども医療費助成 医療証交付申請書',
  programme: '子ども医療証',
  consent: '医療証の交付のため、住民基本台帳・健康保険の資格について確認することに同意します。',
  source: 'jp-forms §4 (目黒区・横須賀市の様式の共通項目)',
};

export function medicalSubsidyVariant(code: string): MunicipalForm {
  return MUNICIPAL[code] ?? GENERIC;
}

const shape = {
  ...ADDRESSEE,
  guardian: personSchema.extend({
    relationship: z.enum(['父', '母', 'その他']),
    address: addressSchema,
    phone: z.string().nullable(),
  }),
  child: personWithSex,
  insurance: z.strictObject({
    kind: z.enum(['national', 'employee', 'mutual-aid']),
    insured: z.string(),
  }),
  movedIn: z.boolean(),
};
export type ChildMedicalSubsidy = ApplicationOf<typeof shape>;

const ROLE = { ja: '申請者（保護者）', en: 'applicant (guardian)' };

function build({ h, child, applicant: g, facts }: BuildContext) {
  const applicant = facts.contact(g, ROLE, true);
  return () => ({
    guardian: { ...applicant, relationship: relationshipJa(g) },
    child: personAndSex(child),
    // The newborn joins the insurance of this guardian (被扶養者) or the household's 国保.
    insurance: { kind: g.insurance, insured: fullName(g) },
    movedIn: h.previousMunicipalityCode !== undefined,
  });
}

const L = 76;

function layout(s: Sheet, app: ChildMedicalSubsidy) {
  const v = medicalSubsidyVariant(app.municipalityCode);
  const g = app.guardian;
  const k = app.child;
  s.header({
    title: v.title,
    date: dateLine('申請日', app.filedOn),
    addressee: app.addressee,
    statement: `次のとおり${v.programme}の交付を申請します。`,
  });
  applicantRows(s, '1　申請者（保護者）', g, {
    labelWidth: L,
    right: [
      { label: '続柄', w: 40 },
      { value: g.relationship, w: 60, align: 'center' },
    ],
  });
  s.row(18, [{ label: '電話番号', w: L }, { value: g.phone ?? '' }]);
  personRows(s.section('2　対象となる子ども'), k, {
    labelWidth: L,
    myNumberNote: '（出生直後で未通知のときは空欄）',
  });
  const i = app.insurance;
  s.section('3　子どもの健康保険')
    .row(18, choices('種　別', L, i.kind, insurers('national', 'employee', 'mutual-aid')))
    .row(20, [...labelled('被保険者氏名', i.insured, L, 170, 11), ...labelled('記号・番号', '', 60)])
    .row(20, [
      { label: '保険者番号', w: L },
      { digits: '', count: 8, w: 140 },
      ...labelled('保険者名称', '', 60),
    ]);
  s.section('4　1月1日の住所（税情報の確認のため）').row(20, [
    { label: '1月1日に', w: L },
    {
      checks: blank('この市区町村に住んでいた', '他の市区町村に住んでいた（同意書が必要です）'),
    },
  ]);
  s.section('5　同意').row(34, [{ note: v.consent, size: 7.5 }]);
  signatureRow(s, 24, L, '申請者', true).office(['受付印', '医療証番号', '有効期間', '資格確認', '入力'], 50);
}

export const childMedicalSubsidyForm = defineForm(data, {
  shape,
  build,
  layout,
  conditions: { movedIn: (app) => app.movedIn },
});
