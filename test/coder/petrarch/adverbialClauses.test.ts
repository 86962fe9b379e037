import { describe, expect, it } from 'vitest';
import { petrarchAdverbialClauses } from '../../../src/coder/petrarch/adverbialClauses.js';
import { petrarchComplements } from '../../../src/coder/petrarch/complements.js';
import { actor, briefCandidates, candidate, clause, runOn, sentenceDoc, testContext, tokens, verb } from '../helpers.js';

// "Norvania protested after Estmark shelled Ithilen , Kaldor said ."
const TOKENS = tokens('Norvania/PROPN protested/VERB:protest after/SCONJ Estmark/PROPN shelled/VERB:shell Ithilen/PROPN ,/PUNCT Kaldor/PROPN said/VERB:say ./PUNCT');
const VERBS = [verb(1), verb(4), verb(8)];
const CLAUSES = [clause(0, 2, { subject: 0 }), clause(1, 6, { subject: 1, adverbial: true }), clause(2, 9, { subject: 2 })];
const protest = () => candidate(actor('NRV'), null, '141', { verb: 1, clause: 0 });
const shelling = () => candidate(actor('EST'), actor('ITH'), '195', { verb: 4, clause: 1 });

describe('petrarch-adverbial-clauses', () => {
  it('does not code an adverbial clause apart once an earlier clause has candidates, and says so', () => {
    const lines: string[] = [];
    const u = runOn(petrarchAdverbialClauses, sentenceDoc({ tokens: TOKENS, verbs: VERBS, clauses: CLAUSES, candidates: [protest(), shelling()] }), testContext(lines));
    expect(briefCandidates(u.candidates)).toEqual(['NRV 141 -']);
    expect(lines).toEqual(['verb "shelled": adverbial clause of a coded verb: not coded (as PETRARCH)']);
  });

  it('codes it when no earlier clause has candidates', () => {
    const u = runOn(petrarchAdverbialClauses, sentenceDoc({ tokens: TOKENS, verbs: VERBS, clauses: CLAUSES, candidates: [shelling()] }), testContext());
    expect(briefCandidates(u.candidates)).toEqual(['EST 195 ITH']);
  });

  it('runs before petrarch-complements: a complement of a dropped adverbial clause stays', () => {
    // clause 2 hangs on clause 1 ("shelled … to punish"); clause 1 goes, so clause 2 is no complement of a coded verb
    const clauses = [CLAUSES[0]!, CLAUSES[1]!, clause(2, 9, { governor: { kind: 'purpose', verb: 1 } })];
    const third = candidate(actor('EST'), actor('KLD'), '190', { verb: 8, clause: 2 });
    const s = sentenceDoc({ tokens: TOKENS, verbs: VERBS, clauses, candidates: [protest(), shelling(), third] });
    runOn(petrarchAdverbialClauses, s, testContext());
    expect(briefCandidates(runOn(petrarchComplements, s, testContext()).candidates)).toEqual(['NRV 141 -', 'EST 190 KLD']);
  });
});
