import { COUNTRY_CODES, isCountryCode } from '../domain/programme-countries';
import { foldText } from '../domain/text';
import type { CountryCode } from '../domain/types';
import { editDistance } from './import-synonyms';

/**
 * Countries as partners write them: names in English, French and Spanish (from
 * Intl.DisplayNames, for every code in COUNTRY_CODES), ISO alpha-2 and alpha-3
 * codes, and the aliases people use (USA, EE. UU., RDC, Ivory Coast, Holland…).
 * Names are compared by countryKey(); the index is a Map built once, on first use.
 */

// ISO 3166-1 alpha-3 for every alpha-2 in COUNTRY_CODES (XKX: the code the EU and
// the UN use for Kosovo, which ISO leaves unassigned).
const ALPHA3 = `AD AND AE ARE AF AFG AG ATG AI AIA AL ALB AM ARM AO AGO AQ ATA AR ARG AS ASM AT AUT AU AUS AW ABW AX ALA AZ AZE
BA BIH BB BRB BD BGD BE BEL BF BFA BG BGR BH BHR BI BDI BJ BEN BL BLM BM BMU BN BRN BO BOL BQ BES BR BRA BS BHS BT BTN BV BVT BW BWA BY BLR BZ BLZ
CA CAN CC CCK CD COD CF CAF CG COG CH CHE CI CIV CK COK CL CHL CM CMR CN CHN CO COL CR CRI CU CUB CV CPV CW CUW CX CXR CY CYP CZ CZE
DE DEU DJ DJI DK DNK DM DMA DO DOM DZ DZA EC ECU EE EST EG EGY EH ESH ER ERI ES ESP ET ETH FI FIN FJ FJI FK FLK FM FSM FO FRO FR FRA
GA GAB GB GBR GD GRD GE GEO GF GUF GG GGY GH GHA GI GIB GL GRL GM GMB GN GIN GP GLP GQ GNQ GR GRC GS SGS GT GTM GU GUM GW GNB GY GUY
HK HKG HM HMD HN HND HR HRV HT HTI HU HUN ID IDN IE IRL IL ISR IM IMN IN IND IO IOT IQ IRQ IR IRN IS ISL IT ITA JE JEY JM JAM JO JOR JP JPN
KE KEN KG KGZ KH KHM KI KIR KM COM KN KNA KP PRK KR KOR KW KWT KY CYM KZ KAZ LA LAO LB LBN LC LCA LI LIE LK LKA LR LBR LS LSO LT LTU LU LUX LV LVA LY LBY
MA MAR MC MCO MD MDA ME MNE MF MAF MG MDG MH MHL MK MKD ML MLI MM MMR MN MNG MO MAC MP MNP MQ MTQ MR MRT MS MSR MT MLT MU MUS MV MDV MW MWI MX MEX MY MYS MZ MOZ
NA NAM NC NCL NE NER NF NFK NG NGA NI NIC NL NLD NO NOR NP NPL NR NRU NU NIU NZ NZL OM OMN
PA PAN PE PER PF PYF PG PNG PH PHL PK PAK PL POL PM SPM PN PCN PR PRI PS PSE PT PRT PW PLW PY PRY QA QAT RE REU RO ROU RS SRB RU RUS RW RWA
SA SAU SB SLB SC SYC SD SDN SE SWE SG SGP SH SHN SI SVN SJ SJM SK SVK SL SLE SM SMR SN SEN SO SOM SR SUR SS SSD ST STP SV SLV SX SXM SY SYR SZ SWZ
TC TCA TD TCD TF ATF TG TGO TH THA TJ TJK TK TKL TL TLS TM TKM TN TUN TO TON TR TUR TT TTO TV TUV TW TWN TZ TZA UA UKR UG UGA UM UMI US USA UY URY UZ UZB
VA VAT VC VCT VE VEN VG VGB VI VIR VN VNM VU VUT WF WLF WS WSM XK XKX YE YEM YT MYT ZA ZAF ZM ZMB ZW ZWE`;

