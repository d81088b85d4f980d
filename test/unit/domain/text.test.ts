import { describe, expect, it } from 'vitest';
import { emailKeys, foldText, personSortKey } from '../../../shared/domain/text';

describe('foldText', () => {
  it.each([
    ['José', 'jose'],
    ['Nguyễn Văn An', 'nguyen van an'],
    ['Müller', 'muller'],
    ['Αθηνά Παπαδοπούλου', 'αθηνα παπαδοπουλου'],
    ['  María   José  ', 'maria jose'],
    ['Søren Łukasz Đặng', 'soren lukasz dang'],
    ['Œuvre Straße', 'oeuvre strasse'],
    ['Le Goff', 'le goff'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps scripts without case as they are', () => {
    expect(foldText('فاطمة الزهراء')).toBe('فاطمة الزهراء');
  });
});

describe('personSortKey', () => {
  it('sorts by family name, then given name, folded', () => {
    expect(personSortKey('María José', 'García López')).toBe('garcia lopez maria jose');
  });
});

describe('emailKeys', () => {
  it('lower-cases, trims and drops empty or repeated emails', () => {
    expect(emailKeys([' A.Diallo@Museum.example ', 'a.diallo@museum.example', ''])).toEqual(['a.diallo@museum.example']);
  });
});
