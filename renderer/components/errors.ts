import { isDomainError } from '../../shared/domain/errors';
import { translate, type MessageKey } from '../../shared/i18n';
import type { UiLanguage } from '../../shared/domain/types';

/**
 * Turns any thrown value into a sentence for the user, in their language. Domain
 * errors carry a message key; anything else is a bug: logged with its stack, and
 * shown as "Something went wrong: <message>" rather than swallowed.
 */
export function describeError(error: unknown, lang: UiLanguage): string {
  if (isDomainError(error)) return translate(lang, error.key as MessageKey, error.params);
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return translate(lang, 'common.error', { detail });
}
