import { describe, expect, it } from 'vitest';
import {
  cellText,
  formulaWarning,
  normaliseEmails,
  normaliseIdentifier,
  normaliseName,
  normalisePhone,
  normaliseTags,
  normaliseText,
  normaliseYesNo,
} from '../../../shared/io/import-normalise';
import { mMeansWoman, normaliseGender, normaliseLanguages, normaliseRole, normaliseStatus } from '../../../shared/io/import-values';

describe('cellText', () => {
  it('trims spaces, no-break spaces and a BOM; writes numbers in full; shows booleans as spreadsheets do', () => {
    expect(cellText('\ufeff\u00a0 Lagos \t')).toBe('Lagos');
    expect(cellText(2348030000000)).toBe('2348030000000');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });
});

describe('normaliseEmails', () => {
  it('splits several addresses, keeps them as typed and drops repeats case-insensitively', () => {
    expect(normaliseEmails(' Ana.Silva@Museu.example.pt; ana.silva@museu.example.pt, ana@gmail.example.com ')).toEqual({
      value: ['Ana.Silva@Museu.example.pt', 'ana@gmail.example.com'],
    });
    expect(normaliseEmails('a@example.org b@example.org').value).toEqual(['a@example.org', 'b@example.org']);
  });

  it('takes the address out of "Name <address>" and "mailto:"', () => {
    expect(normaliseEmails('María García <maria@museo.example.es>').value).toEqual(['maria@museo.example.es']);
    expect(normaliseEmails('mailto:kofi@museum.example.gh').value).toEqual(['kofi@museum.example.gh']);
  });

  it('keeps the good addresses and names the bad ones in the error', () => {
    expect(normaliseEmails('kwame.mensah@gmail; ok@example.org; no at sign')).toEqual({
      value: ['ok@example.org'],
      error: { key: 'import.errors.emailInvalid', params: { value: 'kwame.mensah@gmail, no, at, sign' } },
    });
    expect(normaliseEmails('')).toEqual({ value: undefined });
  });
});

describe('normalisePhone', () => {
  it('keeps text exactly as typed, leading + and zeros included', () => {
    expect(normalisePhone('+234 803 000 0000')).toEqual({ value: '+234 803 000 0000' });
    expect(normalisePhone(' 0044 20 7946 0000 ')).toEqual({ value: '0044 20 7946 0000' });
    expect(normalisePhone('+234 (0)803-000-0000 ext 12')).toEqual({ value: '+234 (0)803-000-0000 ext 12' });
  });

  it('turns a number cell back into text, warning that a leading 0 or + may be lost', () => {
    expect(normalisePhone(2348030000000)).toEqual({
      value: '2348030000000',
      warning: { key: 'import.warnings.phoneWasNumber', params: { value: '2348030000000' } },
    });
    expect(normalisePhone(8030000000).value).toBe('8030000000');
  });

  it('leaves out a number shown in scientific form, whose digits are gone, with a warning', () => {
    for (const text of ['8.03E+09', '2,34803E+12', '2.34803e12']) {
      expect(normalisePhone(text)).toEqual({ value: undefined, warning: { key: 'import.warnings.numberScientific', params: { value: text } } });
    }
    expect(normalisePhone(2.348e25).warning?.key).toBe('import.warnings.numberScientific');
  });

  it('says when a phone cannot be dialled', () => {
    expect(normalisePhone('call the office')).toEqual({
      value: 'call the office',
      error: { key: 'import.errors.phoneInvalid', params: { value: 'call the office' } },
    });
    expect(normalisePhone(null)).toEqual({ value: undefined });
  });
});

describe('normaliseIdentifier', () => {
  it('keeps a membership number as text, zeros included, and warns when it was a number', () => {
    expect(normaliseIdentifier('000123')).toEqual({ value: '000123' });
    expect(normaliseIdentifier('FR-2022/0042')).toEqual({ value: 'FR-2022/0042' });
    expect(normaliseIdentifier(123)).toEqual({ value: '123', warning: { key: 'import.warnings.idWasNumber', params: { value: '123' } } });
    expect(normaliseIdentifier('1.2E+07').warning?.key).toBe('import.warnings.numberScientific');
  });
});

