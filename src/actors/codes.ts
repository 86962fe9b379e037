/** Actor codes as strings of three-letter parts: joining, cutting and PETRARCH's stacking. */

/**
 * PETRARCH's way of adding agent codes to an actor code: each is appended in
 * turn unless the code already holds it at a three-letter boundary
 * ("GMWGOV" + ["WGO", "GOV"] → "GMWGOVWGO": the W-G-O inside "GMWGOV" is no WGO).
 */
export function stackCodes(code: string, agents: readonly string[]): string {
  let out = code;
  for (const a of agents) if (!holds(out, a)) out += a;
  return out;
}

/** Whether `code` holds `part` at a three-letter boundary. */
function holds(code: string, part: string): boolean {
  for (let k = code.indexOf(part); k >= 0; k = code.indexOf(part, k + 1)) if (k % 3 === 0) return true;
  return false;
}

/** An actor code cut into its three-letter parts ("NGOHRI" → NGO, HRI); a shorter tail stays a part. */
export function codeChunks(code: string): string[] {
  return code.match(/.{1,3}/g) ?? [];
}

/** A code from country + sectors ("IRN" + ["GOV"] → "IRNGOV"); sectors alone when the country is unknown. */
export function joinCode(country: string | null, sectors: string[]): string {
  return `${country ?? ''}${sectors.join('')}`;
}
