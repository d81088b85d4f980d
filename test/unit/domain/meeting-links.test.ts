import { describe, expect, it } from 'vitest';
import { shareableLink } from '../../../shared/domain/meeting-links';

describe('shareableLink', () => {
  it('hides the passcode Zoom carries in the link, and keeps the rest', () => {
    expect(shareableLink('https://us06web.zoom.us/j/84213570926?pwd=c29saWRh', false)).toBe('https://us06web.zoom.us/j/84213570926');
    expect(shareableLink('https://meet.example/j/1?lang=fr&Passcode=123#x', false)).toBe('https://meet.example/j/1?lang=fr#x');
    expect(shareableLink('https://meet.example/j/1?p%77d=abc', false)).toBe('https://meet.example/j/1');
  });
  it('keeps everything when passcodes are shown', () => {
    expect(shareableLink('https://us06web.zoom.us/j/1?pwd=abc', true)).toBe('https://us06web.zoom.us/j/1?pwd=abc');
  });
  it('gives nothing for an empty link', () => {
    expect(shareableLink('  ', false)).toBeUndefined();
    expect(shareableLink(undefined, false)).toBeUndefined();
  });
});
