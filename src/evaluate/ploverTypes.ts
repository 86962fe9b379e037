/**
 * The PLOVER event types that gold records name and that dyad's events are
 * scored as. The development set (`../shared/eval`) uses 15 root types; YIELD
 * is the older name for PLOVER's CONCEDE and RETREAT, as in
 * `../shared/eval/score.py`.
 */
import { PLOVER_TABLE } from '../ontology/ploverTable.js';

/** The 15 root types of the gold records, in PLOVER's order (CAMEO roots 03–20). */
export const GOLD_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'YIELD', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT',
] as const;
export type GoldType = (typeof GOLD_TYPES)[number];

/**
 * Other names of the same types. CONCEDE and RETREAT (PLOVER 2021) are YIELD;
 * the OEDA gold-standard records (PLOVER 0.5b1) still use the names of CAMEO
 * roots that PLOVER later merged, each read as the type its root maps to in
 * the CAMEO→PLOVER table: DIPLOMACY (05) SUPPORT, INVESTIGATE (09) and
 * DISAPPROVE (11) ACCUSE, DEMAND (10) REQUEST, FIGHT (19) ASSAULT.
 */
export const TYPE_ALIASES: Readonly<Record<string, GoldType>> = {
  CONCEDE: 'YIELD', RETREAT: 'YIELD', DIPLOMACY: 'SUPPORT', INVESTIGATE: 'ACCUSE',
  DISAPPROVE: 'ACCUSE', DEMAND: 'REQUEST', FIGHT: 'ASSAULT',
};

const KNOWN = new Set<string>(GOLD_TYPES);

/** A gold record's event name ("ACCUSE", "concede") as one of the 15 types, or null when it is none of them nor an alias. */
export function goldType(name: string): GoldType | null {
  const upper = name.trim().toUpperCase();
  if (KNOWN.has(upper)) return upper as GoldType;
  return TYPE_ALIASES[upper] ?? null;
}

/**
 * The type a CAMEO event code ("0874", "190") is scored as, read exactly as
 * score.py reads it: the code's own line of the CAMEO→PLOVER table, else its
 * parent's, dropping one digit at a time; CONCEDE and RETREAT count as YIELD.
 * Null for codes PLOVER dropped (roots 01 and 02) and unknown codes. The
 * table's root lines ("03: AGREE") are compiled as the root's x0 code
 * (`030`), which has the same type for every root.
 */
export function codedType(code: string | null | undefined): GoldType | null {
  for (let c = code ?? ''; c; c = c.slice(0, -1)) {
    const row = PLOVER_TABLE[c] ?? (c.length === 2 ? PLOVER_TABLE[`${c}0`] : undefined);
    if (row) return goldType(row[0]);
  }
  return null;
}
