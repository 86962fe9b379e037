import type { CodingContext } from '../../context.js';
import type { Clause, Proposal } from '../../model/coder.js';
import type { SentenceComponent } from '../../model/component.js';
import type { Trace } from '../../model/trace.js';
import { intentCode, rejectionCode, threatCode } from '../modality.js';
import { clauseOf, codeKeptAsWritten } from '../proposals.js';

/** Rewrites `p.code` for clause `c`; false when the proposal is no event. */
function rewrite(p: Proposal, c: Clause, trace: Trace): boolean {
  const code = p.code;
  const conflict = Number(code.slice(0, 2)) >= 14;
  if (c.governor?.kind === 'refusal') {
    const rej = rejectionCode(code);
    if (!rej) return false;
    p.notes.push(`refused: ${code} → ${rej}`);
    p.code = rej;
  } else if (c.governor?.kind === 'threat') {
    const th = threatCode(code);
    p.notes.push(`threatened: ${code} → ${th}`);
    p.code = th;
  } else if (p.future && c.governor?.kind === 'intent' && conflict) {
    // "willing to put them on trial", "plans to attack": CAMEO has no intent form; only a threat is coded
    const word = c.governor.word;
    trace(() => `  ${code} is only intended ("${word}"): not coded`);
    return false;
  } else if (p.future && p.modality === 'conditional' && conflict) {
    // "told me how armed groups would conduct raids": a reported "would" is often a past habit, not a threat
    trace(() => `  ${code} under "would": not coded as a threat`);
    return false;
  } else if (p.future) {
    const intent = intentCode(code);
    if (intent !== code) p.notes.push(`stated intent: ${code} → ${intent}`);
    p.code = intent;
  }
  return true;
}

/**
 * How CAMEO codes a stated act rather than the act (CAMEO 1.1b3 §12, §13,
 * §03; coder/modality.ts): "refused to meet" is a rejection (040 → 125; a
 * refused act with no rejection form is no event), "threatened to attack" a
 * threat (190 → 1384), "will expand cooperation" an intent (062 → 0312). An
 * intended or reported-"would" act of protest or force (roots 14–20) is no
 * event: CAMEO has no intent form for it, and a threat needs "threaten".
 * Codes kept as written (`codeKeptAsWritten`) are left alone.
 */
export const statedActCode: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'stated-act-code', scope: 'sentence', reads: ['unit.clauses', 'unit.proposals'], writes: ['unit.proposals'],
  run(_doc, u, { trace }) {
    u.proposals = u.proposals.filter((p) => codeKeptAsWritten(p.match.pattern) || rewrite(p, clauseOf(u, p), trace));
  },
};
