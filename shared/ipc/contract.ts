import { z } from 'zod';
import { UI_LANGUAGES } from '../domain/types';
import { MENU_COMMANDS, type AppInfo, type OpenedFile, type SaveResult } from './desk-api';
import { CHANNELS, MENU_COMMAND_CHANNEL, type InvokeChannel } from './channels';

/**
 * The IPC contract: for each channel behind `window.desk`, the zod schema main
 * parses the payload with, and the schema of what it answers. Main treats every
 * payload as hostile (a compromised renderer can send anything), so the limits
 * live here, once, beside the types both sides compile against.
 */

/** Largest file opened, saved or backed up: a 44,000-member base with history fits easily. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** The same cap in MB, for messages shown to people. */
export const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / (1024 * 1024);
/** Most file systems cap a name at 255 bytes of UTF-8. */
export const MAX_FILE_NAME_BYTES = 255;
/** Backups (automatic and saved by hand) are JSON written by the renderer. */
export const BACKUP_FILE_EXTENSION = 'json';
export { SPREADSHEET_EXTENSIONS } from './desk-api';

// Separators, Windows-reserved characters and C0/DEL controls: none may reach a path.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NAME = /[/\\<>:"|?*\u0000-\u001f\u007f]/;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** True when `name` is a bare file name that is safe on Windows, macOS and Linux. */
export function isSafeFileName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name !== '.' &&
    name !== '..' &&
    !FORBIDDEN_IN_NAME.test(name) &&
    !/[. ]$/.test(name) &&
    utf8Length(name) <= MAX_FILE_NAME_BYTES
  );
}

/**
 * Turns any title (a programme called "Lagos: 21–25 Nov") into a name that
 * `isSafeFileName` accepts, keeping the extension; for the renderer to call
 * before `saveFile`, since main refuses unsafe names rather than guess.
 */
export function toSafeFileName(raw: string, fallback = 'Training Desk'): string {
  const cleaned = raw.replace(new RegExp(FORBIDDEN_IN_NAME, 'g'), '-').replace(/[. ]+$/, '').trim();
  const base = cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
  let out = '';
  for (const char of base) {
    if (utf8Length(out + char) > MAX_FILE_NAME_BYTES) break;
    out += char;
  }
  return out.replace(/[. ]+$/, '') || fallback;
}

const fileName = z
  .string()
  .refine(isSafeFileName, 'must be a bare file name: no path separators or reserved characters, at most 255 bytes');

// z.custom, not z.instanceof: InstanceType<typeof Uint8Array> narrows to
// Uint8Array<ArrayBuffer> under some libs, and DeskApi speaks plain Uint8Array.
const fileBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be a Uint8Array' })
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, `must be at most ${MAX_FILE_MEGABYTES} MB`);

const openPurpose = z.enum(['import', 'restore']);
const savePurpose = z.enum(['backup', 'export']);

const appInfoResult: z.ZodType<AppInfo> = z.strictObject({
  version: z.string(),
  platform: z.string(),
  dataPath: z.string(),
});
const openedFileResult: z.ZodType<OpenedFile | null> = z
  // A name read from disk is shown, never used as a path; Linux allows ":" in it.
  .strictObject({ name: z.string(), bytes: fileBytes })
  .nullable();
const saveResult: z.ZodType<SaveResult> = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), name: z.string() }),
  z.strictObject({ saved: z.literal(false) }),
]);

/** Channel → payload schema and result schema, for every `invoke` channel. */
export const INVOKE_CONTRACT = {
  [CHANNELS.appInfo]: { payload: z.undefined(), result: appInfoResult },
  [CHANNELS.openFile]: { payload: z.strictObject({ purpose: openPurpose }), result: openedFileResult },
  [CHANNELS.saveFile]: {
    payload: z.strictObject({ purpose: savePurpose, suggestedName: fileName, bytes: fileBytes }),
    result: saveResult,
  },
  [CHANNELS.print]: { payload: z.undefined(), result: z.undefined() },
  [CHANNELS.writeAutoBackup]: {
    payload: z.strictObject({ bytes: fileBytes }),
    result: z.strictObject({ name: z.string() }),
  },
  [CHANNELS.setLanguage]: {
    payload: z.strictObject({ language: z.enum(UI_LANGUAGES) }),
    result: z.undefined(),
  },
} as const satisfies Record<InvokeChannel, { payload: z.ZodType; result: z.ZodType }>;

/** What the renderer sends on channel `C`, after parsing. */
export type InvokePayload<C extends InvokeChannel> = z.output<(typeof INVOKE_CONTRACT)[C]['payload']>;
/** What main answers on channel `C`. */
export type InvokeResult<C extends InvokeChannel> = z.output<(typeof INVOKE_CONTRACT)[C]['result']>;

/** The main → renderer event: its channel and payload schema. */
export const MENU_COMMAND_EVENT = {
  channel: MENU_COMMAND_CHANNEL,
  payload: z.enum(MENU_COMMANDS),
} as const;
