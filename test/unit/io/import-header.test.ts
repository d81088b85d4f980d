import { describe, expect, it } from 'vitest';
import { detectHeader, fillMerges, headerTexts, sheetWidth } from '../../../shared/io/import-header';
import type { Sheet } from '../../../shared/io/sheet-types';
import { bogotaSpanish, englishWithTitle, lagosFrench, twoRowHeader, twoRowHeaderCsv } from './import-fixtures';

const keys = (detection: { reasons: { key: string }[] }) => detection.reasons.map((reason) => reason.key);

describe('fillMerges', () => {
  it('copies the top-left value across a merged range without touching the input', () => {
    const filled = fillMerges(twoRowHeader);
    expect(filled.rows[0]).toEqual(['Name', 'Name', 'Contact', 'Contact', 'Country']);
    expect(filled.rows[1]).toEqual(['First', 'Last', 'Email', 'Phone', 'Country']);
    expect(twoRowHeader.rows[0]).toEqual(['Name', null, 'Contact', null, 'Country']);
    expect(fillMerges(filled).rows).toEqual(filled.rows);
  });

  it('fills a value merged down rows into each of them (one institution for three people)', () => {
    const sheet: Sheet = {
      name: 's',
      rows: [['Name', 'Institution'], ['Ada', 'Museo del Oro'], ['Bea', null], ['Cai', null]],
      merges: [{ s: { r: 1, c: 1 }, e: { r: 3, c: 1 } }],
    };
    expect(fillMerges(sheet).rows.map((row) => row[1])).toEqual(['Institution', 'Museo del Oro', 'Museo del Oro', 'Museo del Oro']);
  });

  it('clamps ranges to the sheet and ignores malformed ones', () => {
    const sheet: Sheet = {
      name: 's',
      rows: [['A', 'B'], ['x', 'y']],
      merges: [
        { s: { r: 0, c: 0 }, e: { r: 1_000_000_000, c: 1_000_000_000 } },
        { s: { r: -1, c: 0 }, e: { r: 1, c: 1 } },
        { s: { r: 1, c: 1 }, e: { r: 0, c: 0 } },
        { s: { r: 0.5, c: 0 }, e: { r: 1, c: 1 } },
      ],
    };
    const filled = fillMerges(sheet);
    expect(filled.rows).toEqual([['A', 'A'], ['A', 'A']]);
    expect(sheetWidth(filled)).toBe(2);
  });
});

describe('detectHeader', () => {
  it('skips a title merged across the sheet and a blank row, then finds the French header', () => {
    const detection = detectHeader(lagosFrench);
    expect(detection.headerRow).toBe(2);
    expect(detection.groupRow).toBeUndefined();
    expect(detection.confidence).toBe('high');
    expect(keys(detection)).toEqual(['import.header.titleRowSkipped', 'import.header.blankRowSkipped', 'import.header.fieldsRecognised']);
    expect(detection.reasons[0]?.params).toEqual({ row: 1, text: 'Liste des participants — Atelier de Lagos 2022' });
    expect(detection.reasons[2]?.params).toEqual({ row: 3, count: 7 });
  });

  it('finds a Spanish header on the first row', () => {
    const detection = detectHeader(bogotaSpanish);
    expect(detection).toMatchObject({ headerRow: 0, confidence: 'high' });
  });

  it('skips an English one-cell title (no merge)', () => {
    const detection = detectHeader(englishWithTitle);
    expect(detection.headerRow).toBe(1);
    expect(keys(detection)[0]).toBe('import.header.titleRowSkipped');
  });

  it('reads a merged two-row header as one: "Name" over "First | Last"', () => {
    const detection = detectHeader(twoRowHeader);
    expect(detection).toMatchObject({ headerRow: 1, groupRow: 0, confidence: 'high' });
    expect(keys(detection)).toContain('import.header.twoRowHeader');
    expect(headerTexts(twoRowHeader, 1, 0)).toEqual(['Name › First', 'Name › Last', 'Contact › Email', 'Contact › Phone', 'Country']);
  });

  it('reads the same two-row header saved as CSV, with no merges', () => {
    const detection = detectHeader(twoRowHeaderCsv);
    expect(detection).toMatchObject({ headerRow: 1, groupRow: 0 });
    expect(headerTexts(twoRowHeaderCsv, 1, 0)).toEqual(['Nom › Prénom', 'Nom', 'Courriel', 'Pays']);
  });

  it('does not take a data row or a title for the header when nothing is recognised, and says so', () => {
    const sheet: Sheet = {
      name: 's',
      rows: [['Workshop list'], ['Col A', 'Col B', 'Col C'], ['x', 'y', 'z'], ['u', 'v', 'w']],
    };
    const detection = detectHeader(sheet);
    expect(detection.headerRow).toBe(1);
    expect(detection.confidence).toBe('low');
    expect(keys(detection)).toContain('import.header.noKnownColumns');
  });

  it('says an empty sheet is empty', () => {
    expect(detectHeader({ name: 'e', rows: [[], [null, '  ']] })).toEqual({
      headerRow: -1,
      confidence: 'low',
      reasons: [{ key: 'import.header.emptySheet', params: {} }],
    });
  });

  it('prefers the header over a row of notes above it', () => {
    const sheet: Sheet = {
      name: 's',
      rows: [
        ['Deadline: 30 Sept', 'Contact: secretariat@example.org'],
        ['First name', 'Last name', 'Email', 'Country'],
        ['Ana', 'Silva', 'ana@example.pt', 'Portugal'],
      ],
    };
    const detection = detectHeader(sheet);
    expect(detection.headerRow).toBe(1);
    expect(keys(detection)[0]).toBe('import.header.rowSkipped');
  });
});
