import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPetrarch } from '../../src/dictionaries/petrarch/load.js';
import { codeStory } from '../../src/pipeline.js';

const F = fileURLToPath(new URL('../fixtures/petrarch/', import.meta.url));
const { dict } = loadPetrarch({ actors: [F + 'actors.txt'], agents: [F + 'agents.txt'], verbs: [F + 'verbs.txt'] }, false);

/** "SOURCE TARGET CODE" of each event, sorted. */
function coded(text: string): string[] {
  return codeStory({ id: 't', date: '2019-05-05', text }, dict).events.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.cameo.code}`).sort();
}

describe('PETRARCH phrases with a blank between words (ESTMARK COUNCIL [ESTLEG])', () => {
  it('match with the words side by side', () => {
    expect(coded('The Estmark council shipped barley to Kaldor.')).toEqual(['ESTLEG KLD 073']);
  });

  it('match across one or two modifiers of the noun phrase; a hyphenated word counts as one', () => {
    expect(coded('The Estmark harbour council shipped barley to Kaldor.')).toEqual(['ESTLEG KLD 073']);
    expect(coded('The Estmark old harbour council shipped barley to Kaldor.')).toEqual(['ESTLEG KLD 073']);
    expect(coded('The Estmark state-run council shipped barley to Kaldor.')).toEqual(['ESTLEG KLD 073']);
  });

  it('do not match across three words, a conjunction, a verb or a preposition', () => {
    expect(coded('The Estmark grand old harbour council shipped barley to Kaldor.')).toEqual(['EST KLD 073']);
    expect(coded('Estmark and the harbour council shipped barley to Kaldor.')).toEqual(['EST KLD 073']);
    expect(coded('Estmark shipped barley to the council of Kaldor.')).toEqual(['EST KLD 073']);
  });

  it('do not swallow another actor standing between', () => {
    // "Norvanian" is an actor phrase of its own: no ESTLEG across it
    expect(coded('The Estmark Norvanian council shipped barley to Kaldor.')).toEqual(['EST KLD 073']);
  });

  it('work for agents as well (FISHERIES BOARD [~AGR])', () => {
    expect(coded('The Norvanian fisheries licensing board shipped barley to Kaldor.')).toEqual(['NRVAGR KLD 073']);
  });
});
