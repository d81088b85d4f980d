import { describe, expect, it } from 'vitest';
import { locationFromHash } from '../../../renderer/app/routes';
import { LIST_HASH, pairFromHash, pairHash } from '../../../renderer/features/duplicates/pair-route';

describe('the address of a pair', () => {
  it('round-trips two ids through the hash, under the directory’s duplicates route', () => {
    const hash = pairHash('01HZXA', '01HZXB');
    expect(pairFromHash(hash)).toEqual({ left: '01HZXA', right: '01HZXB' });
    // The app's router sees only #/participants/duplicates: the pair is in the query.
    expect(locationFromHash(hash)).toEqual({ route: 'participants', params: ['duplicates'] });
    expect(LIST_HASH).toBe('#/participants/duplicates');
  });

  it('means the list when the pair is missing or incomplete', () => {
    expect(pairFromHash(LIST_HASH)).toBeNull();
    expect(pairFromHash(`${LIST_HASH}?a=01HZXA`)).toBeNull();
    expect(pairFromHash(`${LIST_HASH}?a=&b=01HZXB`)).toBeNull();
  });
});
