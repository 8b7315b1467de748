/** Every service of the catalog, one data file each (validated in ../catalog.ts). */
import pregnancyNotification from './pregnancy-notification';
import pregnancyCheckupVouchers from './pregnancy-checkup-vouchers';
import pregnancySupportPayment1 from './pregnancy-support-payment-1';
import pregnancySupportPayment2 from './pregnancy-support-payment-2';
import childbirthLumpSum from './childbirth-lump-sum';
import maternityAllowance from './maternity-allowance';
import birthRegistration from './birth-registration';
import childHealthInsurance from './child-health-insurance';
import childAllowanceApplication from './child-allowance-application';
import childAllowanceRevision from './child-allowance-revision';
import childMedicalSubsidy from './child-medical-subsidy';
import newbornHomeVisit from './newborn-home-visit';
import lowBirthWeightNotification from './low-birth-weight-notification';
import childcareLeaveBenefit from './childcare-leave-benefit';
import postBirthLeaveSupportBenefit from './post-birth-leave-support-benefit';
import checkup1m from './checkup-1m';
import checkup34m from './checkup-3-4m';
import checkup67m from './checkup-6-7m';
import checkup910m from './checkup-9-10m';
import checkup18m from './checkup-18m';
import checkup3y from './checkup-3y';
import nurseryApplication from './nursery-application';
import preschoolFreeEducation from './preschool-free-education';
import childrenDropInCare from './children-drop-in-care';
import childRearingAllowance from './child-rearing-allowance';
import specialChildRearingAllowance from './special-child-rearing-allowance';
import disabledChildWelfareAllowance from './disabled-child-welfare-allowance';
import schoolEntryCheckup from './school-entry-checkup';
import diaperSubscription from './diaper-subscription';
import educationEndowmentInsurance from './education-endowment-insurance';
import newbornPhotoStudio from './newborn-photo-studio';
import childcareGoodsRental from './childcare-goods-rental';

export const services = [
  pregnancyNotification,
  pregnancyCheckupVouchers,
  pregnancySupportPayment1,
  pregnancySupportPayment2,
  childbirthLumpSum,
  maternityAllowance,
  birthRegistration,
  childHealthInsurance,
  childAllowanceApplication,
  childAllowanceRevision,
  childMedicalSubsidy,
  newbornHomeVisit,
  lowBirthWeightNotification,
  childcareLeaveBenefit,
  postBirthLeaveSupportBenefit,
  checkup1m,
  checkup34m,
  checkup67m,
  checkup910m,
  checkup18m,
  checkup3y,
  nurseryApplication,
  preschoolFreeEducation,
  childrenDropInCare,
  childRearingAllowance,
  specialChildRearingAllowance,
  disabledChildWelfareAllowance,
  schoolEntryCheckup,
  diaperSubscription,
  educationEndowmentInsurance,
  newbornPhotoStudio,
  childcareGoodsRental,
];
