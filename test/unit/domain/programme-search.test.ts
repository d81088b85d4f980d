import { describe, expect, it } from 'vitest';
import { filterProgrammes, hasFilters, NO_FILTERS, programmeYears } from '../../../shared/domain/programme-search';
import type { Programme } from '../../../shared/domain/types';

let n = 0;
function programme(patch: Partial<Programme>): Programme {
  n += 1;
  return {
    id: `P${String(n).padStart(3, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    kind: 'regional-training',
    title: { en: `Programme ${n}` },
    region: 'africa',
    venue: { mode: 'in-person', city: 'Lagos', country: 'NG' },
    timeZone: 'Africa/Lagos',
    startDate: '2022-11-21',
    endDate: '2022-11-25',
    workingLanguages: ['en'],
    interpretation: [],
    status: 'completed',
    partners: [],
    ...patch,
  };
}

const lagos = programme({ title: { en: 'Regional training — Lagos 2022' } });
const cali = programme({
  title: { es: 'Formación regional — Cali 2019', en: 'Regional training — Cali 2019' },
  region: 'latin-america-caribbean',
  venue: { mode: 'in-person', city: 'Santiago de Cali', country: 'CO' },
  startDate: '2019-10-21',
  endDate: '2019-10-25',
  workingLanguages: ['es'],
  partners: [{ organisationId: 'TERTULIA', role: 'host' }],
});
const webinars = programme({
  kind: 'webinar-cycle',
  title: { fr: 'Solidarités, musées : de quoi parle-t-on ?' },
  region: 'europe',
  venue: { mode: 'online', meeting: {} },
  startDate: '2025-10-21',
  endDate: '2026-06-16',
  workingLanguages: ['fr'],
  status: 'call-open',
  partners: [{ organisationId: 'ICOM-FR', role: 'organiser' }],
});
const koper = programme({ kind: 'event', title: { en: 'Member event, Koper' }, venue: { mode: 'hybrid', city: 'Koper', country: 'SI', meeting: {} }, region: 'europe', startDate: '2026-05-18', endDate: '2026-05-18', status: 'draft' });
const all = [lagos, cali, webinars, koper];
const titles = (list: Programme[]) => list.map((p) => p.title.en ?? p.title.fr ?? p.title.es);

describe('filterProgrammes', () => {
  it('sorts by start date, newest first by default, oldest first on request', () => {
    expect(filterProgrammes(all, NO_FILTERS).map((p) => p.id)).toEqual([koper.id, webinars.id, lagos.id, cali.id]);
    expect(filterProgrammes(all, NO_FILTERS, 'oldest').map((p) => p.id)).toEqual([cali.id, lagos.id, webinars.id, koper.id]);
  });

  it('searches titles in every language and the city, ignoring case and accents', () => {
    expect(titles(filterProgrammes(all, { ...NO_FILTERS, query: 'SOLIDARITES musees' }))).toEqual(['Solidarités, musées : de quoi parle-t-on ?']);
    expect(filterProgrammes(all, { ...NO_FILTERS, query: 'formacion' }).map((p) => p.id)).toEqual([cali.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, query: 'santiago' }).map((p) => p.id)).toEqual([cali.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, query: 'koper' }).map((p) => p.id)).toEqual([koper.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, query: 'doha' })).toEqual([]);
  });

  it('combines filters: status, kind, region, year, language, partner', () => {
    expect(filterProgrammes(all, { ...NO_FILTERS, region: 'europe', kind: 'event' }).map((p) => p.id)).toEqual([koper.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, status: 'completed' }).map((p) => p.id)).toEqual([lagos.id, cali.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, language: 'es' }).map((p) => p.id)).toEqual([cali.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, partner: 'ICOM-FR' }).map((p) => p.id)).toEqual([webinars.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, status: 'completed', query: 'lagos' }).map((p) => p.id)).toEqual([lagos.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, status: 'draft', query: 'lagos' })).toEqual([]);
  });

  it('finds a programme under every year it runs in', () => {
    expect(filterProgrammes(all, { ...NO_FILTERS, year: '2026' }).map((p) => p.id)).toEqual([koper.id, webinars.id]);
    expect(filterProgrammes(all, { ...NO_FILTERS, year: '2025' }).map((p) => p.id)).toEqual([webinars.id]);
    expect(programmeYears(all)).toEqual(['2026', '2025', '2022', '2019']);
  });

  it('knows when a filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, query: '  ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, year: '2026' })).toBe(true);
  });
});