describe('names and text', () => {
  it('trims and collapses spaces only, never changing case', () => {
    expect(normaliseName('  GARCÍA   lópez ')).toEqual({ value: 'GARCÍA lópez' });
    expect(normaliseName('van der Berg')).toEqual({ value: 'van der Berg' });
    expect(normaliseName('   ')).toEqual({ value: undefined });
    expect(normaliseText(' Musée   des  civilisations ')).toEqual({ value: 'Musée des civilisations' });
    expect(normaliseText(' Vegetarian \n  no nuts ', true)).toEqual({ value: 'Vegetarian\nno nuts' });
  });

  it('splits tags', () => {
    expect(normaliseTags('speaker; ICOM Nigeria | alumni,')).toEqual({ value: ['speaker', 'ICOM Nigeria', 'alumni'] });
  });
});

describe('normaliseYesNo', () => {
  it.each([
    ['yes', true], ['Oui', true], ['sí', true], ['si', true], ['X', true], ['TRUE', true], ['1', true], ['✓', true], ['Oui (urgent)', true],
    ['no', false], ['Non', false], ['false', false], ['0', false], ['-', false],
  ])('%s → %s', (text, value) => {
    expect(normaliseYesNo(text)).toEqual({ value });
  });

  it('takes boolean and 0/1 cells, and warns about anything else', () => {
    expect(normaliseYesNo(true)).toEqual({ value: true });
    expect(normaliseYesNo(0)).toEqual({ value: false });
    expect(normaliseYesNo('maybe')).toEqual({ value: undefined, warning: { key: 'import.warnings.yesNoUnknown', params: { value: 'maybe' } } });
    expect(normaliseYesNo(null)).toEqual({ value: undefined });
  });
});

describe('formulaWarning', () => {
  it('flags text starting with "=" and keeps the rest as plain data', () => {
    expect(formulaWarning('=HYPERLINK("http://evil.example","click")')?.key).toBe('import.warnings.looksLikeFormula');
    expect(formulaWarning(' =1+1')?.params).toEqual({ value: '=1+1' });
    for (const cell of ['+33 1 00 00 00 00', '-', '@home', 42, null]) expect(formulaWarning(cell)).toBeUndefined();
  });
});

describe('gender, languages, status and role', () => {
  it('reads gender in three languages, and M as a woman only in an H/M column', () => {
    expect(['F', 'Femme', 'mujer', 'Female'].map((t) => normaliseGender(t).value)).toEqual(['female', 'female', 'female', 'female']);
    expect(['M', 'H', 'Homme', 'hombre', 'Masculino'].map((t) => normaliseGender(t).value)).toEqual(['male', 'male', 'male', 'male', 'male']);
    expect(normaliseGender('Non-binaire').value).toBe('non-binary');
    expect(normaliseGender('Prefiero no decir').value).toBe('undisclosed');
    expect(mMeansWoman(['H', 'M', 'M'])).toBe(true);
    expect(mMeansWoman(['M', 'F'])).toBe(false);
    expect(normaliseGender('M', true).value).toBe('female');
    expect(normaliseGender('Autre').warning).toEqual({ key: 'import.warnings.genderUnknown', params: { value: 'Autre' } });
  });

  it('reads languages by name in three languages or by tag, and warns about the unknown', () => {
    expect(normaliseLanguages('English, French').value).toEqual(['en', 'fr']);
    expect(normaliseLanguages('Anglais et espagnol').value).toEqual(['en', 'es']);
    expect(normaliseLanguages('inglés y portugués (fluido)').value).toEqual(['en', 'pt']);
    expect(normaliseLanguages('EN/FR/pt-br').value).toEqual(['en', 'fr', 'pt-BR']);
    expect(normaliseLanguages('Français; Klingon')).toEqual({
      value: ['fr'],
      warning: { key: 'import.warnings.languageUnknown', params: { value: 'Klingon' } },
    });
  });

  it('reads enrolment statuses and roles, masculine or feminine', () => {
    expect(['Acceptée', 'Aceptada', 'Selected'].map((t) => normaliseStatus(t).value)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(normaliseStatus("Liste d'attente").value).toBe('waitlisted');
    expect(normaliseStatus('Preseleccionada').value).toBe('shortlisted');
    expect(normaliseStatus('Non retenue').value).toBe('rejected');
    expect(normaliseStatus('No se presentó').value).toBe('no-show');
    expect(normaliseStatus('maybe').warning?.key).toBe('import.warnings.statusUnknown');
    expect(['Formatrice', 'Ponente', 'Observador', 'Participante'].map((t) => normaliseRole(t).value)).toEqual(['trainer', 'trainer', 'observer', 'participant']);
    expect(normaliseRole('VIP').warning?.key).toBe('import.warnings.roleUnknown');
  });
});
