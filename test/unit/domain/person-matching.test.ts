import { describe, expect, it } from 'vitest';
import { familyCore } from '../../../shared/domain/person-names';
import {
  buildMatchIndex,
  findDuplicateCandidates,
  matchPerson,
  nameTokens,
  scanForDuplicates,
  type MatchReason,
} from '../../../shared/domain/person-matching';
import type { Person } from '../../../shared/domain/types';
import { person } from './person-fixtures';

/** The reasons found for the pair {x, y}, or undefined when it is not proposed. */
function reasonsFor(people: Person[], x: string, y: string): MatchReason[] | undefined {
  const [a, b] = x < y ? [x, y] : [y, x];
  return findDuplicateCandidates(people).find((c) => c.a === a && c.b === b)?.reasons;
}

const PRADO = { organisationId: 'ORG-PRADO', country: 'ES' };

describe('nameTokens', () => {
  it.each([
    ['María José García López', ['maria', 'jose', 'garcia', 'lopez']],
    ['Jean-Marc Le Goff', ['jean', 'marc', 'le', 'goff']],
    ['D’Angelo', ['d', 'angelo']],
    ["O'Connor", ['o', 'connor']],
    ['M. J. Núñez', ['m', 'j', 'nunez']],
    ['Al-Sayed', ['al', 'sayed']],
    ['ΑΘΗΝΑ ΠΑΠΑΔΟΠΟΥΛΟΥ', ['αθηνα', 'παπαδοπουλου']],
    ['Nguyễn Văn An', ['nguyen', 'van', 'an']],
  ])('%s → %j', (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });

  it('makes Greek final and medial sigma one letter, as names typed in capitals end either way', () => {
    expect(nameTokens('ΓΙΩΡΓΟΣ')).toEqual(nameTokens('Γιώργοσ'));
    expect(nameTokens('Γιώργος')).toEqual(['γιωργοσ']);
  });

  it('drops Arabic harakat and the tatweel, keeps the letters', () => {
    expect(nameTokens('مُحَمَّد')).toEqual(['محمد']);
    expect(nameTokens('محـــمد')).toEqual(['محمد']);
  });

  it('keeps particles as tokens; the family core drops them only before another word', () => {
    expect(familyCore(nameTokens('de la Cruz'))).toEqual(['cruz']);
    expect(familyCore(nameTokens('van der Berg'))).toEqual(['berg']);
    expect(familyCore(nameTokens('Lê'))).toEqual(['le']);
    expect(familyCore(nameTokens('Nguyen Van'))).toEqual(['nguyen', 'van']);
  });
});

