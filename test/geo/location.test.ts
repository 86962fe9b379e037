import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/types.js';
import { codeGeo, km } from './helpers.js';

/** The events of `text`, failing when the coder found none (so a location test is never vacuous). */
function events(text: string, date?: string): EventRecord[] {
  const out = codeGeo(text, date);
  expect(out.length, `no event coded in: ${text}`).toBeGreaterThan(0);
  return out;
}

describe('event location: a place in the event clause', () => {
  it('Omdurman → SDN city, within 25 km of 15.64 N 32.48 E (CASE-09 kind)', () => {
    const [e] = events('Sudanese army artillery shelled rebel positions in Omdurman on Monday, killing at least 12 people, residents said.', '2024-03-10');
    expect(e!.location).toMatchObject({ name: 'Omdurman', country: 'SDN', precision: 'city', geonameid: 365137 });
    expect(km(e!.location!.lat, e!.location!.lon, 15.64, 32.48)).toBeLessThan(25);
  });

  it('"in China" → the country CHN at country precision, not a town named China (CASE-14 kind)', () => {
    const [e] = events('Malaysian negotiators held talks with Chinese officials in China on Thursday.', '2024-08-30');
    // world-countries latlng of China is 35 N 105 E; GeoNames 1814991 is the PCLI feature
    expect(e!.location).toEqual({ name: 'China', country: 'CHN', lat: 35, lon: 105, geonameid: 1814991, precision: 'country' });
  });

  it('"Nigeria\'s Niger State" → NGA at admin1 precision, never the country Niger (CASE-11 kind)', () => {
    const [e] = events("Armed men kidnapped about two dozen pupils in north-central Nigeria's Niger State on Monday.", '2024-10-14');
    expect(e!.location).toMatchObject({ name: 'Niger State', country: 'NGA', admin1: 'Niger State', precision: 'admin1', geonameid: 2328925 });
  });

  it('"Police in Oaxaca … activist Israel Montes" → MEX, no ISR location (CASE-12 kind)', () => {
    for (const e of events('Police in Oaxaca detained activist Israel Montes on Thursday after he led a highway blockade.', '2024-06-21')) {
      expect(e.location?.country).toBe('MEX');
      expect(km(e.location!.lat, e.location!.lon, 17.06, -96.73)).toBeLessThan(60);
    }
  });

  it('"in central Iran" → the country IRN', () => {
    const [e] = events('Police arrested protesters in central Iran on Monday.', '2024-01-10');
    expect(e!.location).toMatchObject({ name: 'Iran', country: 'IRN', precision: 'country' });
  });

  it('"in Idlib province" → the ADM1 area, not the city', () => {
    const [e] = events('Russian troops attacked rebels in Idlib province.', '2019-03-05');
    expect(e!.location).toMatchObject({ name: 'Idlib Governorate', country: 'SYR', precision: 'admin1', geonameid: 169387 });
  });

  it('"the northern city of Aleppo, Syria" → Aleppo, narrowed by its country', () => {
    const [e] = events('The army fought rebels in the northern city of Aleppo, Syria.', '2019-03-05');
    expect(e!.location).toMatchObject({ name: 'Aleppo', country: 'SYR', admin1: 'Aleppo Governorate', precision: 'city' });
  });

  it('a qualifier beats the usual meaning of a name: "Tripoli, Lebanon" is not the Libyan capital', () => {
    const [e] = events('Police arrested protesters in Tripoli, Lebanon.', '2019-10-20');
    expect(e!.location).toMatchObject({ name: 'Tripoli', country: 'LBN' });
  });

  it('"at the Navy\'s headquarters in Tehran" → Tehran, IRN city', () => {
    const [e] = events("Russia's deputy chief of staff met Iran's navy chief at the Navy's headquarters in Tehran on Tuesday.", '2018-12-27');
    expect(e!.location).toMatchObject({ name: 'Tehran', country: 'IRN', admin1: 'Tehran Province', precision: 'city', geonameid: 112931 });
  });

  it('"out of" and "from" locate a withdrawal (CAMEO 087), not other events', () => {
    const [e] = events('The United States pulled its troops out of Syria.', '2019-01-10');
    expect(e!.cameo.code).toBe('0874');
    expect(e!.location).toMatchObject({ name: 'Syria', country: 'SYR', precision: 'country' });
    const [f] = events('Police arrested a man from London.', '2019-01-10');
    expect(f!.location).toBeNull();
  });

  it('"at the White House" is Washington, D.C., not the Tennessee town; "in Syria\'s east" is Syria', () => {
    const [e] = events('Iranian officials met Russian diplomats at the White House.', '2019-01-01');
    expect(e!.location).toMatchObject({ name: 'Washington, D.C.', country: 'USA', precision: 'city' });
    const [f] = events("Russian troops attacked rebels in Syria's east.", '2019-01-01');
    expect(f!.location).toMatchObject({ name: 'Syria', country: 'SYR' });
  });

  it('a statement about "the war in Syria" is not located in Syria; an attack there is', () => {
    const [e] = events('Iran criticised Russia over the war in Syria.', '2019-01-01');
    expect(e!.cameo.code).toBe('111');
    expect(e!.location).toBeNull();
    const [f] = events('Russian troops attacked rebels in the war in Syria.', '2019-01-01');
    expect(f!.location).toMatchObject({ name: 'Syria', country: 'SYR' });
  });

  it('"on" and "over" locate attacks only', () => {
    const [e] = events('Russian troops attacked rebels on Idlib province.', '2019-03-05');
    expect(e!.location).toMatchObject({ name: 'Idlib Governorate', precision: 'admin1' });
    const [f] = events('Iran criticised Russia over Idlib.', '2019-03-05');
    expect(f!.location).toBeNull();
  });

  it('a country name that modifies a noun is no location: "outside the U.S. embassy in Ankara" is Ankara', () => {
    const [e] = events('Police arrested protesters outside the U.S. embassy in Ankara.', '2019-01-01');
    expect(e!.location).toMatchObject({ name: 'Ankara', country: 'TUR', precision: 'city' });
  });

  it('one unknown place name never drops the others', () => {
    const [e] = events('Russian troops attacked rebels in Qwertabad, Aleppo and Homs.', '2019-03-05');
    expect(e!.location).toMatchObject({ name: 'Aleppo', country: 'SYR' });
    const [f] = events('Russian troops attacked rebels in Homs and Qwertabad.', '2019-03-05');
    expect(f!.location).toMatchObject({ name: 'Homs', country: 'SYR' });
  });
});

