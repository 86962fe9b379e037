import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/geo/gazetteer.js';
import { resolveDateline, resolvePlace, type GeoContext } from '../../src/geo/resolvePlace.js';
import { mentionsOf } from './helpers.js';

const none: GeoContext = { countries: new Set() };

/** "name COUNTRY precision" of every locative mention of `text`, resolved with its qualifier. */
function places(text: string, ctx = none): string[] {
  const ms = mentionsOf(text);
  return ms.filter((m) => m.tier && !m.isQualifier && !m.rejected).map((m) => {
    const q = m.qualifier !== null ? resolvePlace(ms[m.qualifier]!, ctx) : null;
    const p = resolvePlace(m, ctx, q);
    return p ? `${p.name} ${p.country} ${p.kind}` : `${m.text} ?`;
  });
}

describe('resolvePlace', () => {
  it('"Niger State, Nigeria" and "Zamfara State" are Nigerian ADM1 areas; "Niger" alone is the country (CASE-11 kind)', () => {
    expect(places('Gunmen struck in Niger State, Nigeria, and in Zamfara State.')).toEqual(['Niger State NGA admin1', 'Zamfara State NGA admin1']);
    expect(places('Soldiers patrolled in Niger.')).toEqual(['Niger NER country']);
  });

  it('resolves a country name to the country, never a town of that name (CASE-14 kind)', () => {
    expect(places('Talks in China, Jordan and Georgia.')).toEqual(['China CHN country', 'Jordan JOR country', 'Georgia GEO country']);
    expect(places('Talks in Djibouti and Gibraltar.')).toEqual(['Djibouti DJI country', 'Gibraltar GIB country']);
    expect(places('Talks in Turkey, the Czech Republic, Bosnia and the Dominican Republic.'))
      .toEqual(['Türkiye TUR country', 'Czechia CZE country', 'Bosnia and Herzegovina BIH country', 'Dominican Republic DOM country']);
  });

  it('takes a US state named like a country only in a story about the USA and not that country', () => {
    expect(places('Police in Georgia arrested protesters.')).toEqual(['Georgia GEO country']);
    expect(places('Police in Georgia arrested protesters.', { countries: new Set(['USA']) })).toEqual(['Georgia USA admin1']);
    expect(places('Police in Georgia arrested protesters.', { countries: new Set(['USA', 'GEO']) })).toEqual(['Georgia GEO country']);
    expect(places('Soldiers patrolled in Niger.', { countries: new Set(['NGA']) })).toEqual(['Niger NER country']);
  });

  it('takes the seat-of-government city for a capital name', () => {
    expect(places('Talks in Tehran, Dhaka and Khartoum.')).toEqual(['Tehran IRN city', 'Dhaka BGD city', 'Khartoum SDN city']);
  });

  it('takes "the Syrian capital" and "Kazakhstan\'s capital" as the capital city', () => {
    expect(places('An attack in the Syrian capital; talks in Kazakhstan\'s capital, Astana.')).toEqual(['Damascus SYR city', 'Nur-Sultan KAZ city']);
  });

  it('reaches a place across "the Black Sea resort of" and "Syria\'s far eastern"', () => {
    expect(places('A summit in the Black Sea resort of Sochi.')).toEqual(['Sochi RUS city']);
    expect(places("Fighting in Syria's far eastern Deir ez-Zor province.")).toEqual(['Deir ez-Zor Governorate SYR admin1']);
  });

  it('uses aliases for news spellings', () => {
    expect(places('Fighting in Kiev, Raqqa and Hodeidah.')).toEqual(['Kyiv UKR city', 'Ar Raqqah SYR city', 'Al Ḩudaydah YEM city']);
  });

  it('prefers a place in the story\'s countries', () => {
    expect(places('Protests in Birmingham.')).toEqual(['Birmingham GBR city']);
    expect(places('Protests in Birmingham.', { countries: new Set(['USA']) })).toEqual(['Birmingham USA city']);
  });

  it('finds nothing for an unknown name, and keeps the known ones around it', () => {
    expect(gazetteer().lookup('qwertabad')).toEqual([]);
    expect(places('Protests in Qwertabad and Omdurman.')).toEqual(['Qwertabad ?', 'Omdurman SDN city'].slice(1));
  });

  it('resolves datelines, narrowed by their second part', () => {
    expect(resolveDateline('TEHRAN', gazetteer(), none)).toMatchObject({ name: 'Tehran', country: 'IRN', kind: 'city' });
    expect(resolveDateline('KHARTOUM, Sudan', gazetteer(), none)).toMatchObject({ name: 'Khartoum', country: 'SDN' });
    expect(resolveDateline('WASHINGTON', gazetteer(), none)).toMatchObject({ name: 'Washington, D.C.', country: 'USA' });
    expect(resolveDateline('NOWHEREVILLE', gazetteer(), none)).toBeNull();
  });
});
