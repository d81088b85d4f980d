import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../shared/domain/types';
import { rawMessage } from '../../../shared/i18n';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * A DomainError carries a message key, not a sentence: if the key is missing from
 * a catalogue, the user would read the raw key. This finds every literal key in
 * `new DomainError('…'` and in template keys like `errors.${key}` with their
 * literal call sites, and checks all three languages have them.
 */
describe('error messages', () => {
  const files = sources('shared');
  const keys = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new DomainError\(\s*'([\w.]+)'/g)) keys.add(m[1]!);
    // Message keys written out in full (import warnings, field errors).
    for (const m of text.matchAll(/'((?:import|participants|programmes|restore|sessions)\.(?:header|warnings|errors|rows)\.\w+)'/g)) keys.add(m[1]!);
    // Helpers that build `errors.${key}` from a literal first argument.
    if (text.includes('`errors.${key}`')) {
      for (const m of text.matchAll(/\badd\(\s*'(\w+)'/g)) keys.add(`errors.${m[1]}`);
    }
  }

  it('finds the keys it is meant to check', () => {
    expect(keys).toContain('errors.transition');
    expect(keys).toContain('errors.recurrenceUnbounded');
    expect(keys).toContain('import.warnings.countryGuessed');
    expect(keys).toContain('restore.errors.newerVersion');
  });

  it.each([...keys].sort())('%s exists in English, French and Spanish', (key) => {
    for (const lang of UI_LANGUAGES) expect(rawMessage(lang, key), `${lang}: ${key}`).toBeTruthy();
  });
});
