import { COMMITTED_GRANT_STATUSES } from './money';
import { SEATED_ENROLMENT_STATUSES } from './transitions';
import type {
  CountryCode,
  Enrolment,
  EnrolmentStatus,
  Fund,
  Gender,
  Grant,
  GrantStatus,
  Id,
  Person,
  Programme,
  Region,
} from './types';

/**
 * Countries by region, as museum networks divide the world (ICOM regional
 * alliances, UNESCO electoral groups). The choices a reader may question:
 * - Arab States are UNESCO's group V(b): the Maghreb (Morocco, Algeria, Tunisia,
 *   Libya, Mauritania), Egypt, Sudan, the Levant, Iraq and the Gulf. Western
 *   Sahara (EH) goes with them. Djibouti, Somalia and Comoros, Arab League
 *   members but in UNESCO's Africa group, are Africa.
 * - Israel, Turkey and Cyprus are Europe, as in UNESCO and ICOM Europe; so are
 *   the Caucasus (Armenia, Azerbaijan, Georgia) and Russia.
 * - Iran, Afghanistan and Central Asia are Asia-Pacific (UNESCO group IV).
 * - Mexico and Central America are Latin America & Caribbean, not North America,
 *   which is Canada, the United States, Bermuda, Greenland, Saint Pierre and Miquelon.
 * - Territories go by geography, not sovereignty (UN M49): Puerto Rico, the US
 *   and British Virgin Islands, Martinique, Guadeloupe, Aruba, Curaçao, French
 *   Guiana, the Falklands are Latin America & Caribbean; Réunion and Mayotte are
 *   Africa; New Caledonia, French Polynesia, Guam are Asia-Pacific; Greenland is
 *   North America. A museum professional in Fort-de-France goes to the Caribbean
 *   training, not the European one.
 * - Places with no resident population (Antarctica, Bouvet, South Georgia,
 *   Heard and McDonald, French Southern Territories, US Minor Outlying Islands,
 *   British Indian Ocean Territory) have no region.
 */
const REGION_COUNTRIES: Record<Exclude<Region, 'global'>, string> = {
  africa: `AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MU MW MZ
    NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW`,
  'arab-states': 'AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE',
  'asia-pacific': `AF AS AU BD BN BT CC CK CN CX FJ FM GU HK ID IN IR JP KG KH KI KP KR KZ LA LK MH MM MN
    MO MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UZ VN VU WF WS`,
  europe: `AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IL IM IS
    IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK`,
  'latin-america-caribbean': `AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY
    HN HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI`,
  'north-america': 'BM CA GL PM US',
};

const REGION_OF = new Map<string, Region>(
  Object.entries(REGION_COUNTRIES).flatMap(([region, codes]) =>
    codes.trim().split(/\s+/).map((code) => [code, region as Region] as const),
  ),
);

/** The region of a country code (`NG` → africa, `MA` → arab-states); undefined for unknown or uninhabited codes. */
export function countryRegion(code: CountryCode): Region | undefined {
  return REGION_OF.get(code.toUpperCase());
}

/** Counts under a key, most first, ties by key so the order never flickers. */
export type Tally<K extends string> = { key: K; count: number }[];

export type GrantCounts = Record<GrantStatus, number>;

export type SelectionQuotas = {
  /** The enrolment statuses that were counted. */
  statuses: EnrolmentStatus[];
  /** Participants counted (role 'participant' in one of `statuses`). */
  counted: number;
  /** Seats taken (accepted, confirmed, attended participants, whatever `statuses` is) against capacity. */
  seats: { taken: number; capacity?: number; free?: number };
  /** Distinct known countries among those counted. */
  countries: number;
  byCountry: Tally<CountryCode | 'unknown'>;
  byRegion: Tally<Region | 'unknown'>;
  /** Counted participants from outside the programme's region (0 for a global programme). */
  outsideRegion: number;
  byGender: Tally<Gender | 'unknown'>;
  /**
   * Counted participants by the sponsor of their grant (offered, accepted, paid or
   * reported); 'none' without such a grant, 'unknown' when the fund is not among
   * `funds`. Someone funded by two sponsors counts under each. Empty without funds.
   */
  bySponsor: Tally<Id | 'none' | 'unknown'>;
  grants: {
    /** Grants of the programme by status (one person may hold several). */
    byStatus: GrantCounts;
    /** People holding at least one offered/accepted/paid/reported grant: what a target of "25–30 grants" means. */
    grantees: number;
    target?: { min: number; max: number };
    vsTarget?: 'below' | 'within' | 'above';
  };
};

