import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.js';

describe('actors in context', () => {
  it('reads "its" as the nearest earlier singular actor, a state named in an "of" phrase included', () => {
    const events = code('Iran and Russia remained close allies of Lebanon and supported its government.', '2020-01-01');
    expect(brief(events)).toEqual(['IRN 051 LBNGOV', 'RUS 051 LBNGOV']);
  });

  it('reads "he" after "X said" as X, even when X has no code', () => {
    // Pellegrini is unknown: "he" is Pellegrini, so the meeting has no source
    expect(code('Pellegrini said he met the Egyptian minister.', '2020-01-01')).toEqual([]);
  });

  it('keeps the first code of a person named again with another title', () => {
    const text = 'Egyptian Defense Minister Karim Zaki met Greek officials. General Zaki then met Cypriot officials.';
    expect(brief(code(text, '2020-01-01'))).toEqual(['EGYGOV 040 GRCGOV', 'EGYGOV 040 CYPGOV']);
  });

  it('does not read a first name as a country (CASE-12 kind)', () => {
    const events = code('Police in Lima arrested activist Chad Moreno on Thursday.', '2024-06-21');
    expect(brief(events)).toEqual(['PERCOP 173 PEROPP']);
    expect(events[0]!.target!.text).toBe('activist Chad Moreno');
  });

  it('gives police and students the country of a place in the sentence, and of a domestic actor', () => {
    expect(brief(code('Gunmen abducted students in Abuja on Monday.', '2024-10-14'))).toEqual(['NGAUAF 181 NGAEDU']);
    expect(brief(code('Peruvian police arrested the mayor.', '2024-10-14'))).toEqual(['PERCOP 173 PERGOV']);
  });

  it('never gives a government actor a foreign actor\'s country', () => {
    expect(brief(code('The foreign secretary visited Jordan.', '2019-01-01'))).toEqual(['GOV 042 JOR']);
  });

  it('treats a sector word before an abstract noun as a description, not an actor', () => {
    // "military cooperation" is no actor, so "with Russia" is the target
    expect(brief(code('Iran will expand military cooperation with Russia.', '2020-01-01'))).toEqual(['IRN 0312 RUS']);
  });

  it('does not read a joint body of two countries as either ("the Russian-Iranian group")', () => {
    expect(code('Egypt supported the Russian-Iranian group.', '2020-01-01')).toEqual([]);
  });
});

describe('verbs in context', () => {
  it('codes a past participle clause with its by-agents both ways: "an agreement … signed in 2015 by A and B"', () => {
    const events = code('Officials discussed an agreement on trade signed in January 2015 by Peru and Chile.', '2018-12-27');
    expect(events.map((e) => `${e.source.code} ${e.cameo.code} ${e.target?.code} ${e.date}`)).toEqual(['PER 057 CHL 2015-01', 'CHL 057 PER 2015-01']);
  });

  it('codes an event named by a noun, with the clause subject as source', () => {
    expect(brief(code('The Egyptian minister spoke after a meeting with Greek officials.', '2020-01-01'))).toEqual(['EGYGOV 040 GRCGOV']);
  });

  it('codes violence against a place or thing with no target', () => {
    const events = code('Russian troops shelled the town on Monday.', '2019-03-05');
    expect(brief(events)).toEqual(['RUSMIL 194 -']);
    expect(events[0]!.date).toBe('2019-03-04');
  });

  it('repairs a past-tense verb the tagger read as a noun: "Gunmen abducted 25 students"', () => {
    expect(brief(code('Gunmen abducted 25 students in Abuja.', '2024-10-14'))).toEqual(['NGAUAF 181 NGAEDU']);
  });

  it('shares a modal with a coordinated verb: "could attack them, or even arrest them" codes nothing', () => {
    expect(code('The police could attack the students, or even arrest them.', '2020-01-01')).toEqual([]);
  });

  it('shares the negation of a governing verb: "do not intend to surrender"', () => {
    const all = code('The rebels do not intend to surrender to the Malian army.', '2020-01-01', undefined, true);
    expect(all.map((e) => [e.cameo.code, e.negated])).toEqual([['0356', true]]);
    expect(code('The rebels do not intend to surrender to the Malian army.', '2020-01-01')).toEqual([]);
  });
});

describe('determinism', () => {
  it('tokenises a possessive the same way whatever was coded before', () => {
    const text = 'Egypt criticised Israel’s army.';
    const before = JSON.stringify(code(text, '2020-01-01'));
    code('Then Israel’s. And Israel’s, again: Israel’s.', '2020-01-01');
    expect(JSON.stringify(code(text, '2020-01-01'))).toBe(before);
    expect(brief(code(text, '2020-01-01'))).toEqual(['EGY 111 ISRMIL']);
  });
});

