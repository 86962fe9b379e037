/**
 * The key under which a place name is indexed and looked up: lower case,
 * accents folded (NFD, combining marks dropped), apostrophes, hyphens, dots
 * and other punctuation turned into spaces, runs of spaces collapsed.
 * "Sant Julià de Lòria" → "sant julia de loria"; "Al-Hasakah" → "al hasakah";
 * "St. Petersburg" → "st petersburg"; "U.S." → "u s".
 */
export function placeKey(name: string): string {
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase(); // most names: no folding to do
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when a token's text starts with an upper-case letter ("Tehran", "TEHRAN", "Ma'arat"). */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
