/**
 * The common form engine. A form is data — its fields (label, where the value
 * comes from in the household, required or not, how it is written), how it is
 * filed, when it applies — plus a builder (household → application data, or
 * the list of missing facts) and a small layout function (application data →
 * pages). The same application data is drawn on the PDF and, for the online
 * forms, sent as canonical JSON `nonstop-application/1` with a `procedure`
 * field, checked on arrival by the form's own schema (registry.ts).
 *
 * Facts the household cannot hold (本籍, the time of birth, an insurance
 * number, a signature) are never guessed: their fields have `source: null`,
 * stay blank on the PDF and are listed for the user to write by hand.
 * Office-only areas (受付印, 処理欄) are drawn and never filled.
 */
import { z } from 'zod';
import { parts, compare, type CivilDate } from '../dates/civil-date';
import { eraYearLabel, toWareki } from '../dates/wareki';
import {
  addressSchema,
  civilDateField,
  type Address,
  type Guardian,
  type Household,
} from '../household/schema';
import type { FormCanvas } from './pdf-canvas';

export const APPLICATION_FORMAT = 'nonstop-application/1';

/** Text in both languages: Japanese for the app and the PDF, English for the CLI. */
export interface Text2 {
  ja: string;
  en: string;
}

/**
 * How a form is filed: `online` to the municipality (signed, the mock
 * municipality verifies it), `counter` printed and handed in (or posted),
 * `employer` given to the employer who files it, `insurer` sent to the
 * health insurer.
 */
export type Filing = 'online' | 'counter' | 'employer' | 'insurer';

export type FieldFormat = 'text' | 'wareki' | 'kana' | 'digits' | 'check' | 'office';

export interface FieldSpec {
  label: Text2;
  /** Where the value comes from in the household (a path pattern); null: written by hand. */
  source: string | null;
  required: boolean;
  format: FieldFormat;
}

export interface FormRequest {
  household: Household;
  child: string;
  guardian?: string | undefined;
  on: CivilDate;
}

export type Applicability = { ok: true } | { ok: false; reason: Text2 };

export interface MissingFact {
  /** Household path, e.g. `guardians[0].myNumber`. */
  path: string;
  /** Japanese label (kept for the existing app messages). */
  label: string;
  en: string;
}

export type BuildResult<A> = { ok: true; value: A } | { ok: false; missing: MissingFact[] };

export interface ApplicationBase {
  format: typeof APPLICATION_FORMAT;
  procedure: string;
  municipalityCode: string;
  filedOn: string;
}

export interface FormDefinition<A extends ApplicationBase = ApplicationBase> {
  /** Unique: the procedure id, or `procedure/variant` where one procedure has two forms. */
  id: string;
  procedure: string;
  title: Text2;
  filing: Filing;
  /** Where the layout and the field list were checked (law, ministry or municipal pages). */
  sources: readonly string[];
  fields: readonly FieldSpec[];
  /** The per-procedure schema of the application data (canonical JSON). */
  schema: z.ZodType<A>;
  /** File name stem of the PDF (romaji). */
  fileStem: string;
  applies(req: FormRequest): Applicability;
  /** Who signs or files it (shown on the review; the 届出人・請求者・被保険者 of the form). */
  applicant(req: FormRequest): Guardian | undefined;
  build(req: FormRequest): BuildResult<A>;
  layout(app: A): FormCanvas;
  /** What to bring or do when filing, in order. */
  checklist(app: A): Text2[];
}

/** Any definition, with its application type erased (the registry's view). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyForm = FormDefinition<any>;

export function defineForm<A extends ApplicationBase>(d: FormDefinition<A>): FormDefinition<A> {
  return d;
}

/** The fields a person writes by hand (no source in the household, not office-only). */
export function handwrittenFields(d: AnyForm): FieldSpec[] {
  return d.fields.filter((f) => f.source === null && f.format !== 'office');
}

// ---- schema pieces shared by the application schemas --------------------------------------

export const baseShape = {
  format: z.literal(APPLICATION_FORMAT),
  municipalityCode: z.string().regex(/^\d{6}$/),
  filedOn: civilDateField,
};

const kanjiName = z.string().min(1).max(40);
const kanaName = z.string().regex(/^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]{1,40}$/);
const optionalMyNumber = z
  .string()
  .regex(/^\d{12}$/)
  .nullable();

export const personSchema = z.strictObject({
  familyName: kanjiName,
  givenName: kanjiName,
  familyNameKana: kanaName,
  givenNameKana: kanaName,
  birthDate: civilDateField,
  myNumber: optionalMyNumber,
});
export type PersonOnForm = z.infer<typeof personSchema>;
export const sexSchema = z.enum(['female', 'male']).nullable();
export { addressSchema };

// ---- collecting facts ------------------------------------------------------------------------

/** Collects the missing required facts while a builder reads the household. */
export class Facts {
  readonly missing: MissingFact[] = [];

  need<T>(value: T | undefined | null, path: string, ja: string, en: string): T | undefined {
    if (value === undefined || value === null || value === '') {
      this.missing.push({ path, label: ja, en });
      return undefined;
    }
    return value;
  }

  result<A>(make: () => A): BuildResult<A> {
    return this.missing.length > 0 ? { ok: false, missing: this.missing } : { ok: true, value: make() };
  }
}

