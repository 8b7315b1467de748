/**
 * 出産手当金 (健康保険法102条; 共済: 国家公務員共済組合法66条・地方公務員等共済組合法69条):
 * paid for the days not worked "出産の日（出産の日が出産の予定日後であるときは、出産の予定日）以前42日
 * （多胎妊娠の場合においては、98日）から出産の日後56日まで". The birth (or due) date is day 1 of the 42,
 * so the period opens 41 (97) days before it (fact sheet §0b: due 3/16 → from 2/3). A birth after the
 * due date counts back from the due date, and the late days between are paid too.
 * Only the insured worker herself receives it (the catalog's condition `mother-insured-worker`).
 * The claim for each day lapses 2 years after the day after it (健康保険法193条①, 民法140条・143条): the
 * last day, 56 days after the birth, can be claimed through the same date 2 years later — counted from
 * that day, not from the birth (a Feb 29 between them moves the end by a day).
 */
import { fromDayNumber } from '../../dates/civil-date';
import { dayPeriodAfterEnds } from '../../dates/offsets';
import { setCloses, statusOn } from '../status';
import { birthSetOf, type Adjust } from '../frame';

/** Days before the anchor day that the period opens: day 1 of 42 (98) is the anchor itself. */
export const PRENATAL_DAYS_BEFORE = { single: 41, multiple: 97 } as const;
/** The last day of 産後休業 is the 56th day after the birth (労働基準法65条②). */
export const POSTNATAL_DAYS = 56;

export const maternityAllowance: Adjust = (item, f, ctx) => {
  const birthSet = birthSetOf(f, ctx.h);
  const multiple = birthSet.length > 1;
  if (multiple && birthSet[0] !== f.child) {
    // One allowance per pregnancy, to the mother: shown once, on the first child of the birth.
    const first = birthSet[0]?.id ?? '';
    item.status = 'not-applicable';
    item.opens = item.due = item.closes = null;
    delete item.estimated;
    item.amount = null;
    item.why.facts = [ctx.t.maternityShownOn(first)];
    item.why.appliesWhen = ctx.t.maternityPerBirth;
    return;
  }
  const before = multiple ? PRENATAL_DAYS_BEFORE.multiple : PRENATAL_DAYS_BEFORE.single;
  const late = f.birth !== null && f.expected !== null && f.birth > f.expected;
  const anchor = late ? f.expected : (f.birth ?? f.expected);
  if (anchor === null) return;
  const opens = fromDayNumber(anchor - before);
  if (multiple) item.why.facts.push(ctx.t.maternityMultiple);
  if (late && f.expected !== null) item.why.facts.push(ctx.t.maternityLate(f.expected));
  const mother = ctx.guardians.find((g) => g.relationship === 'mother');
  if (mother?.employment === 'civil-servant') {
    item.why.legalBasis = ctx.t.maternityMutualAidLegal;
    item.why.facts.push(ctx.t.maternityMutualAid);
    item.why.unverified = ctx.t.maternityMutualAidUnverified;
  } else if (mother?.insuredAs === undefined) item.why.facts.push(ctx.t.maternityInsuredHerself);
  // The end follows the birth (or, before it, the due date).
  const closes = dayPeriodAfterEnds((f.birth ?? anchor) + POSTNATAL_DAYS, 24);
  if (item.closes) setCloses(item, closes, ctx.t);
  if (item.estimated?.closes) item.estimated.closes = fromDayNumber(closes);
  if (f.birth === null) {
    if (item.estimated) item.estimated.opens = opens;
    // Before the birth the window opens on the expected date's count.
    if (item.opens) item.opens = opens;
  } else item.opens = opens;
  if (item.status !== 'done' && item.opens) item.status = statusOn(ctx.on, item, item.doneOn);
};
