/**
 * The sorted word list of the directory's search index: every distinct word
 * once, in code-unit order, each with the slots (people) that have it. One flat
 * typed array holds all postings: 200,000 words must not mean 200,000 arrays.
 */
export type Dictionary = {
  words: readonly string[];
  /** Postings of word i are postings[starts[i] … starts[i + 1]). */
  starts: Uint32Array;
  postings: Uint32Array;
};

function grow(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Builds the dictionary of `slots` (undefined = a free slot), by counting. */
export function buildDictionary(slots: readonly ({ words: readonly string[] } | undefined)[]): Dictionary {
  const idOf = new Map<string, number>();
  const distinct: string[] = [];
  let pairWord = new Uint32Array(1 << 16);
  let pairSlot = new Uint32Array(1 << 16);
  let n = 0;
  slots.forEach((slot, i) => {
    if (!slot) return;
    for (const word of slot.words) {
      let id = idOf.get(word);
      if (id === undefined) {
        id = distinct.length;
        distinct.push(word);
        idOf.set(word, id);
      }
      if (n === pairWord.length) {
        pairWord = grow(pairWord);
        pairSlot = grow(pairSlot);
      }
      pairWord[n] = id;
      pairSlot[n] = i;
      n += 1;
    }
  });
  // Default sort compares code units, as `<` does and prefix search needs.
  const words = [...distinct].sort();
  const rankOf = new Uint32Array(distinct.length);
  words.forEach((w, rank) => {
    rankOf[idOf.get(w) as number] = rank;
  });
  const starts = new Uint32Array(words.length + 1);
  for (let p = 0; p < n; p += 1) {
    const at = (rankOf[pairWord[p] as number] as number) + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  for (let r = 0; r < words.length; r += 1) starts[r + 1] = (starts[r + 1] as number) + (starts[r] as number);
  const cursor = starts.slice(0, words.length);
  const postings = new Uint32Array(n);
  for (let p = 0; p < n; p += 1) {
    const rank = rankOf[pairWord[p] as number] as number;
    const at = cursor[rank] as number;
    postings[at] = pairSlot[p] as number;
    cursor[rank] = at + 1;
  }
  return { words, starts, postings };
}

/** The first index whose word is not below `target`. */
function lowerBound(words: readonly string[], target: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` with every slot having a word that starts with `prefix` (a slot may come more than once). */
export function forEachPrefixMatch(dictionary: Dictionary, prefix: string, visit: (slot: number) => void): void {
  const { words, starts, postings } = dictionary;
  for (let w = lowerBound(words, prefix); w < words.length && (words[w] as string).startsWith(prefix); w += 1) {
    const end = starts[w + 1] as number;
    for (let p = starts[w] as number; p < end; p += 1) visit(postings[p] as number);
  }
}
