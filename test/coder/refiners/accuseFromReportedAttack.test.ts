import { describe, expect, it } from 'vitest';
import { accuseFromReportedAttack } from '../../../src/coder/refiners/accuseFromReportedAttack.js';
import { actor, briefCandidates, candidate, runOn, sentenceDoc, testContext, tokens } from '../helpers.js';

// "Estmark's army said Norvanian troops shelled its patrols": the shelling (190) is reported by ESTMIL
const TOKENS = tokens("Estmark/PROPN 's/PART army/NOUN said/VERB:say Norvanian/ADJ troops/NOUN shelled/VERB:shell its/PRON patrols/NOUN ./PUNCT");

describe('accuse-from-reported-attack', () => {
  it('adds the speaker accusing the attacker of aggression (1123) after the reported attack, which stays', () => {
    const lines: string[] = [];
    const attack = candidate(actor('NRVMIL'), actor('ESTMIL'), '190', { speaker: actor('ESTMIL'), notes: ['reported'] });
    const u = runOn(accuseFromReportedAttack, sentenceDoc({ tokens: TOKENS, candidates: [attack] }), testContext(lines));
    expect(briefCandidates(u.candidates)).toEqual(['NRVMIL 190 ESTMIL', 'ESTMIL 1123 NRVMIL']);
    expect(u.candidates[1]!.speaker).toBeNull();
    expect(u.candidates[1]!.notes).toEqual(['reported', 'accusation: the speaker reports an attack (190) on its own side']);
    expect(lines).toEqual(["  reported attack on the speaker's side: ESTMIL accuses NRVMIL (1123)"]);
  });

  it('makes a non-violent material conflict (root 17) an unspecified accusation (112)', () => {
    const seizure = candidate(actor('NRVGOV'), actor('EST'), '1711', { speaker: actor('ESTGOV') });
    const u = runOn(accuseFromReportedAttack, sentenceDoc({ tokens: TOKENS, candidates: [seizure] }), testContext());
    expect(briefCandidates(u.candidates)).toEqual(['NRVGOV 1711 EST', 'ESTGOV 112 NRVGOV']);
  });

  it('adds nothing for an attack on a third side, by the speaker\'s own side, or unreported', () => {
    const third = candidate(actor('NRVMIL'), actor('ITHMIL'), '190', { speaker: actor('ESTMIL') });
    const own = candidate(actor('ESTMIL'), actor('ESTREB'), '190', { speaker: actor('ESTGOV') });
    const unreported = candidate(actor('NRVMIL'), actor('ESTMIL'), '190');
    const words = candidate(actor('NRVGOV'), actor('ESTGOV'), '112', { speaker: actor('ESTGOV') });
    const u = runOn(accuseFromReportedAttack, sentenceDoc({ tokens: TOKENS, candidates: [third, own, unreported, words] }), testContext());
    expect(u.candidates).toHaveLength(4);
  });
});
