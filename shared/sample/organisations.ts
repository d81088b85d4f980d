import type { Id, Organisation, RecordMeta } from '../domain/types';
import { pick, recordMeta, type SampleOptions } from './support';

type OrganisationSeed = Omit<Organisation, keyof RecordMeta> & { key: string };

/**
 * The organisations behind the sample programmes: the secretariat and committees
 * that organise, the museums and universities that host, the ministry and museum
 * that fund, and a few employers of participants.
 */
const ORGANISATION_SEEDS = [
  // Networks and committees
  { key: 'icom', name: 'International Council of Museums', shortName: 'ICOM', kind: 'network', country: 'FR', city: 'Paris', website: 'https://icom.museum' },
  { key: 'icomFrance', name: 'ICOM France', kind: 'committee', country: 'FR', city: 'Paris' },
  { key: 'icomFinland', name: 'ICOM Finland', shortName: 'Suomen ICOM', kind: 'committee', country: 'FI', city: 'Helsinki' },
  { key: 'icomGreece', name: 'ICOM Greece', shortName: 'ICOM Ελλάδος', kind: 'committee', country: 'GR', city: 'Athens' },
  { key: 'icomIsrael', name: 'ICOM Israel', kind: 'committee', country: 'IL', city: 'Jerusalem' },
  { key: 'icomSlovenia', name: 'ICOM Slovenija', shortName: 'ICOM Slovenia', kind: 'committee', country: 'SI', city: 'Ljubljana' },
  { key: 'icomEstonia', name: 'ICOM Eesti', shortName: 'ICOM Estonia', kind: 'committee', country: 'EE', city: 'Tallinn' },
  {
    key: 'cimuset',
    name: 'ICOM International Committee for Museums and Collections of Science and Technology',
    shortName: 'CIMUSET',
    kind: 'committee',
    notes: 'An international committee of ICOM: no seat country, its secretariat moves with its board.',
  },
  {
    key: 'cimam',
    name: 'CIMAM – International Committee for Museums and Collections of Modern Art',
    shortName: 'CIMAM',
    kind: 'network',
    country: 'ES',
    city: 'Barcelona',
    website: 'https://cimam.org',
  },
  // Lagos 2022
  { key: 'ysma', name: 'Yemisi Shyllon Museum of Art', shortName: 'YSMA', kind: 'museum', country: 'NG', city: 'Lagos' },
  { key: 'pau', name: 'Pan-Atlantic University', shortName: 'PAU', kind: 'university', country: 'NG', city: 'Lagos' },
  {
    key: 'nmaahc',
    name: 'National Museum of African American History and Culture',
    shortName: 'NMAAHC',
    kind: 'museum',
    country: 'US',
    city: 'Washington, DC',
    website: 'https://nmaahc.si.edu',
    notes: 'Smithsonian Institution. Funder of the Lagos 2022 grants.',
  },
  // Cape Town 2019
  { key: 'iziko', name: 'Iziko Museums of South Africa', shortName: 'Iziko', kind: 'museum', country: 'ZA', city: 'Cape Town' },
  { key: 'uct', name: 'University of Cape Town', shortName: 'UCT', kind: 'university', country: 'ZA', city: 'Cape Town' },
  // Cali 2019
  { key: 'tertulia', name: 'Museo La Tertulia', kind: 'museum', country: 'CO', city: 'Cali' },
  { key: 'univalle', name: 'Universidad del Valle', shortName: 'Univalle', kind: 'university', country: 'CO', city: 'Cali' },
  { key: 'minculturaCo', name: 'Ministerio de Cultura de Colombia', shortName: 'MinCultura', kind: 'ministry', country: 'CO', city: 'Bogotá' },
  // Marrakesh 2019
  { key: 'fnm', name: 'Fondation nationale des musées', shortName: 'FNM', kind: 'foundation', country: 'MA', city: 'Rabat' },
  { key: 'mysl', name: 'Musée Yves Saint Laurent Marrakech', shortName: 'mYSLm', kind: 'museum', country: 'MA', city: 'Marrakech' },
  {
    key: 'minCultureFr',
    name: 'Ministère de la Culture',
    shortName: 'Ministère de la Culture (France)',
    kind: 'ministry',
    country: 'FR',
    city: 'Paris',
    website: 'https://www.culture.gouv.fr',
    notes: 'Funder of the Marrakesh 2019 grants.',
  },
  // Doha 2018
  { key: 'qm', name: 'Qatar Museums', shortName: 'QM', kind: 'museum', country: 'QA', city: 'Doha' },
  // CIMAM 2026
  { key: 'ngz', name: 'National Gallery of Zimbabwe', shortName: 'NGZ', kind: 'museum', country: 'ZW', city: 'Harare' },
  // Member events 2023
  { key: 'pmk', name: 'Pokrajinski muzej Koper', shortName: 'PMK', kind: 'museum', country: 'SI', city: 'Koper' },
  { key: 'virumaa', name: 'Virumaa Muuseumid', shortName: 'Virumaa Museums', kind: 'museum', country: 'EE', city: 'Rakvere' },
  // Employers of several participants
  {
    key: 'ncmm',
    name: 'National Commission for Museums and Monuments',
    shortName: 'NCMM',
    kind: 'other',
    country: 'NG',
    city: 'Abuja',
    notes: "Federal agency that runs Nigeria's national museums.",
  },
  { key: 'gmmb', name: 'Ghana Museums and Monuments Board', shortName: 'GMMB', kind: 'other', country: 'GH', city: 'Accra' },
  { key: 'nmk', name: 'National Museums of Kenya', shortName: 'NMK', kind: 'museum', country: 'KE', city: 'Nairobi' },
  { key: 'nmmz', name: 'National Museums and Monuments of Zimbabwe', shortName: 'NMMZ', kind: 'museum', country: 'ZW', city: 'Harare' },
  { key: 'mcn', name: 'Musée des Civilisations noires', shortName: 'MCN', kind: 'museum', country: 'SN', city: 'Dakar' },
] as const satisfies readonly OrganisationSeed[];

/** A handle used in the sample data to point at an organisation. */
export type OrgKey = (typeof ORGANISATION_SEEDS)[number]['key'];

export type OrganisationIndex = { records: Organisation[]; idOf: (key: OrgKey) => Id };

/** Builds the sample organisations and a way to find their ids by handle. */
export function buildOrganisations(options: SampleOptions): OrganisationIndex {
  const ids = new Map<OrgKey, Id>();
  const records = ORGANISATION_SEEDS.map(({ key, ...fields }): Organisation => {
    const record: Organisation = { ...recordMeta(options), ...fields };
    ids.set(key, record.id);
    return record;
  });
  return { records, idOf: (key) => pick(ids, key, 'organisation') };
}
