import type { CodingContext } from '../../context.js';
import type { Candidate } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';

/**
 * A reported attack on the speaker's own side is an accusation by the speaker:
 * "Estmark's army said Norvanian troops had fired on its patrols" →
 * ESTMIL accuses NRVMIL of aggression (CAMEO 1.1b3: 1123 "accuse of
 * aggression" for a violent act, roots 18–20; 112 "accuse, not specified" for
 * other material conflict, root 17). The reported attack stays, attributed to
 * the speaker; the accusation follows all of the sentence's candidates.
 */
export const accuseFromReportedAttack: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'accuse-from-reported-attack', scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.candidates'],
  run(_doc, u, { trace }) {
    const added: Candidate[] = [];
    for (const c of u.candidates) {
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
    u.candidates = [...u.candidates, ...added];
  },
};
