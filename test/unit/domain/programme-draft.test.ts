import { describe, expect, it } from 'vitest';
import { buildProgramme, draftFromProgramme, emptyDraft, findOrganisation } from '../../../shared/domain/programme-draft';
import { validateProgramme } from '../../../shared/domain/programme-rules';
import type { Organisation } from '../../../shared/domain/types';

const now = '2026-09-01T08:00:00.000Z';
const museum: Organisation = { id: 'ORG1', createdAt: now, updatedAt: now, name: 'Yemisi Shyllon Museum of Art', shortName: 'YSMA', kind: 'museum' };
let n = 0;
const newId = () => `NEW${++n}`;

describe('buildProgramme', () => {
  const draft = {
    ...emptyDraft('Africa/Lagos', 'en'),
    title: { en: ' Regional training, Lagos ', fr: '', es: 'Formación regional, Lagos' },
    kind: 'regional-training' as const,
    region: 'africa' as const,
    venueMode: 'hybrid' as const,
    city: 'Lagos',
    country: 'NG',
    link: 'https://meet.example/lagos',
    passcode: ' s3cret ',
    startDate: '2027-11-22',
    endDate: '2027-11-26',
    workingLanguages: ['en', 'fr'],
    capacity: '30',
    grantsMin: '25',
    grantsMax: '30',
    partners: [
      { key: 'a', name: 'ysma', role: 'host' as const },
      { key: 'b', name: 'Pan-Atlantic University', role: 'host' as const },
      { key: 'c', name: 'Smithsonian NMAAHC', role: 'funder' as const },
    ],
  };

  it('turns a valid draft into a record, creating organisations for new names', () => {
    expect(validateProgramme(draft)).toEqual([]);
    const { programme, newOrganisations } = buildProgramme(draft, { id: 'P1', now, organisations: [museum], newId });
    expect(programme.title).toEqual({ en: 'Regional training, Lagos', es: 'Formación regional, Lagos' });
    expect(programme.venue).toEqual({
      mode: 'hybrid',
      city: 'Lagos',
      country: 'NG',
      meeting: { link: 'https://meet.example/lagos', passcode: ' s3cret ' },
    });
    expect(programme.capacity).toBe(30);
    expect(programme.grantsTarget).toEqual({ min: 25, max: 30 });
    expect(programme.status).toBe('draft');
    expect(newOrganisations.map((o) => [o.name, o.kind, o.city ?? null])).toEqual([
      ['Pan-Atlantic University', 'other', 'Lagos'],
      ['Smithsonian NMAAHC', 'sponsor', null],
    ]);
    expect(programme.partners).toEqual([
      { organisationId: 'ORG1', role: 'host' },
      { organisationId: newOrganisations[0]!.id, role: 'host' },
      { organisationId: newOrganisations[1]!.id, role: 'funder' },
    ]);
    expect('colour' in programme).toBe(false);
  });

  it('round-trips through the form and keeps what the form does not show', () => {
    const { programme } = buildProgramme(draft, { id: 'P1', now, organisations: [museum], newId });
    const stored = { ...programme, importBatchId: 'BATCH', createdAt: '2020-01-01T00:00:00.000Z' };
    const organisations = [museum, { ...museum, id: newId(), name: 'Pan-Atlantic University' }];
    const again = draftFromProgramme(stored, organisations);
    const edited = buildProgramme({ ...again, capacity: '', colour: '#AA0000' }, { id: 'P1', now, organisations, newId, existing: stored });
    expect(edited.programme.importBatchId).toBe('BATCH');
    expect(edited.programme.createdAt).toBe('2020-01-01T00:00:00.000Z');
    expect('capacity' in edited.programme).toBe(false);
    expect(edited.programme.colour).toBe('#aa0000');
  });

  it('finds organisations by name or short name, ignoring case and accents', () => {
    expect(findOrganisation('yémisi shyllon museum of art', [museum])?.id).toBe('ORG1');
    expect(findOrganisation('YSMA', [museum])?.id).toBe('ORG1');
    expect(findOrganisation('', [museum])).toBeUndefined();
  });
});
