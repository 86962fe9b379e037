import { describe, expect, it } from 'vitest';
import { fillCountries } from '../../src/actors/fillCountries.js';
import { StoryActors } from '../../src/actors/registry.js';
import type { Participant } from '../../src/model/actors.js';
import type { CodedActor } from '../../src/model/types.js';
import { coded } from './build.js';

/** A participant of the given actors; place-like after `preposition` when given. */
function part(actors: CodedActor[], preposition: string | null = null): Participant {
  return {
    start: 0, end: 1, nps: [0], actors, placeLike: preposition !== null, headLemma: 'x', preposition, between: null,
    possessor: [], bothSides: false, innerCountries: [], owner: [],
  };
}

/** An actor with sectors and no country yet. */
const sectorOnly = (code: string, text: string): CodedActor => ({ ...coded(code, text, [0, text.length]), country: null, sectors: code.match(/.{3}/g)! });

describe('country from context (fillCountries)', () => {
  it('takes the country of a place named after "in", ahead of the gazetteer\'s', () => {
    const police = sectorOnly('COP', 'riot police');
    fillCountries([part([police]), part([coded('KLD', 'Kaldor', [20, 26])], 'in')], new StoryActors(), 'NRV');
    expect(police).toMatchObject({ code: 'KLDCOP', country: 'KLD', rule: 'dictionary; country from place in sentence' });
  });

  it('takes the gazetteer\'s country when no participant is a place', () => {
    const police = sectorOnly('COP', 'riot police');
    fillCountries([part([police])], new StoryActors(), 'NRV');
    expect(police).toMatchObject({ code: 'NRVCOP', rule: 'dictionary; country from place in sentence' });
  });

  it('prefers an actor of the same domestic kind to a place', () => {
    const militias = sectorOnly('REB', 'militias');
    fillCountries([part([coded('NRVREB', 'Norvanian rebels', [0, 16]), militias]), part([coded('KLD', 'Kaldor', [30, 36])], 'in')], new StoryActors(), null);
    expect(militias).toMatchObject({ code: 'NRVREB', rule: 'dictionary; country from actor of the same kind in sentence' });
  });

  it('gives a non-domestic actor the country of a domestic one: "Norvanian police arrested the mayor"', () => {
    const mayor = sectorOnly('GOV', 'the mayor');
    fillCountries([part([coded('NRVCOP', 'Norvanian police', [0, 16])]), part([mayor])], new StoryActors(), null);
    expect(mayor).toMatchObject({ code: 'NRVGOV', rule: 'dictionary; country from other actor in sentence' });
  });

  it('never gives a government actor a foreign state\'s country: the story\'s instead, after the dateline', () => {
    const secretary = sectorOnly('GOV', 'the foreign secretary');
    const story = new StoryActors();
    story.noteCountry('NRV');
    fillCountries([part([secretary]), part([coded('KLD', 'Kaldor', [30, 36])])], story, null);
    expect(secretary).toMatchObject({ code: 'NRVGOV', rule: 'dictionary; country from story country' });
    const envoy = sectorOnly('GOV', 'the envoy');
    story.datelineCountry = 'EST';
    fillCountries([part([envoy])], story, null);
    expect(envoy).toMatchObject({ code: 'ESTGOV', rule: 'dictionary; country from dateline' });
  });

  it('leaves actors with a country, and those without a sector, as they are', () => {
    const named = coded('KLDGOV', 'the Kaldori cabinet', [0, 19]);
    const nobody: CodedActor = { code: '', country: null, sectors: [], text: 'someone', span: [0, 7], rule: 'none' };
    fillCountries([part([named, nobody])], new StoryActors(), 'NRV');
    expect([named.code, nobody.code, nobody.country]).toEqual(['KLDGOV', '', null]);
  });
});
