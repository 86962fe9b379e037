import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { codeStory } from '../pipeline.js';

/** PETRARCH's comma-clause lengths in words (PETR_config.ini); a maximum of 0 turns that kind off. */
export interface CommaLimits {
  /** Internal clauses, between two commas. */
  min: number;
  max: number;
  /** The initial clause, before the first comma. */
  bmin: number;
  bmax: number;
  /** The terminal clause, after the last comma. */
  emin: number;
  emax: number;
}

/** PETRARCH's defaults: internal and terminal clauses of 2–8 words, initial clauses kept. */
export const DEFAULT_COMMA_LIMITS: CommaLimits = { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 };

/**
 * The comma limits in force for a validation record: `<Config option="comma_min" …>` and its
 * siblings over PETRARCH's defaults (values that are not whole numbers are ignored).
 */
export function commaLimits(config: Record<string, string>): CommaLimits {
  const n = (key: string, fallback: number): number => {
    const v = config[key]?.trim();
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback;
  };
  const d = DEFAULT_COMMA_LIMITS;
  return {
    min: n('comma_min', d.min), max: n('comma_max', d.max), bmin: n('comma_bmin', d.bmin), bmax: n('comma_bmax', d.bmax),
    emin: n('comma_emin', d.emin), emax: n('comma_emax', d.emax),
  };
}

/**
 * PETRARCH drops short comma-delimited clauses before coding ("…, a senior
 * official said on Saturday." with a terminal limit of 6 words): returns the
 * sentence without the initial, internal and terminal clauses whose length
 * in words falls inside their limits. A comma inside a noun phrase — a list
 * of actors ("Mordor, Rohan and Bree") or of adjectives ("complete, full
 * ties") — delimits no clause; dyad's own parse of the sentence (with `dict`)
 * tells which commas those are. Text without such clauses comes back as it was.
 */
export function dropCommaClauses(text: string, limits: CommaLimits, dict: Dictionaries): string {
  if (!text.includes(',')) return text;
  const { analysis } = codeStory({ id: 'commas', date: '2000-01-01', text }, dict, { trace: () => {}, petrarchCompatible: true });
  const { tokens } = analysis!.text;
  const inPhrase = new Uint8Array(tokens.length);
  for (const s of analysis!.sentences) for (const p of s.participants) for (let k = p.start; k < p.end; k++) inPhrase[k] = 1;
  const adjectiveList = (k: number): boolean => tokens[k - 1]?.pos === 'ADJ'
    && (tokens[k + 1]?.pos === 'ADJ' || (tokens[k + 1]?.pos === 'ADV' && /^(ADJ|NOUN)$/.test(tokens[k + 2]?.pos ?? '')));
  const commas = tokens.filter((t) => t.text === ',' && !inPhrase[t.i] && !adjectiveList(t.i));
  if (commas.length === 0) return text;
  const last = tokens[tokens.length - 1]!;
  const bodyEnd = last.pos === 'PUNCT' && /^[.!?]$/.test(last.text) ? last.start : text.trimEnd().length;
  // clause n runs from after comma n-1 to comma n (characters)
  const bounds = [0, ...commas.flatMap((c) => [c.start, c.end]), bodyEnd];
  const words = (a: number, b: number): number => text.slice(a, b).trim().split(/\s+/).filter(Boolean).length;
  const drop = (n: number): boolean => {
    const w = words(bounds[2 * n]!, bounds[2 * n + 1]!);
    const [lo, hi] = n === 0 ? [limits.bmin, limits.bmax] : n === commas.length ? [limits.emin, limits.emax] : [limits.min, limits.max];
    return hi > 0 && w >= lo && w <= hi;
  };
  const kept: string[] = [];
  for (let n = 0; n <= commas.length; n++) if (!drop(n)) kept.push(text.slice(bounds[2 * n]!, bounds[2 * n + 1]!).trim());
  if (kept.length === commas.length + 1 || kept.length === 0) return text;
  return kept.join(', ') + text.slice(bodyEnd);
}