/** Default statuses counted in the selection view: people who have a place. */
export const DEFAULT_QUOTA_STATUSES: readonly EnrolmentStatus[] = ['accepted', 'confirmed', 'attended'];

function tally<K extends string>(keys: readonly K[]): Tally<K> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Live counts for the selection view of one programme: who is counted (role
 * 'participant' in `options.statuses`, default accepted + confirmed + attended)
 * by country, region, gender and sponsor, seats against capacity, and grants
 * against the programme's grants target. People missing from `people` count as 'unknown'.
 */
export function selectionQuotas(
  enrolments: readonly Enrolment[],
  people: readonly Person[],
  programme: Pick<Programme, 'id' | 'region' | 'capacity' | 'grantsTarget'>,
  grants: readonly Grant[],
  funds?: readonly Fund[],
  options: { statuses?: readonly EnrolmentStatus[] } = {},
): SelectionQuotas {
  const statuses = [...(options.statuses ?? DEFAULT_QUOTA_STATUSES)];
  const mine = enrolments.filter((e) => e.programmeId === programme.id && e.role === 'participant');
  const counted = mine.filter((e) => statuses.includes(e.status));
  const personById = new Map(people.map((p) => [p.id, p]));
  const countryOf = (e: Enrolment) => personById.get(e.personId)?.country;

  const countries = counted.map((e) => countryOf(e) ?? 'unknown');
  const regions = counted.map((e) => {
    const country = countryOf(e);
    return (country !== undefined ? countryRegion(country) : undefined) ?? 'unknown';
  });
  const taken = mine.filter((e) => SEATED_ENROLMENT_STATUSES.includes(e.status)).length;

  return {
    statuses,
    counted: counted.length,
    seats:
      programme.capacity === undefined
        ? { taken }
        : { taken, capacity: programme.capacity, free: Math.max(0, programme.capacity - taken) },
    countries: new Set(countries.filter((c) => c !== 'unknown')).size,
    byCountry: tally(countries),
    byRegion: tally(regions),
    outsideRegion: programme.region === 'global' ? 0 : regions.filter((r) => r !== programme.region).length,
    byGender: tally(counted.map((e) => personById.get(e.personId)?.gender ?? 'unknown')),
    bySponsor: funds ? tally(counted.flatMap((e) => sponsorsOf(e, grants, funds))) : [],
    grants: grantCounts(programme, grants),
  };
}

/** The distinct sponsors funding one enrolment through committed grants, or ['none']. */
function sponsorsOf(enrolment: Enrolment, grants: readonly Grant[], funds: readonly Fund[]): (Id | 'none' | 'unknown')[] {
  const sponsors = new Set<Id | 'unknown'>();
  for (const grant of grants) {
    if (grant.enrolmentId !== enrolment.id || grant.programmeId !== enrolment.programmeId || !COMMITTED_GRANT_STATUSES.includes(grant.status)) continue;
    sponsors.add(funds.find((f) => f.id === grant.fundId)?.sponsorOrganisationId ?? 'unknown');
  }
  return sponsors.size > 0 ? [...sponsors] : ['none'];
}

function grantCounts(programme: Pick<Programme, 'id' | 'grantsTarget'>, grants: readonly Grant[]): SelectionQuotas['grants'] {
  const byStatus: GrantCounts = { requested: 0, offered: 0, accepted: 0, declined: 0, paid: 0, reported: 0, cancelled: 0 };
  const grantees = new Set<Id>();
  for (const grant of grants) {
    if (grant.programmeId !== programme.id) continue;
    byStatus[grant.status] += 1;
    if (COMMITTED_GRANT_STATUSES.includes(grant.status)) grantees.add(grant.enrolmentId);
  }
  const target = programme.grantsTarget;
  if (!target) return { byStatus, grantees: grantees.size };
  const n = grantees.size;
  return { byStatus, grantees: n, target, vsTarget: n < target.min ? 'below' : n > target.max ? 'above' : 'within' };
}
