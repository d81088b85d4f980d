// Synthetic participants for the benchmarks. ONE generator, used both by Node
// (run.mjs bundles this file with esbuild to write the .xlsx files and seed a
// profile) and by the bench page (page/main.ts feeds Dexie), so both sides
// measure the same records. The derived fields come from the app's own
// shared/domain/text.ts, so they are what the app would store.
import { emailKeys, foldText, personSortKey } from '../../shared/domain/text';
import type { Person } from '../../shared/domain/types';

type Pool = {
  script: string;
  given: string[];
  family: string[];
  countries: string[];
  languages: string[];
  institutions: string[];
  domains: string[];
};

/**
 * Names by script, with countries, languages and institutions that go with
 * them: the directory holds people from 140+ countries, written as they write
 * their own names (GUIDE §1).
 */
const POOLS: readonly Pool[] = [
  {
    script: 'latin',
    given: [
      'María José', 'José', 'François', 'Zoë', 'Søren', 'Łukasz', 'Chloé', 'Inês', 'João', 'Björn',
      'Ngozi', 'Chukwuemeka', 'Adébáyọ̀', 'Çağla', 'Radovan', 'Anaïs', 'Ramón', 'Øyvind', 'Agnès', 'Şebnem',
    ],
    family: [
      'García López', 'Müller', 'Ødegaard', 'Dvořáková', 'Nowak', 'Ferreira da Silva', 'Okonkwo', 'Çelik',
      'Šimić', 'Lefèvre', 'Núñez', 'Strauß', 'Sørensen', 'Wałęsa', "O'Connor", 'de la Cruz', 'Àlvarez', 'Ekwueme',
    ],
    countries: ['FR', 'ES', 'MX', 'BR', 'PT', 'DE', 'NO', 'PL', 'NG', 'TR', 'CZ', 'SN', 'AR', 'CO'],
    languages: ['fr', 'es', 'pt', 'de', 'pl', 'yo', 'tr'],
    institutions: [
      'Musée du quai Branly – Jacques Chirac', 'Museo Nacional de Antropología', 'Museu Nacional de Arte Antiga',
      'National Museum Lagos', 'Muzeum Narodowe w Krakowie', 'Musée des Civilisations Noires', 'Pera Müzesi',
    ],
    domains: ['museo.es', 'musee.fr', 'museu.pt', 'museum.ng', 'muzeum.pl', 'inah.gob.mx'],
  },
  {
    script: 'greek',
    given: ['Αθηνά', 'Γιώργος', 'Ελένη', 'Δημήτρης', 'Σοφία', 'Νίκος', 'Μαρία', 'Κωνσταντίνος'],
    family: ['Παπαδοπούλου', 'Παπαδόπουλος', 'Νικολάου', 'Κωνσταντίνου', 'Γεωργίου', 'Οικονόμου'],
    countries: ['GR', 'CY'],
    languages: ['el'],
    institutions: ['Εθνικό Αρχαιολογικό Μουσείο', 'Μουσείο Μπενάκη', 'Μουσείο Ακρόπολης'],
    domains: ['namuseum.gr', 'benaki.org', 'theacropolismuseum.gr'],
  },
  {
    script: 'arabic',
    given: ['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف', 'مريم', 'عمر', 'نور'],
    family: ['العلي', 'الزهراني', 'حسن', 'منصور', 'الخطيب', 'عبد الله', 'الحسيني'],
    countries: ['EG', 'JO', 'MA', 'LB', 'AE', 'TN', 'SA'],
    languages: ['ar'],
    institutions: ['المتحف المصري', 'متحف الأردن', 'متحف اللوفر أبوظبي', 'المتحف الوطني ببيروت'],
    domains: ['egyptianmuseum.gov.eg', 'jordanmuseum.jo', 'louvreabudhabi.ae'],
  },
  {
    script: 'vietnamese',
    given: ['Văn An', 'Thị Hoa', 'Đức Anh', 'Minh Châu', 'Thị Thu Hương', 'Quốc Bảo', 'Ngọc Lan'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Võ'],
    countries: ['VN'],
    languages: ['vi'],
    institutions: ['Bảo tàng Lịch sử Việt Nam', 'Bảo tàng Dân tộc học Việt Nam', 'Bảo tàng Mỹ thuật Việt Nam'],
    domains: ['baotanglichsu.vn', 'vme.org.vn'],
  },
  {
    script: 'cyrillic',
    given: ['Анна', 'Дмитрий', 'Олена', 'Ольга', 'Сергій', 'Пётр', 'Милица', 'Георги'],
    family: ['Иванова', 'Смирнов', 'Шевченко', 'Кузнецова', 'Коваленко', 'Петровић', 'Георгиев'],
    countries: ['RU', 'UA', 'BG', 'RS', 'KZ'],
    languages: ['ru', 'uk', 'bg', 'sr'],
    institutions: ['Государственный Эрмитаж', 'Національний художній музей України', 'Народни музеј Србије'],
    domains: ['hermitage.ru', 'namu.kiev.ua', 'narodnimuzej.rs'],
  },
  {
    script: 'cjk',
    given: ['伟', '秀英', '陽翔', '美咲', '민준', '서연', '志明', '花子'],
    family: ['王', '李', '佐藤', '高橋', '김', '박', '陳', '山田'],
    countries: ['CN', 'JP', 'KR', 'TW', 'HK'],
    languages: ['zh', 'ja', 'ko'],
    institutions: ['故宫博物院', '東京国立博物館', '국립중앙박물관', '國立故宮博物院'],
    domains: ['dpm.org.cn', 'tnm.jp', 'museum.go.kr', 'npm.gov.tw'],
  },
  {
    script: 'ethiopic',
    given: ['አበበ', 'ሰላም', 'ዮሐንስ', 'መሰረት', 'ታደሰ', 'ሂሩት'],
    family: ['ቢቂላ', 'ተስፋዬ', 'ገብረ መድኅን', 'ወልደ ማርያም', 'አለሙ'],
    countries: ['ET', 'ER'],
    languages: ['am', 'ti'],
    institutions: ['የኢትዮጵያ ብሔራዊ ሙዚየም', 'National Museum of Eritrea'],
    domains: ['ethiopianmuseum.gov.et', 'museum.er'],
  },
];

/** How often each pool is drawn (Latin names are the majority of the member base). */
const POOL_WEIGHTS = [50, 8, 10, 8, 10, 10, 4];

const POSITIONS = [
  'Curator', 'Conservator', 'Registrar', 'Education officer', 'Director', 'Collections manager',
  'Conservatrice du patrimoine', 'Conservadora', 'Archivist', 'Digital collections manager',
  'Head of exhibitions', 'Documentalista',
];
const WORKING_LANGUAGES = ['en', 'fr', 'es'];
const TAGS = ['member', 'alumni-2022', 'alumni-2023', 'trainer', 'board', 'newsletter', 'grantee'];
const CALLING_CODES: Record<string, string> = { FR: '33', ES: '34', MX: '52', BR: '55', NG: '234', GR: '30', EG: '20', VN: '84', RU: '7', CN: '86', JP: '81', ET: '251' };

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 2022-01-01T00:00:00Z: the first record's creation time. */
const BASE_TIME = Date.UTC(2022, 0, 1);
/** Records are created 15 minutes apart: 100,000 of them span about three years. */
const STEP_MS = 15 * 60 * 1000;

/**
 * mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)), so every run and
 * every side (Node, browser) produces exactly the same people.
 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A ULID-shaped id (26 Crockford base32 characters): 48-bit time + 80 "random"
 * bits from the seeded PRNG. The time part is unique per index, so ids are unique.
 */
function ulidLike(time: number, random: () => number): string {
  let timePart = '';
  let t = time;
  for (let i = 0; i < 10; i += 1) {
    timePart = CROCKFORD.charAt(t % 32) + timePart;
    t = Math.floor(t / 32);
  }
  let randomPart = '';
  for (let i = 0; i < 16; i += 1) randomPart += CROCKFORD.charAt(Math.floor(random() * 32));
  return timePart + randomPart;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function pickPool(random: () => number): Pool {
  const total = POOL_WEIGHTS.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < POOLS.length; i += 1) {
    r -= POOL_WEIGHTS[i] as number;
    if (r < 0) return POOLS[i] as Pool;
  }
  return POOLS[0] as Pool;
}

/** An ASCII e-mail local part from a name when it has Latin letters, else a neutral one. */
function emailLocal(given: string, family: string, index: number): string {
  const ascii = (s: string) => foldText(s).replace(/[^a-z]+/g, '');
  const g = ascii(given);
  const f = ascii(family);
  const name = g && f ? `${g}.${f}` : g || f || 'participant';
  return `${name}.${index.toString(36)}`;
}

/**
 * Generates `n` Person records, deterministic for a given `seed`: unique
 * ULID-shaped ids, names in Latin (with accents), Greek, Arabic, Vietnamese,
 * Cyrillic, CJK and Ethiopic scripts, e-mails (some mixed case, some two),
 * phones as text, ISO country codes, institution, position, languages, tags,
 * createdAt/updatedAt, and the derived `sortKey` and `emailKeys` exactly as the
 * app derives them (with its own personSortKey and emailKeys). Same `seed`,
 * same people.
 */
export function generatePeople(n: number, seed = 1): Person[] {
  const random = prng(seed);
  const people = new Array<Person>(n);
  for (let i = 0; i < n; i += 1) {
    const pool = pickPool(random);
    const givenName = pick(pool.given, random);
    const familyName = pick(pool.family, random);
    const country = pick(pool.countries, random);
    const local = emailLocal(givenName, familyName, i);
    const domain = pick(pool.domains, random);
    const emails = [random() < 0.15 ? `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}` : `${local}@${domain}`];
    if (random() < 0.1) emails.push(`${local}@gmail.com`);
    const calling = CALLING_CODES[country];
    const digits = String(Math.floor(random() * 1e9)).padStart(9, '0');
    const phone = calling
      ? `+${calling} ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
      : `0${digits.slice(0, 3)} ${digits.slice(3)}`;
    const languages = [pick(pool.languages, random)];
    const working = pick(WORKING_LANGUAGES, random);
    if (!languages.includes(working)) languages.push(working);
    if (random() < 0.3 && !languages.includes('en')) languages.push('en');
    const tags = TAGS.filter(() => random() < 0.2);
    const created = BASE_TIME + i * STEP_MS;
    const updated = created + Math.floor(random() * 400) * 86_400_000;
    const person: Person = {
      id: ulidLike(created, random),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
      givenName,
      familyName,
      emails,
      phone,
      country,
      institution: pick(pool.institutions, random),
      position: pick(POSITIONS, random),
      languages,
      tags,
      sortKey: personSortKey(givenName, familyName),
      emailKeys: emailKeys(emails),
    };
    if (random() < 0.4) person.membershipNumber = `M-${String(100000 + i)}`;
    people[i] = person;
  }
  return people;
}

/** The columns of a partner's participant list, in order. */
export const SHEET_HEADER: readonly string[] = Object.freeze([
  'Family name', 'Given name', 'Email', 'Country', 'Institution', 'Position', 'Phone', 'Languages',
]);

/**
 * The people as a partner's participant spreadsheet: a header row, then one row
 * per person with the 8 columns of SHEET_HEADER (all text; phones stay text).
 */
export function peopleSheetRows(people: readonly Person[]): string[][] {
  const rows: string[][] = [[...SHEET_HEADER]];
  for (const p of people) {
    rows.push([
      p.familyName,
      p.givenName,
      p.emails[0] ?? '',
      p.country ?? '',
      p.institution ?? '',
      p.position ?? '',
      p.phone ?? '',
      p.languages.join(', '),
    ]);
  }
  return rows;
}
