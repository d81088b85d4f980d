import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadZoneChoice, offsetText, parseZone, resolveZone, saveZoneChoice, systemZone, zoneOptions } from '../../../renderer/features/calendar/zones';

describe('resolveZone', () => {
  it('follows the programme only while one programme is selected', () => {
    expect(resolveZone({ mode: 'programme' }, 'Africa/Lagos')).toEqual({ zone: 'Africa/Lagos', mode: 'programme' });
    expect(resolveZone({ mode: 'programme' }, undefined)).toEqual({ zone: systemZone(), mode: 'mine' });
  });

  it('uses a picked zone, and this computer’s when the picked one is unknown', () => {
    expect(resolveZone({ mode: 'zone', zone: 'America/New_York' }, 'Africa/Lagos')).toEqual({ zone: 'America/New_York', mode: 'zone' });
    expect(resolveZone({ mode: 'zone', zone: 'Mars/Olympus_Mons' }, undefined).mode).toBe('mine');
    expect(resolveZone({ mode: 'mine' }, 'Africa/Lagos').zone).toBe(systemZone());
  });
});

describe('zone names and offsets', () => {
  it('reads a typed zone whatever its case, and refuses one this computer does not know', () => {
    expect(parseZone('  america/new_york ')).toBe('America/New_York');
    expect(parseZone('Europe/Paris')).toBe('Europe/Paris');
    expect(parseZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(parseZone('')).toBeUndefined();
  });

  it('writes offsets with a true minus sign, as typeset', () => {
    expect(offsetText('America/New_York', '2026-01-15T12:00:00Z')).toBe('UTC\u221205:00');
    expect(offsetText('America/New_York', '2026-07-15T12:00:00Z')).toBe('UTC\u221204:00');
    expect(offsetText('Asia/Kolkata', '2026-07-15T12:00:00Z')).toBe('UTC+05:30');
  });

  it('lists every zone once with its offset, west to east', () => {
    const options = zoneOptions();
    expect(options.find((o) => o.zone === 'UTC')?.offset).toBe('UTC+00:00');
    expect(options.some((o) => o.zone === 'America/New_York')).toBe(true);
    expect(new Set(options.map((o) => o.zone)).size).toBe(options.length);
    const minutes = options.map((o) => o.offsetMinutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });
});

describe('the remembered choice', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('round-trips through localStorage and ignores what it cannot trust', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
    // Nothing chosen yet: the programme's own zone (this computer's when no programme is selected).
    expect(loadZoneChoice()).toEqual({ mode: 'programme' });
    saveZoneChoice({ mode: 'zone', zone: 'America/New_York' });
    expect(loadZoneChoice()).toEqual({ mode: 'zone', zone: 'America/New_York' });
    saveZoneChoice({ mode: 'programme' });
    expect(loadZoneChoice()).toEqual({ mode: 'programme' });
    saveZoneChoice({ mode: 'mine' });
    expect(loadZoneChoice()).toEqual({ mode: 'mine' });
    store.set('training-desk.calendar.zone', '{"mode":"zone","zone":"Nowhere/Else"}');
    expect(loadZoneChoice()).toEqual({ mode: 'programme' });
  });

  it('falls back to the default when storage is blocked', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } });
    expect(loadZoneChoice()).toEqual({ mode: 'programme' });
    expect(() => saveZoneChoice({ mode: 'mine' })).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