describe('findDuplicateCandidates', () => {
  it('finds a Greek name typed in capitals or without its accents', () => {
    const people = [
      person('GR1', 'Αθηνά', 'Παπαδοπούλου', { country: 'GR' }),
      person('GR2', 'ΑΘΗΝΑ', 'ΠΑΠΑΔΟΠΟΥΛΟΥ', { country: 'GR' }),
      person('GR3', 'Αθηνα', 'Παπαδοπουλου', { country: 'GR' }),
    ];
    const found = findDuplicateCandidates(people);
    expect(found.map((c) => [c.a, c.b])).toEqual([['GR1', 'GR2'], ['GR1', 'GR3'], ['GR2', 'GR3']]);
    expect(found.every((c) => c.reasons.join() === 'same-name-country')).toBe(true);
  });

  it('finds Vietnamese names without their marks, and in Western order', () => {
    const people = [
      person('VN1', 'Văn An', 'Nguyễn', { country: 'VN' }),
      person('VN2', 'Van An', 'Nguyen', { country: 'VN' }),
      person('VN3', 'An', 'Nguyen Van', { country: 'VN' }),
    ];
    expect(reasonsFor(people, 'VN1', 'VN2')).toEqual(['same-name-country']);
    expect(reasonsFor(people, 'VN1', 'VN3')).toEqual(['swapped-names']);
    expect(reasonsFor(people, 'VN2', 'VN3')).toEqual(['swapped-names']);
  });

  it('finds a Vietnamese middle name left out only at the same institution', () => {
    const museum = { country: 'VN', institution: 'Bảo tàng Lịch sử Việt Nam' };
    const full = person('VN1', 'Văn An', 'Nguyễn', museum);
    expect(reasonsFor([full, person('VN2', 'An', 'Nguyen', museum)], 'VN1', 'VN2')).toEqual([
      'name-variant-same-institution',
    ]);
    const elsewhere = person('VN3', 'An', 'Nguyen', { country: 'VN', institution: 'Bảo tàng Mỹ thuật Việt Nam' });
    expect(reasonsFor([full, elsewhere], 'VN1', 'VN3')).toBeUndefined();
  });

  it('finds a Spanish second surname left out at the same institution, not elsewhere', () => {
    const full = person('ES1', 'María José', 'García López', PRADO);
    const short = person('ES2', 'Maria Jose', 'Garcia', PRADO);
    expect(reasonsFor([full, short], 'ES1', 'ES2')).toEqual(['name-variant-same-institution']);
    const mexico = person('MX1', 'Maria Jose', 'Garcia', { country: 'MX', institution: 'Museo Nacional de Antropología' });
    expect(reasonsFor([full, mexico], 'ES1', 'MX1')).toBeUndefined();
  });

  it('finds a compound given name shortened, on a word boundary', () => {
    const people = [person('ES1', 'José Luis', 'García', PRADO), person('ES2', 'Jose', 'Garcia', PRADO)];
    expect(reasonsFor(people, 'ES1', 'ES2')).toEqual(['name-variant-same-institution']);
  });

  it('does not take José for Josefina: a prefix inside a word is another name', () => {
    const people = [person('ES1', 'José', 'García', PRADO), person('ES2', 'Josefina', 'García', PRADO)];
    expect(reasonsFor(people, 'ES1', 'ES2')).toBeUndefined();
  });

  it('takes an initial beside a shared whole name, not a bare initial', () => {
    const withInitial = [person('ES1', 'María José', 'Núñez', PRADO), person('ES2', 'M. José', 'Nunez', PRADO)];
    expect(reasonsFor(withInitial, 'ES1', 'ES2')).toEqual(['name-variant-same-institution']);
    const bare = [person('ES1', 'José', 'Núñez', PRADO), person('ES2', 'J.', 'Núñez', PRADO)];
    expect(reasonsFor(bare, 'ES1', 'ES2')).toBeUndefined();
  });

  it('matches a family name with or without its particle', () => {
    const manila = { institution: 'National Museum of the Philippines' };
    const cruz = [person('PH1', 'Ana', 'de la Cruz', { ...manila, country: 'PH' }), person('PH2', 'Ana', 'Cruz', manila)];
    expect(reasonsFor(cruz, 'PH1', 'PH2')).toEqual(['name-variant-same-institution']);
    const sameCountry = [person('PH1', 'Ana', 'de la Cruz', { country: 'PH' }), person('PH2', 'Ana', 'Cruz', { country: 'PH' })];
    expect(reasonsFor(sameCountry, 'PH1', 'PH2')).toEqual(['same-name-country']);
  });

  it('takes "Le Goff" and "Legoff" for one family name, and Jean-Marc for Jean Marc', () => {
    // Decision: the same words run together are the same name. Breton names are
    // written both ways on forms, and a spreadsheet cell loses the space easily.
    const people = [
      person('FR1', 'Jean-Marc', 'Le Goff', { country: 'FR' }),
      person('FR2', 'Jean Marc', 'Legoff', { country: 'FR' }),
    ];
    expect(reasonsFor(people, 'FR1', 'FR2')).toEqual(['same-name-country']);
  });

  it('finds e-mails that differ only in case and spaces', () => {
    const people = [
      person('A', 'Ngozi', 'Okonkwo', { emails: ['Ngozi.Okonkwo@Museum.NG'], country: 'NG' }),
      person('B', 'N.', 'Okonkwo-Eze', { emails: [' ngozi.okonkwo@museum.ng'], country: 'GB' }),
    ];
    expect(reasonsFor(people, 'A', 'B')).toEqual(['same-email']);
  });

  it('keeps two Mohamed Ali in different countries apart, in Latin and in Arabic script', () => {
    const people = [
      person('EG1', 'Mohamed', 'Ali', { country: 'EG', institution: 'Egyptian Museum', emails: ['m.ali@egyptianmuseum.gov.eg'] }),
      person('MA1', 'Mohamed', 'Ali', { country: 'MA', institution: 'Musée Mohammed VI', emails: ['m.ali@fnm.ma'] }),
      person('EG2', 'محمد', 'علي', { country: 'EG' }),
      person('JO1', 'محمد', 'علي', { country: 'JO' }),
    ];
    expect(findDuplicateCandidates(people)).toEqual([]);
    const sameCountry = [...people, person('EG3', 'مُحَمَّد', 'عَلِي', { country: 'EG' })];
    expect(reasonsFor(sameCountry, 'EG2', 'EG3')).toEqual(['same-name-country']);
  });

  it.each([
    ['Chinese', ['伟', '王'], 'CN'],
    ['Korean', ['민준', '김'], 'KR'],
    ['Japanese', ['花子', '山田'], 'JP'],
    ['Hungarian', ['Ferenc', 'Nagy'], 'HU'],
  ] as const)('finds %s names with given and family swapped', (_culture, [given, family], country) => {
    const people = [person('P1', given, family, { country }), person('P2', family, given, { country })];
    expect(reasonsFor(people, 'P1', 'P2')).toEqual(['swapped-names']);
  });

  it('takes a shared work domain for a swap, not a shared free-mail domain', () => {
    const work = [
      person('P1', '伟', '王', { emails: ['wang.wei@dpm.org.cn'] }),
      person('P2', '王', '伟', { emails: ['ww@dpm.org.cn'], country: 'HK' }),
    ];
    expect(reasonsFor(work, 'P1', 'P2')).toEqual(['swapped-names']);
    const gmail = [
      person('P1', 'Wei', 'Wang', { emails: ['wangwei1990@gmail.com'] }),
      person('P2', 'Wang', 'Wei', { emails: ['weiwang.art@gmail.com'] }),
    ];
    expect(reasonsFor(gmail, 'P1', 'P2')).toBeUndefined();
  });

  it('ranks the strongest evidence first and adds up the reasons', () => {
    const people = [
      person('A1', 'Ngozi', 'Okonkwo', { country: 'NG', emails: ['ngozi@museum.ng'] }),
      person('A2', 'Ngozi', 'Okonkwo', { country: 'NG', emails: ['NGOZI@museum.ng'] }),
      person('B1', 'Chukwuemeka', 'Eze', { country: 'NG' }),
      person('B2', 'Chukwuemeka', 'Eze', { country: 'NG' }),
    ];
    const found = findDuplicateCandidates(people);
    expect(found.map((c) => [c.a, c.b, c.score])).toEqual([
      ['A1', 'A2', 80],
      ['B1', 'B2', 30],
    ]);
  });

  it('splits a crowded name by institution and says so', () => {
    const namesake = (i: number) =>
      person(`N${String(i).padStart(3, '0')}`, 'Văn An', 'Nguyễn', { country: 'VN', institution: `Bảo tàng ${i}` });
    const people = [...Array.from({ length: 30 }, (_, i) => namesake(i)), person('SAME', 'Van An', 'Nguyen', { country: 'VN', institution: 'Bảo tàng 7' })];
    const scan = scanForDuplicates(people, { maxBucketSize: 10 });
    expect(scan.candidates.map((c) => [c.a, c.b, c.reasons])).toEqual([
      ['N007', 'SAME', ['same-name-country', 'name-variant-same-institution']],
    ]);
    expect(scan.crowded).toContainEqual({ key: 'n|VN|nguyen|vanan', size: 31, outcome: 'split' });
  });
});