export function missingOnly(path: string, ja: string, en: string): { ok: false; missing: MissingFact[] } {
  return { ok: false, missing: [{ path, label: ja, en }] };
}

export function person(p: {
  familyName?: string | undefined;
  givenName?: string | undefined;
  familyNameKana?: string | undefined;
  givenNameKana?: string | undefined;
  birthDate?: string | undefined;
  myNumber?: string | undefined;
}): PersonOnForm {
  return {
    familyName: p.familyName ?? '',
    givenName: p.givenName ?? '',
    familyNameKana: p.familyNameKana ?? '',
    givenNameKana: p.givenNameKana ?? '',
    birthDate: (p.birthDate ?? '') as CivilDate,
    myNumber: p.myNumber ?? null,
  };
}

export function guardianIndex(h: Household, g: Guardian): number {
  return h.guardians.indexOf(g);
}

export function childIndex(h: Household, id: string): number {
  return h.children.findIndex((c) => c.id === id);
}

/** The guardian named by `--guardian`, else `pick`'s choice. */
export function chosenGuardian(
  req: FormRequest,
  pick: (h: Household) => Guardian | undefined,
): Guardian | undefined {
  return req.guardian ? req.household.guardians.find((g) => g.id === req.guardian) : pick(req.household);
}

export function refuse(ja: string, en: string): Applicability {
  return { ok: false, reason: { ja, en } };
}

export const APPLIES: Applicability = { ok: true };

/** The child, which must exist; `born` says whether it must be born already. */
export function childCheck(req: FormRequest, born: boolean): Applicability {
  const c = req.household.children.find((k) => k.id === req.child);
  if (!c)
    return refuse(`子ども「${req.child}」は登録されていません`, `no child "${req.child}" in the household`);
  if (born && !c.birthDate)
    return refuse(
      'お子さんが生まれてから作成できる書類です',
      `child "${req.child}" is not born yet; this form is made after the birth`,
    );
  if (!born && c.birthDate)
    return refuse(
      'お子さんはすでに生まれています（妊娠中に出す書類です）',
      `child "${req.child}" is already born; this form is filed during pregnancy`,
    );
  if (req.guardian && !req.household.guardians.some((g) => g.id === req.guardian))
    return refuse(
      `保護者「${req.guardian}」は登録されていません`,
      `no guardian "${req.guardian}" in the household`,
    );
  return APPLIES;
}

// ---- how values are written ------------------------------------------------------------------

/** 令和8年 11月 12日 (blank for no date). */
export function wareki(date: string | null | undefined): string {
  if (!date) return '';
  const w = toWareki(date as CivilDate);
  return `${eraYearLabel(w)} ${w.month}月 ${w.day}日`;
}

/** 令和8年 11月 (a year and month, e.g. 同居を始めたとき). */
export function warekiMonth(date: string): string {
  const w = toWareki(date as CivilDate);
  return `${eraYearLabel(w)} ${w.month}月`;
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

export function sexOfGuardian(g: Guardian): 'female' | 'male' | null {
  return g.relationship === 'mother' ? 'female' : g.relationship === 'father' ? 'male' : null;
}

export function sameAddress(a: Address | undefined, b: Address | undefined): boolean {
  return !a || !b || JSON.stringify(a) === JSON.stringify(b);
}

/** 職業 as written on municipal forms, from the household's employment. */
export function occupationJa(g: Guardian): string {
  return { employee: '会社員', 'self-employed': '自営業', 'civil-servant': '公務員', none: '無職' }[
    g.employment
  ];
}

export function isoDate(on: string): string {
  const { year, month, day } = parts(on as CivilDate);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function byDate(a: { birthDate?: string | undefined }, b: { birthDate?: string | undefined }): number {
  return compare((a.birthDate ?? '9999-12-31') as CivilDate, (b.birthDate ?? '9999-12-31') as CivilDate);
}

/** The mother (the pregnant person, the one who gives birth), if the household lists her. */
export function motherOf(h: Household): Guardian | undefined {
  return h.guardians.find((g) => g.relationship === 'mother');
}

export function fatherOf(h: Household): Guardian | undefined {
  return h.guardians.find((g) => g.relationship === 'father');
}

/** Person data of a guardian, with the missing 個人番号 recorded when the form needs it. */
export function guardianOnForm(
  h: Household,
  g: Guardian,
  facts: Facts,
  myNumberRequired: boolean,
  role: Text2,
) {
  const i = guardianIndex(h, g);
  if (myNumberRequired)
    facts.need(
      g.myNumber,
      `guardians[${i}].myNumber`,
      `${role.ja}の個人番号`,
      `${role.en}'s 個人番号 (My Number)`,
    );
  return person(g);
}

/** The guardian's address (own, else the household's), recorded as missing when absent. */
export function addressFor(h: Household, g: Guardian, facts: Facts, role: Text2): Address | undefined {
  return facts.need(
    g.address ?? h.address,
    `guardians[${guardianIndex(h, g)}].address`,
    `${role.ja}の住所`,
    `${role.en}'s address`,
  );
}

export const REQUIRED = true;
export const OPTIONAL = false;

/** One field of a form's list: label (ja, en), household source (null: by hand), required, format. */
export function field(
  ja: string,
  en: string,
  source: string | null,
  required: boolean,
  format: FieldFormat,
): FieldSpec {
  return { label: { ja, en }, source, required, format };
}
