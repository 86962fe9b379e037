import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import { describe } from '../../ontology/cameo.js';
import { codeKeptAsWritten } from '../proposals.js';

/** A rewritten code CAMEO 1.1b3 does not have is no event: such a proposal is dropped (codes kept as written stay). */
export const dropNonCameo: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'drop-non-cameo', scope: 'sentence', reads: ['unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u) {
    u.proposals = u.proposals.filter((p) => codeKeptAsWritten(p.match.pattern) || !!describe(p.code));
  },
};
