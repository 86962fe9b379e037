import { describe, expect, it } from 'vitest';
import { builtinDictionaries } from '../src/dictionaries/builtin.js';
import { codeStory } from '../src/pipeline.js';
import { FIELD_CASES, loadFieldCases, problems } from './fieldCases.js';

// The field cases whose kinds belong to the coder (issues 2, 4, 5); their locations are checked in test/geo.
const IDS = ['CASE-01', 'CASE-02', 'CASE-04', 'CASE-05', 'CASE-07', 'CASE-09', 'CASE-12', 'CASE-14', 'CASE-16', 'CASE-17'];
const cases = loadFieldCases(IDS);

describe.skipIf(!cases)('field cases from ../shared (events)', () => {
  for (const c of cases ?? []) {
    it(`${c.id}: ${c.kind.slice(0, 70)}`, () => {
      const dict = builtinDictionaries();
      for (const text of [c.input.text, ...(c.input.variants ?? [])]) {
        const events = codeStory({ id: c.id, date: c.input.publication_date, text }, dict).events;
        expect(problems(c, events)).toEqual([]);
      }
    });
  }
});

if (!cases) console.log(`field cases skipped: ${FIELD_CASES} is absent`);
