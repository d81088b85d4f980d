/**
 * SHA-256 of a file's bytes, as lower-case hex: the import batch keeps it so a
 * file imported before is recognised ("this file was imported on …"). Web
 * Crypto digests off the page's thread, so even a 20 MB sheet does not freeze it.
 */
export async function sha256Hex(bytes: ArrayBuffer | ArrayBufferView<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
