import { describe, expect, it } from 'vitest';
import { dropNonCameo } from '../../../src/coder/refiners/dropNonCameo.js';
import { pattern, proposal, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

describe('drop-non-cameo', () => {
  it('drops a rewritten code CAMEO does not have; keeps CAMEO codes and codes kept as written', () => {
    const u = runOn(dropNonCameo, sentenceDoc({
      tokens: tokens('Norvania/PROPN met/VERB:meet Estmark/PROPN ./PUNCT'),
      proposals: [
        proposal(0, pattern('040'), {}, { code: '0399' }), // no such CAMEO code
        proposal(0, pattern('040'), {}, { code: '036' }),
        proposal(0, pattern('777')), // a user dictionary's own code
      ],
    }), testContext());
    expect(u.proposals.map((p) => p.code)).toEqual(['036', '777']);
  });
});
