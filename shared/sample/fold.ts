import { foldText } from '../domain/text';

/**
 * Folds text for sorting and matching: lower case, accents and other combining
 * marks removed (NFD/NFKD then \p{M}), whitespace collapsed and trimmed.
 * "García López" → "garcia lopez", "Nguyễn" → "nguyen".
 *
 * It delegates to shared/domain's `foldText` so that sample people sort and match
 * exactly as imported or typed people do.
 */
export function foldForSort(text: string): string {
  return foldText(text);
}