// Names people write that Intl does not give, in the three languages.
const ALIASES: readonly (readonly [CountryCode, string])[] = [
  ['VN', 'Viet Nam'], ['VN', 'Việt Nam'],
  ['CI', 'Ivory Coast'], ['CI', 'Costa de Marfil'],
  ['US', 'United States of America'], ['US', 'US'], ['US', 'U.S.'], ['US', 'U.S.A.'], ['US', 'America'], ['US', "États-Unis d'Amérique"], ['US', 'EE. UU.'], ['US', 'EEUU'], ['US', 'Estados Unidos de América'],
  ['GB', 'UK'], ['GB', 'U.K.'], ['GB', 'Great Britain'], ['GB', 'Britain'], ['GB', 'England'], ['GB', 'Scotland'], ['GB', 'Wales'], ['GB', 'Northern Ireland'], ['GB', 'Angleterre'], ['GB', 'Grande-Bretagne'], ['GB', 'Inglaterra'], ['GB', 'Gran Bretaña'],
  ['CD', 'RDC'], ['CD', 'DRC'], ['CD', 'DR Congo'], ['CD', 'Democratic Republic of the Congo'], ['CD', 'République démocratique du Congo'], ['CD', 'RD Congo'], ['CD', 'Congo, The Democratic Republic of the'],
  ['CG', 'Republic of the Congo'], ['CG', 'République du Congo'], ['CG', 'República del Congo'],
  ['KR', 'Republic of Korea'], ['KR', 'Korea, Republic of'], ['KR', 'République de Corée'], ['KR', 'República de Corea'],
  ['KP', "Democratic People's Republic of Korea"], ['KP', 'DPRK'],
  ['RU', 'Russian Federation'], ['RU', 'Fédération de Russie'], ['RU', 'Federación de Rusia'],
  ['SY', 'Syrian Arab Republic'], ['SY', 'République arabe syrienne'], ['SY', 'República Árabe Siria'],
  ['IR', 'Islamic Republic of Iran'], ['IR', 'Iran, Islamic Republic of'], ['IR', "République islamique d'Iran"], ['IR', 'Persia'],
  ['BO', 'Plurinational State of Bolivia'], ['BO', 'Bolivia, Plurinational State of'], ['BO', 'État plurinational de Bolivie'], ['BO', 'Estado Plurinacional de Bolivia'],
  ['VE', 'Bolivarian Republic of Venezuela'], ['VE', 'Venezuela, Bolivarian Republic of'], ['VE', 'República Bolivariana de Venezuela'],
  ['TZ', 'United Republic of Tanzania'], ['TZ', 'Tanzania, United Republic of'], ['TZ', 'République-Unie de Tanzanie'], ['TZ', 'República Unida de Tanzania'],
  ['TR', 'Turkey'], ['TR', 'Turkiye'],
  ['CZ', 'Czech Republic'], ['CZ', 'République tchèque'], ['CZ', 'República Checa'],
  ['SZ', 'Swaziland'], ['SZ', 'Eswatini'], ['SZ', 'Suazilandia'],
  ['MK', 'Macedonia'], ['MK', 'Macédoine'], ['MK', 'FYROM'], ['MK', 'Republic of North Macedonia'],
  ['CV', 'Cabo Verde'], ['CV', 'Cape Verde'], ['CV', 'Cap Vert'],
  ['NL', 'Holland'], ['NL', 'Hollande'], ['NL', 'Holanda'], ['NL', 'The Netherlands'],
  ['PS', 'Palestine'], ['PS', 'State of Palestine'], ['PS', 'État de Palestine'], ['PS', 'Palestina'], ['PS', 'Estado de Palestina'],
  ['MD', 'Republic of Moldova'], ['MD', 'Moldova, Republic of'],
  ['LA', "Lao People's Democratic Republic"], ['LA', 'Lao PDR'],
  ['FM', 'Micronesia, Federated States of'], ['FM', 'Federated States of Micronesia'],
  ['MM', 'Burma'], ['MM', 'Birmanie'], ['MM', 'Birmania'],
  ['VA', 'Holy See'], ['VA', 'Vatican'], ['VA', 'Saint-Siège'], ['VA', 'Santa Sede'],
  ['TL', 'East Timor'], ['TL', 'Timor Oriental'],
  ['HK', 'Hong Kong'], ['MO', 'Macao'], ['MO', 'Macau'], ['TW', 'Taiwan, Province of China'],
  ['BF', 'Burkina'], ['SA', 'Arabia Saudita'], ['AE', 'UAE'], ['AE', 'EAU'], ['BA', 'Bosnia'], ['BA', 'Bosnie'],
  ['KN', 'Saint Kitts and Nevis'], ['LC', 'Saint Lucia'], ['VC', 'Saint Vincent and the Grenadines'],
  ['ST', 'Sao Tome and Principe'], ['GM', 'The Gambia'], ['BS', 'The Bahamas'], ['SV', 'Salvador'],
  ['CN', "People's Republic of China"], ['CN', 'République populaire de Chine'], ['CN', 'República Popular China'],
];

