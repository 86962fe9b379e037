import { describe, expect, it } from 'vitest';
import { codeGeo, mentionsOf } from './helpers.js';

/**
 * Sentences with no event location: actors' countries, capitals used as
 * actors, people's and organisations' names, demonyms and time words.
 * None may give a usable locative place mention, and no event a location.
 */
const NO_LOCATION = [
  'Iran criticised Israel.',
  'Russian troops attacked Syrian rebels.',
  'Chinese officials met Malaysian negotiators.',
  'European officials met Iranian diplomats.',
  'Jordan Peterson criticised the government.',
  'Police arrested Chad Mendoza.',
  'Police arrested Paris Hilton.',
  'George Washington attacked the rebels.',
  'The Tehran Times criticised the government.',
  "Washington's decision was criticised by Moscow.",
  'Tehran criticised Washington.',
  'The minister met protesters according to Tehran.',
  'Police arrested protesters in March.',
  'Police arrested protesters in Parliament.',
  'Police arrested the Nigerian president.',
  'Moscow and Beijing attacked the plan.',
  'Police arrested a man from London.',
  'Russia criticised Nato and the UN in the EU.',
  'Police arrested protesters in the Middle East.',
  'Kurdish fighters called on Russia to help.',
  'Blair presented his dossier on Iraq.',
  'Accounts in the US and Turkish press angered Ankara.',
  'Chinese ships attacked a tanker in the South China Sea.',
  'The navy attacked smugglers in the Gulf of Mexico.',
  'Police arrested protesters across Latin America.',
  'Iran criticised the deal at the Iran talks.',
  'Turkey threatened to extend its operation towards Manbij.',
  'Obama agreed to Moscow taking charge of the weapons.',
  'Iran lost its trust in Russia.',
];

describe('no location (negative cases)', () => {
  for (const text of NO_LOCATION) {
    it(text, () => {
      const usable = mentionsOf(text).filter((m) => m.tier && !m.codes && !m.topic && !m.rejected && m.candidates.length);
      expect(usable.map((m) => m.text)).toEqual([]);
      for (const e of codeGeo(text, '2019-05-01')) expect(e.location).toBeNull();
    });
  }
});

describe('names that are not places', () => {
  it('rejects a place word followed by a surname, and the surname too: "Kenya Salazar", "Chad Mendoza"', () => {
    // Salazar (a Mexican village) and Mendoza (an Argentine city) are in the gazetteer too
    const ms = mentionsOf('Police in Arequipa detained activist Kenya Salazar; Chad Mendoza spoke.');
    expect(ms.map((m) => [m.text, m.rejected ? 'name' : 'place'])).toEqual([['Arequipa', 'place'], ['Kenya', 'name'], ['Chad', 'name']]);
  });

  it('keeps "Niger State" and "Idlib province": an admin word is no surname', () => {
    const ms = mentionsOf('Clashes in Niger State and Idlib province.');
    expect(ms.map((m) => [m.text, m.adminHint, m.preposition])).toEqual([['Niger State', true, 'in'], ['Idlib province', true, 'in']]);
  });

  it('never takes a demonym as a place', () => {
    expect(mentionsOf('European and Syrian officials met Iranian diplomats.')).toEqual([]);
  });
});
