import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import { MODAL_CONDITIONAL, MODAL_HYPOTHETICAL } from '../../text/wordLists.js';
import { namedBeforeVerb, verbOf } from '../proposals.js';

/**
 * Modality: the verb's own ("will", "would", "could"), or for a verb that is
 * not past the one it shares with an earlier verb ("could assault them, or even
 * arrest them"). A proposal is `future` (a stated intent or plan) under
 * "will", under a reported "would", or governed by an intent ("agreed to
 * meet"); `hypothetical` (no event) under "could"/"may", under an unreported
 * "would", or when the sentence keeps the act from happening ("prevented them
 * from joining") — unless the pattern names the modal itself ("INDICATED
 * SHOULD *").
 */
export const modality: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'modality', scope: 'sentence', reads: ['tokens', 'unit.syntax', 'unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  run(doc, u) {
    for (const p of u.proposals) {
      const { c, v, shared } = verbOf(u, p);
      const mode = v.modality ?? (shared && !v.past ? shared.modality : null);
      const modalInPattern = namedBeforeVerb(p.match, doc.tokens, v.head, MODAL_HYPOTHETICAL) || namedBeforeVerb(p.match, doc.tokens, v.head, MODAL_CONDITIONAL);
      p.modality = mode;
      p.future = mode === 'future' || (mode === 'conditional' && c.reportedBy !== null) || c.governor?.kind === 'intent';
      p.hypothetical = !modalInPattern && (mode === 'hypothetical' || (mode === 'conditional' && c.reportedBy === null) || !!c.notAsserted);
    }
  },
};
