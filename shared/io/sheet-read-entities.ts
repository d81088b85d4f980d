/**
 * The named character references of HTML 4.01 (what PHP's htmlentities() and
 * older web exports write: &eacute; &Alpha; &rsquo;) plus &apos;, as a Map:
 * names come from the file and must never be looked up on a plain object
 * (&constructor; &__proto__;).
 */

const LATIN_1 = `
  nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute
  micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring
  AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml
  times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil
  egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash
  ugrave uacute ucirc uuml yacute thorn yuml
`;
const GREEK_CAPITALS = `
  Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon
  Phi Chi Psi Omega
`;
const GREEK_SMALL = `
  alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau
  upsilon phi chi psi omega
`;
const OTHERS = `
  quot:22 amp:26 lt:3c gt:3e OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 tilde:2dc
  thetasym:3d1 upsih:3d2 piv:3d6 ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e rlm:200f
  ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e dagger:2020
  Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 rsaquo:203a oline:203e
  frasl:2044 euro:20ac image:2111 weierp:2118 real:211c trade:2122 alefsym:2135 larr:2190 uarr:2191 rarr:2192
  darr:2193 harr:2194 crarr:21b5 lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202
  exist:2203 empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b prod:220f sum:2211 minus:2212 lowast:2217
  radic:221a prop:221d infin:221e ang:2220 and:2227 or:2228 cap:2229 cup:222a int:222b there4:2234 sim:223c
  cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265 sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287
  oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil:2309 lfloor:230a rfloor:230b lang:2329 rang:232a
  loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666 apos:27
`;

const words = (list: string) => list.trim().split(/\s+/);

function build(): Map<string, string> {
  const map = new Map<string, string>();
  words(LATIN_1).forEach((name, i) => map.set(name, String.fromCharCode(0xa0 + i)));
  // Greek capitals run from Alpha (U+0391) to Omega, skipping U+03A2 (no final capital sigma).
  words(GREEK_CAPITALS).forEach((name, i) => map.set(name, String.fromCharCode(0x391 + i + (i >= 17 ? 1 : 0))));
  words(GREEK_SMALL).forEach((name, i) => map.set(name, String.fromCharCode(0x3b1 + i)));
  for (const entry of words(OTHERS)) {
    const [name, hex] = entry.split(':') as [string, string];
    map.set(name, String.fromCharCode(parseInt(hex, 16)));
  }
  return map;
}

const NAMED = build();

// Numeric references to 0x80–0x9F mean Windows-1252, as browsers read them (&#146; is ’).
const C1_AS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function fromCode(code: number): string | undefined {
  if (code >= 0x80 && code <= 0x9f) return String.fromCharCode(C1_AS_1252[code - 0x80]!);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** Decodes character references (&amp; &eacute; &#233; &#xE9;); an unknown one stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,9}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCode(parseInt(dec, 10)) ?? whole;
    if (hex !== undefined) return fromCode(parseInt(hex, 16)) ?? whole;
    // A named reference needs its semicolon (AT&T stays AT&T), except the few browsers accept bare.
    const found = NAMED.get(name!);
    if (found === undefined) return whole;
    return whole.endsWith(';') || /^(amp|lt|gt|quot|nbsp)$/.test(name!) ? found : whole;
  });
}
