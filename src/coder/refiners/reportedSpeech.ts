import type { CodingContext } from '../../context.js';
import type { Participant } from '../../model/actors.js';
import type { Clause } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { SentenceSyntax } from '../../model/text.js';
import type { Token } from '../../model/types.js';
import { tokensText } from '../../actors/span.js';
import { SPEECH_VERBS } from '../../text/wordLists.js';
import { actorsOf } from '../actorsOf.js';
import { clauseOf } from '../proposals.js';

/**
 * The attribution of a clause reported by speech clause `speech` whose
 * subject is `speaker`: the words from the speaker to the speech verb
 * ("Norvania's foreign ministry said") and their character span. Null when
 * the reporting verb is no speech verb ("showed", "meant").
 */
function attributionOf(tokens: Token[], syntax: SentenceSyntax, speech: Clause, speaker: Participant | null): { text: string; span: [number, number] } | null {
  const v = syntax.verbs[speech.verb]!;
  const head = tokens[v.head]!;
  if (!SPEECH_VERBS.has(head.lemma)) return null;
  const start = speaker ? Math.min(tokens[speaker.start]!.start, head.start) : head.start;
  const end = speaker ? Math.max(tokens[speaker.end - 1]!.end, head.end) : head.end;
  const first = speaker && speaker.start < v.start ? speaker.start : v.start;
  const last = speaker && speaker.end > v.end ? speaker.end : v.end;
  return { text: tokensText(tokens, first, last), span: [start, end] };
}

/**
 * Reported speech: a proposal whose clause a speech verb reports
 * (`Clause.reportedBy`) gets that verb's subject's first actor as its speaker
 * (null when it names none) and the attribution ("…, Estmark's army said").
 * The speaker may become the source (speaker-source) or accuse
 * (accuse-from-reported-attack).
 */
export const reportedSpeech: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'reported-speech', scope: 'sentence', reads: ['tokens', 'dyad', 'unit.syntax', 'unit.participants', 'unit.clauses', 'unit.proposals'],
  writes: ['unit.proposals'], carries: ['dyad'],
  run(doc, u) {
    for (const p of u.proposals) {
      const c = clauseOf(u, p);
      if (c.reportedBy === null) continue;
      const speech = u.clauses[c.reportedBy]!;
      const speakerPart = speech.subject != null ? u.participants[speech.subject]! : null;
      p.speaker = speakerPart ? actorsOf(speakerPart, doc.dyad)[0] ?? null : null;
      p.attribution = attributionOf(doc.tokens, u.syntax!, speech, speakerPart);
    }
  },
};
