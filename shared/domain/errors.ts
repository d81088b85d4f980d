/**
 * An error the user can act on. It carries a message key and parameters, not a
 * sentence, so the UI shows it in the user's language (shared/i18n); `message`
 * holds an English rendering for logs.
 */
export class DomainError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;

  constructor(key: string, params: Record<string, string | number>, englishMessage: string) {
    super(englishMessage);
    this.name = 'DomainError';
    this.key = key;
    this.params = params;
  }
}

/** True when `error` is a DomainError (also across realms, where instanceof fails). */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError || (error instanceof Error && error.name === 'DomainError' && 'key' in error);
}
