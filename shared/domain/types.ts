/**
 * The data model of Training Desk, version 1.
 *
 * Conventions (see ../../GUIDE.md §2):
 * - ids are ULID strings, so records made on two laptops merge without clashes;
 * - instants are UTC ISO strings (`2022-11-21T08:00:00.000Z`) kept beside the
 *   programme's IANA time zone; calendar dates are `YYYY-MM-DD`;
 * - money is integer minor units plus an ISO 4217 code;
 * - countries are ISO 3166-1 alpha-2 codes, languages BCP 47 tags (`en`, `fr`, `pt-BR`).
 */

export type Id = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A UTC instant, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type IsoInstant = string;
/** An ISO 3166-1 alpha-2 code, upper case (`NG`, `FR`). */
export type CountryCode = string;
/** An ISO 4217 code, upper case (`USD`, `EUR`). */
export type CurrencyCode = string;
/** A BCP 47 language tag (`en`, `fr`, `es`, `ar`, `pt`). */
export type LanguageTag = string;

/** The languages the interface ships in. */
export const UI_LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Text written in one or more of the working languages; at least one is expected. */
export type LocalisedText = Partial<Record<UiLanguage, string>>;

/** Fields every stored record carries. */
export type RecordMeta = {
  id: Id;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
  /** The import batch (spreadsheet or sample data) that created the record, if any. */
  importBatchId?: Id;
};

// ---------------------------------------------------------------- organisations

