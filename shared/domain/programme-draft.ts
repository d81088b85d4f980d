import { foldText } from './text';
import {
  UI_LANGUAGES,
  type Id,
  type IsoInstant,
  type LocalisedText,
  type OnlineMeeting,
  type Organisation,
  type PartnerRole,
  type Programme,
  type ProgrammeKind,
  type ProgrammePartner,
  type ProgrammeStatus,
  type Region,
  type UiLanguage,
  type Venue,
} from './types';

/** One partner row of the form: an organisation named as typed (existing or new) and its role. */
export type PartnerDraft = {
  /** Stable key of the row in the form (errors point at it). */
  key: string;
  name: string;
  role: PartnerRole;
};

/**
 * A programme as the form holds it: every field as typed, so validation can say
 * what is wrong with "2.5" or "zoom.us" rather than losing it in a conversion.
 * Hosts are partners with the role `host`.
 */
export type ProgrammeDraft = {
  title: Record<UiLanguage, string>;
  description: Record<UiLanguage, string>;
  kind: ProgrammeKind | '';
  region: Region | '';
  venueMode: Venue['mode'];
  city: string;
  /** An ISO 3166-1 alpha-2 code when the picker recognised the name, else the text as typed. */
  country: string;
  address: string;
  platform: string;
  link: string;
  meetingId: string;
  passcode: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  workingLanguages: string[];
  interpretation: string[];
  capacity: string;
  grantsMin: string;
  grantsMax: string;
  partners: PartnerDraft[];
  status: ProgrammeStatus;
  /** The status stored now; absent for a new programme (which starts as draft). */
  savedStatus?: ProgrammeStatus;
  /** `#rrggbb`, or empty for none. */
  colour: string;
};

const emptyTexts = (): Record<UiLanguage, string> => ({ en: '', fr: '', es: '' });

/** A blank form for a new programme: draft status, the given zone and working language. */
export function emptyDraft(timeZone: string, language: string): ProgrammeDraft {
  return {
    title: emptyTexts(),
    description: emptyTexts(),
    kind: '',
    region: '',
    venueMode: 'in-person',
    city: '',
    country: '',
    address: '',
    platform: '',
    link: '',
    meetingId: '',
    passcode: '',
    timeZone,
    startDate: '',
    endDate: '',
    workingLanguages: [language],
    interpretation: [],
    capacity: '',
    grantsMin: '',
    grantsMax: '',
    partners: [],
    status: 'draft',
    colour: '',
  };
}

function texts(text: LocalisedText | undefined): Record<UiLanguage, string> {
  const out = emptyTexts();
  for (const lang of UI_LANGUAGES) out[lang] = text?.[lang] ?? '';
  return out;
}

/** The form's view of a stored programme; partners are named from `organisations`. */
export function draftFromProgramme(programme: Programme, organisations: readonly Organisation[]): ProgrammeDraft {
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const venue = programme.venue;
  const place = venue.mode === 'online' ? undefined : venue;
  const meeting = venue.mode === 'in-person' ? undefined : venue.meeting;
  return {
    title: texts(programme.title),
    description: texts(programme.description),
    kind: programme.kind,
    region: programme.region,
    venueMode: venue.mode,
    city: place?.city ?? '',
    country: place?.country ?? '',
    address: place?.address ?? '',
    platform: meeting?.platform ?? '',
    link: meeting?.link ?? '',
    meetingId: meeting?.meetingId ?? '',
    passcode: meeting?.passcode ?? '',
    timeZone: programme.timeZone,
    startDate: programme.startDate,
    endDate: programme.endDate,
    workingLanguages: [...programme.workingLanguages],
    interpretation: [...programme.interpretation],
    capacity: programme.capacity === undefined ? '' : String(programme.capacity),
    grantsMin: programme.grantsTarget ? String(programme.grantsTarget.min) : '',
    grantsMax: programme.grantsTarget ? String(programme.grantsTarget.max) : '',
    partners: programme.partners.map((p, i) => ({
      key: `p${i}`,
      name: names.get(p.organisationId) ?? '',
      role: p.role,
    })),
    status: programme.status,
    savedStatus: programme.status,
    colour: programme.colour ?? '',
  };
}

