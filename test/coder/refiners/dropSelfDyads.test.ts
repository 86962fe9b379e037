import { describe, expect, it } from 'vitest';
import { dropSelfDyads } from '../../../src/coder/refiners/dropSelfDyads.js';
import type { ActorPair } from '../../../src/model/coder.js';
import { actor, briefPairs, pattern, proposal, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

const run = (pairs: ActorPair[]) => briefPairs(runOn(dropSelfDyads, sentenceDoc({
  tokens: tokens('the/DET government/NOUN lifted/VERB:lift the/DET curfew/NOUN ./PUNCT'), proposals: [proposal(0, pattern('0862'), {}, { pairs })],
}), testContext()).proposals[0]!.pairs);

describe('drop-self-dyads', () => {
  it('leaves an actor acting on itself without a target', () => {
    expect(run([[actor('ITHGOV'), actor('ITHGOV')]])).toEqual(['ITHGOV -']);
    // the same code under another name is another actor
    expect(run([[actor('ITHGOV', { name: 'Ana' }), actor('ITHGOV', { name: 'Bo' })]])).toEqual(['ITHGOV ITHGOV']);
  });

  it('drops a target-less pair whose source has a targeted one, or an earlier target-less one', () => {
    const nrv = actor('NRVGOV');
    expect(run([[nrv, actor('NRVGOV')], [nrv, actor('EST')]])).toEqual(['NRVGOV EST']);
    expect(run([[nrv, null], [nrv, null], [actor('EST'), null]])).toEqual(['NRVGOV -', 'EST -']);
  });
});
