/**
 * The newborn's health insurance, by the parents' insurance:
 * - 健康保険 (employee): 被扶養者（異動）届 via the employer within 5 days (健康保険法施行規則38条);
 * - 共済組合 (civil servants): 被扶養者申告 within 30 days of the birth, or the child is recognised
 *   only from the day of the 申告 (国家公務員共済組合法施行規則 / 共済組合の運用方針);
 * - 国民健康保険 only: the 世帯主 files at the municipality within 14 days (国民健康保険法9条①,
 *   同法施行規則3条), counted from the day after the birth (民法140条) and moved past the
 *   municipality's closing days (地方自治法4条の2④: weekends, holidays, 12/29–1/3).
 */
import { fromDayNumber } from '../../dates/civil-date';
import { rollForwardToOpenDayNumber } from '../../dates/holidays';
import { setDue, statusOn } from '../status';
import type { Adjust } from '../frame';

export const NATIONAL_INSURANCE_DAYS = 14;
export const MUTUAL_AID_DAYS = 30;

/** 国保 資格取得届: 14 days from the day after the birth, the last day moved past closing days. */
export const nationalInsuranceDeadlineDay = (birth: number): number =>
  rollForwardToOpenDayNumber(birth + NATIONAL_INSURANCE_DAYS);

export const childHealthInsurance: Adjust = (item, f, ctx) => {
  let employee = false;
  let mutualAid = false;
  for (const g of ctx.guardians) {
    if (g.insurance === 'employee') employee = true;
    if (g.insurance === 'mutual-aid') mutualAid = true;
  }
  if (employee) {
    item.why.facts.push(ctx.t.insuranceEmployee);
    return;
  }
  if (mutualAid) {
    item.why.facts.push(ctx.t.insuranceMutualAid);
    item.why.legalBasis = ctx.t.insuranceMutualAidLegal;
    if (f.birth !== null) {
      setDue(item, f.birth + MUTUAL_AID_DAYS, ctx.t);
      item.status = statusOn(ctx.on, item, item.doneOn);
    } else if (item.estimated && f.expected !== null)
      item.estimated.due = fromDayNumber(f.expected + MUTUAL_AID_DAYS);
    return;
  }
  item.filedAt = 'municipality';
  item.why.legalBasis = ctx.t.insuranceNationalLegal;
  item.why.facts.push(ctx.t.insuranceNational);
  if (f.birth === null) {
    if (item.estimated && f.expected !== null)
      item.estimated.due = fromDayNumber(nationalInsuranceDeadlineDay(f.expected));
    return;
  }
  setDue(item, nationalInsuranceDeadlineDay(f.birth), ctx.t);
  item.status = statusOn(ctx.on, item, item.doneOn);
};
