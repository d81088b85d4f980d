// Tags already asked: a few of them, thousands of times over in an imported list.
const canonicalTags = new Map<string, string | undefined>();

/** The canonical spelling of a BCP 47 tag ("pt-br" → "pt-BR"), or undefined when it is not one. */
export function canonicalLanguageTag(text: string): string | undefined {
  const tag = text.trim();
  if (!tag) return undefined;
  // Intl is slow to ask each time.
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    // RangeError: not a well-formed tag ("en_GB", "français").
    canonical = undefined;
  }
  if (canonicalTags.size >= 1000) canonicalTags.clear();
  canonicalTags.set(tag, canonical);
  return canonical;
}