describe('event location: elsewhere in the sentence, then the dateline', () => {
  it('a place in a relative clause of the sentence: Dhaka → BGD within 25 km of 23.81 N 90.41 E (CASE-05 kind)', () => {
    const [e] = events('Riot police beat university students who were rallying outside parliament in Dhaka on Monday.', '2024-07-16');
    expect(e!.location).toMatchObject({ name: 'Dhaka', country: 'BGD', precision: 'city' });
    expect(km(e!.location!.lat, e!.location!.lon, 23.81, 90.41)).toBeLessThan(25);
    expect(e!.evidence.notes).toContain('location: Dhaka (city) from "in Dhaka" elsewhere in the sentence');
  });

  it('takes no place from another clause for a statement, unless a placing verb governs it', () => {
    const [e] = codeGeo('Iran criticised Russia, which attacked rebels in Aleppo.', '2019-01-01');
    expect(e!.cameo.code).toBe('111');
    expect(e!.location).toBeNull();
    const [f] = events("Iran's navy chief met Russian officials on Tuesday at talks that took place in Geneva.", '2018-12-27');
    expect(f!.location).toMatchObject({ name: 'Genève', country: 'CHE', precision: 'city' });
  });

  it('falls back to the dateline place for the story', () => {
    const [e] = events("TEHRAN – Iran's navy chief met Russian officials on Tuesday.", '2018-12-27');
    expect(e!.location).toMatchObject({ name: 'Tehran', country: 'IRN', precision: 'city' });
    expect(e!.evidence.notes).toContain('location: Tehran (city) from the dateline "TEHRAN"');
  });

  it('gives no dateline place to a background event', () => {
    const events2 = codeGeo('TEHRAN – Iran signed an agreement with Russia in January 2015.', '2018-12-27');
    expect(events2.length).toBeGreaterThan(0);
    for (const e of events2) {
      expect(e.date).toBe('2015-01');
      expect(e.location).toBeNull();
    }
  });

  it('narrows a dateline by its second part: "KHARTOUM, Sudan"', () => {
    const [e] = events('KHARTOUM, Sudan (Reuters) — Sudanese police beat protesters on Sunday, witnesses said.', '2024-07-08');
    expect(e!.location).toMatchObject({ name: 'Khartoum', country: 'SDN', precision: 'city' });
    expect(km(e!.location!.lat, e!.location!.lon, 15.55, 32.53)).toBeLessThan(25);
  });

  it('prefers a place in the sentence to the dateline', () => {
    const [e] = events('MOSCOW – Russian troops attacked rebels near Aleppo on Monday.', '2019-03-05');
    expect(e!.location).toMatchObject({ name: 'Aleppo', country: 'SYR' });
  });
});

describe('event location: disambiguation', () => {
  it('prefers places in the story\'s countries: Hyderabad in a Pakistani story is in PAK', () => {
    const [e] = events('Pakistani police arrested protesters in Hyderabad.', '2019-01-01');
    expect(e!.location).toMatchObject({ name: 'Hyderabad', country: 'PAK' });
    const [f] = events('Indian police arrested protesters in Hyderabad.', '2019-01-01');
    expect(f!.location).toMatchObject({ name: 'Hyderabad', country: 'IND' });
  });

  it('then population and the usual meaning: Washington is the US capital, Paris the French one', () => {
    const [e] = events('Iranian officials met Russian diplomats in Washington.', '2019-01-01');
    expect(e!.location).toMatchObject({ name: 'Washington, D.C.', country: 'USA', precision: 'city' });
    const [f] = events('Iranian officials met Russian diplomats in Paris.', '2019-01-01');
    expect(f!.location).toMatchObject({ name: 'Paris', country: 'FRA', precision: 'city' });
  });

  it('is deterministic: the same story gives the same locations', () => {
    const text = 'Russian troops attacked rebels in Qwertabad, Aleppo and Homs. Iranian officials met Russian diplomats in Washington.';
    expect(codeGeo(text, '2019-03-05')).toEqual(codeGeo(text, '2019-03-05'));
  });
});
