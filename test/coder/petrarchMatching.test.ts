import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPetrarch } from '../../src/dictionaries/petrarch/load.js';
import { codeStory } from '../../src/pipeline.js';

const F = fileURLToPath(new URL('../fixtures/petrarch/', import.meta.url));
const { dict, report } = loadPetrarch({
  actors: [F + 'actors.txt', F + 'matching.actors.txt'], agents: [F + 'agents.txt'], verbs: [F + 'matching.verbs.txt'],
}, false);

/** Comma-clause deletion off (every maximum 0): these tests are about the matcher, not about which clauses PETRARCH reads. */
const KEEP_COMMA_CLAUSES = { min: 0, max: 0, bmin: 0, bmax: 0, emin: 0, emax: 0 };

/** "SOURCE TARGET CODE" of each event, sorted; `petrarch` codes with the PETRARCH profile, as `dyad validate` does. */
function coded(text: string, petrarch: boolean): string[] {
  return codeStory({ id: 't', date: '2019-05-05', text }, dict, { profile: petrarch ? 'petrarch' : 'dyad', commaLimits: KEEP_COMMA_CLAUSES })
    .events.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.cameo.code}`).sort();
}

describe("PETRARCH's matcher in the petrarch profile", () => {
  it('reads the fixture without warnings of its own', () => {
    expect(report.warnings.filter((w) => w.startsWith('matching.'))).toEqual([]);
  });

  it('compares pattern words as written: "PLAN" is not "plans" (dyad compares lemmas)', () => {
    expect(coded('Norvania shelved plans with Estmark.', false)).toEqual(['NRV EST 1041']);
    // PETRARCH: no pattern matches, the verb's own code [120] is coded
    expect(coded('Norvania shelved plans with Estmark.', true)).toEqual(['NRV EST 120']);
    expect(coded('Norvania shelved a plan with Estmark.', true)).toEqual(['NRV EST 1041']);
  });

  it('gives synset phrases their regular plural, except a phrase or a label ending in "_"', () => {
    // &PACT: +TREATY → "treaties"; +CHARTER_ has no plural; &GRAIN_ makes none for any phrase
    expect(coded('Norvania shelved trade treaties with Estmark.', true)).toEqual(['NRV EST 1211']);
    expect(coded('Norvania shelved trade charters with Estmark.', true)).toEqual(['NRV EST 120']);
    expect(coded('Norvania shelved barleys with Estmark.', true)).toEqual(['NRV EST 120']);
    expect(coded('Norvania shelved barleys with Estmark.', false)).toEqual(['NRV EST 1212']);
  });

  it('codes a verb only through a noun phrase after it: a bare time is none, a time after a preposition is one', () => {
    expect(coded('Norvania protested today.', false)).toEqual(['NRV - 141']);
    expect(coded('Norvania protested today.', true)).toEqual([]);
    expect(coded('Norvania protested on Saturday.', true)).toEqual(['NRV - 141']);
    expect(coded('Norvania protested the tariff.', true)).toEqual(['NRV - 141']);
  });

  it('does not code an infinitive on a noun inside the phrase of a coded verb ("shelved plans to seize")', () => {
    expect(coded('Norvania shelved plans to seize the cargo ship of Estmark.', false)).toEqual(['NRV EST 1041', 'NRV EST 1711']);
    expect(coded('Norvania shelved plans to seize the cargo ship of Estmark.', true)).toEqual(['NRV EST 120']);
  });

  it('codes a pattern that names a modal as written ("HINTED COULD *"); a bare "could" stays a possibility', () => {
    expect(coded('Norvania hinted Estmark could intervene against Kaldor.', true)).toEqual(['EST KLD 138']);
    expect(coded('Norvania hinted Estmark could intervene against Kaldor.', false)).toEqual(['EST KLD 138']);
    expect(coded('Norvania could intervene against Estmark.', true)).toEqual([]);
  });

  it('lets ^ after a word of a noun phrase skip the rest of it with its prepositional phrase', () => {
    // "* HARVEST ^ $": PETRARCH reads "the harvest with Estmark" as one phrase, so $ is Kaldor; the subject is the target
    expect(coded('Norvania celebrated the harvest with Estmark at Kaldor.', true)).toEqual(['KLD NRV 042']);
    expect(coded('Norvania celebrated the harvest with Estmark at Kaldor.', false)).toEqual(['EST NRV 042']);
  });

  it('finds the source before the verb when "+ *" took the subject as target', () => {
    // "NOTED + *": Estmark is the target; the source is the first actor before the verb
    expect(coded("Norvania's chancellor noted that Estmark regretted the vote.", true)).toEqual(['NRVGOVHOG EST 115']);
    expect(coded("Norvania's chancellor noted that Estmark regretted the vote.", false)).toEqual(['EST - 115']);
  });

  it('looks past a subject with no country to the first actor that has one, or to none', () => {
    // "the chancellor" is an agent without a country: the first phrase of the clause decides
    expect(coded('Norvania said the chancellor regretted the deal with Estmark.', true)).toEqual(['NRV EST 111']);
    expect(coded('He said the chancellor regretted the deal with Estmark.', true)).toEqual([]);
    // after a comma PETRARCH looks no further back
    expect(coded('In Norvania, the chancellor regretted the deal with Estmark.', true)).toEqual(['GOVHOG EST 111']);
  });

  it('reads "voiced hopes" as a verb and its object, so that "* HOPES" matches', () => {
    expect(coded('Norvania voiced hopes on Monday that Estmark would relent.', true)).toEqual(['NRV EST 024']);
  });

  it('takes the source before the verb when the subject is a pronoun naming no actor', () => {
    // "it" names no actor: PETRARCH takes the first actor before the verb, Norvania
    expect(coded('Norvania hinted it could intervene against Estmark.', true)).toEqual(['NRV EST 138']);
  });
});
