import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import type { CodedActor } from '../../model/types.js';
import { clauseOf, subjectOf } from '../proposals.js';

/** The state sectors: a government or military speaker speaks for its state and forces. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL']);

/**
 * True when a speaker states its own side's intent: no actor was named, the
 * speaker itself was, or a state official speaks of its state or forces
 * ("Norvania will expand …" said by a Norvanian minister).
 */
function speaksFor(speaker: CodedActor, sources: CodedActor[]): boolean {
  if (sources.length === 0 || sources.some((s) => s.code === speaker.code)) return true;
  if (!STATE_SECTORS.has(speaker.sectors[0] ?? '')) return false;
  return sources.every((s) => (s.country === speaker.country || s.country === null) && (s.sectors.length === 0 || STATE_SECTORS.has(s.sectors[0]!)));
}

/**
 * A speaker states intents and plans: "Norvania said cooperation will be
 * expanded" → NRV is the source. A future proposal with a speaker who speaks
 * for its sources (`speaksFor`) takes the speaker as its only source, noted
 * unless the speaker was among them; not when an actor was the passive subject
 * ("Estmark would be forced to release them" names no agent), nor when the
 * subject is an unresolved actor phrase ("the two sides agreed to meet, the UN
 * said": "the two sides" is still not the UN).
 */
export const speakerSource: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'speaker-source', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.participants', 'unit.clauses', 'unit.proposals'],
  writes: ['unit.proposals'],
  run(doc, u) {
    for (const p of u.proposals) {
      const speaker = p.speaker;
      if (!speaker || !p.future) continue;
      const subject = subjectOf(u, clauseOf(u, p));
      const subjectIsTarget = u.syntax!.verbs[p.clause]!.passive && !p.match.patientUsed && p.targets.length > 0;
      const unresolvedActor = !!subject && p.sources.length === 0 && (subject.bothSides || doc.tokens[subject.start]?.pos === 'PRON');
      if (subjectIsTarget || unresolvedActor || !speaksFor(speaker, p.sources)) continue;
      if (p.sources.length === 0 || !p.sources.some((s) => s.code === speaker.code)) p.notes.push(`source is the speaker (${speaker.text})`);
      p.sources = [speaker];
    }
  },
};
