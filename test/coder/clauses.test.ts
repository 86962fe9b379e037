import { describe, expect, it } from 'vitest';
import { findClauses } from '../../src/coder/clauses.js';
import { handSentence } from '../helpers/handSentence.js';

/** The clauses of a hand-built sentence. */
function clausesOf(markup: string) {
  const s = handSentence(markup);
  return findClauses(s.tokens, s.syntax, s.parts);
}

describe('clauses: ends, objects, subjects and reporters', () => {
  it('ends a clause at "that" and marks the complement of a speech verb as reported', () => {
    const [said, withdrawn] = clausesOf('[Norvania] {said/VERB/say} that/SCONJ [Estmark] {had/AUX withdrawn/VERB/withdraw} [its troops] .');
    expect(said).toMatchObject({ subject: 0, end: 2, objects: [], reportedBy: null });
    expect(withdrawn).toMatchObject({ subject: 1, end: 8, objects: [2], reportedBy: 0 });
  });

  it('ends a clause at a comma before an -ing participle, which takes the main subject', () => {
    const [shelled, killing] = clausesOf('[Norvania] {shelled/VERB/shell} [the town] , {ing:killing/VERB/kill} [twelve/NUM] .');
    expect(shelled).toMatchObject({ subject: 0, end: 4, objects: [1] });
    expect(killing).toMatchObject({ subject: 0, end: 7, objects: [2] });
  });

  it('starts a new clause with the subject of a finite verb that follows another: "agreed yesterday Estmark would pay"', () => {
    const [agreed, pay] = clausesOf('[Norvania] {agreed/VERB/agree} yesterday/ADV [Estmark] {would/AUX pay/VERB} [the debt] .');
    expect(agreed).toMatchObject({ subject: 0, end: 3, objects: [] });
    expect(pay).toMatchObject({ subject: 1, objects: [2] });
  });

  it('gives an infinitive the object of an object-control verb and a purpose governor', () => {
    const [, release] = clausesOf('[Norvania] {urged/VERB/urge} [Estmark] {to release} [the envoy] .');
    expect(release).toMatchObject({ subject: 1, governor: { kind: 'purpose', verb: 0 }, sharesModalityWith: 0 });
  });
});
