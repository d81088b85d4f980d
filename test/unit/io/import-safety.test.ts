import { afterEach, describe, expect, it } from 'vitest';
import { detectHeader, headerTexts } from '../../../shared/io/import-header';
import { applySavedMapping, saveMapping, setColumnField, suggestMapping } from '../../../shared/io/import-mapping';
import { buildPreview, editCell } from '../../../shared/io/import-rows';
import { matchHeader } from '../../../shared/io/import-synonyms';
import type { Sheet } from '../../../shared/io/sheet-types';

// A partner's spreadsheet is untrusted: its headers and cells try to reach
// Object.prototype. Nothing here may crash, pollute, or map them to a field.
const HOSTILE_HEADERS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'Email', 'Name'];

const hostile: Sheet = {
  name: '__proto__',
  rows: [
    ['constructor'],
    HOSTILE_HEADERS,
    ['{"polluted":true}', 'polluted', '__proto__', 'constructor', 'toString', '=1+1', 'ana@example.pt', 'Ana Silva'],
    ['__proto__', 'prototype', 'polluted', '__proto__.polluted', 'x', '@SUM(A1)', 'li@example.cn', 'constructor prototype'],
  ],
  merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }],
};

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeNames();

afterEach(() => {
  expect(prototypeNames()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile headers and cells', () => {
  it('are plain text through detection, mapping, preview, editing and saved mappings', () => {
    const detection = detectHeader(hostile);
    expect(detection.headerRow).toBe(1);
    const headers = headerTexts(hostile, detection.headerRow);
    expect(headers).toEqual(HOSTILE_HEADERS);
    const mapping = suggestMapping(headers, hostile.rows.slice(2));
    expect(mapping.map((m) => m.field)).toEqual([null, null, null, null, null, null, 'email', 'fullName']);
    const preview = buildPreview(hostile, detection.headerRow, mapping);
    expect(preview.counts).toMatchObject({ rows: 2, ok: 2 });
    expect(preview.rows[1]?.person).toMatchObject({ givenName: 'constructor', familyName: 'prototype' });
    const edited = editCell(preview, 0, 0, '__proto__');
    expect(edited.rows[0]?.cells[0]?.value).toBe('__proto__');
    const moved = setColumnField(mapping, 0, 'notes');
    const withNotes = buildPreview(hostile, detection.headerRow, moved);
    expect(withNotes.rows[0]?.person?.notes).toBe('{"polluted":true}');
    const saved = saveMapping('__proto__', moved);
    expect(applySavedMapping(headers, saved).map((m) => m.field)).toEqual(moved.map((m) => m.field));
    expect(applySavedMapping(headers, { name: 'x', columns: [{ header: '__proto__', field: 'polluted' }] })[0]?.field).toBeNull();
  });

  it('never match a field by their name', () => {
    for (const header of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__']) {
      expect(matchHeader(header), header).toBeUndefined();
    }
  });

  it('map a hostile header column by its content, like any unnamed column', () => {
    const sheet: Sheet = {
      name: 's',
      rows: [
        ['Name', '__proto__', 'constructor'],
        ['Ana Silva', 'ana@example.pt', 'Portugal'],
        ['Li Wei', 'li@example.cn', 'China'],
      ],
    };
    expect(suggestMapping(sheet.rows[0] as string[], sheet.rows.slice(1)).map((m) => [m.field, m.by])).toEqual([
      ['fullName', 'header'],
      ['email', 'content'],
      ['country', 'content'],
    ]);
  });
});
