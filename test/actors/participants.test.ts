import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPetrarch } from '../../src/dictionaries/petrarch/load.js';
import { codeStory } from '../../src/pipeline.js';

const F = fileURLToPath(new URL('../fixtures/petrarch/', import.meta.url));
const { dict } = loadPetrarch({
  actors: [F + 'actors.txt'], agents: [F + 'agents.txt', F + 'phrases.agents.txt'], verbs: [F + 'verbs.txt'],
}, false);

/** "SOURCE TARGET CODE" of each event coded with the PETRARCH fixtures, sorted; PETRARCH mode when `petrarch`. */
function coded(text: string, petrarch: boolean): string[] {
  return codeStory({ id: 't', date: '2019-05-05', text }, dict, { petrarchCompatible: petrarch }).events
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
