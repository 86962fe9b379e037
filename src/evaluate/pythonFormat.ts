/**
 * Python's text forms of the values score.py prints, so that dyad evaluate's
 * figures and misses file read byte for byte as score.py's: `repr()` of a
 * string, a list of strings and None, and `format()` with `.1%` / `.2f`.
 */

/** Characters Python's `str.isprintable()` rejects: other (Cc Cf Cs Co Cn) and separators (Zl Zp Zs), except the space. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * Python's `repr()` of a string (`'Iran'`, `"Iran's"`, `'a\\nb'`), or `None`
 * for null/undefined. Single quotes unless the string holds a single quote
 * and no double quote; backslash escapes for the quote, `\\`, `\t \n \r`,
 * `\xNN` / `\uNNNN` / `\UNNNNNNNN` for unprintable characters.
 */
export function pyRepr(s: string | null | undefined): string {
  if (s === null || s === undefined) return 'None';
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) out += reprChar(ch, quote);
  return out + quote;
}

const ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };

function reprChar(ch: string, quote: string): string {
  if (ch === quote) return `\\${ch}`;
  const escape = ESCAPES[ch];
  if (escape) return escape;
  const cp = ch.codePointAt(0)!;
  if (cp === 0x20 || !UNPRINTABLE.test(ch)) return ch;
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** Python's `str()` of a list of strings (`['Iran', 'Russia']`), or `None` for null. */
export function pyList(list: readonly string[] | null | undefined): string {
  if (list === null || list === undefined) return 'None';
  return `[${list.map(pyRepr).join(', ')}]`;
}

/**
 * `x` with `digits` decimals as Python's `format(x, '.Nf')` gives it: correctly
 * rounded, an exact tie to the even digit (`12.25` → `12.2`), where
 * JavaScript's `toFixed` rounds a tie up.
 */
export function pyFixed(x: number, digits: number): string {
  const scale = 10 ** digits;
  const half = 2 ** (digits + 1);
  // a double is exactly halfway between two N-decimal numbers only when x·2^(N+1) is an odd integer
  const tie = Number.isInteger(x * half) && Math.abs(x * half) % 2 === 1;
  if (!tie) return x.toFixed(digits);
  const down = Math.floor(x * scale);
  return ((down % 2 === 0 ? down : down + 1) / scale).toFixed(digits);
}

/** A share (0–1) as Python's `format(x, '.1%')`: `0.508` → `50.8%` (multiplied by 100 first, as Python does). */
export function pyPercent(share: number): string {
  return `${pyFixed(share * 100, 1)}%`;
}