// Names that mean more than one country: never guessed, the user chooses.
const AMBIGUOUS: readonly (readonly [string, readonly CountryCode[]])[] = [
  ['Congo', ['CG', 'CD']],
  ['Korea', ['KR', 'KP']], ['Corée', ['KR', 'KP']], ['Corea', ['KR', 'KP']],
  ['Virgin Islands', ['VG', 'VI']], ['Îles Vierges', ['VG', 'VI']], ['Islas Vírgenes', ['VG', 'VI']],
];

const KEY_STOP_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'et', 'y', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'del', 'el']);
const KEY_SAME_WORDS = new Map([['st', 'saint'], ['ste', 'sainte'], ['sta', 'santa'], ['isla', 'islas'], ['ile', 'iles'], ['island', 'islands']]);

/**
 * The comparable form of a country name: folded, punctuation and small words
 * dropped, "St." made "saint", spaces removed. "Côte d’Ivoire" and "Cote
 * d'Ivoire", "EE. UU." and "EEUU", "Bosnia & Herzegovina" and "Bosnia and
 * Herzegovina" meet.
 */
export function countryKey(text: string): string {
  return foldText(text)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !KEY_STOP_WORDS.has(word))
    .map((word) => KEY_SAME_WORDS.get(word) ?? word)
    .join('');
}

type CountryIndex = {
  /** Key → the codes it names (one, or several for an ambiguous name). */
  names: Map<string, readonly CountryCode[]>;
  alpha3: Map<string, CountryCode>;
  /** Keys and codes, for near matches. */
  keys: { key: string; code: CountryCode }[];
};

let index: CountryIndex | undefined;

function buildIndex(): CountryIndex {
  const names = new Map<string, readonly CountryCode[]>();
  const keys: { key: string; code: CountryCode }[] = [];
  const add = (code: CountryCode, name: string, tier: Map<string, Set<CountryCode>>) => {
    const key = countryKey(name);
    if (key === '' || names.has(key)) return;
    const codes = tier.get(key) ?? new Set<CountryCode>();
    codes.add(code);
    tier.set(key, codes);
  };
  const settle = (tier: Map<string, Set<CountryCode>>) => {
    for (const [key, codes] of tier) {
      names.set(key, [...codes]);
      for (const code of codes) keys.push({ key, code });
    }
  };
  // First the names to trust most, then looser forms that never override them.
  const ambiguous = new Map<string, Set<CountryCode>>();
  for (const [name, codes] of AMBIGUOUS) ambiguous.set(countryKey(name), new Set(codes));
  settle(ambiguous);
  const full = new Map<string, Set<CountryCode>>();
  for (const [code, alias] of ALIASES) add(code, alias, full);
  for (const lang of ['en', 'fr', 'es']) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name) add(code, name, full);
    }
  }
  settle(full);
  // "Myanmar (Burma)" is also "Myanmar"; "RAE de Hong Kong (China)" also "RAE de Hong Kong".
  const short = new Map<string, Set<CountryCode>>();
  for (const lang of ['en', 'fr', 'es']) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name?.includes('(')) add(code, name.replace(/\s*\([^)]*\)/g, ''), short);
    }
  }
  settle(short);
  const alpha3 = new Map<string, CountryCode>();
  const parts = ALPHA3.split(/\s+/);
  for (let i = 0; i + 1 < parts.length; i += 2) alpha3.set(parts[i + 1] ?? '', parts[i] ?? '');
  return { names, alpha3, keys };
}

