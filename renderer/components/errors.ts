import { isDomainError } from '../../shared/domain/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import type { UiLanguage } from '../../shared/domain/types';

/**
 * Turns any thrown value into a sentence for the user, in their language. Domain
 * errors carry a message key; anything else is a bug: logged with its stack, and
 * shown as "Something went wrong: <message>" rather than swallowed.
 */
export function describeError(error: unknown, lang: UiLanguage): string {
  if (isDomainError(error)) return translate(lang, error.key as MessageKey, readableParams(error.key, error.params, lang));
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return translate(lang, 'common.error', { detail });
}

const STATUS_LABELS = { programme: 'programmeStatus', enrolment: 'enrolmentStatus', grant: 'grantStatus' } as const;

/**
 * Parameters in words: a status change names the entity and its statuses as the
 * user knows them ("this enrolment", "Applied"), not as stored ("applied").
 */
function readableParams(key: string, params: Record<string, string | number>, lang: UiLanguage): Record<string, string | number> {
  if (key !== 'errors.transition') return params;
  const entity = String(params.entity);
  if (!Object.hasOwn(STATUS_LABELS, entity)) return params;
  const labels = STATUS_LABELS[entity as keyof typeof STATUS_LABELS];
  return {
    entity: translate(lang, `entities.${entity}` as MessageKey),
    from: translate(lang, `${labels}.${params.from}` as MessageKey),
    to: translate(lang, `${labels}.${params.to}` as MessageKey),
  };
}
