import { describe, expect, it } from 'vitest';
import { petrarchAgentlessPassive } from '../../../src/coder/petrarch/agentlessPassive.js';
import { activeRoles } from '../../../src/coder/refiners/activeRoles.js';
import type { MatchedPattern } from '../../../src/model/coder.js';
import { actor, clause, codes, participant, pattern, proposal, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Estmark was visited ." or "Estmark was visited by Norvania ."
function visited(pat: MatchedPattern, byAgent: boolean) {
  const words = byAgent ? 'Estmark/PROPN was/AUX visited/VERB:visit by/ADP Norvania/PROPN ./PUNCT' : 'Estmark/PROPN was/AUX visited/VERB:visit ./PUNCT';
  const parts = [participant(0, 1, [actor('EST')]), ...(byAgent ? [participant(4, 5, [actor('NRV')], { preposition: 'by' })] : [])];
  return sentenceDoc({
    tokens: tokens(words), verbs: [verb(2, { start: 1, passive: true })], participants: parts,
    clauses: [clause(0, byAgent ? 5 : 3, { subject: 0, objects: byAgent ? [1] : [] })],
    proposals: [proposal(0, pat, {}, { passiveRoles: true })],
  });
}

describe('petrarch-agentless-passive', () => {
  it('reads a PETRARCH passive without a "by" agent as active: the subject is the source', () => {
    const s = visited(pattern('042', { asWritten: true }), false);
    runOn(petrarchAgentlessPassive, s, testContext());
    const p = s.unit.proposals[0]!;
    expect(p.passiveRoles).toBe(false);
    expect(p.notes).toEqual(['passive without an agent: the subject is the source, as PETRARCH codes it']);
    expect(codes(runOn(activeRoles, s, testContext()).proposals[0]!.sources)).toEqual(['EST']);
  });

  it('leaves a passive with a "by" agent, and a pattern of dyad\'s own, to passive-roles', () => {
    expect(runOn(petrarchAgentlessPassive, visited(pattern('042', { asWritten: true }), true), testContext()).proposals[0]!.passiveRoles).toBe(true);
    expect(runOn(petrarchAgentlessPassive, visited(pattern('042'), false), testContext()).proposals[0]!.passiveRoles).toBe(true);
  });
});
