/**
 * Keeping the household's facts: every change is validated by core's schema first and written
 * sealed in one transaction (the profile's putAll), so a reload shows exactly what was saved
 * and a failed save leaves both the stored household and the screen's inputs untouched.
 * Session delegates to this class (markDone, undoDone, decline, saveFacts, …) so that other
 * screens (item detail, the application's missing facts) call one place.
 */
import type { CivilDate } from '../../../core/dates/civil-date';
import {
  validateHousehold,
  type Child,
  type Guardian,
  type Household,
  type Problem,
} from '../../../core/household/schema';
import { readDraft, type HouseholdDraft } from './household-draft';

export const HOUSEHOLD_KEY = 'household';
export const DRAFT_KEY = 'registration-draft';

/** What the store needs from the session (the open profile and the current household). */
export interface StoreHost {
  household(): Household | null;
  setHousehold(h: Household): void;
  today(): CivilDate;
  putAll(entries: Record<string, unknown>): Promise<void>;
  get(key: string): Promise<unknown>;
}

export type SaveResult =
  | { ok: true; household: Household }
  /** The change would make an invalid household: nothing was written. */
  | { ok: false; reason: 'invalid'; problems: Problem[] }
  /** Storage refused the write (disk full, profile locked): nothing was written. */
  | { ok: false; reason: 'storage' | 'no-household' };

/** Facts asked once (the application's missing facts): merged into the household, then validated. */
export interface FactsPatch {
  household?: Partial<
    Pick<Household, 'bankAccount' | 'address' | 'claimant' | 'singleParent' | 'municipalityCode' | 'label'>
  >;
  guardians?: Record<string, Partial<Omit<Guardian, 'id'>>>;
  children?: Record<string, Partial<Omit<Child, 'id'>>>;
}

/** The birth in one step: the unborn child becomes a born one. */
export interface BirthFacts {
  birthDate: CivilDate;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  sex?: 'female' | 'male';
  birthWeightGrams?: number;
}

const sameItem = (a: { item: string; child?: string }, item: string, child: string | null) =>
  a.item === item && (a.child ?? null) === child;

export class HouseholdStore {
  /** The last save's failure, for screens that show it (cleared by the next success). */
  lastError = $state.raw<SaveResult | null>(null);

  constructor(private readonly host: StoreHost) {}

  /** Validate with core's schema, then write in one transaction (with `extra` records). */
  async save(candidate: unknown, extra: Record<string, unknown> = {}): Promise<SaveResult> {
    const r = validateHousehold(candidate);
    if (!r.ok) return this.#fail({ ok: false, reason: 'invalid', problems: r.problems });
    try {
      await this.host.putAll({ [HOUSEHOLD_KEY]: r.value, ...extra });
    } catch {
      return this.#fail({ ok: false, reason: 'storage' });
    }
    this.host.setHousehold(r.value);
    this.lastError = null;
    return { ok: true, household: r.value };
  }

