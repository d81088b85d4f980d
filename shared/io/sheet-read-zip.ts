import { megabytes, readError, type ReadLimits } from './sheet-read-limits';

/**
 * The zip guard: reads a zip container's directory (no inflating) BEFORE
 * SheetJS sees it, and refuses zip bombs. SheetJS inflates every entry at once,
 * sizing each output by the uncompressed size of the entry's LOCAL header; so
 * this walks the archive exactly as SheetJS does (its EOCD search, its central
 * directory walk, its ZIP64 fields) and caps what SheetJS will allocate:
 *   - at most `maxZipEntries` entries;
 *   - at most `maxExpandedBytes` in total;
 *   - at most `maxCompressionRatio`:1 for any entry expanding past `ratioFloorBytes`;
 *   - local and central headers must agree (a disagreement is how a bomb hides);
 *   - a streamed entry (size 0 in its local header, real size in the central
 *     directory) would make SheetJS inflate with no bound: its local size is
 *     patched, in a copy, to the checked central size.
 */

/** One entry of the archive as the guard read it. */
export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  /** What SheetJS will allocate for it (after the guard's patching). */
  expandedSize: number;
  /** Offset of the entry's data in the file. */
  dataOffset: number;
};

/** The checked archive: its entries, and the bytes to give SheetJS (a patched copy when needed). */
export type CheckedZip = { entries: ZipEntry[]; bytes: Uint8Array };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_FIELD = 0x0001;
const DEFLATE = 8;

function corrupt(why: string): never {
  throw readError('import.errors.corrupt', {}, `The zip container is damaged: ${why}.`);
}

function u16(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > bytes.length) corrupt(`a field at ${at} is past the end`);
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > bytes.length) corrupt(`a field at ${at} is past the end`);
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at + 4) * 2 ** 32 + u32(bytes, at);
}

/** ZIP64 sizes in an extra field, read as SheetJS reads them (usz then csz; a zero means "absent"). */
function zip64Sizes(bytes: Uint8Array, start: number, length: number): { usz: number; csz: number } | undefined {
  let at = start;
  const end = start + length;
  let found: { usz: number; csz: number } | undefined;
  while (at <= end - 4) {
    const type = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (type === ZIP64_FIELD) {
      found = { usz: at + 12 <= end ? u64(bytes, at + 4) : 0, csz: at + 20 <= end ? u64(bytes, at + 12) : 0 };
    }
    at += 4 + size;
  }
  return found;
}

/** The offset of the End Of Central Directory record, found the way SheetJS finds it (last signature from the end). */
function findEocd(bytes: Uint8Array): number {
  for (let i = bytes.length - 4; i >= 0; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      if (i + 22 > bytes.length) corrupt('the end record is cut short');
      return i;
    }
  }
  return corrupt('no end record (the file is cut short)');
}

function tooLarge(limits: ReadLimits, why: string): never {
  throw readError('import.errors.tooLargeExpanded', { limitMb: megabytes(limits.maxExpandedBytes) }, `The file would expand too much when opened: ${why}.`);
}

/** Checks a zip container against the limits; throws 'import.errors.tooLargeExpanded', 'encrypted' or 'corrupt'. */
export function checkZip(input: Uint8Array, limits: ReadLimits): CheckedZip {
  let bytes = input;
  const eocd = findEocd(bytes);
  if (u32(bytes, eocd) !== EOCD) corrupt('bad end record');
  const count = u16(bytes, eocd + 10);
  const directory = u32(bytes, eocd + 16);
  // SheetJS does not read ZIP64 end records; an archive that needs one is not a spreadsheet we can open.
  if (count === 0xffff || directory === 0xffffffff) corrupt('ZIP64 end record');
  if (count > limits.maxZipEntries) tooLarge(limits, `${count} entries`);

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directory;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) corrupt(`entry ${i} of the central directory has no signature`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let csz = u32(bytes, at + 20);
    let usz = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const name = latin1(bytes, at + 46, nameLength);
    const central64 = zip64Sizes(bytes, at + 46 + nameLength, extraLength);
    if (central64?.usz) usz = central64.usz;
    if (central64?.csz) csz = central64.csz;
    at += 46 + nameLength + extraLength + commentLength;

    if (u32(bytes, local) !== LOCAL) corrupt(`entry ${name} has no local header`);
    const localFlags = u16(bytes, local + 6);
    if ((flags | localFlags) & 0x2041) {
      throw readError('import.errors.encrypted', {}, 'The zip container is encrypted.');
    }
    if (method !== 0 && method !== DEFLATE) corrupt(`entry ${name} uses compression method ${method}`);
    let localUsz = u32(bytes, local + 22);
    const localNameLength = u16(bytes, local + 26);
    const localExtraLength = u16(bytes, local + 28);
    if (localExtraLength > 0) {
      const local64 = zip64Sizes(bytes, local + 30 + localNameLength, localExtraLength);
      if (local64?.usz) localUsz = local64.usz;
      // SheetJS lets the central ZIP64 size win over the local one.
      if (central64?.usz) localUsz = central64.usz;
    }
    const dataOffset = local + 30 + localNameLength + localExtraLength;

    let expanded = localUsz;
    if (method === DEFLATE && localUsz === 0 && !emptyDeflate(bytes, dataOffset)) {
      if (usz === 0) corrupt(`entry ${name} has data but no size`);
      if (bytes === input) bytes = input.slice();
      writeU32(bytes, local + 22, usz);
      expanded = usz;
    } else if (method === DEFLATE && localUsz !== usz) {
      corrupt(`entry ${name} has inconsistent sizes (${localUsz} and ${usz})`);
    }

    total += expanded;
    if (total > limits.maxExpandedBytes) tooLarge(limits, `more than ${limits.maxExpandedBytes} bytes`);
    if (expanded > limits.ratioFloorBytes && expanded / Math.max(csz, 1) > limits.maxCompressionRatio) {
      tooLarge(limits, `entry ${name} expands ${Math.round(expanded / Math.max(csz, 1))} times`);
    }
    entries.push({ name, method, compressedSize: csz, expandedSize: expanded, dataOffset });
  }
  return { entries, bytes };
}

// SheetJS does not inflate a deflate stream that starts with an empty final block (03 00).
function emptyDeflate(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 3 && ((bytes[at + 1] ?? 0) & 3) === 0;
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}

// Entry names are read one byte per character, as SheetJS reads them: only ASCII names matter here.
function latin1(bytes: Uint8Array, start: number, length: number): string {
  if (start + length > bytes.length) corrupt('a name is past the end');
  let name = '';
  for (let i = start; i < start + length; i++) name += String.fromCharCode(bytes[i]!);
  return name;
}

/** The text of a stored (uncompressed) entry, e.g. an OpenDocument `mimetype`; undefined when it is compressed. */
export function storedText(zip: CheckedZip, name: string): string | undefined {
  const entry = zip.entries.find((e) => e.name === name);
  if (!entry || entry.method !== 0 || entry.compressedSize > 200) return undefined;
  return latin1(zip.bytes, entry.dataOffset, entry.compressedSize);
}
