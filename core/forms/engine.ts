/**
 * The common form engine. A form is data — its fields (label, where the value
 * comes from in the household, required or not, how it is written), how it is
 * filed, when it applies, the shape of its application data — plus a builder
 * (household → the form's own values, or the list of missing facts) and a
 * small layout function (application data → pages). `defineForm` turns that
 * into a FormDefinition: it adds the common header of every application
 * (format, procedure, municipality, date, 宛先), the child and `--guardian`
 * checks, the page footer, and the schema. The same application data is drawn
 * on the PDF and, for the online forms, sent as canonical JSON
 * `nonstop-application/1` with a `procedure` field, checked on arrival by the
 * form's own schema (registry.ts).
 *
 * Facts the household cannot hold (本籍, the time of birth, an insurance
 * number, a signature) are never guessed: their fields have `source: null`,
 * stay blank on the PDF and are listed for the user to write by hand.
 * Office-only areas (受付印, 処理欄) are drawn and never filled.
 */
import { z } from 'zod';
import type { CivilDate } from '../dates/civil-date';
import type { Address, Child, Guardian, Household } from '../household/schema';
import { addresseeFor } from '../municipalities';
import type { FormCanvas } from './pdf-canvas';
import { dateLine, Sheet } from './layout';
import { A3_LANDSCAPE, A4, A4_LANDSCAPE } from './pdf-canvas';
import { APPLICATION_FORMAT, baseShape, type PersonOnForm } from './parts';
import { APPLICANTS, type ApplicantKind } from './people';

export { APPLICATION_FORMAT };
export type { PersonOnForm };
export { ageOn } from './write';

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

// ---- collecting facts ------------------------------------------------------------------------

/** A role on a form, in both languages (届出人 / filer), used to name what is missing. */
export type Role = Text2;

/** Collects the missing required facts while a builder reads the household. */
export class Facts {
  readonly missing: MissingFact[] = [];

  constructor(private readonly h: Household) {}

  need<T>(value: T | undefined | null, path: string, ja: string, en: string): T | undefined {
    if (value === undefined || value === null || value === '') {
      this.missing.push({ path, label: ja, en });
      return undefined;
    }
    return value;
  }

  /** Person data of a guardian, with the missing 個人番号 recorded when the form needs it. */
  guardian(g: Guardian, role: Role, myNumberRequired: boolean): PersonOnForm {
    if (myNumberRequired)
      this.need(
        g.myNumber,
        `guardians[${this.h.guardians.indexOf(g)}].myNumber`,
        `${role.ja}の個人番号`,
        `${role.en}'s My Number (個人番号)`,
      );
    return person(g);
  }

  /** The guardian's address (own, else the household's), recorded as missing when absent. */
  address(g: Guardian, role: Role): Address | undefined {
    return this.need(
      g.address ?? this.h.address,
      `guardians[${this.h.guardians.indexOf(g)}].address`,
      `${role.ja}の住所`,
      `${role.en}'s address`,
    );
  }

  /**
   * A guardian with the address (own, else the household's) and phone a form
   * prints beside the name; what is missing is recorded (the address is read
   * only when nothing is, inside the builder's thunk).
   */
  contact(g: Guardian, role: Role, myNumberRequired: boolean) {
    const p = this.guardian(g, role, myNumberRequired);
    return { ...p, address: this.address(g, role) as Address, phone: g.phone ?? null };
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

/** A person with the sex the household records. */
export function personAndSex(p: Parameters<typeof person>[0] & { sex?: 'female' | 'male' | undefined }) {
  return { ...person(p), sex: p.sex ?? null };
}

// ---- when a form applies ---------------------------------------------------------------------

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

// ---- the field list --------------------------------------------------------------------------

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

/** The fields a person writes by hand (no source in the household, not office-only). */
export function handwrittenFields(d: AnyForm): FieldSpec[] {
  return d.fields.filter((f) => f.source === null && f.format !== 'office');
}

// ---- a form from its data --------------------------------------------------------------------

/** What a form's builder reads: the request, the household, the child, the form's applicant. */
export interface BuildContext {
  req: FormRequest;
  h: Household;
  child: Child;
  /** `applicant(req)`: the 届出人・請求者・被保険者 (checked to exist by `applies`). */
  applicant: Guardian;
  facts: Facts;
}

/** The application data of a form whose own shape is S (every field required; null where unknown). */
export type ApplicationOf<S extends z.ZodRawShape> = ApplicationBase & { [K in keyof S]: z.output<S[K]> };
/** What a builder writes: everything but the common header the engine adds. */
export type OwnValues<A> = Omit<A, keyof typeof baseShape | 'procedure' | 'addressee'>;

const text2 = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });

