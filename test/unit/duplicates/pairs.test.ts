import { describe, expect, it } from 'vitest';
import type { DuplicateCandidate } from '../../../shared/domain/person-matching';
import { candidateAt, openPositions, packCandidates, pairCount } from '../../../renderer/features/duplicates/pairs';
import { pairKey } from '../../../renderer/features/duplicates/view-model';

const [A, B, C, D] = ['01HZXA', '01HZXB', '01HZXC', '01HZXD'];
const candidates: DuplicateCandidate[] = [
  { a: A, b: B, reasons: ['same-email', 'same-name-country', 'name-variant-same-institution'], score: 100 },
  { a: C, b: D, reasons: ['same-email'], score: 50 },
  { a: A, b: C, reasons: ['same-name-country'], score: 30 },
  { a: B, b: D, reasons: ['swapped-names'], score: 25 },
];

describe('packed search results', () => {
  it('give back every pair as it was, in the same order (best first)', () => {
    const packed = packCandidates(candidates);
    expect(pairCount(packed)).toBe(4);
    expect(candidates.map((_, i) => candidateAt(packed, i))).toEqual(candidates);
    expect(packed.ids).toEqual([A, B, C, D]);
  });

  it('leave out the pairs set aside, whichever way round their key was written', () => {
    const packed = packCandidates(candidates);
    const open = openPositions(packed, new Set([pairKey(C, A), pairKey(D, B), 'gone|nobody']));
    expect([...(open ?? [])].map((i) => candidateAt(packed, i).score)).toEqual([100, 50]);
  });

  it('need no list of positions when nothing in the result is set aside', () => {
    const packed = packCandidates(candidates);
    expect(openPositions(packed, new Set())).toBeNull();
    expect(openPositions(packed, new Set([pairKey(A, D), 'x|y']))).toBeNull();
  });

  it('are an empty result for no pairs', () => {
    const packed = packCandidates([]);
    expect(pairCount(packed)).toBe(0);
    expect(openPositions(packed, new Set(['a|b']))).toBeNull();
  });
});
