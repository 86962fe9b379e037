import { describe, expect, it } from 'vitest';
import { DYAD_GROUPING, type PhraseGrouping } from '../../src/actors/grouping.js';
import { findParticipants } from '../../src/actors/participants.js';
import { PETRARCH_GROUPING } from '../../src/actors/petrarch/grouping.js';
import { StoryActors } from '../../src/actors/registry.js';
import type { ActorHit } from '../../src/model/actors.js';
import type { Token } from '../../src/model/types.js';
import { hit, syntaxOf, textOf, words } from './build.js';

/** Each participant as its noun-phrase indexes and "CODE (rule)" of its actors. */
function grouped(tokens: Token[], nps: [number, number][], hits: ActorHit[], grouping: PhraseGrouping): [number[], string[]][] {
  const parts = findParticipants({ tokens, syntax: syntaxOf(tokens, nps), hits, abstractNouns: new Set() }, new StoryActors(), grouping);
  return parts.map((p) => [p.nps, p.actors.map((a) => `${a.code} (${a.rule})`)]);
}

describe('venueAfterBetween', () => {
  const tokens = words('Talks/NOUN/talk between/ADP the/DET government/NOUN and/CCONJ rebels/NOUN/rebel in/ADP Kaldor/PROPN ended/VERB/end ./PUNCT');
  const nps: [number, number][] = [[0, 1], [2, 4], [5, 6], [7, 8]];
  const hits = [hit(3, 4, 'GOV', 'agent'), hit(5, 6, 'REB', 'agent'), hit(7, 8, 'KLD', 'country')];

  it('dyad: the place after "between X and Y" is where they meet, not whose they are', () => {
    expect(textOf(tokens)).toBe('Talks between the government and rebels in Kaldor ended.');
    expect(grouped(tokens, nps, hits, DYAD_GROUPING)).toEqual([
      [[0], []], [[1, 2], ['GOV (dictionary)', 'REB (dictionary)']], [[3], ['KLD (dictionary)']],
    ]);
  });

  it('PETRARCH: the "in" phrase belongs to the nouns before it', () => {
    expect(grouped(tokens, nps, hits, PETRARCH_GROUPING)).toEqual([
      [[0], []], [[1, 2, 3], ['KLDGOV (dictionary; country from "in Kaldor")', 'KLDREB (dictionary; country from "in Kaldor")']],
    ]);
  });
});

describe('takesPlaceIn', () => {
  it('dyad: those who serve or are posted abroad take no country from "in"; others do', () => {
    expect(DYAD_GROUPING.takesPlaceIn('MIL', 'soldier')).toBe(false);
    expect(DYAD_GROUPING.takesPlaceIn('GOV', 'diplomat')).toBe(false);
    expect(DYAD_GROUPING.takesPlaceIn('LEG', 'lawmaker')).toBe(true);
    expect(PETRARCH_GROUPING.takesPlaceIn('MIL', 'soldier')).toBe(true);
  });

  const tokens = words('Soldiers/NOUN/soldier and/CCONJ lawmakers/NOUN/lawmaker in/ADP Kaldor/PROPN and/CCONJ Estmark/PROPN protested/VERB/protest ./PUNCT');
  const nps: [number, number][] = [[0, 1], [2, 3], [4, 5], [6, 7]];
  const hits = [hit(0, 1, 'MIL', 'agent'), hit(2, 3, 'LEG', 'agent'), hit(4, 5, 'KLD', 'country'), hit(6, 7, 'EST', 'country')];

  it('dyad: a run with a soldier in it is not placed', () => {
    expect(grouped(tokens, nps, hits, DYAD_GROUPING)).toEqual([
      [[0, 1], ['MIL (dictionary)', 'LEG (dictionary)']], [[2, 3], ['KLD (dictionary)', 'EST (dictionary)']],
    ]);
  });

  it('PETRARCH: every conjunct of the run once per place', () => {
    expect(grouped(tokens, nps, hits, PETRARCH_GROUPING)).toEqual([[[0, 1, 2, 3], [
      'KLDMIL (dictionary; country from "in Kaldor")', 'ESTMIL (dictionary; country from "in Estmark")',
      'KLDLEG (dictionary; country from "in Kaldor")', 'ESTLEG (dictionary; country from "in Estmark")',
    ]]]);
  });
});

describe('bracketsDeterminerPhrases', () => {
  const tokens = words('The/DET Norvanian/ADJ chroniclers/NOUN/chronicler and/CCONJ magistrates/NOUN/magistrate protested/VERB/protest ./PUNCT');
  const nps: [number, number][] = [[0, 3], [4, 5]];
  const hits = [hit(1, 2, 'NRV', 'demonym'), hit(2, 3, 'MED', 'agent'), hit(4, 5, 'JUD', 'agent')];

  it('dyad: a bare noun after "and" borrows the modifiers before the head', () => {
    expect(grouped(tokens, nps, hits, DYAD_GROUPING)).toEqual([
      [[0, 1], ['NRVMED (dictionary)', 'NRVJUD (dictionary; modifiers shared from "Norvanian")']],
    ]);
  });

  it('PETRARCH: [the Norvanian chroniclers] and [magistrates]', () => {
    expect(grouped(tokens, nps, hits, PETRARCH_GROUPING)).toEqual([[[0, 1], ['NRVMED (dictionary)', 'JUD (dictionary)']]]);
  });
});
