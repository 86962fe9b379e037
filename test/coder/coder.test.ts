import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.js';

describe('coder: source, target and pattern', () => {
  it('codes subject → object with the verb pattern, and its evidence', () => {
    const text = 'Russian troops shelled the town of Aleppo and Syrian rebels attacked Russian troops.';
    const events = code(text, '2019-03-05');
    expect(brief(events)).toContain('SYRREB 190 RUSMIL');
    const e = events.find((x) => x.cameo.code === '190')!;
    expect(e.source.text).toBe('Syrian rebels');
    expect(e.source.span).toEqual([text.indexOf('Syrian rebels'), text.indexOf('Syrian rebels') + 13]);
    expect(e.evidence.verb).toEqual({ text: 'attacked', span: [text.indexOf('attacked'), text.indexOf('attacked') + 8] });
    expect(e.evidence.pattern).toMatchObject({ dictionary: 'verbs.txt', line: 16, text: '190 attack +' });
    expect(e.cameo).toEqual({ code: '190', root: '19', name: 'Use conventional military force, not specified below', quad_class: 4, goldstein: -10 });
    expect(e.plover).toEqual({ event: 'ASSAULT', mode: '', context: ['military'] });
  });

  it('prefers the most specific pattern: "accuse X of aggression" is 1123, not 112', () => {
    expect(brief(code('Iran accused Israel of aggression.', '2020-01-01'))).toEqual(['IRN 1123 ISR']);
    expect(brief(code('Iran accused Israel.', '2020-01-01'))).toEqual(['IRN 112 ISR']);
  });

  it('never takes a noun of the pattern as the target (CASE-01 kind)', () => {
    const events = code('Iran sent forty tanks to the Iraqi government.', '2024-05-15');
    expect(brief(events)).toEqual(['IRN 072 IRQGOV']);
    expect(events[0]!.target!.text).toBe('the Iraqi government');
  });

  it('codes no event without a pattern: no fallback 010 (CASE-04 kind)', () => {
    expect(code('The Kenyan president thanked the Ugandan minister warmly.', '2024-09-30')).toEqual([]);
  });

  it('lets a null-code pattern block a shorter one', () => {
    expect(code('France beat Brazil in the final.', '2018-07-15')).toEqual([]);
  });

  it('drops sentences holding a discard phrase', () => {
    expect(code('The Kenyan army beat the Ugandan army to win the marathon.', '2024-09-30')).toEqual([]);
  });
});

describe('coder: compounds', () => {
  it('codes one event per actor of a compound subject (CASE-02 kind)', () => {
    const events = code('Peruvian and Bolivian ministers signed a water treaty with Ecuador on Tuesday.', '2024-02-09');
    expect(brief(events)).toEqual(['PERGOV 057 ECU', 'BOLGOV 057 ECU']);
    for (const e of events) expect(e.source.code.length).toBeLessThanOrEqual(6);
  });

  it('codes one event per actor of a compound object', () => {
    expect(brief(code('Egypt criticised Greece and Cyprus.', '2020-01-01'))).toEqual(['EGY 111 GRC', 'EGY 111 CYP']);
  });

  it('codes a symmetric act of a compound subject both ways', () => {
    expect(brief(code('Iran and Russia held talks on Monday.', '2020-01-08'))).toEqual(['IRN 046 RUS', 'RUS 046 IRN']);
  });

  it('never pairs two members of one code with each other: two Turkish ministers do not meet Turkey', () => {
    const text = 'Turkish Foreign Minister Ahmet Yilmaz, Turkish Interior Minister Kemal Demir and Russian officials held talks in Sochi.';
    expect(brief(code(text, '2019-03-01'))).toEqual(['TURGOV 046 RUSGOV', 'RUSGOV 046 TURGOV']);
  });
});

describe('coder: adverbial clauses', () => {
  it('finds the subject of a clause opened by a conjunction ("after rebels attacked")', () => {
    expect(brief(code('The talks collapsed after Syrian rebels attacked Russian troops.', '2020-01-01'))).toEqual(['SYRREB 190 RUSMIL']);
  });
});

