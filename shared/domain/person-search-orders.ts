import type { DirectorySortKey } from './person-search';
import type { IndexedPerson } from './person-search-words';

const byString = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The directory's orders, as permutations of slots: by family name (sortKey
 * then id, exactly as the database's sortKey index orders people, so the first
 * screen read from IndexedDB and the worker's answers agree), given name,
 * country name in the UI language, institution, and last change. Each is built
 * on first use and then patched on every change rather than sorted again.
 */
export class SearchOrders {
  private orders = new Map<string, number[]>();
  private countryRanks = new Map<string, Map<string, number>>();

  constructor(private readonly slots: () => readonly (IndexedPerson | undefined)[]) {}

  /** The slots in `key` order (ascending). */
  get(key: DirectorySortKey, lang: string): readonly number[] {
    return this.build(key === 'country' ? `country:${lang}` : key);
  }

  /** Takes a slot out of every order, before its entry changes or goes. */
  remove(slot: number): void {
    this.dropCountryOrders();
    for (const order of this.orders.values()) {
      const at = order.indexOf(slot);
      if (at >= 0) order.splice(at, 1);
    }
  }

  /** Puts a (new or changed) slot in place in every order built so far. */
  insert(slot: number): void {
    this.dropCountryOrders();
    for (const [name, order] of this.orders) {
      const compare = this.comparator(name);
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(order[mid] as number, slot) < 0) lo = mid + 1;
        else hi = mid;
      }
      order.splice(lo, 0, slot);
    }
  }

  private build(name: string): number[] {
    let order = this.orders.get(name);
    if (!order) {
      // Other orders sort the name order again, stably: ties stay in name order.
      // People loaded in name order (the sortKey index) make the first sort nearly free.
      order =
        name === 'family'
          ? this.slots()
              .flatMap((slot, i) => (slot ? [i] : []))
              .sort(this.comparator(name))
          : [...this.build('family')].sort(this.primary(name));
      this.orders.set(name, order);
    }
    return order;
  }

  /** A country no one had before changes every rank: country orders are rebuilt on demand. */
  private dropCountryOrders(): void {
    for (const name of [...this.orders.keys()]) if (name.startsWith('country:')) this.orders.delete(name);
    this.countryRanks.clear();
  }

  /** The full comparison an order is kept by: its key, then sortKey and id. */
  private comparator(name: string): (a: number, b: number) => number {
    const s = this.slots() as IndexedPerson[];
    const primary = this.primary(name);
    return (a, b) => primary(a, b) || byString(s[a]!.entry.sortKey, s[b]!.entry.sortKey) || byString(s[a]!.entry.id, s[b]!.entry.id);
  }

  private primary(name: string): (a: number, b: number) => number {
    const s = this.slots() as IndexedPerson[];
    if (name === 'given') return (a, b) => byString(s[a]!.givenKey, s[b]!.givenKey);
    if (name === 'institution') return (a, b) => byString(s[a]!.institutionKey, s[b]!.institutionKey);
    if (name === 'updated') return (a, b) => s[a]!.updated - s[b]!.updated;
    if (name.startsWith('country:')) {
      const ranks = this.ranks(name.slice('country:'.length));
      const rank = (i: number) => ranks.get(s[i]!.entry.country ?? '') ?? Number.MAX_SAFE_INTEGER;
      return (a, b) => rank(a) - rank(b);
    }
    return () => 0;
  }

  /** Countries ranked by their name in `lang`; codes Intl cannot name sort by the code. */
  private ranks(lang: string): Map<string, number> {
    let ranks = this.countryRanks.get(lang);
    if (!ranks) {
      const codes = new Set<string>();
      for (const slot of this.slots()) if (slot?.entry.country) codes.add(slot.entry.country);
      const named = [...codes].map((code) => ({ code, name: regionName(code, lang) }));
      const collator = new Intl.Collator(lang);
      named.sort((a, b) => collator.compare(a.name, b.name));
      ranks = new Map(named.map((c, i) => [c.code, i]));
      this.countryRanks.set(lang, ranks);
    }
    return ranks;
  }
}

function regionName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    // Not a code (or a language) Intl knows: the code itself.
    return code;
  }
}
