import type { MessageKey } from '../../../shared/i18n';
import type { EnrolmentRole, Gender, OrganisationKind } from '../../../shared/domain/types';

/** Message keys for the domain's string unions in this feature (the values are the key tails). */
export const genderLabel = (gender: Gender): MessageKey => `participants.gender.${gender}`;
export const roleLabel = (role: EnrolmentRole): MessageKey => `participants.roles.${role}`;
export const organisationKindLabel = (kind: OrganisationKind): MessageKey => `participants.organisationKinds.${kind}`;

/** Person fields as users name them, for the change history; derived fields are left out. */
const FIELD_LABELS: Record<string, MessageKey> = {
  givenName: 'participants.fields.givenName',
  familyName: 'participants.fields.familyName',
  emails: 'participants.fields.emails',
  phone: 'participants.fields.phone',
  country: 'participants.fields.country',
  organisationId: 'participants.fields.institution',
  institution: 'participants.fields.institution',
  position: 'participants.fields.position',
  languages: 'participants.fields.languages',
  gender: 'participants.fields.gender',
  membershipNumber: 'participants.fields.membershipNumber',
  committee: 'participants.fields.committee',
  needs: 'participants.fields.needs',
  tags: 'participants.fields.tags',
  notes: 'participants.fields.notes',
};

/** Fields derived from others (sort and duplicate keys): a change to them says nothing new. */
const DERIVED = new Set(['sortKey', 'emailKeys', 'updatedAt', 'createdAt']);

/**
 * The changed fields of an audit entry as message keys, each once, in the
 * form's order; fields this version does not know are given by their name.
 */
export function historyFields(fields: readonly string[]): ({ key: MessageKey } | { raw: string })[] {
  const order = Object.keys(FIELD_LABELS);
  const keys = fields
    .filter((f) => !DERIVED.has(f))
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map((f) => FIELD_LABELS[f] ?? f);
  return [...new Set(keys)].map((k) => (k.startsWith('participants.') ? { key: k as MessageKey } : { raw: k }));
}