function countryIndex(): CountryIndex {
  index ??= buildIndex();
  return index;
}

/** The alpha-3 code of a country (`NG` → `NGA`), for exports that need it. */
export function alpha3Of(code: CountryCode): string | undefined {
  for (const [three, two] of countryIndex().alpha3) if (two === code) return three;
  return undefined;
}

/**
 * How a text reads as a country:
 * - `exact`: one country, by code or name (`code` set);
 * - `guess`: not an exact name, but near one (one or two edits, or the start of
 *   a name): `code` is the suggestion, to be shown, never taken silently;
 * - `ambiguous`: several countries fit ("Congo", "Korea", "Nigera" between Niger
 *   and Nigeria): `suggestions` lists them;
 * - `unknown`: nothing close.
 */
export type CountryMatch =
  | { kind: 'exact'; code: CountryCode }
  | { kind: 'guess'; code: CountryCode }
  | { kind: 'ambiguous'; suggestions: CountryCode[] }
  | { kind: 'unknown' }
  | { kind: 'empty' };

/** Reads a cell's text as a country (see CountryMatch). */
export function matchCountry(text: string): CountryMatch {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const { names, alpha3 } = countryIndex();
  if (/^[A-Za-z]{2}$/.test(trimmed) && isCountryCode(trimmed.toUpperCase())) return { kind: 'exact', code: trimmed.toUpperCase() };
  const three = /^[A-Za-z]{3}$/.test(trimmed) ? alpha3.get(trimmed.toUpperCase()) : undefined;
  if (three) return { kind: 'exact', code: three };
  for (const candidate of spellings(trimmed)) {
    const codes = names.get(countryKey(candidate));
    if (codes?.length === 1 && codes[0]) return { kind: 'exact', code: codes[0] };
    if (codes && codes.length > 1) return { kind: 'ambiguous', suggestions: [...codes] };
  }
  return nearCountry(countryKey(trimmed));
}

// "Korea, Republic of" is also read as "Republic of Korea".
function spellings(text: string): string[] {
  const comma = text.indexOf(',');
  return comma > 0 ? [text, `${text.slice(comma + 1)} ${text.slice(0, comma)}`] : [text];
}

function nearCountry(key: string): CountryMatch {
  if (key.length < 4) return { kind: 'unknown' };
  const limit = key.length > 6 ? 2 : 1;
  let best = limit + 1;
  let found = new Set<CountryCode>();
  for (const entry of countryIndex().keys) {
    const distance = editDistance(key, entry.key, limit);
    if (distance < best) {
      best = distance;
      found = new Set([entry.code]);
    } else if (distance === best && distance <= limit) {
      found.add(entry.code);
    }
  }
  if (found.size === 0) {
    for (const entry of countryIndex().keys) if (entry.key.startsWith(key)) found.add(entry.code);
  }
  const [only] = found;
  if (found.size === 1 && only) return { kind: 'guess', code: only };
  return found.size > 1 ? { kind: 'ambiguous', suggestions: [...found] } : { kind: 'unknown' };
}