/**
 * The data of a form (core/forms/data/*.json): what it is called, how it is
 * filed, when it is made, where it was checked, its fields, its page and
 * header, and its checklist (an item with `if` only when the form's condition
 * of that name holds). Checked when the form is defined, so a mistake in a
 * data file fails at start (and in the tests), never on a parent's form.
 */
export const formDataSchema = z.strictObject({
  id: z.string().optional(),
  procedure: z.string().regex(/^[a-z0-9-]+$/),
  title: text2,
  filing: z.enum(['online', 'counter', 'employer', 'insurer']),
  /**
   * Whom the form is addressed to: the 市区町村長 (`municipality`), in a designated city the ward's
   * 区長 (`ward`: the 出生届), or no municipal 宛先 at all (`employer`, `insurer`: the form names them
   * in its own fields). From the one registry of every municipality and ward (core/municipalities.ts).
   */
  addressee: z.enum(['municipality', 'ward', 'employer', 'insurer']),
  fileStem: z.string().regex(/^[a-z0-9-]+$/),
  /** Made during the pregnancy, or after the birth. */
  when: z.enum(['pregnant', 'born']),
  /** Who signs or files it (people.ts APPLICANTS), and who alone may, with the reason given otherwise. */
  applicant: z.strictObject({
    is: z.enum(Object.keys(APPLICANTS) as [ApplicantKind, ...ApplicantKind[]]),
    mustBe: z.array(z.enum(['mother', 'father', 'other'])).optional(),
    otherwise: text2.optional(),
  }),
  page: z
    .strictObject({ size: z.enum(['A4', 'A4-landscape', 'A3-landscape']), margin: z.number().positive() })
    .optional(),
  /** The top of the first page; a form without one draws its own (出生届, the municipal 医療証). */
  header: z
    .strictObject({
      formNo: z.string().optional(),
      title: z.string(),
      /** 届出年月日, 申請日 …: the filing date in 和暦 after it. */
      dateLabel: z.string().optional(),
      /** A date line the applicant does not fill (the employer's 提出日). */
      dateText: z.string().optional(),
      statement: z.string().optional(),
    })
    .optional(),
  sources: z.array(z.string().min(1)).min(1),
  fields: z.array(
    z.strictObject({
      label: text2,
      source: z.string().nullable(),
      required: z.boolean(),
      format: z.enum(['text', 'wareki', 'kana', 'digits', 'check', 'office']),
    }),
  ),
  checklist: z.array(text2.extend({ if: z.string().optional() })),
  /** Lists of check boxes the form prints (e.g. 保育を必要とする理由), by name, for its layout. */
  choices: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
});
export type FormData = z.infer<typeof formDataSchema>;

const PAGE_SIZES = { A4, 'A4-landscape': A4_LANDSCAPE, 'A3-landscape': A3_LANDSCAPE } as const;

/** The code of a form: its application shape, its conditions, the builder and the layout. */
export interface FormCode<S extends z.ZodRawShape> {
  /** The form's own fields of the application data; with `ADDRESSEE` the engine fills the 宛先. */
  shape: S;
  /** Conditions of this form, checked after the child and `--guardian`, before the applicant. */
  refuses?: (req: FormRequest) => Applicability;
  /** Reads the household (recording what is missing in ctx.facts); the thunk makes the values. */
  build(ctx: BuildContext): () => OwnValues<ApplicationOf<S>>;
  /** Draws the form below the data's header; the engine ends every page with the footer. */
  layout(s: Sheet, app: ApplicationOf<S>): void;
  /** The conditions the checklist's `if` names. */
  conditions?: Record<string, (app: ApplicationOf<S>) => boolean>;
  /** Checklist items made from the application (before the data's items). */
  checklistFirst?: (app: ApplicationOf<S>) => Text2[];
}

