import type { Trace } from '../model/trace.js';
import type { Candidate } from '../model/coder.js';

/** A refiner maps a sentence's candidates to candidates (chrono's refiner idea). */
export type Refiner = (candidates: Candidate[], trace: Trace) => Candidate[];

/**
 * A reported attack on the speaker's own side is an accusation by the speaker:
 * "Thailand's army said Cambodian troops had fired on its patrols" →
 * THAMIL accuses KHMMIL of aggression (CAMEO 1123; 112 for other conflict).
 * The reported attack stays, attributed to the speaker.
 */
export const accuseFromReportedAttack: Refiner = (candidates, trace) => {
  const added: Candidate[] = [];
  for (const c of candidates) {
    const s = c.speaker;
    const root = Number(c.code.slice(0, 2));
    if (!s || root < 17 || !c.target || c.source.country === s.country) continue;
    if (c.target.country !== s.country) continue;
    const code = root >= 18 ? '1123' : '112';
    trace(() => `  reported attack on the speaker's side: ${s.code} accuses ${c.source.code} (${code})`);
    added.push({
      ...c, source: s, target: c.source, code, speaker: null,
      notes: [...c.notes, `accusation: the speaker reports an attack (${c.code}) on its own side`],
    });
  }
  return [...candidates, ...added];
};

/** One event per (verb, source, target, code): compounds and re-matches can propose the same twice. */
export const dropDuplicates: Refiner = (candidates) => {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.verb}|${c.source.code}|${c.source.span[0]}|${c.target?.code}|${c.target?.span[0]}|${c.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * One act, one event: when a verb's pattern took in another verb ("agreed to
 * hold talks" matched on "agreed"), the event of that other verb is the same
 * act. Keep the one that names a target, else the governing verb's.
 */
export const dropSwallowed: Refiner = (candidates, trace) => {
  const drop = new Set<Candidate>();
  for (const a of candidates) {
    for (const b of candidates) {
      if (a === b || a.verb === b.verb || !a.consumed.includes(b.verb)) continue;
      const loser = !a.target && b.target ? a : b;
      if (!drop.has(loser)) trace(() => `  "${loser.code}" at token ${loser.verb} is part of another pattern's match: merged`);
      drop.add(loser);
    }
  }
  return candidates.filter((c) => !drop.has(c));
};

/**
 * "shelled the town, killing 12 people": the killing is what the shelling did,
 * not a second attack. A violent ", -ing" result clause is dropped when the same
 * source already has a violent event (CAMEO 18–20) in the sentence.
 */
export const dropResults: Refiner = (candidates, trace) => {
  const violent = (c: Candidate): boolean => Number(c.code.slice(0, 2)) >= 18;
  return candidates.filter((c) => {
    const main = c.result && violent(c) && candidates.some((o) => o !== c && !o.result && violent(o) && o.source.code === c.source.code);
    if (main) trace(() => `  "${c.code}" is the result of the main act ("…, -ing"): not coded again`);
    return !main;
  });
};

/** "could", "may", "might" state a possibility, not an event (kept out, like negation). */
export const dropHypothetical: Refiner = (candidates, trace) => candidates.filter((c) => {
  if (c.hypothetical) trace(() => `  "${c.code}" is only possible (modal verb): not coded`);
  return !c.hypothetical;
});

/**
 * The refiners in order. Why this order: the accusation must see the reported
 * attack before anything is dropped; swallowed verbs go before duplicates so
 * the better-targeted event survives; possibilities go last so `explain`
 * shows what they would have been.
 */
export const REFINERS: readonly Refiner[] = [accuseFromReportedAttack, dropSwallowed, dropResults, dropDuplicates, dropHypothetical];