export const ORGANISATION_KINDS = [
  'museum',
  'university',
  'ministry',
  'committee',
  'network',
  'sponsor',
  'foundation',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type Organisation = RecordMeta & {
  name: string;
  /** Short form used on badges and in lists ("ICOM France", "NMAAHC"). */
  shortName?: string;
  kind: OrganisationKind;
  country?: CountryCode;
  city?: string;
  website?: string;
  notes?: string;
};

// ---------------------------------------------------------------- programmes

export const PROGRAMME_KINDS = [
  'regional-training',
  'workshop',
  'webinar-cycle',
  'conference',
  'event',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** Regions as museum networks divide the world for their "every region every two years" goal. */
export const REGIONS = [
  'africa',
  'arab-states',
  'asia-pacific',
  'europe',
  'latin-america-caribbean',
  'north-america',
  'global',
] as const;
export type Region = (typeof REGIONS)[number];

export const PROGRAMME_STATUSES = [
  'draft',
  'call-open',
  'selection',
  'confirmed',
  'running',
  'completed',
  'cancelled',
] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PARTNER_ROLES = ['organiser', 'host', 'funder', 'partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export type ProgrammePartner = { organisationId: Id; role: PartnerRole };

/** Where a programme happens: in a host city, online, or both. */
export type Venue =
  | { mode: 'in-person'; city: string; country: CountryCode; address?: string }
  | { mode: 'online'; meeting: OnlineMeeting }
  | { mode: 'hybrid'; city: string; country: CountryCode; address?: string; meeting: OnlineMeeting };

export type OnlineMeeting = {
  /** "Zoom", "Teams", "Jitsi"… free text: teams use what their partners use. */
  platform?: string;
  link?: string;
  meetingId?: string;
  /** Shown only on demand in the UI. */
  passcode?: string;
};

export type Programme = RecordMeta & {
  kind: ProgrammeKind;
  title: LocalisedText;
  description?: LocalisedText;
  region: Region;
  venue: Venue;
  /** IANA zone in which the programme's times are planned ("Africa/Lagos"). */
  timeZone: string;
  startDate: IsoDate;
  endDate: IsoDate;
  workingLanguages: LanguageTag[];
  /** Languages offered through simultaneous interpretation. */
  interpretation: LanguageTag[];
  capacity?: number;
  /** How many grants the programme aims to award (e.g. 25–30). */
  grantsTarget?: { min: number; max: number };
  status: ProgrammeStatus;
  partners: ProgrammePartner[];
  /** Hex colour for the calendar. */
  colour?: string;
};

// ---------------------------------------------------------------- sessions

export const SESSION_KINDS = [
  'lecture',
  'workshop',
  'visit',
  'break',
  'plenary',
  'online-debate',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A recurrence in the programme's wall-clock time, a subset of RFC 5545 RRULE:
 * "every third Tuesday" is `{ freq: 'monthly', byDay: ['TU'], bySetPos: 3 }`.
 * A rule must end: `count` or `until` (never both absent).
 */
export type Recurrence = {
  freq: 'daily' | 'weekly' | 'monthly';
  interval: number;
  byDay?: Weekday[];
  /** With monthly + byDay: which occurrence in the month (1..5, or -1 for the last). */
  bySetPos?: number;
  count?: number;
  until?: IsoDate;
  /** Local start dates of occurrences that were skipped. */
  exceptions?: IsoDate[];
};

export type Session = RecordMeta & {
  programmeId: Id;
  title: LocalisedText;
  kind: SessionKind;
  start: IsoInstant;
  end: IsoInstant;
  /** The programme's zone at the time of writing; the wall-clock meaning of start/end. */
  timeZone: string;
  recurrence?: Recurrence;
  /** For a moved occurrence: the series it belongs to and its original local date. */
  seriesId?: Id;
  originalDate?: IsoDate;
  room?: string;
  link?: string;
  speakerIds: Id[];
  moderatorIds: Id[];
  language?: LanguageTag;
  interpretation: LanguageTag[];
};

// ---------------------------------------------------------------- people

export const GENDERS = ['female', 'male', 'non-binary', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

export type PersonNeeds = {
  diet?: string;
  accessibility?: string;
  visaLetter?: boolean;
};

export type Person = RecordMeta & {
  /** Stored exactly as typed: never title-cased; given/family order kept. */
  givenName: string;
  familyName: string;
  emails: string[];
  /** Kept as text exactly as typed, leading `+` and zeros included. */
  phone?: string;
  country?: CountryCode;
  organisationId?: Id;
  /** Institution as written when it is not (yet) an organisation record. */
  institution?: string;
  position?: string;
  languages: LanguageTag[];
  gender?: Gender;
  membershipNumber?: string;
  committee?: string;
  needs?: PersonNeeds;
  tags: string[];
  notes?: string;
  /** Case- and accent-folded "family given", for sorting and matching (derived). */
  sortKey: string;
  /** Lower-cased emails (derived), for duplicate look-ups. */
  emailKeys: string[];
};

// ---------------------------------------------------------------- enrolments

export const ENROLMENT_ROLES = ['participant', 'trainer', 'organiser', 'observer'] as const;
export type EnrolmentRole = (typeof ENROLMENT_ROLES)[number];

export const ENROLMENT_STATUSES = [
  'applied',
  'shortlisted',
  'accepted',
  'waitlisted',
  'rejected',
  'confirmed',
  'attended',
  'no-show',
  'withdrawn',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const ATTENDANCE_MARKS = ['present', 'absent', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export type Enrolment = RecordMeta & {
  personId: Id;
  programmeId: Id;
  role: EnrolmentRole;
  status: EnrolmentStatus;
  /** 1 = next in line; only while waitlisted. */
  waitlistRank?: number;
  appliedOn?: IsoDate;
  statusChangedAt: IsoInstant;
  /** One mark per session (an array, not an object keyed by id: ids never become keys). */
  attendance: { sessionId: Id; mark: AttendanceMark }[];
  notes?: string;
};

// ---------------------------------------------------------------- funds and grants

export type Fund = RecordMeta & {
  name: string;
  sponsorOrganisationId: Id;
  /** The programme the fund pays for, if it is tied to one. */
  programmeId?: Id;
  currency: CurrencyCode;
  /** Total budget in minor units of `currency`. */
  budgetMinor: number;
  notes?: string;
};

export const GRANT_STATUSES = [
  'requested',
  'offered',
  'accepted',
  'declined',
  'paid',
  'reported',
  'cancelled',
] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const GRANT_COMPONENT_KINDS = [
  'travel',
  'accommodation',
  'per-diem',
  'registration',
  'visa',
  'other',
] as const;
export type GrantComponentKind = (typeof GRANT_COMPONENT_KINDS)[number];

export type GrantComponent = { kind: GrantComponentKind; amountMinor: number };

export type GrantPayment = {
  id: Id;
  date: IsoDate;
  amountMinor: number;
  reference?: string;
};

export type Grant = RecordMeta & {
  enrolmentId: Id;
  fundId: Id;
  /** Denormalised from the enrolment so lists by person or programme need one query. */
  personId: Id;
  programmeId: Id;
  /** Always the fund's currency. */
  currency: CurrencyCode;
  components: GrantComponent[];
  status: GrantStatus;
  payments: GrantPayment[];
  notes?: string;
};

// ---------------------------------------------------------------- import batches, settings, audit

/** Names of the tables that hold domain records (everything an import can touch). */
export const RECORD_TABLES = [
  'organisations',
  'programmes',
  'sessions',
  'people',
  'enrolments',
  'funds',
  'grants',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export type ImportBatch = {
  id: Id;
  kind: 'spreadsheet' | 'sample';
  createdAt: IsoInstant;
  fileName?: string;
  /** SHA-256 of the file, hex, to say "this file was imported before". */
  fileHash?: string;
  /** The column → field mapping used (a list, so headers never become keys). */
  mapping?: { column: string; field: string }[];
  counts: { added: number; updated: number; merged: number; skipped: number; errors: number };
  /** Ids of the records the batch created, per table. */
  created: { table: RecordTable; ids: Id[] }[];
  /** Records the batch changed, with their state before, so undo can restore them. */
  changed: { table: RecordTable; before: unknown }[];
  undoneAt?: IsoInstant;
};

export type Setting = { key: string; value: unknown };

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'undo', 'merge'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  /** ULID: sorts by time. */
  id: Id;
  at: IsoInstant;
  table: RecordTable | 'importBatches' | 'settings';
  recordId: Id;
  action: AuditAction;
  /** Field names that changed, for an update. */
  fields?: string[];
  batchId?: Id;
};
