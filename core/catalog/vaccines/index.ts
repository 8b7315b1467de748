/** Routine vaccinations (定期接種), one data file per vaccine (validated in ../catalog.ts). */
import hepb from './hepb';
import rota from './rota';
import dtpIpvHib from './dtp-ipv-hib';
import dtpIpv from './dtp-ipv';
import hib from './hib';
import pcv from './pcv';
import bcg from './bcg';
import mr from './mr';
import varicella from './varicella';
import je from './je';
import jePhase2 from './je-phase2';
import dt from './dt';
import hpv from './hpv';

export const vaccines = [hepb, rota, dtpIpvHib, dtpIpv, hib, pcv, bcg, mr, varicella, je, jePhase2, dt, hpv];
