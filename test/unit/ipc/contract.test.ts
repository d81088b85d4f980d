import { describe, expect, it } from 'vitest';
import { CHANNELS, MENU_COMMAND_CHANNEL, ipcErrorMessage, isMenuCommand } from '../../../shared/ipc/channels';
import {
  INVOKE_CONTRACT,
  MAX_FILE_BYTES,
  MENU_COMMAND_EVENT,
  isSafeFileName,
  toSafeFileName,
} from '../../../shared/ipc/contract';

const small = new Uint8Array([1, 2, 3]);
// Real arrays at and over the cap: zero-filled pages are not touched, so this is cheap.
const atCap = new Uint8Array(MAX_FILE_BYTES);
const oversize = new Uint8Array(MAX_FILE_BYTES + 1);

const accepts = (channel: keyof typeof INVOKE_CONTRACT, payload: unknown): boolean =>
  INVOKE_CONTRACT[channel].payload.safeParse(payload).success;

describe('the invoke contract', () => {
  it('covers exactly the channels behind DeskApi', () => {
    expect(Object.keys(INVOKE_CONTRACT).sort()).toEqual(
      ['app:info', 'backup:auto', 'files:open', 'files:save', 'print:page', 'settings:language'],
    );
    expect(Object.values(CHANNELS).sort()).toEqual(Object.keys(INVOKE_CONTRACT).sort());
  });

  it('app:info and print:page take nothing', () => {
    for (const channel of [CHANNELS.appInfo, CHANNELS.print] as const) {
      expect(accepts(channel, undefined)).toBe(true);
      expect(accepts(channel, {})).toBe(false);
      expect(accepts(channel, 'x')).toBe(false);
    }
  });

  it('files:open takes a known purpose and nothing else', () => {
    expect(accepts(CHANNELS.openFile, { purpose: 'import' })).toBe(true);
    expect(accepts(CHANNELS.openFile, { purpose: 'restore' })).toBe(true);
    expect(accepts(CHANNELS.openFile, { purpose: 'anything' })).toBe(false);
    expect(accepts(CHANNELS.openFile, { purpose: 'import', path: '/etc/passwd' })).toBe(false);
    expect(accepts(CHANNELS.openFile, 'import')).toBe(false);
    expect(accepts(CHANNELS.openFile, undefined)).toBe(false);
  });

  it('files:save takes a purpose, a bare file name and bytes under the cap', () => {
    const good = { purpose: 'export', suggestedName: 'Participants – Lagos 2022.xlsx', bytes: small };
    expect(accepts(CHANNELS.saveFile, good)).toBe(true);
    expect(accepts(CHANNELS.saveFile, { ...good, purpose: 'backup', suggestedName: 'Αθηνά backup.json' })).toBe(true);
    expect(accepts(CHANNELS.saveFile, { ...good, bytes: Buffer.from('buffers are Uint8Arrays') })).toBe(true);
    const bad: Record<string, unknown>[] = [
      { ...good, purpose: 'print' },
      { ...good, suggestedName: '../../.bashrc' },
      { ...good, suggestedName: '/etc/passwd' },
      { ...good, suggestedName: 'C:\\Windows\\evil.dll' },
      { ...good, suggestedName: 'a\u0000b.xlsx' },
      { ...good, suggestedName: '' },
      { ...good, suggestedName: 'é'.repeat(128) },
      { ...good, suggestedName: 42 },
      { ...good, bytes: [1, 2, 3] },
      { ...good, bytes: 'AQID' },
      { ...good, bytes: new ArrayBuffer(3) },
      { ...good, bytes: oversize },
      { ...good, extra: true },
      { purpose: 'export', bytes: small },
    ];
    bad.forEach((payload, index) => expect(accepts(CHANNELS.saveFile, payload), `bad payload #${index}`).toBe(false));
  });

  it('backup:auto takes bytes under the cap', () => {
    expect(accepts(CHANNELS.writeAutoBackup, { bytes: small })).toBe(true);
    expect(accepts(CHANNELS.writeAutoBackup, { bytes: atCap })).toBe(true);
    expect(accepts(CHANNELS.writeAutoBackup, { bytes: oversize })).toBe(false);
    expect(
      INVOKE_CONTRACT[CHANNELS.writeAutoBackup].payload.safeParse({ bytes: oversize }).error?.issues[0]?.message,
    ).toBe('must be at most 200 MB');
    expect(accepts(CHANNELS.writeAutoBackup, { bytes: null })).toBe(false);
    expect(accepts(CHANNELS.writeAutoBackup, small)).toBe(false);
  });

  it('settings:language takes one of the three interface languages', () => {
    for (const language of ['en', 'fr', 'es']) expect(accepts(CHANNELS.setLanguage, { language })).toBe(true);
    for (const language of ['de', 'EN', 'fr-FR', '', 1]) expect(accepts(CHANNELS.setLanguage, { language })).toBe(false);
  });

  it('menu:command carries one of the four commands', () => {
    expect(MENU_COMMAND_EVENT.channel).toBe(MENU_COMMAND_CHANNEL);
    for (const command of ['import', 'export', 'print', 'backup']) {
      expect(MENU_COMMAND_EVENT.payload.safeParse(command).success).toBe(true);
      expect(isMenuCommand(command)).toBe(true);
    }
    for (const command of ['quit', 'Import', '', null, 1]) {
      expect(MENU_COMMAND_EVENT.payload.safeParse(command).success).toBe(false);
      expect(isMenuCommand(command)).toBe(false);
    }
  });

  it('describes what main answers', () => {
    expect(INVOKE_CONTRACT[CHANNELS.openFile].result.safeParse(null).success).toBe(true);
    expect(INVOKE_CONTRACT[CHANNELS.openFile].result.safeParse({ name: 'Lagos: list.xlsx', bytes: small }).success).toBe(true);
    expect(INVOKE_CONTRACT[CHANNELS.saveFile].result.safeParse({ saved: false }).success).toBe(true);
    expect(INVOKE_CONTRACT[CHANNELS.saveFile].result.safeParse({ saved: true }).success).toBe(false);
  });
});

