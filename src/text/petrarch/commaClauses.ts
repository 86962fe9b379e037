import type { CodingContext, CommaLimits } from '../../context.js';
import type { StoryComponent } from '../../model/component.js';
import type { Document } from '../../model/document.js';
import type { Story } from '../../model/types.js';

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
 * official said on Saturday." with a terminal limit of 6 words): the
 * component reads the story once as far as its participants (`parse`, the
 * profile's own components up to there), and codes the story without the
 * initial, internal and terminal clauses whose length in words falls inside
 * their limits (`ctx.commaLimits`). Spans of the events then index that text.
 */
export function commaClauses(parse: (story: Story, ctx: CodingContext) => Document): StoryComponent<CodingContext> {
  return {
    name: 'petrarch-comma-clauses', scope: 'story', reads: ['story'], writes: ['story'],
    run(doc, ctx) {
      if (!doc.story.text.includes(',')) return;
      const text = withoutCommaClauses(parse(doc.story, ctx), ctx.commaLimits);
      if (text !== doc.story.text) doc.story = { ...doc.story, text };
    },
  };
}

/**
 * The text of a parsed story without its short comma clauses (see
 * `commaClauses`). A comma inside a noun phrase — a list of actors
 * ("Mordor, Rohan and Bree") or of adjectives ("complete, full ties") —
 * delimits no clause; the participants of `parsed` tell which commas those
 * are. Text without such clauses comes back as it was.
 */
export function withoutCommaClauses(parsed: Document, limits: CommaLimits): string {
  const text = parsed.story.text;
  const { tokens } = parsed;
  const inPhrase = new Uint8Array(tokens.length);
  for (const s of parsed.units) for (const p of s.participants) for (let k = p.start; k < p.end; k++) inPhrase[k] = 1;
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
