import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import {
  crowdedCounts,
  describeBucket,
  pageRange,
  pairKey,
  reasonsInWords,
} from '../../../renderer/features/duplicates/view-model';

const A = '01HZX0000000000000000000AA';
const B = '01HZX0000000000000000000BB';
const C = '01HZX0000000000000000000CC';

describe('pair keys', () => {
  it('name a pair the same whichever way round it is given', () => {
    expect(pairKey(A, B)).toBe(`${A}|${B}`);
    expect(pairKey(B, A)).toBe(pairKey(A, B));
    expect(pairKey(A, C)).not.toBe(pairKey(A, B));
  });
});

describe('reasons in words', () => {
  it('says each reason in the UI language, strongest first as given', () => {
    const reasons = ['same-email', 'same-name-country', 'swapped-names', 'name-variant-same-institution'] as const;
    expect(reasonsInWords(reasons, (key) => translate('en', key))).toEqual([
      'Same e-mail address',
      'Same name and country',
      'Given and family names swapped',
      'Name variant at the same institution',
    ]);
    expect(reasonsInWords(['swapped-names'], (key) => translate('fr', key))).toEqual(['Prénom et nom inversés']);
    expect(reasonsInWords(['same-email'], (key) => translate('es', key))).toEqual(['Misma dirección de correo']);
  });
});

describe('pages of pairs', () => {
  it('says where a page sits: "26–50 of 53"', () => {
    expect(pageRange(53, 1, 25)).toEqual({ page: 1, pages: 3, start: 25, end: 50, from: 26, to: 50, total: 53 });
    expect(pageRange(53, 2, 25)).toMatchObject({ start: 50, end: 53, from: 51, to: 53 });
  });

  it('shows the last page when the list shrank under the page shown (after merges)', () => {
    expect(pageRange(30, 2, 25)).toMatchObject({ page: 1, start: 25, end: 30 });
  });

  it('has one empty page for an empty list', () => {
    expect(pageRange(0, 4, 25)).toEqual({ page: 0, pages: 1, start: 0, end: 0, from: 0, to: 0, total: 0 });
  });
});

describe('crowded buckets', () => {
  it('counts buckets skipped and compared in part', () => {
    expect(
      crowdedCounts([
        { key: 'n|VN|nguyen|an', size: 900, outcome: 'split' },
        { key: 'n|VN|nguyen|an#txt:bao tang', size: 400, outcome: 'skipped' },
        { key: 'e|info@museum.example', size: 300, outcome: 'skipped' },
      ]),
    ).toEqual({ skipped: 2, split: 1 });
  });

  it('says what each bucket had in common, leaving out organisation ids', () => {
    expect(describeBucket({ key: 'e|info@museum.example#smith', size: 300, outcome: 'skipped' })).toMatchObject({
      kind: 'email',
      value: 'info@museum.example',
    });
    expect(describeBucket({ key: 'n|VN|nguyen|an', size: 900, outcome: 'split' }).value).toBe('an nguyen (VN)');
    expect(describeBucket({ key: 's|@museum.example|an nguyen', size: 250, outcome: 'skipped' }).value).toBe(
      'an nguyen (@museum.example)',
    );
    expect(describeBucket({ key: `i|org:${A}|garcia`, size: 210, outcome: 'split' }).value).toBe('garcia');
    expect(describeBucket({ key: 'i|txt:museo del prado|garcia#maria', size: 210, outcome: 'skipped' })).toMatchObject({
      kind: 'institution',
      value: 'garcia · museo del prado',
      size: 210,
    });
  });
});
