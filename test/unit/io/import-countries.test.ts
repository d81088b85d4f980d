import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/domain/programme-countries';
import { alpha3Of, countryKey, matchCountry } from '../../../shared/io/import-countries';
import { normaliseCountry } from '../../../shared/io/import-normalise';

describe('normaliseCountry', () => {
  it.each([
    // Names in English, French and Spanish
    ['Nigeria', 'NG'], ['Nigéria', 'NG'], ['Niger', 'NE'], ['Sénégal', 'SN'], ['Senegal', 'SN'],
    ['Germany', 'DE'], ['Allemagne', 'DE'], ['Alemania', 'DE'],
    ['Mexico', 'MX'], ['Mexique', 'MX'], ['México', 'MX'],
    // Codes
    ['NG', 'NG'], ['ng', 'NG'], ['NGA', 'NG'], ['fra', 'FR'], ['XK', 'XK'],
    // Aliases
    ['Viet Nam', 'VN'], ['Vietnam', 'VN'], ['Việt Nam', 'VN'], ['Viêt Nam', 'VN'],
    ["Côte d'Ivoire", 'CI'], ['Côte d’Ivoire', 'CI'], ["Cote d'Ivoire", 'CI'], ['Ivory Coast', 'CI'], ['Costa de Marfil', 'CI'],
    ['USA', 'US'], ['United States of America', 'US'], ['États-Unis', 'US'], ['EE. UU.', 'US'], ['Estados Unidos', 'US'],
    ['UK', 'GB'], ['Great Britain', 'GB'], ['England', 'GB'], ['Royaume-Uni', 'GB'], ['Reino Unido', 'GB'],
    ['Congo-Kinshasa', 'CD'], ['RDC', 'CD'], ['DRC', 'CD'], ['República Democrática del Congo', 'CD'], ['Congo-Brazzaville', 'CG'],
    ['South Korea', 'KR'], ['Corée du Sud', 'KR'], ['Corea del Sur', 'KR'], ['Korea, Republic of', 'KR'],
    ['Russia', 'RU'], ['Russian Federation', 'RU'], ['Syria', 'SY'], ['Iran', 'IR'], ['Iran, Islamic Republic of', 'IR'],
    ['Bolivia', 'BO'], ['Venezuela', 'VE'], ['Tanzania', 'TZ'], ['Tanzanie', 'TZ'],
    ['Türkiye', 'TR'], ['Turkey', 'TR'], ['Turquie', 'TR'], ['Turquía', 'TR'],
    ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ['Eswatini', 'SZ'], ['Swaziland', 'SZ'],
    ['North Macedonia', 'MK'], ['Macedonia', 'MK'], ['Cabo Verde', 'CV'], ['Cape Verde', 'CV'], ['Cap-Vert', 'CV'],
    ['Holland', 'NL'], ['Netherlands', 'NL'], ['Pays-Bas', 'NL'], ['Países Bajos', 'NL'], ['Palestine', 'PS'],
    ['Bosnia & Herzegovina', 'BA'], ['Bosnia and Herzegovina', 'BA'], ['St. Lucia', 'LC'], ['Saint Lucia', 'LC'], ['Myanmar', 'MM'],
  ])('%s → %s', (text, code) => {
    expect(normaliseCountry(text)).toEqual({ value: code });
  });

  it('finds every code from its English, French and Spanish name, except the one name two countries share', () => {
    for (const lang of ['en', 'fr', 'es']) {
      const display = new Intl.DisplayNames([lang], { type: 'region' });
      for (const code of COUNTRY_CODES) {
        const name = display.of(code) ?? '';
        if (name === 'Congo') continue;
        expect(matchCountry(name), `${lang} ${name}`).toEqual({ kind: 'exact', code });
      }
    }
  });

  it('suggests, with a warning, for a near spelling or the start of a name, keeping what was typed in the message', () => {
    expect(normaliseCountry('Frnace')).toEqual({
      value: 'FR',
      warning: { key: 'import.warnings.countryGuessed', params: { value: 'Frnace', country: 'FR' } },
    });
    expect(normaliseCountry('Burkina Fasso').value).toBe('BF');
    expect(normaliseCountry('Tanz').warning?.params).toEqual({ value: 'Tanz', country: 'TZ' });
  });

  it('refuses to choose between countries a name fits', () => {
    expect(normaliseCountry('Congo')).toEqual({
      value: undefined,
      error: { key: 'import.errors.countryAmbiguous', params: { value: 'Congo', countries: 'CG, CD' } },
    });
    expect(normaliseCountry('Korea').error?.params.countries).toBe('KR, KP');
    // One edit from both Niger and Nigeria.
    expect(normaliseCountry('Nigera').error?.key).toBe('import.errors.countryAmbiguous');
  });

  it('says when it knows no such country, and ignores an empty cell', () => {
    expect(normaliseCountry('Atlantis')).toEqual({ value: undefined, error: { key: 'import.errors.countryUnknown', params: { value: 'Atlantis' } } });
    expect(normaliseCountry('  ')).toEqual({ value: undefined });
    expect(normaliseCountry(null)).toEqual({ value: undefined });
    expect(normaliseCountry('EU').error?.key).toBe('import.errors.countryUnknown');
  });

  it('has an alpha-3 code for every country, each its own', () => {
    const codes = COUNTRY_CODES.map(alpha3Of);
    expect(codes.every((code) => code !== undefined && /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(COUNTRY_CODES.length);
    expect(alpha3Of('NG')).toBe('NGA');
  });

  it('compares names by a key that ignores accents, punctuation and small words', () => {
    expect(countryKey('Côte d’Ivoire')).toBe(countryKey("COTE D'IVOIRE"));
    expect(countryKey('St. Kitts & Nevis')).toBe(countryKey('Saint Kitts and Nevis'));
  });
});