describe('clauses', () => {
  it('skips a relative clause between commas when looking for the subject', () => {
    expect(brief(code('Peru, which criticised Chile last year, visited Bolivia.', '2020-01-01'))).toEqual(['PER 111 CHL', 'PER 042 BOL']);
  });

  it('skips an aside between dashes when looking for the subject', () => {
    expect(brief(code('Peru – a close ally of Chile – attacked Bolivia.', '2020-01-01'))).toEqual(['PER 190 BOL']);
  });

  it('ends a clause where a new clause\'s subject starts: "X agreed it was Y"', () => {
    expect(brief(code('Peru supported it was clear that Chile attacked Bolivia.', '2020-01-01'))).toEqual(['CHL 190 BOL']);
  });

  it('gives a participle the last conjunct only: "the army and rebels backed by Peru"', () => {
    expect(brief(code('Officials met the Chilean army and rebels supported by Peru.', '2020-01-01')).filter((x) => x.includes('051')))
      .toEqual(['PER 051 CHLREB']);
  });

  it('codes nothing from a question', () => {
    expect(code('Will Russia attack Ukraine?', '2020-01-01')).toEqual([]);
  });

  it('does not make a reporter the source of a reported "would": "refugees told how gunmen would raid homes"', () => {
    expect(code('Iraqi refugees said that the gunmen would attack the Iraqi police.', '2020-01-01')).toEqual([]);
  });
});

describe('things that stand for actors', () => {
  it('takes a military platform for its forces: "Syrian warplanes bombed the town"', () => {
    expect(brief(code('Syrian warplanes bombed the town.', '2020-01-01'))).toEqual(['SYRMIL 195 -']);
  });

  it('takes the country of a pattern noun as the target when no actor is named: "expelled two Chilean diplomats"', () => {
    expect(brief(code('Peru expelled two Chilean diplomats.', '2020-01-01'))).toEqual(['PER 161 CHL']);
  });

  it('takes the owner of an abstract noun: "supported the Chilean decision to withdraw its troops"', () => {
    expect(brief(code('Peru supported the Chilean decision to withdraw its troops from Bolivia.', '2020-01-01')))
      .toEqual(['PER 051 CHL', 'CHL 0874 BOL']);
  });

  it('reaches through a thing to the actor of its phrase: "criticised the coup in Bolivia"', () => {
    expect(brief(code('Peru criticised the coup in Bolivia.', '2020-01-01'))).toEqual(['PER 111 BOL']);
  });

  it('codes a symmetric intent of a compound subject both ways', () => {
    expect(brief(code('Peru and Chile agreed to restore relations.', '2020-01-01'))).toEqual(['PER 030 CHL', 'CHL 030 PER']);
  });

  it('reads crowds as civilians and "tear gas" as a noun', () => {
    expect(brief(code('Thousands of people protested in Lima.', '2020-01-01'))).toEqual(['PERCVL 141 -']);
    expect(brief(code('Police fired tear gas at students in Lima.', '2020-01-01'))).toEqual(['PERCOP 175 PEREDU']);
  });
});

describe('what is not asserted or not known', () => {
  it('does not code an act someone was kept from: "prevented its troops from attacking"', () => {
    expect(brief(code('Peru prevented its troops from attacking Bolivia.', '2020-01-01'))).toEqual([]);
  });

  it('lets "he" reach back two sentences at most', () => {
    const text = 'Peruvian General Luis Soto met Chilean officials. The weather was fine. The roads were dry. Crowds gathered. He then attacked Bolivia.';
    expect(brief(code(text, '2020-01-01'))).toEqual(['PERMIL 040 CHLGOV']);
  });
});

describe('counts and results', () => {
  it('keeps a count inside the target: "arrested at least 30 protesters", "more than 30"', () => {
    expect(brief(code('Police arrested at least 30 protesters in Lima.', '2020-01-01'))).toEqual(['PERCOP 173 PEROPP']);
    expect(brief(code('Police arrested more than 30 protesters in Lima.', '2020-01-01'))).toEqual(['PERCOP 173 PEROPP']);
  });

  it('does not code the result clause of an attack again: "bombed the town, killing 12 people"', () => {
    expect(brief(code('Syrian warplanes bombed the town, attacking the rebels.', '2020-01-01'))).toEqual(['SYRMIL 195 -']);
  });
});

describe('pronouns for groups and states', () => {
  it('reads "it" after a coded government in the same sentence as that government', () => {
    expect(brief(code('The Peruvian government said it will send weapons to Bolivia.', '2020-01-01'))).toEqual(['PERGOV 0332 BOL']);
  });
});
