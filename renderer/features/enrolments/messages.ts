import { isDomainError } from '../../../shared/domain/errors';
import { translate, type MessageKey } from '../../../shared/i18n';
import { ENROLMENT_STATUSES, type EnrolmentRole, type EnrolmentStatus, type UiLanguage } from '../../../shared/domain/types';
import { enrolmentStatusLabel } from '../../app/labels';
import { describeError } from '../../components/errors';

/** Message keys of the enrolment roles. */
export const roleLabel = (role: EnrolmentRole): MessageKey => `enrolments.roles.${role}`;

const isStatus = (value: unknown): value is EnrolmentStatus => (ENROLMENT_STATUSES as readonly unknown[]).includes(value);

/**
 * A refusal from the enrolment rules as a sentence in `lang`. The core
 * "transition" message names statuses by their codes; here they are read as
 * the user sees them ("Applied" → "Confirmed").
 */
export function reasonText(key: string, params: Record<string, string | number>, lang: UiLanguage): string {
  if (key === 'errors.transition' && isStatus(params.from) && isStatus(params.to)) {
    return translate(lang, 'enrolments.errors.transition', {
      from: translate(lang, enrolmentStatusLabel(params.from)),
      to: translate(lang, enrolmentStatusLabel(params.to)),
    });
  }
  return translate(lang, key as MessageKey, params);
}

/** Any thrown value as a sentence in `lang`; domain refusals through reasonText, bugs logged. */
export function errorText(error: unknown, lang: UiLanguage): string {
  return isDomainError(error) ? reasonText(error.key, error.params, lang) : describeError(error, lang);
}

/**
 * One person's refusal as a line of a list: "Name: reason", or the reason
 * alone when it already names them ("Mathieu Lefèvre is already enrolled…").
 */
export function personReason(name: string, key: string, params: Record<string, string | number>, lang: UiLanguage): string {
  const reason = reasonText(key, params, lang);
  return name !== '' && reason.includes(name) ? reason : translate(lang, 'enrolments.errors.problem', { name, reason });
}
