import type { CameoCode, PloverCode } from '../model/types.js';
import { CAMEO_EVENT_TABLE } from './cameoTable.js';
import { PLOVER_TABLE } from './ploverTable.js';

const BY_CODE = new Map<string, CameoCode>(
  CAMEO_EVENT_TABLE.map(([code, name, goldstein, quad]) => [
    code,
    { code, root: code.slice(0, 2), name, goldstein, quad_class: quad },
  ]),
);

/**
 * Looks up a CAMEO event code ("040", "0874", "19").
 * Returns the code's name, root, Goldstein value and QuadClass, or null for an
 * unknown code. Source: CAMEO 1.1b3 codebook; Goldstein (1992) scale.
 */
export function describe(code: string): CameoCode | null {
  return BY_CODE.get(code) ?? null;
}

/** True when `code` is a CAMEO 1.1b3 event code. */
export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** Every CAMEO event code, in codebook order. */
export function allCameoCodes(): CameoCode[] {
  return [...BY_CODE.values()];
}

/**
 * Maps a CAMEO code to PLOVER (event, mode, context[]), falling back to the
 * parent code ("0874" → "087" → "08" root default). Returns null for roots 01
 * and 02, which PLOVER dropped. Source: CAMEO→PLOVER table, PLOVER draft 0.8 (2021).
 */
export function toPlover(code: string): PloverCode | null {
  for (const key of [code, code.slice(0, 3), `${code.slice(0, 2)}0`]) {
    const row = PLOVER_TABLE[key];
    if (row) return { event: row[0], mode: row[1], context: [...row[2]] };
  }
  return null;
}
