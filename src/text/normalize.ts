/**
 * Token normal forms: lower case, curly quotes and typographic dashes made
 * plain, so that dictionaries written with ' and - match "’" and "–".
 * Each replacement is one UTF-16 unit for one, so offsets never move.
 */
const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const TYPOGRAPHIC = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB\u2010-\u2015\u2212]/g;

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** Lower-cases `text` and replaces curly quotes and dashes with ASCII ones. */
export function normalizeWord(text: string): string {
  let norm = cache.get(text);
  if (norm === undefined) {
    norm = text.replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? c).toLowerCase();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, norm);
  }
  return norm;
}

/** True for a dash of any kind ("-", "–", "—"). */
export function isDash(text: string): boolean {
  return /^[-\u2010-\u2015\u2212]{1,2}$/.test(text);
}
