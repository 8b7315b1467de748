/** The named adjustments, one file each: the services whose rule needs household facts beyond dates. */
import type { Adjust } from '../frame';
import { childAllowanceApplication, childAllowanceRevision } from './child-allowance-application';
import { childbirthLumpSum } from './childbirth-lump-sum';
import { childHealthInsurance } from './child-health-insurance';
import { childMedicalSubsidy } from './child-medical-subsidy';
import { childRearingAllowance } from './child-rearing-allowance';
import { maternityAllowance } from './maternity-allowance';
import { nurseryApplication } from './nursery-application';
import { pregnancySupportFirst, pregnancySupportSecond } from './pregnancy-support-payment';
import { preschoolFreeEducation } from './preschool-free-education';
import {
  disabledChildWelfareAllowance,
  specialChildRearingAllowance,
} from './special-child-rearing-allowance';

export const adjustments: Readonly<Record<string, Adjust>> = {
  'maternity-allowance': maternityAllowance,
  'child-health-insurance': childHealthInsurance,
  'child-allowance-application': childAllowanceApplication,
  'child-allowance-revision': childAllowanceRevision,
  'childbirth-lump-sum': childbirthLumpSum,
  'child-medical-subsidy': childMedicalSubsidy,
  'nursery-application': nurseryApplication,
  'child-rearing-allowance': childRearingAllowance,
  'special-child-rearing-allowance': specialChildRearingAllowance,
  'disabled-child-welfare-allowance': disabledChildWelfareAllowance,
  'preschool-free-education': preschoolFreeEducation,
  'pregnancy-support-payment-1': pregnancySupportFirst,
  'pregnancy-support-payment-2': pregnancySupportSecond,
};