  #fail(r: SaveResult): SaveResult {
    this.lastError = r;
    return r;
  }

  #current(): Household | null {
    return this.host.household();
  }

  /** Mark a journey item done on `on` (default today); replaces an earlier date, clears a decline. */
  async markDone(item: string, child: string | null, on?: CivilDate): Promise<SaveResult> {
    const h = this.#current();
    if (!h) return { ok: false, reason: 'no-household' };
    const entry = { item, ...(child ? { child } : {}), on: on ?? this.host.today() };
    const declined = (h.declined ?? []).filter((d) => !sameItem(d, item, child));
    return this.save({
      ...h,
      completed: [...h.completed.filter((c) => !sameItem(c, item, child)), entry],
      ...(h.declined ? { declined } : {}),
    });
  }

  async undoDone(item: string, child: string | null): Promise<SaveResult> {
    const h = this.#current();
    if (!h) return { ok: false, reason: 'no-household' };
    return this.save({ ...h, completed: h.completed.filter((c) => !sameItem(c, item, child)) });
  }

  /** 「対象外として記録」 with the reason kept; a completion of the same item is removed. */
  async decline(item: string, child: string | null, reason: string, on?: CivilDate): Promise<SaveResult> {
    const h = this.#current();
    if (!h) return { ok: false, reason: 'no-household' };
    const entry = { item, ...(child ? { child } : {}), reason, on: on ?? this.host.today() };
    return this.save({
      ...h,
      completed: h.completed.filter((c) => !sameItem(c, item, child)),
      declined: [...(h.declined ?? []).filter((d) => !sameItem(d, item, child)), entry],
    });
  }

  async undoDecline(item: string, child: string | null): Promise<SaveResult> {
    const h = this.#current();
    if (!h) return { ok: false, reason: 'no-household' };
    return this.save({ ...h, declined: (h.declined ?? []).filter((d) => !sameItem(d, item, child)) });
  }

  isDeclined(item: string, child: string | null): { reason: string; on: CivilDate } | null {
    const d = this.#current()?.declined?.find((x) => sameItem(x, item, child));
    return d ? { reason: d.reason, on: d.on } : null;
  }

  /** Merge facts asked for once (e.g. the bank account for 児童手当) and save them. */
  async saveFacts(patch: FactsPatch): Promise<SaveResult> {
    const h = this.#current();
    if (!h) return { ok: false, reason: 'no-household' };
    const unknownGuardian = Object.keys(patch.guardians ?? {}).find(
      (id) => !h.guardians.some((g) => g.id === id),
    );
    const unknownChild = Object.keys(patch.children ?? {}).find((id) => !h.children.some((c) => c.id === id));
    if (unknownGuardian || unknownChild)
      return this.#fail({
        ok: false,
        reason: 'invalid',
        problems: [
          {
            path: unknownGuardian ? 'guardians' : 'children',
            message: unknownGuardian
              ? `no guardian with id "${unknownGuardian}"`
              : `no child with id "${unknownChild}"`,
          },
        ],
      });
    return this.save({
      ...h,
      ...patch.household,
      guardians: h.guardians.map((g) => ({ ...g, ...patch.guardians?.[g.id] })),
      children: h.children.map((c) => ({ ...c, ...patch.children?.[c.id] })),
    });
  }

  /** 「赤ちゃんが生まれました」: birth date, names, sex and weight at once; the due date is kept. */
  async recordBirth(childId: string, facts: BirthFacts): Promise<SaveResult> {
    const h = this.#current();
    if (!h) return { ok: false, reason: 'no-household' };
    return this.save({
      ...h,
      children: h.children.map((c) =>
        c.id === childId
          ? {
              ...c,
              ...facts,
              ...(facts.sex ? {} : { sex: c.sex }),
              ...(facts.birthWeightGrams === undefined ? {} : { birthWeightGrams: facts.birthWeightGrams }),
            }
          : c,
      ),
    });
  }

  /** The half-filled registration, sealed in the profile like everything else. */
  async loadDraft(): Promise<HouseholdDraft | null> {
    try {
      return readDraft(await this.host.get(DRAFT_KEY));
    } catch {
      return null;
    }
  }

  async saveDraft(draft: HouseholdDraft): Promise<boolean> {
    try {
      await this.host.putAll({ [DRAFT_KEY]: $state.snapshot(draft) });
      return true;
    } catch {
      return false;
    }
  }

  /** Forget a half-filled registration (a household file was loaded instead). */
  async clearDraft(): Promise<boolean> {
    try {
      await this.host.putAll({ [DRAFT_KEY]: null });
      return true;
    } catch {
      return false;
    }
  }

  /** The registration's end: the household saved and the draft emptied, in one transaction. */
  async finishRegistration(candidate: Household): Promise<SaveResult> {
    return this.save(candidate, { [DRAFT_KEY]: null });
  }
}
