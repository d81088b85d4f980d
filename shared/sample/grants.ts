import type { CountryCode, EnrolmentStatus, Fund, Grant, GrantComponent, GrantPayment, GrantStatus, RecordMeta } from '../domain/types';
import type { SeededEnrolment } from './enrolments';
import type { OrganisationIndex, OrgKey } from './organisations';
import type { ProgrammeIndex } from './programmes';
import type { ProgrammeKey } from './seed-types';
import { addDays, pick, recordMeta, type SampleOptions } from './support';

/** How a sponsor pays for one programme's grants: the fund and the grant rates, in its currency. */
type FundPlan = {
  programme: ProgrammeKey;
  sponsor: OrgKey;
  name: string;
  currency: string;
  budgetMinor: number;
  notes: string;
  /** Return fare by the participant's country, minor units. */
  travel: Record<CountryCode, number>;
  nights: number;
  nightMinor: number;
  perDiemDays: number;
  perDiemMinor: number;
  visaMinor: number;
  registrationMinor: number;
  /** Grant status by enrolment status, for participants without an explicit decision. */
  defaults: Partial<Record<EnrolmentStatus, GrantStatus>>;
  referencePrefix: string;
};

const FUND_PLANS: FundPlan[] = [
  {
    programme: 'marrakesh',
    sponsor: 'minCultureFr',
    name: 'Bourses du ministère de la Culture — Marrakech 2019',
    currency: 'EUR',
    budgetMinor: 2_500_000,
    notes: 'Voyage, hébergement et indemnités journalières pour les participants.',
    travel: { MA: 9_000, TN: 32_000, DZ: 36_000, SN: 45_000, CI: 52_000, CM: 58_000, BJ: 55_000 },
    nights: 5,
    nightMinor: 8_500,
    perDiemDays: 5,
    perDiemMinor: 5_000,
    visaMinor: 6_000,
    registrationMinor: 0,
    defaults: { attended: 'reported', withdrawn: 'declined', 'no-show': 'cancelled' },
    referencePrefix: 'MC-RAK19',
  },
  {
    programme: 'lagos',
    sponsor: 'nmaahc',
    name: 'NMAAHC grants — Lagos regional training 2022',
    currency: 'USD',
    budgetMinor: 12_000_000,
    notes: 'A series of grants for 25–30 participants: travel, accommodation and per diem. The balance pays the venue and trainers, which are not grants.',
    travel: { NG: 35_000, GH: 60_000, SL: 85_000, CM: 75_000, RW: 110_000, KE: 105_000, UG: 115_000, TZ: 120_000, ET: 95_000, ZA: 140_000, ZW: 125_000 },
    nights: 6,
    nightMinor: 9_500,
    perDiemDays: 5,
    perDiemMinor: 6_000,
    visaMinor: 16_000,
    registrationMinor: 0,
    defaults: { attended: 'reported', withdrawn: 'declined', 'no-show': 'cancelled' },
    referencePrefix: 'NMAAHC-LOS22',
  },
  {
    programme: 'cimam',
    sponsor: 'cimam',
    name: 'CIMAM 2026 Travel Grant Programme',
    currency: 'EUR',
    budgetMinor: 3_000_000,
    notes: 'Travel grants for members from under-represented regions.',
    travel: { ZA: 45_000, GH: 120_000, MA: 110_000, LB: 105_000, MX: 150_000, VN: 135_000, IN: 95_000, ID: 130_000 },
    nights: 4,
    nightMinor: 11_000,
    perDiemDays: 0,
    perDiemMinor: 0,
    visaMinor: 0,
    registrationMinor: 25_000,
    defaults: { accepted: 'offered', shortlisted: 'requested' },
    referencePrefix: 'CIMAM26',
  },
];

