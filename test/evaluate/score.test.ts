import { describe, expect, it } from 'vitest';
import { groupSentences, readGold, type GoldRecord } from '../../src/evaluate/gold.js';
import { contentWords, missesFile, scoreSentences, typeOrder, type ScoredEvent } from '../../src/evaluate/score.js';

/** An event as the scorer reads it: a CAMEO code and the actors' words. */
const ev = (code: string, source: string | null, target: string | null = null): ScoredEvent => ({
  cameo: { code }, source: source === null ? null : { text: source }, target: target === null ? null : { text: target },
});

/** Four invented sentences, five records (the first sentence has two). */
const RECORDS = [
  { text: 'Kenya met Ethiopia in Nairobi.', event: 'CONSULT', source_text: ['Kenya'], target_text: ['Ethiopia'] },
  { text: 'Kenya met Ethiopia in Nairobi.', event: 'AGREE', source_text: ['Ethiopia'], target_text: ['Kenya'] },
  { text: 'Chilean troops shelled Peruvian positions.', event: 'ASSAULT', source_text: ['the army of Chile'], target_text: ['Peru'] },
  { text: 'Norway criticised Sweden.', event: 'REQUEST', source_text: ["Norway's minister"], target_text: ['Sweden'] },
  { text: 'Fiji sent aid to Tonga.', event: 'AID', source_text: ['Fiji'], target_text: [] },
];
const sentences = () => groupSentences(readGold(RECORDS.map((r) => JSON.stringify(r)).join('\n'), 'gold.jsonl').records);

/** What a coder might give each sentence. */
const CODED: ScoredEvent[][] = [
  [ev('040', 'the President of Kenya', 'Ethiopia'), ev('010', 'Kenya')], // CONSULT, right source and target; a statement (no PLOVER type)
  [ev('190', 'Chilean troops', 'Peruvian positions'), ev('0874', 'Chilean troops', 'Peru')], // ASSAULT, source misses; YIELD
  [ev('111', 'Norway', 'Sweden')], // ACCUSE: the wrong type
  [], // nothing
];

describe('scoring as score.py does', () => {
  it('counts sentences by type, type+source and type+source+target (of those with a gold target), and events', () => {
    const e = scoreSentences(sentences(), CODED);
    expect(e).toMatchObject({
      sentences: 4, anyEvent: 3, type: 2, typeSource: 1, typeSourceTarget: 1, withTarget: 3, events: 5, eventsOfGoldType: 2,
    });
    // 2 of 4 sentences of a gold type = 50.0 %; 1 of 3 with a gold target = 33.3 %; 2 of 5 events of a gold type
  });

  it('gives recall and precision counts per type: events of the type in sentences whose gold has it', () => {
    const e = scoreSentences(sentences(), CODED);
    expect(e.perType).toEqual({
      CONSULT: { gold: 1, right: 1, events: 1, inGold: 1 },
      AGREE: { gold: 1, right: 0, events: 0, inGold: 0 },
      ASSAULT: { gold: 1, right: 1, events: 1, inGold: 1 },
      YIELD: { gold: 0, right: 0, events: 1, inGold: 0 },
      REQUEST: { gold: 1, right: 0, events: 0, inGold: 0 },
      ACCUSE: { gold: 0, right: 0, events: 1, inGold: 0 },
      AID: { gold: 1, right: 0, events: 0, inGold: 0 },
    });
    expect(typeOrder(e)).toEqual(['AGREE', 'CONSULT', 'AID', 'REQUEST', 'ASSAULT', 'YIELD', 'ACCUSE']);
  });

  it('fills the confusion matrix: each gold type of a sentence against each type coded in it, unmapped and none', () => {
    const e = scoreSentences(sentences(), CODED);
    expect(e.confusion).toEqual({
      CONSULT: { CONSULT: 1, unmapped: 1 },
      AGREE: { CONSULT: 1, unmapped: 1 },
      ASSAULT: { ASSAULT: 1, YIELD: 1 },
      REQUEST: { ACCUSE: 1 },
      AID: { none: 1 },
    });
  });

  it('writes score.py\'s misses entries for the sentences that fall short', () => {
    const e = scoreSentences(sentences(), CODED);
    expect(missesFile(e)).toBe([
      "s00001\tgold: ASSAULT ['the army of Chile']->['Peru']\n\tdyad: 190=ASSAULT 'Chilean troops'->'Peruvian positions'; 0874=YIELD 'Chilean troops'->'Peru'\n\tChilean troops shelled Peruvian positions.\n",
      's00002\tgold: REQUEST ["Norway\'s minister"]->[\'Sweden\']\n\tdyad: 111=ACCUSE \'Norway\'->\'Sweden\'\n\tNorway criticised Sweden.\n',
      "s00003\tgold: AID ['Fiji']->[]\n\tdyad: no event\n\tFiji sent aid to Tonga.\n",
    ].join('\n'));
  });

  it('needs source and target on the same event of a gold type', () => {
    const [s] = sentences();
    const split = scoreSentences([s!], [[ev('040', 'Kenya', 'Uganda'), ev('036', 'Uganda', 'Ethiopia')]]);
    expect(split).toMatchObject({ type: 1, typeSource: 1, typeSourceTarget: 0, withTarget: 1 });
    expect(split.misses[0]).toBe("s00000\tgold: CONSULT ['Kenya']->['Ethiopia']; AGREE ['Ethiopia']->['Kenya']\n\tdyad: 040=CONSULT 'Kenya'->'Uganda'; 036=AGREE 'Uganda'->'Ethiopia'\n\tKenya met Ethiopia in Nairobi.\n");
  });

  it('counts a sentence whose gold names no target for type+source only, and prints a missing target as None', () => {
    const records: GoldRecord[] = [{ id: 'x', text: 'Fiji sent aid.', event: 'AID', source_text: ['Fiji'], target_text: null, where: 'f:1' }];
    const e = scoreSentences(groupSentences(records), [[ev('070', 'Fiji')]]);
    expect(e).toMatchObject({ type: 1, typeSource: 1, typeSourceTarget: 0, withTarget: 0, misses: [] });
    const miss = scoreSentences(groupSentences(records), [[ev('010', null)]]);
    expect(miss.misses).toEqual(["s00000\tgold: AID ['Fiji']->None\n\tdyad: 010=None None->None\n\tFiji sent aid.\n"]);
  });

  it('reads content words as score.py does: lower case, letters and digits, no stop words or single characters', () => {
    expect([...contentWords("The U.S. Navy's 5th Fleet and its allies")]).toEqual(['navy', '5th', 'fleet', 'allies']);
    expect(contentWords(null).size).toBe(0);
  });

  it('refuses event lists that do not match the sentences', () => {
    expect(() => scoreSentences(sentences(), [])).toThrow('4 sentences but 0 event lists');
  });
});
