import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../renderer/features/import/commit/hash';

describe('sha256Hex', () => {
  it('gives the SHA-256 of the bytes as lower-case hex (FIPS 180-2 test vectors)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('reads only the view it is given, not the whole buffer behind it', async () => {
    const buffer = new TextEncoder().encode('xxabcxx').buffer;
    expect(await sha256Hex(new Uint8Array(buffer, 2, 3))).toBe(await sha256Hex(new TextEncoder().encode('abc')));
  });
});
