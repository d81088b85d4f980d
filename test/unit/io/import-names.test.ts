import { describe, expect, it } from 'vitest';
import { splitFullName } from '../../../shared/io/import-names';

describe('splitFullName', () => {
  it.each([
    // [text, country hint, given, family, rule]
    ['GARCÍA LÓPEZ, María José', undefined, 'María José', 'GARCÍA LÓPEZ', 'comma'],
    ['Le Goff,Jean-Marc', undefined, 'Jean-Marc', 'Le Goff', 'comma'],
    ['María José García López', undefined, 'María José', 'García López', 'two-surnames'],
    ['Gabriel García Márquez', 'CO', 'Gabriel', 'García Márquez', 'two-surnames'],
    ['Mary Jane Smith', 'US', 'Mary Jane', 'Smith', 'last-word'],
    ['Nguyễn Văn An', undefined, 'Văn An', 'Nguyễn', 'family-first'],
    ['Nguyen Van An', undefined, 'Van An', 'Nguyen', 'family-first'],
    ['Lê Thị Hoa', undefined, 'Thị Hoa', 'Lê', 'family-first'],
    ['Minh Anh Vo', 'VN', 'Minh Anh', 'Vo', 'family-first'],
    ['Thu Hà Trần', 'VN', 'Thu Hà', 'Trần', 'family-first'],
    ['Mai Linh', 'VN', 'Linh', 'Mai', 'family-first'],
    ['Jean-Marc Le Goff', undefined, 'Jean-Marc', 'Le Goff', 'particle'],
    ['Ludwig van Beethoven', undefined, 'Ludwig', 'van Beethoven', 'particle'],
    ['Maria da Silva', 'BR', 'Maria', 'da Silva', 'particle'],
    ['João dos Santos Pereira', undefined, 'João', 'dos Santos Pereira', 'particle'],
    ['Mohamed El Amrani', undefined, 'Mohamed', 'El Amrani', 'particle'],
    ['José Ortega y Gasset', undefined, 'José', 'Ortega y Gasset', 'particle'],
    ['María del Carmen Rodríguez', undefined, 'María del Carmen', 'Rodríguez', 'particle'],
    ['María de los Ángeles Pérez de la Cruz', undefined, 'María de los Ángeles', 'Pérez de la Cruz', 'particle'],
    ['Αθηνά Παπαδοπούλου', 'GR', 'Αθηνά', 'Παπαδοπούλου', 'last-word'],
    ['DIALLO Aminata', undefined, 'Aminata', 'DIALLO', 'capitals'],
    ['Jean-Marc LE GOFF', undefined, 'Jean-Marc', 'LE GOFF', 'capitals'],
    ['Ludwig van BEETHOVEN', undefined, 'Ludwig', 'van BEETHOVEN', 'capitals'],
    ['NGUYỄN Văn An', undefined, 'Văn An', 'NGUYỄN', 'capitals'],
    ['Sukarno', 'ID', 'Sukarno', '', 'single'],
    ['   ', undefined, '', '', 'empty'],
  ] as const)('%s (%s) → given "%s", family "%s" by %s', (text, country, givenName, familyName, rule) => {
    expect(splitFullName(text, country)).toEqual({ givenName, familyName, rule });
  });

  it('never changes case or letters, only tidies spaces', () => {
    const { givenName, familyName } = splitFullName('  ana   MARÍA   de la   cruz  ');
    expect(`${givenName}|${familyName}`).toBe('ana MARÍA|de la cruz');
    expect(splitFullName('o’brien, siobhán')).toEqual({ givenName: 'siobhán', familyName: 'o’brien', rule: 'comma' });
  });

  it('does not take a French "Le" family name for Vietnamese without other signs', () => {
    expect(splitFullName('Le Goff Marie').rule).not.toBe('family-first');
  });
});
