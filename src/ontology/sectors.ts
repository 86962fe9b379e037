/**
 * CAMEO actor type codes (sectors, agents) with their meaning.
 * Source: CAMEO 1.1b3 codebook, ch. 3 (actor codes) and ch. 4 (religion).
 */
export const SECTOR_NAMES: Readonly<Record<string, string>> = {
  GOV: 'Government', MIL: 'Military', COP: 'Police', JUD: 'Judiciary', SPY: 'Intelligence',
  LEG: 'Legislature', ELI: 'Elites', PTY: 'Political party', OPP: 'Opposition',
  REB: 'Rebels', INS: 'Insurgents', SEP: 'Separatists', UAF: 'Unidentified armed forces',
  CRM: 'Criminals', BUS: 'Business', MED: 'Media', EDU: 'Education', HLH: 'Health',
  CVL: 'Civilians', REF: 'Refugees', LAB: 'Labour', AGR: 'Agriculture', HRI: 'Human rights',
  NGO: 'Non-governmental organisation', IGO: 'Inter-governmental organisation',
  MNC: 'Multinational corporation', DEV: 'Development', ENV: 'Environment', MOD: 'Moderate',
  RAD: 'Radical', IRG: 'Irregular', UNO: 'United Nations', REL: 'Religious',
  CHR: 'Christian', MOS: 'Muslim', JEW: 'Jewish', BUD: 'Buddhist', HIN: 'Hindu',
  ATH: 'Atheist', CON: 'Confucian', SHI: 'Shia', SUN: 'Sunni', CTH: 'Catholic',
  ORT: 'Orthodox', PRO: 'Protestant', SIK: 'Sikh', BAH: "Baha'i", CPT: 'Coptic', DRZ: 'Druze', ALE: 'Alewite',
  JAN: 'Jain', SHN: 'Shinto', TAO: 'Taoist', ZRO: 'Zoroastrian', ITR: 'Israeli', MDS: 'Mormon', ANG: 'Anglican', LUT: 'Lutheran',
  MET: 'Methodist', UNR: 'Unaffiliated religion', SPR: 'Spiritual', KID: 'Children', ELD: 'Elders', VET: 'Veterans',
};

/** Actor prefixes that are not countries but stand in the country position. */
export const NON_STATE_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'UIS']);

/**
 * Splits a CAMEO actor code into its country (first three letters) and
 * three-letter sector components. "IRNGOVMIL" → {country: "IRN", sectors: ["GOV", "MIL"]};
 * "MIL" or "---MIL" → {country: null, sectors: ["MIL"]}.
 */
export function splitActorCode(code: string): { country: string | null; sectors: string[] } {
  const parts = code.match(/.{1,3}/g) ?? [];
  if (parts.length === 0) return { country: null, sectors: [] };
  const head = parts[0]!;
  if (head === '---') return { country: null, sectors: parts.slice(1) };
  if (SECTOR_NAMES[head] && !NON_STATE_PREFIXES.has(head)) return { country: null, sectors: parts };
  return { country: head, sectors: parts.slice(1) };
}