describe('coder: voice, negation, modality', () => {
  it('takes the by-phrase of a passive as the source', () => {
    expect(brief(code('The Syrian army was attacked by Turkish troops.', '2020-01-01'))).toEqual(['TURMIL 190 SYRMIL']);
  });

  it('does not emit a negated event, but keeps it when asked (CASE-05 kind)', () => {
    // 2024-07-16 is a Tuesday; Lima is Peru's capital, so the police and students are Peruvian
    const text = 'Police beat students in Lima on Monday. The army did not attack the students.';
    const events = code(text, '2024-07-16');
    expect(brief(events)).toEqual(['PERCOP 175 PEREDU']);
    expect(events[0]!.negated).toBe(false);
    expect(events[0]!.date).toBe('2024-07-15');
    const all = code(text, '2024-07-16', undefined, true);
    expect(all.filter((e) => e.negated).map((e) => `${e.source.code} ${e.cameo.code}`)).toEqual(['PERMIL 190']);
  });

  it('codes a future act as the intent to act (CAMEO 03)', () => {
    expect(brief(code('Iran will expand military cooperation with Russia.', '2020-01-01'))).toEqual(['IRN 0312 RUS']);
    expect(brief(code('China will meet with Japan next week.', '2020-01-01'))).toEqual(['CHN 036 JPN']);
  });

  it('codes a refused meeting as a rejection (125)', () => {
    expect(brief(code('Israel refused to meet with the Palestinian minister.', '2020-01-01'))).toEqual(['ISR 125 PSEGOV']);
  });

  it('does not code what only could happen', () => {
    expect(code('Russia could attack Ukraine.', '2020-01-01')).toEqual([]);
  });
});

describe('coder: reported speech and attribution', () => {
  it('keeps the reported act with its own actors and records who said it', () => {
    // 2024-03-11 is a Monday: "on Tuesday" is six days earlier
    const text = 'Malian army gunners shelled rebel positions near Gao on Tuesday, villagers said.';
    const events = code(text, '2024-03-11');
    expect(brief(events)).toEqual(['MLIMIL 194 MLIREB']);
    expect(events[0]!.date).toBe('2024-03-05');
    expect(events[0]!.attribution?.text).toBe('villagers said');
  });

  it('turns a reported attack on the speaker\'s own side into an accusation (CASE-07 kind)', () => {
    // 2024-05-18 is a Saturday: "on Friday" is 2024-05-17
    const events = code("Greece's navy said on Friday that Turkish soldiers had fired at one of its patrols.", '2024-05-18');
    expect(brief(events)).toContain('GRCMIL 1123 TURMIL');
    expect(brief(events)).not.toContain('GRCMIL 190 TURMIL');
    for (const e of events) expect(e.date <= '2024-05-17').toBe(true);
  });

  it('makes the speaker the source of a stated intent', () => {
    const events = code('The Iranian defense minister said the army will expand military cooperation with Russia.', '2020-01-01');
    expect(brief(events)).toEqual(['IRNGOV 0312 RUS']);
  });
});

describe('coder: dates in the clause', () => {
  it('dates each event by its own clause', () => {
    const events = code('Iran signed a deal with Russia in January 2015 and China visited Iran on Tuesday.', '2018-12-27');
    expect(events.map((e) => [e.cameo.code, e.date, e.date_precision])).toEqual([
      ['057', '2015-01', 'month'],
      ['042', '2018-12-25', 'day'],
    ]);
  });

  it('falls back to the story date, precision "story"', () => {
    expect(code('Iran criticised Israel.', '2020-02-02').map((e) => [e.date, e.date_precision])).toEqual([['2020-02-02', 'story']]);
  });

  it('gives the members of a compound source one date: an earlier day only when all of them acted on it', () => {
    // Tuesday before Friday 2019-05-03 is 2019-04-30; Bolivia was not named then, so neither member takes it
    const events = code('Chile visited Peru on Tuesday. Chile and Bolivia met Argentina.', '2019-05-03');
    expect(events.map((e) => `${e.source.code} ${e.cameo.code} ${e.date} ${e.date_precision}`)).toEqual([
      'CHL 042 2019-04-30 day', 'CHL 040 2019-05-03 story', 'BOL 040 2019-05-03 story',
    ]);
    const alone = code('Chile visited Peru on Tuesday. Chile met Argentina.', '2019-05-03');
    expect(alone[1]!.date).toBe('2019-04-30');
    expect(alone[1]!.evidence.notes!.at(-1)).toBe('date: "on Tuesday" (latest such day), carried from an earlier sentence about CHL');
  });
});
