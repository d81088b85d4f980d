import { ComparePair } from './ComparePair';
import { PairList } from './PairList';
import { pairFromHash, useHash } from './pair-route';
import './duplicates.css';

/**
 * `#/participants/duplicates`: the search for people entered twice and its
 * list of pairs; with `?a=<id>&b=<id>`, the side-by-side comparison of one
 * pair and its merge. The directory renders this page for that route.
 */
export function DuplicatesPage() {
  const pair = pairFromHash(useHash());
  if (pair) return <ComparePair key={`${pair.left}|${pair.right}`} leftId={pair.left} rightId={pair.right} />;
  return <PairList />;
}
