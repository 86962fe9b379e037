import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPetrarch } from '../../src/dictionaries/petrarch/load.js';
import { codeStory } from '../../src/pipeline.js';
import { brief, code } from '../helpers.js';

const F = fileURLToPath(new URL('../fixtures/petrarch/', import.meta.url));
const { dict } = loadPetrarch({
  actors: [F + 'actors.txt'], agents: [F + 'agents.txt', F + 'phrases.agents.txt'], verbs: [F + 'verbs.txt', F + 'phrases.verbs.txt'],
}, false);

/** "SOURCE TARGET CODE" of each event coded with the PETRARCH fixtures, sorted; PETRARCH mode when `petrarch`. */
function coded(text: string, petrarch: boolean): string[] {
  return codeStory({ id: 't', date: '2019-05-05', text }, dict, { profile: petrarch ? 'petrarch' : 'dyad' }).events
    .map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.cameo.code}`).sort();
}

describe('PETRARCH agents stack', () => {
  it('appends every agent of a phrase in text order, after a named actor\'s code', () => {
    expect(coded('Estmarki zealot chroniclers shipped wheat to Norvania.', true)).toEqual(['ESTRADMED NRV 073']);
    expect(coded('Blue Lantern Society zealots shipped wheat to Norvania.', true)).toEqual(['NGOHRIRAD NRV 073']);
  });

  it('appends the head\'s agents to the actor of its "of" phrase', () => {
    expect(coded('Norvania shipped wheat to the magistrates of the Blue Lantern Society.', true)).toEqual(['NRV NGOHRIJUD 073']);
  });
});

describe('modifiers shared by coordinated nouns', () => {
  it('gives a bare noun after "and" the modifiers of the phrase before it', () => {
    const events = code('Chilean journalists, police and judges criticised Bolivia.', '2020-01-01');
    expect(brief(events)).toEqual(['CHLMED 111 BOL', 'CHLCOP 111 BOL', 'CHLJUD 111 BOL']);
    expect(events[2]!.source.rule).toBe('dictionary; modifiers shared from "Chilean"');
    // nationality adjectives before one noun still make one actor each
    expect(brief(code('Russian and Peruvian officials criticised Bolivia.', '2020-01-01'))).toEqual(['RUSGOV 111 BOL', 'PERGOV 111 BOL']);
  });

  it('shares PETRARCH agents too, but in PETRARCH mode not after a determiner (its parser brackets [the A B] and [C])', () => {
    expect(coded('Estmarki zealot chroniclers and magistrates shipped wheat to Norvania.', true)).toEqual(['ESTRADJUD NRV 073', 'ESTRADMED NRV 073']);
    // an agent without a country (dyad validate writes it ---JUD)
    expect(coded('The Estmarki chroniclers and magistrates shipped wheat to Norvania.', true)).toEqual(['ESTMED NRV 073', 'JUD NRV 073']);
    expect(coded('The Estmarki chroniclers and magistrates shipped wheat to Norvania.', false)).toEqual(['ESTJUD NRV 073', 'ESTMED NRV 073']);
  });
});

describe('a sector actor followed by "in" and places', () => {
  it('takes the country of the place, one actor per place and per coordinated head', () => {
    const events = code('Lawmakers in Peru and Chile criticised Bolivia.', '2020-01-01');
    expect(brief(events)).toEqual(['PERLEG 111 BOL', 'CHLLEG 111 BOL']);
    expect(events[1]!.source.rule).toBe('dictionary; country from "in Chile"');
    expect(brief(code('Lawmakers and judges in Peru criticised Bolivia.', '2020-01-01'))).toEqual(['PERLEG 111 BOL', 'PERJUD 111 BOL']);
    // a capital names its country; each conjunct keeps its own place
    expect(brief(code('Police in Lima and judges in Quito criticised Bolivia.', '2020-01-01'))).toEqual(['PERCOP 111 BOL', 'ECUJUD 111 BOL']);
  });

  it('leaves those who serve abroad to the sentence, and a venue after "between" to the event', () => {
    // envoys in Lima and Quito may be anyone's: no actor per place, the sentence's first place as before
    const events = code('Envoys in Lima and Quito criticised Bolivia.', '2020-01-01');
    expect(brief(events)).toEqual(['PERGOV 111 BOL']);
    expect(events[0]!.source.rule).toBe('dictionary; country from place in sentence');
    const talks = code('The talks between the government and rebels in Lima and Quito were criticised by Chile.', '2020-01-01');
    expect(talks.map((e) => e.target!.rule)).toEqual(['dictionary; country from place in sentence', 'dictionary; country from place in sentence']);
  });

  it('in PETRARCH mode applies to every sector, as PETRARCH reads a prepositional phrase of the noun', () => {
    expect(coded('Sentries in Estmark and Norvania shipped wheat to the Blue Lantern Society.', true)).toEqual(['ESTMIL NGOHRI 073', 'NRVMIL NGOHRI 073']);
    expect(coded('Sentries in Estmark and Norvania shipped wheat to the Blue Lantern Society.', false)).toEqual(['ESTMIL NGOHRI 073']);
    expect(coded('Magistrates and chroniclers in Norvania shipped wheat to Estmark.', true)).toEqual(['NRVJUD EST 073', 'NRVMED EST 073']);
  });
});

describe('"neither X nor Y"', () => {
  it('is a compound subject whose events are denied in dyad\'s coding', () => {
    expect(code('Neither Peru nor Chile criticised Bolivia.', '2020-01-01')).toEqual([]);
    const all = code('Neither Peru nor Chile criticised Bolivia.', '2020-01-01', undefined, true);
    expect(all.map((e) => `${e.source.code} ${e.cameo.code} ${e.target?.code} ${e.negated}`)).toEqual(['PER 111 BOL true', 'CHL 111 BOL true']);
  });

  it('denies the event when the objects are "neither X nor Y"', () => {
    expect(code('Peru criticised neither the strike nor Bolivia.', '2020-01-01')).toEqual([]);
    const all = code('Peru accused neither Chile nor Bolivia.', '2020-01-01', undefined, true);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((e) => e.negated)).toBe(true);
  });

  it('is coded as PETRARCH codes it in PETRARCH mode, and as written when a pattern names "neither"', () => {
    expect(coded('Neither Norvania nor Estmark shipped wheat to the Blue Lantern Society.', true)).toEqual(['EST NGOHRI 073', 'NRV NGOHRI 073']);
    expect(coded('Neither Norvania nor Estmark shipped wheat to the Blue Lantern Society.', false)).toEqual([]);
    expect(coded('Neither Norvania nor Estmark saluted the Blue Lantern Society.', false)).toEqual(['EST NGOHRI 081', 'NRV NGOHRI 081']);
  });
});

describe('compound codes with shared modifiers', () => {
  it('gives each member of [NRV/EST] the modifiers a coordinated noun borrows', () => {
    expect(coded('River League chroniclers and magistrates shipped wheat to Kaldor.', true))
      .toEqual(['ESTJUD KLD 073', 'ESTMED KLD 073', 'NRVJUD KLD 073', 'NRVMED KLD 073']);
  });
});

describe('coordinated adjectives', () => {
  it('keep one noun phrase: "cautious and stern chancellor" is one actor', () => {
    expect(coded("Norvania's cautious and stern chancellor shipped wheat to Estmark.", true)).toEqual(['NRVGOVHOG EST 073']);
    expect(brief(code("Peru's cautious and unhappy minister criticised Bolivia.", '2020-01-01'))).toEqual(['PERGOV 111 BOL']);
  });
});
