import type { CountryCode, LanguageTag } from '../domain/types';

/**
 * What the sample needs to know about each participant's country: its English
 * name (for "ICOM <country>" committees), how a mobile number is written there
 * (`#` is a digit) and the languages people there usually work in.
 */
export type CountryInfo = { name: string; phone: string; languages: LanguageTag[] };

const COUNTRY_TABLE = {
  // Africa
  NG: { name: 'Nigeria', phone: '+234 80# ### ####', languages: ['en'] },
  GH: { name: 'Ghana', phone: '+233 24 ### ####', languages: ['en'] },
  SL: { name: 'Sierra Leone', phone: '+232 76 ### ###', languages: ['en'] },
  SN: { name: 'Senegal', phone: '+221 77 ### ## ##', languages: ['fr', 'wo'] },
  CI: { name: "Côte d'Ivoire", phone: '+225 07 ## ## ## ##', languages: ['fr'] },
  BJ: { name: 'Benin', phone: '+229 97 ## ## ##', languages: ['fr'] },
  CM: { name: 'Cameroon', phone: '+237 6 ## ## ## ##', languages: ['fr', 'en'] },
  RW: { name: 'Rwanda', phone: '+250 78# ### ###', languages: ['rw', 'en', 'fr'] },
  KE: { name: 'Kenya', phone: '+254 7## ### ###', languages: ['en', 'sw'] },
  UG: { name: 'Uganda', phone: '+256 7## ### ###', languages: ['en'] },
  TZ: { name: 'Tanzania', phone: '+255 7## ### ###', languages: ['sw', 'en'] },
  ET: { name: 'Ethiopia', phone: '+251 91 ### ####', languages: ['am', 'en'] },
  ZA: { name: 'South Africa', phone: '+27 8# ### ####', languages: ['en'] },
  BW: { name: 'Botswana', phone: '+267 7# ### ###', languages: ['en', 'tn'] },
  NA: { name: 'Namibia', phone: '+264 81 ### ####', languages: ['en'] },
  ZM: { name: 'Zambia', phone: '+260 97 ### ####', languages: ['en'] },
  MW: { name: 'Malawi', phone: '+265 99# ## ## ##', languages: ['en', 'ny'] },
  MZ: { name: 'Mozambique', phone: '+258 84 ### ####', languages: ['pt', 'en'] },
  LS: { name: 'Lesotho', phone: '+266 5### ####', languages: ['en', 'st'] },
  ZW: { name: 'Zimbabwe', phone: '+263 77 ### ####', languages: ['en', 'sn'] },
  // Arab States
  MA: { name: 'Morocco', phone: '+212 6## ## ## ##', languages: ['ar', 'fr'] },
  TN: { name: 'Tunisia', phone: '+216 ## ### ###', languages: ['ar', 'fr'] },
  DZ: { name: 'Algeria', phone: '+213 5## ## ## ##', languages: ['ar', 'fr'] },
  EG: { name: 'Egypt', phone: '+20 10 #### ####', languages: ['ar', 'en'] },
  SD: { name: 'Sudan', phone: '+249 9## ### ###', languages: ['ar', 'en'] },
  LB: { name: 'Lebanon', phone: '+961 3 ### ###', languages: ['ar', 'fr', 'en'] },
  JO: { name: 'Jordan', phone: '+962 7 #### ####', languages: ['ar', 'en'] },
  PS: { name: 'Palestine', phone: '+970 59# ### ###', languages: ['ar', 'en'] },
  IQ: { name: 'Iraq', phone: '+964 7## ### ####', languages: ['ar', 'en'] },
  QA: { name: 'Qatar', phone: '+974 #### ####', languages: ['ar', 'en'] },
  SA: { name: 'Saudi Arabia', phone: '+966 5# ### ####', languages: ['ar', 'en'] },
  AE: { name: 'United Arab Emirates', phone: '+971 50 ### ####', languages: ['ar', 'en'] },
  OM: { name: 'Oman', phone: '+968 9### ####', languages: ['ar', 'en'] },
  KW: { name: 'Kuwait', phone: '+965 #### ####', languages: ['ar', 'en'] },
  SY: { name: 'Syria', phone: '+963 9## ### ###', languages: ['ar', 'en'] },
  YE: { name: 'Yemen', phone: '+967 77# ### ###', languages: ['ar', 'en'] },
  // Latin America and the Caribbean
  CO: { name: 'Colombia', phone: '+57 3## ### ####', languages: ['es'] },
  MX: { name: 'Mexico', phone: '+52 55 #### ####', languages: ['es'] },
  GT: { name: 'Guatemala', phone: '+502 5### ####', languages: ['es'] },
  CR: { name: 'Costa Rica', phone: '+506 8###-####', languages: ['es'] },
  CU: { name: 'Cuba', phone: '+53 5 ### ####', languages: ['es'] },
  EC: { name: 'Ecuador', phone: '+593 9# ### ####', languages: ['es'] },
  PE: { name: 'Peru', phone: '+51 9## ### ###', languages: ['es'] },
  BO: { name: 'Bolivia', phone: '+591 7#######', languages: ['es'] },
  CL: { name: 'Chile', phone: '+56 9 #### ####', languages: ['es'] },
  AR: { name: 'Argentina', phone: '+54 9 11 ####-####', languages: ['es'] },
  UY: { name: 'Uruguay', phone: '+598 9# ### ###', languages: ['es'] },
  PY: { name: 'Paraguay', phone: '+595 98# ### ###', languages: ['es', 'gn'] },
  BR: { name: 'Brazil', phone: '+55 21 9####-####', languages: ['pt'] },
  // Europe
  FR: { name: 'France', phone: '+33 6 ## ## ## ##', languages: ['fr', 'en'] },
  ES: { name: 'Spain', phone: '+34 6## ### ###', languages: ['es', 'en'] },
  PT: { name: 'Portugal', phone: '+351 91# ### ###', languages: ['pt', 'en'] },
  IT: { name: 'Italy', phone: '+39 3## ### ####', languages: ['it', 'en'] },
  BE: { name: 'Belgium', phone: '+32 47# ## ## ##', languages: ['nl', 'fr', 'en'] },
  NL: { name: 'Netherlands', phone: '+31 6 ########', languages: ['nl', 'en'] },
  DE: { name: 'Germany', phone: '+49 151 ########', languages: ['de', 'en'] },
  IE: { name: 'Ireland', phone: '+353 87 ### ####', languages: ['en', 'ga'] },
  SE: { name: 'Sweden', phone: '+46 70 ### ## ##', languages: ['sv', 'en'] },
  FI: { name: 'Finland', phone: '+358 40 ### ####', languages: ['fi', 'sv', 'en'] },
  EE: { name: 'Estonia', phone: '+372 5### ####', languages: ['et', 'en'] },
  LV: { name: 'Latvia', phone: '+371 2### ####', languages: ['lv', 'en'] },
  PL: { name: 'Poland', phone: '+48 ### ### ###', languages: ['pl', 'en'] },
  SI: { name: 'Slovenia', phone: '+386 41 ### ###', languages: ['sl', 'en'] },
  HR: { name: 'Croatia', phone: '+385 91 ### ####', languages: ['hr', 'en'] },
  GR: { name: 'Greece', phone: '+30 69# ### ####', languages: ['el', 'en'] },
  IL: { name: 'Israel', phone: '+972 5#-###-####', languages: ['he', 'en'] },
  // Asia-Pacific and North America
  VN: { name: 'Viet Nam', phone: '+84 9# ### ## ##', languages: ['vi', 'en'] },
  CN: { name: 'China', phone: '+86 139 #### ####', languages: ['zh', 'en'] },
  JP: { name: 'Japan', phone: '+81 90 #### ####', languages: ['ja', 'en'] },
  KR: { name: 'Republic of Korea', phone: '+82 10 #### ####', languages: ['ko', 'en'] },
  IN: { name: 'India', phone: '+91 98### #####', languages: ['en', 'hi'] },
  TH: { name: 'Thailand', phone: '+66 8# ### ####', languages: ['th', 'en'] },
  PH: { name: 'Philippines', phone: '+63 917 ### ####', languages: ['en', 'fil'] },
  ID: { name: 'Indonesia', phone: '+62 812 #### ####', languages: ['id', 'en'] },
  AU: { name: 'Australia', phone: '+61 4## ### ###', languages: ['en'] },
  NZ: { name: 'New Zealand', phone: '+64 21 ### ####', languages: ['en', 'mi'] },
  US: { name: 'United States', phone: '+1 202 ### ####', languages: ['en'] },
  CA: { name: 'Canada', phone: '+1 514 ### ####', languages: ['fr', 'en'] },
} satisfies Record<CountryCode, CountryInfo>;

/** The sample's countries, keyed by ISO 3166-1 alpha-2 code. */
export const COUNTRIES: ReadonlyMap<CountryCode, CountryInfo> = new Map(Object.entries(COUNTRY_TABLE));