describe('matchPerson', () => {
  const directory = [
    person('GR1', 'Αθηνά', 'Παπαδοπούλου', { country: 'GR', emails: ['a.papadopoulou@namuseum.gr'] }),
    person('ES1', 'María José', 'García López', PRADO),
    person('VN1', 'Văn An', 'Nguyễn', { country: 'VN' }),
  ];
  const index = buildMatchIndex(directory);

  it('matches an incoming spreadsheet row, which has no id yet, with the reasons', () => {
    const row = { givenName: 'ΑΘΗΝΑ', familyName: 'ΠΑΠΑΔΟΠΟΥΛΟΥ', emails: ['A.Papadopoulou@namuseum.gr'], country: 'gr' };
    expect(matchPerson(row, index)).toEqual([{ id: 'GR1', reasons: ['same-email', 'same-name-country'], score: 80 }]);
    const variant = { givenName: 'Maria Jose', familyName: 'Garcia', emails: [], organisationId: 'ORG-PRADO' };
    expect(matchPerson(variant, index)).toEqual([{ id: 'ES1', reasons: ['name-variant-same-institution'], score: 20 }]);
  });

  it('does not offer a person as their own duplicate, and finds nothing for a stranger', () => {
    expect(matchPerson(directory[2] as Person, index)).toEqual([]);
    expect(matchPerson({ givenName: 'Ngozi', familyName: 'Okonkwo', emails: [], country: 'NG' }, index)).toEqual([]);
  });

  it('looks through the finer key when a bucket is crowded', () => {
    const crowd = Array.from({ length: 50 }, (_, i) =>
      person(`N${i}`, `Thị ${['Hoa', 'Lan', 'Mai', 'Hương', 'Thu'][i % 5]}`, 'Nguyễn', {
        country: 'VN',
        institution: 'Bảo tàng Dân tộc học Việt Nam',
      }),
    );
    const crowded = buildMatchIndex([...crowd, person('TARGET', 'Văn An', 'Nguyễn', { institution: 'Bảo tàng Dân tộc học Việt Nam' })], {
      maxBucketSize: 10,
    });
    expect(crowded.refined.has('i|txt:bao tang dan toc hoc viet nam|nguyen')).toBe(true);
    const row = { givenName: 'An', familyName: 'Nguyen', emails: [], institution: 'Bao tang Dan toc hoc Viet Nam' };
    expect(matchPerson(row, crowded).map((m) => m.id)).toEqual(['TARGET']);
  });
});
