/**
 * Schema pieces the application schemas share (registry.ts checks every built
 * application against its form's schema; the mock municipality checks the
 * online ones on arrival). Every form's schema is the base below plus its own
 * shape (engine.ts `defineForm`).
 */
import { z } from 'zod';
import { addressSchema, civilDateField } from '../household/schema';

export const APPLICATION_FORMAT = 'nonstop-application/1';

export const baseShape = {
  format: z.literal(APPLICATION_FORMAT),
  municipalityCode: z.string().regex(/^\d{6}$/),
  filedOn: civilDateField,
};

/** 宛先: the municipality's head (e.g. 世田谷区長); the engine fills it for a shape that has it. */
export const ADDRESSEE = { addressee: z.string().nullable() };

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
/** A person with the sex the household records (male/female or not recorded). */
export const personWithSex = personSchema.extend({ sex: sexSchema });

/** A bank account in the payee's own name (the forms that pay the applicant only). */
export const ownAccountSchema = z
  .strictObject({
    bankName: z.string(),
    branchName: z.string(),
    accountType: z.enum(['ordinary', 'current']),
    accountNumber: z.string().regex(/^\d{7}$/),
    holderKana: z.string(),
  })
  .nullable();
export type OwnAccount = z.infer<typeof ownAccountSchema>;

export { addressSchema };