/** The organisation a typed name means: same name or short name, ignoring case and accents. */
export function findOrganisation(name: string, organisations: readonly Organisation[]): Organisation | undefined {
  const key = foldText(name);
  if (!key) return undefined;
  return (
    organisations.find((o) => foldText(o.name) === key) ??
    organisations.find((o) => o.shortName !== undefined && foldText(o.shortName) === key)
  );
}

function localised(text: Record<UiLanguage, string>): LocalisedText {
  const out: LocalisedText = {};
  for (const lang of UI_LANGUAGES) {
    const value = text[lang].trim();
    if (value) out[lang] = value;
  }
  return out;
}

function meetingOf(draft: ProgrammeDraft): OnlineMeeting {
  const meeting: OnlineMeeting = {};
  if (draft.platform.trim()) meeting.platform = draft.platform.trim();
  if (draft.link.trim()) meeting.link = draft.link.trim();
  if (draft.meetingId.trim()) meeting.meetingId = draft.meetingId.trim();
  // A passcode is kept exactly as typed: spaces may be part of it.
  if (draft.passcode) meeting.passcode = draft.passcode;
  return meeting;
}

function venueOf(draft: ProgrammeDraft): Venue {
  const address = draft.address.trim();
  const place = { city: draft.city.trim(), country: draft.country, ...(address && { address }) };
  if (draft.venueMode === 'online') return { mode: 'online', meeting: meetingOf(draft) };
  if (draft.venueMode === 'hybrid') return { mode: 'hybrid', ...place, meeting: meetingOf(draft) };
  return { mode: 'in-person', ...place };
}

const wholeNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

export type BuiltProgramme = { programme: Programme; newOrganisations: Organisation[] };

/**
 * Turns a VALID draft (see validateProgramme) into the record to store, with the
 * organisations to create for partner names that match none: a typed name becomes
 * an Organisation in the same changeset. `existing` is the stored record when
 * editing; fields the form does not show (import batch, createdAt) are kept.
 */
export function buildProgramme(
  draft: ProgrammeDraft,
  options: { id: Id; now: IsoInstant; organisations: readonly Organisation[]; newId: () => Id; existing?: Programme },
): BuiltProgramme {
  const { existing, now } = options;
  const known = [...options.organisations];
  const newOrganisations: Organisation[] = [];
  const partners: ProgrammePartner[] = [];
  for (const row of draft.partners) {
    const name = row.name.trim();
    let organisation = findOrganisation(name, known);
    if (!organisation) {
      organisation = {
        id: options.newId(),
        createdAt: now,
        updatedAt: now,
        name,
        kind: row.role === 'funder' ? 'sponsor' : 'other',
        // A host is where the programme happens: its city is a fair first guess.
        ...(row.role === 'host' && draft.venueMode !== 'online' && { city: draft.city.trim(), country: draft.country }),
      };
      known.push(organisation);
      newOrganisations.push(organisation);
    }
    if (!partners.some((p) => p.organisationId === organisation.id && p.role === row.role)) {
      partners.push({ organisationId: organisation.id, role: row.role });
    }
  }
  const capacity = wholeNumber(draft.capacity);
  const min = wholeNumber(draft.grantsMin);
  const max = wholeNumber(draft.grantsMax);
  const description = localised(draft.description);
  const programme: Programme = {
    ...(existing ?? {}),
    id: options.id,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    kind: draft.kind as ProgrammeKind,
    title: localised(draft.title),
    region: draft.region as Region,
    venue: venueOf(draft),
    timeZone: draft.timeZone.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate,
    workingLanguages: [...new Set(draft.workingLanguages)],
    interpretation: [...new Set(draft.interpretation)],
    status: draft.status,
    partners,
  };
  // Optional fields are absent, not undefined, when cleared: records stay clean for export.
  delete programme.description;
  delete programme.capacity;
  delete programme.grantsTarget;
  delete programme.colour;
  if (Object.keys(description).length > 0) programme.description = description;
  if (capacity !== undefined) programme.capacity = capacity;
  if (min !== undefined && max !== undefined) programme.grantsTarget = { min, max };
  if (draft.colour) programme.colour = draft.colour.toLowerCase();
  return { programme, newOrganisations };
}
