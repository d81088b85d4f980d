/**
 * Meeting links as people share them. Zoom's `?pwd=` (and plain `passcode=` /
 * `password=` parameters) let anyone with the link join without the passcode, so
 * wherever the passcode is hidden, that part of the link is hidden too.
 */

/** Query parameters that carry a meeting's passcode: Zoom's `pwd` (one-click join) and the plain names. */
const PASSCODE_PARAMS = /^(pwd|passcode|password)$/i;

/**
 * The link with its passcode-bearing parameters removed, unless passcodes are
 * included. Used for the .ics export and for showing a link on screen.
 * The link to write in the file. Unless passcodes are included, parameters
 * that carry one are dropped: Zoom's `?pwd=` lets anyone with the link join
 * without typing the passcode, so leaving it in would leak the passcode by
 * another name. Participants then type the passcode they were sent.
 */
export function shareableLink(link: string | undefined, includePasscodes: boolean): string | undefined {
  const trimmed = link?.trim();
  if (!trimmed || includePasscodes) return trimmed || undefined;
  const hashAt = trimmed.indexOf('#');
  const beforeHash = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : trimmed.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return trimmed;
  const kept = beforeHash
    .slice(queryAt + 1)
    .split('&')
    .filter((pair) => pair !== '' && !PASSCODE_PARAMS.test(decodeParamName(pair.split('=')[0] ?? '')));
  return `${beforeHash.slice(0, queryAt)}${kept.length > 0 ? `?${kept.join('&')}` : ''}${hash}`;
}

/** A query parameter name as a server reads it (`p%77d` is `pwd`); a malformed escape is left as written. */
function decodeParamName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
