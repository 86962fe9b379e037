import { describe, expect, it } from 'vitest';
import type { CodingContext } from '../src/context.js';
import { fixtureDictionaries } from './helpers.js';
import { gazetteer } from '../src/geo/gazetteer.js';
import type { DocumentField } from '../src/model/component.js';
import { newDocument } from '../src/model/document.js';
import { PROFILE_NAMES } from '../src/profileNames.js';
import { profile } from '../src/profiles.js';
import { checkWiring, runComponents, type AnyComponent } from '../src/runner.js';
import { codeStory } from '../src/pipeline.js';
import { handDocument } from './documents.js';

function story(name: string, reads: DocumentField[], writes: DocumentField[], log: string[] = []): AnyComponent {
  return { name, scope: 'story', reads, writes, run: () => { log.push(name); } };
}

function sentence(name: string, reads: DocumentField[], writes: DocumentField[], log: string[], carries?: DocumentField[]): AnyComponent {
  return { name, scope: 'sentence', reads, writes, ...(carries ? { carries } : {}), run: (_d, u) => { log.push(`${name}:${u.index}`); } };
}

describe('wiring a profile (runner.ts)', () => {
  it('accepts components whose reads an earlier component wrote', () => {
    expect(() => checkWiring('t', [story('text', ['story'], ['tokens']), story('times', ['tokens'], ['times'])])).not.toThrow();
  });

  it('refuses a component that reads what nothing before it writes, naming the profile, the component and the field', () => {
    expect(() => checkWiring('t', [story('times', ['tokens'], ['times']), story('text', ['story'], ['tokens'])]))
      .toThrow('profile "t": component "times" reads tokens, which no earlier component writes');
  });

  it('lets a sentence component carry what a later one writes (the dyad an earlier sentence left), but nothing that none writes', () => {
    const log: string[] = [];
    expect(() => checkWiring('t', [sentence('matcher', ['dyad'], ['unit.candidates'], log, ['dyad']), sentence('dyad', ['unit.candidates'], ['dyad'], log)])).not.toThrow();
    expect(() => checkWiring('t', [sentence('matcher', ['dyad'], ['unit.candidates'], log, ['dyad'])])).toThrow('reads dyad');
  });

  it('wires both profiles, each component once', () => {
    for (const name of [...PROFILE_NAMES, 'petrarch-records'] as const) {
      const names = profile(name).map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(profile('dyad').map((c) => c.name)).not.toContain('petrarch-comma-clauses');
    expect(profile('petrarch').map((c) => c.name)).not.toContain('petrarch-comma-clauses');
    expect(profile('petrarch-records').map((c) => c.name)).toEqual(['petrarch-comma-clauses', ...profile('petrarch').map((c) => c.name)]);
  });
});

describe('running components (runner.ts)', () => {
  it('runs story components once and consecutive sentence components sentence by sentence', () => {
    const log: string[] = [];
    const { doc } = handDocument('Norvania met Estmark . Ithilen left .');
    const ctx = {} as CodingContext;
    runComponents([
      story('a', [], [], log), sentence('b', [], [], log), sentence('c', [], [], log), story('d', [], [], log), sentence('e', [], [], log),
    ], doc, ctx);
    expect(log).toEqual(['a', 'b:0', 'c:0', 'b:1', 'c:1', 'd', 'e:0', 'e:1']);
  });

  it('runs PETRARCH\'s comma-clause deletion first for its one-sentence records: the events index the shortened text', () => {
    const text = 'Chile criticised Peru, harbour wardens said.';
    const events = codeStory({ id: 'c', date: '2024-03-14', text }, fixtureDictionaries(), { profile: 'petrarch-records', gazetteer: gazetteer() }).events;
    // the terminal clause "harbour wardens said" (3 words, PETRARCH's limits 2–8) is not read
    expect(events.map((e) => e.evidence.sentence)).toEqual(['Chile criticised Peru.']);
    const dyad = codeStory({ id: 'c', date: '2024-03-14', text }, fixtureDictionaries()).events;
    expect(dyad.map((e) => e.evidence.sentence)).toEqual([text]);
  });

  it('reads running text whole in the petrarch profile: no comma clause runs past a full stop, spans index the story', () => {
    const text = 'Chile criticised Peru, harbour wardens said. Bolivia supported Ecuador.';
    const events = codeStory({ id: 'c', date: '2024-03-14', text }, fixtureDictionaries(), { profile: 'petrarch', gazetteer: gazetteer() }).events;
    expect(events.map((e) => [e.source.code, e.cameo.code, e.target?.code])).toEqual([['CHL', '111', 'PER'], ['BOL', '051', 'ECU']]);
    expect(events.map((e) => text.slice(...e.evidence.verb.span))).toEqual(['criticised', 'supported']);
  });

  it('returns the Document only when a trace listens', () => {
    expect(codeStory(newDocument({ id: 'x', date: '2024-01-01', text: 'Norvania met Estmark.' }).story, fixtureDictionaries()).document).toBeUndefined();
    expect(codeStory({ id: 'x', date: '2024-01-01', text: 'Norvania met Estmark.' }, fixtureDictionaries(), { trace: () => {} }).document?.units).toHaveLength(1);
  });
});