/**
 * The 宛先 of a form filed at the applicant's employer (a civil servant's 児童手当: 所属庁, 法17条):
 * its head, with the employer the household names; the office's exact title is the employer's.
 */
function employerAddressee(g: Guardian | undefined): string {
  return g?.employer ? `所属庁の長（${g.employer}）` : '所属庁の長';
}

export function defineForm<S extends z.ZodRawShape>(
  raw: unknown,
  code: FormCode<S>,
): FormDefinition<ApplicationOf<S>> {
  type A = ApplicationOf<S>;
  const data = formDataSchema.parse(raw);
  for (const item of data.checklist)
    if (item.if !== undefined && !code.conditions?.[item.if])
      throw new Error(`${data.procedure}: checklist condition "${item.if}" is not defined`);
  const schema = z.strictObject({ ...baseShape, procedure: z.literal(data.procedure), ...code.shape });
  const withAddressee = 'addressee' in code.shape;
  const rule = data.addressee;
  // a municipal rule needs the 宛先 in the data; an insurer's form names its insurer in its own fields
  if (
    (rule === 'municipality' || rule === 'ward') !== withAddressee &&
    !(rule === 'employer' && withAddressee)
  )
    throw new Error(`${data.procedure}: addressee "${rule}" does not match the form's shape`);
  const page = data.page ?? { size: 'A4', margin: 34 };
  const applicant = APPLICANTS[data.applicant.is];
  const { mustBe, otherwise } = data.applicant;
  if (mustBe && !otherwise)
    throw new Error(`${data.procedure}: applicant.mustBe needs its reason (otherwise)`);
  return {
    id: data.id ?? data.procedure,
    procedure: data.procedure,
    title: data.title,
    filing: data.filing,
    sources: data.sources,
    fields: data.fields,
    fileStem: data.fileStem,
    schema: schema as unknown as z.ZodType<A>,
    applies(req) {
      const c = childCheck(req, data.when === 'born');
      if (!c.ok) return c;
      const r = code.refuses?.(req) ?? APPLIES;
      if (!r.ok || !mustBe) return r;
      const g = applicant(req);
      return g && mustBe.includes(g.relationship) ? APPLIES : { ok: false, reason: otherwise! };
    },
    applicant,
    build(req) {
      const h = req.household;
      const facts = new Facts(h);
      const child = h.children.find((c) => c.id === req.child) as Child;
      const make = code.build({ req, h, child, applicant: applicant(req) as Guardian, facts });
      return facts.result(
        () =>
          ({
            format: APPLICATION_FORMAT,
            procedure: data.procedure,
            municipalityCode: h.municipalityCode,
            filedOn: req.on,
            ...(withAddressee
              ? {
                  addressee:
                    rule === 'employer'
                      ? employerAddressee(applicant(req))
                      : addresseeFor(
                          rule === 'ward' ? 'ward' : 'municipality',
                          h.municipalityCode,
                          h.address ?? applicant(req)?.address ?? h.guardians[0]?.address,
                        ),
                }
              : {}),
            ...make(),
          }) as unknown as A,
      );
    },
    layout(app) {
      const s = new Sheet(PAGE_SIZES[page.size], page.margin);
      const hd = data.header;
      if (hd) {
        const date = hd.dateLabel !== undefined ? dateLine(hd.dateLabel, app.filedOn) : hd.dateText;
        const addressee = (app as { addressee?: string | null }).addressee;
        s.header({
          title: hd.title,
          ...(hd.formNo !== undefined ? { formNo: hd.formNo } : {}),
          ...(date !== undefined ? { date } : {}),
          ...(withAddressee ? { addressee: addressee ?? null } : {}),
          ...(hd.statement !== undefined ? { statement: hd.statement } : {}),
        });
      }
      code.layout(s, app);
      return s.finish(app.filedOn);
    },
    checklist: (app) => [
      ...(code.checklistFirst?.(app) ?? []),
      ...data.checklist
        .filter((c) => c.if === undefined || code.conditions![c.if]!(app))
        .map(({ ja, en }) => ({ ja, en })),
    ],
  };
}