function componentsFor(plan: FundPlan, enrolment: SeededEnrolment): GrantComponent[] {
  const country = enrolment.person.record.country ?? '';
  const travel = pick(new Map(Object.entries(plan.travel)), country, `${plan.programme} fare from`);
  const components: GrantComponent[] = [{ kind: 'travel', amountMinor: travel }];
  if (plan.visaMinor > 0 && enrolment.person.seed.needs?.visaLetter === true) components.push({ kind: 'visa', amountMinor: plan.visaMinor });
  components.push({ kind: 'accommodation', amountMinor: plan.nights * plan.nightMinor });
  if (plan.perDiemDays > 0) components.push({ kind: 'per-diem', amountMinor: plan.perDiemDays * plan.perDiemMinor });
  if (plan.registrationMinor > 0) components.push({ kind: 'registration', amountMinor: plan.registrationMinor });
  return components;
}

/** Paid grants were paid twice: the ticket (and visa) weeks ahead, the hotel and per diem on arrival. */
function paymentsFor(options: SampleOptions, plan: FundPlan, startDate: string, components: GrantComponent[], n: number): GrantPayment[] {
  const ahead = components.filter((c) => c.kind === 'travel' || c.kind === 'visa').reduce((sum, c) => sum + c.amountMinor, 0);
  const onArrival = components.reduce((sum, c) => sum + c.amountMinor, 0) - ahead;
  const reference = `${plan.referencePrefix}-${String(n).padStart(3, '0')}`;
  return [
    { id: options.newId(), date: addDays(startDate, -(28 + (n % 10))), amountMinor: ahead, reference: `${reference}-1` },
    { id: options.newId(), date: startDate, amountMinor: onArrival, reference: `${reference}-2` },
  ];
}

const GRANT_NOTES: Partial<Record<GrantStatus, string>> = {
  declined: 'Declined: withdrew from the programme.',
  cancelled: 'Cancelled: did not travel; nothing was paid.',
  paid: 'Paid in full; the report is still to come.',
};

export type FundsAndGrants = { funds: Fund[]; grants: Grant[] };

/**
 * Builds one fund per sponsored programme and a grant for each participant the
 * fund supports: by default from the enrolment's status (attended → reported),
 * unless the person seed decided otherwise.
 */
export function buildFundsAndGrants(
  options: SampleOptions,
  orgs: OrganisationIndex,
  programmes: ProgrammeIndex,
  enrolments: readonly SeededEnrolment[],
): FundsAndGrants {
  const funds = FUND_PLANS.map((plan): Fund => ({
    ...recordMeta(options),
    name: plan.name,
    sponsorOrganisationId: orgs.idOf(plan.sponsor),
    programmeId: programmes.get(plan.programme).id,
    currency: plan.currency,
    budgetMinor: plan.budgetMinor,
    notes: plan.notes,
  }));
  const grants: Grant[] = [];
  FUND_PLANS.forEach((plan, f) => {
    const fund = funds[f];
    if (fund === undefined) throw new Error('Sample data: fund missing.');
    const programme = programmes.get(plan.programme);
    let n = 0;
    for (const enrolment of enrolments) {
      if (enrolment.programmeKey !== plan.programme) continue;
      const { grant, role, status } = enrolment.plan;
      const decided = grant ?? (role === 'participant' ? plan.defaults[status] : undefined);
      if (decided === undefined || decided === 'none') continue;
      n += 1;
      // In Lagos, one report in five is still outstanding.
      const grantStatus: GrantStatus = decided === 'reported' && plan.programme === 'lagos' && n % 5 === 3 ? 'paid' : decided;
      const meta: RecordMeta = recordMeta(options);
      const components = componentsFor(plan, enrolment);
      const paid = grantStatus === 'paid' || grantStatus === 'reported';
      const notes = GRANT_NOTES[grantStatus];
      grants.push({
        ...meta,
        enrolmentId: enrolment.record.id,
        fundId: fund.id,
        personId: enrolment.record.personId,
        programmeId: enrolment.record.programmeId,
        currency: fund.currency,
        components,
        status: grantStatus,
        payments: paid ? paymentsFor(options, plan, programme.startDate, components, n) : [],
        ...(notes !== undefined && { notes }),
      });
    }
  });
  return { funds, grants };
}