describe('file names', () => {
  it('accepts names in every script', () => {
    for (const name of ['Nguyễn Văn An.xlsx', 'María José García López.csv', 'Αθηνά.json', '.hidden', 'a'.repeat(255)]) {
      expect(isSafeFileName(name), name).toBe(true);
    }
  });

  it('refuses separators, reserved characters, dot names and names over 255 bytes', () => {
    for (const name of ['a/b', 'a\\b', '..', '.', 'a:b', 'a?b', 'a*b', 'a|b', 'a"b', 'a<b', 'tab\there', 'ends.', 'ends ', '   ', 'a'.repeat(256), '😀'.repeat(64)]) {
      expect(isSafeFileName(name), name).toBe(false);
    }
  });

  it('toSafeFileName turns any title into an accepted name', () => {
    expect(toSafeFileName('Lagos: 21–25 Nov / sign-in.xlsx')).toBe('Lagos- 21–25 Nov - sign-in.xlsx');
    expect(toSafeFileName('..')).toBe('Training Desk');
    expect(toSafeFileName('   ')).toBe('Training Desk');
    for (const raw of ['a/b\\c:d', 'x.', '😀'.repeat(100), 'é'.repeat(300), '\u0000', 'con?.csv']) {
      expect(isSafeFileName(toSafeFileName(raw)), raw).toBe(true);
    }
  });
});

describe('ipcErrorMessage', () => {
  it('strips Electron’s wrapping from main’s message', () => {
    expect(ipcErrorMessage(new Error("Error invoking remote method 'files:open': Error: Too big"))).toBe('Too big');
    expect(ipcErrorMessage(new Error("Error invoking remote method 'x': TypeError: bad"))).toBe('bad');
    expect(ipcErrorMessage(new Error('plain'))).toBe('plain');
    expect(ipcErrorMessage('text')).toBe('text');
  });
});
