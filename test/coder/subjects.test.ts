import { describe, expect, it } from 'vitest';
import { antecedentOfRelativePronoun } from '../../src/coder/subjects/antecedentOfRelativePronoun.js';
import { infinitiveController } from '../../src/coder/subjects/infinitiveController.js';
import { mainClauseOfParticiple } from '../../src/coder/subjects/mainClauseOfParticiple.js';
import { nounBeforeGerund } from '../../src/coder/subjects/nounBeforeGerund.js';
import { nounBeforePastParticiple } from '../../src/coder/subjects/nounBeforePastParticiple.js';
import { possessorOfIntentNoun } from '../../src/coder/subjects/possessorOfIntentNoun.js';
import { preventedGerund } from '../../src/coder/subjects/preventedGerund.js';
import { subjectBeforeVerb } from '../../src/coder/subjects/subjectBeforeVerb.js';
import { subjectOfCoordinatedVerb } from '../../src/coder/subjects/subjectOfCoordinatedVerb.js';
import {
  SUBJECT_RULES, findSubject, wordBeforeVerb, type SubjectContext,
} from '../../src/coder/subjects/index.js';
import type { Clause } from '../../src/model/coder.js';
import { handClauses, handSentence } from '../helpers/handSentence.js';
import { participantAt } from '../../src/coder/match.js';

/** The context of verb group `n` of `markup`, the clauses before it filled in from `given`. */
function at(markup: string, n: number, given: Partial<Clause>[] = []): SubjectContext {
  const s = handSentence(markup);
  return {
    tokens: s.tokens, syntax: s.syntax, parts: s.parts, partAt: participantAt(s.syntax, s.parts),
    clauses: handClauses(s, given), n, k: wordBeforeVerb(s.tokens, s.syntax, n),
  };
}

describe('subject rule: possessor of an intent or decision noun', () => {
  it('takes the possessor\'s participant: "Estmark\'s decision to withdraw"', () => {
    const ctx = at("[poss:Estmark 's/PART decision] {to withdraw} [its troops] .", 0);
    expect(possessorOfIntentNoun(ctx)).toEqual({
      subject: 0, subjectFromPossessor: true, governor: { kind: 'decision', word: 'decision' },
    });
  });

  it('without a possessor, carries over the subject and reporter of the finite verb before', () => {
    const ctx = at('[Norvania] {announced/VERB/announce} [a plan] {to withdraw} .', 1, [{ subject: 0, reportedBy: null }]);
    expect(possessorOfIntentNoun(ctx)).toEqual({ subject: 0, reportedBy: null, governor: { kind: 'intent', verb: null, word: 'plan' } });
  });

  it('returns null when the word before the infinitive is no intent or decision noun, or in no participant', () => {
    expect(possessorOfIntentNoun(at('[the envoy] {to withdraw} .', 0))).toBeNull();
    expect(possessorOfIntentNoun(at('[Norvania] {agreed/VERB/agree} {to withdraw} .', 1))).toBeNull();
    expect(possessorOfIntentNoun(at("[poss:Estmark 's/PART decision] {angered/VERB/anger} [Ithilen] .", 0))).toBeNull();
  });
});

describe('subject rule: the controller of an infinitive', () => {
  it('takes the object of an object-control verb: "Norvania urged Estmark to release the envoy"', () => {
    const ctx = at('[Norvania] {urged/VERB/urge} [Estmark] {to release} [the envoy] .', 1, [{ subject: 0, objects: [1, 2] }]);
    expect(infinitiveController(ctx)).toEqual({
      subject: 1, reportedBy: null, sharesModalityWith: 0, governor: { kind: 'purpose', verb: 0 },
    });
  });

  it('takes the subject of other verbs, with an intent governor when the verb stands right before: "agreed to meet"', () => {
    const ctx = at('[Norvania] {agreed/VERB/agree} {to meet} [Estmark] .', 1, [{ subject: 0, objects: [1] }]);
    expect(infinitiveController(ctx)).toMatchObject({ subject: 0, governor: { kind: 'intent', verb: 0, word: 'agree' } });
  });

  it('reads readiness as intent: "Norvania is ready to help"', () => {
    const ctx = at('[Norvania] {is/AUX/be} ready/ADJ {to help} [Estmark] .', 1, [{ subject: 0 }]);
    expect(infinitiveController(ctx)).toMatchObject({ subject: 0, governor: { kind: 'intent', verb: 0, word: 'ready' } });
  });

  it('settles an infinitive with no verb before it with no subject', () => {
    expect(infinitiveController(at('{to meet} [Estmark] .', 0))).toEqual({ subject: null });
  });

  it('returns null for a finite verb', () => {
    expect(infinitiveController(at('[Norvania] {met/VERB/meet} [Estmark] .', 0))).toBeNull();
  });
});

describe('subject rule: the noun before a past participle', () => {
  it('takes the noun before as the patient: "the pact signed by Norvania"', () => {
    const ctx = at('[the pact] {ed:signed/VERB/sign} by/ADP [Norvania] .', 0);
    expect(nounBeforePastParticiple(ctx)).toEqual({ subject: 0, patientIsLastConjunct: true });
  });

  it('goes back past a complement: "an agreement on military cooperation signed in 2015"', () => {
    const ctx = at('[an agreement] on/ADP [military/ADJ cooperation] {ed:signed/VERB/sign} in/ADP [2015/NUM] .', 0);
    expect(nounBeforePastParticiple(ctx)).toEqual({ subject: 0, patientIsLastConjunct: true });
  });

  it('settles a participle with no noun before it with no subject', () => {
    expect(nounBeforePastParticiple(at('{ed:Led/VERB/lead} by/ADP [Halvard] , [the army] {advanced/VERB} .', 0)))
      .toEqual({ subject: null, patientIsLastConjunct: true });
  });

  it('returns null for a finite verb', () => {
    expect(nounBeforePastParticiple(at('[Norvania] {signed/VERB/sign} [the pact] .', 0))).toBeNull();
  });
});

describe('subject rule: the main clause of a participle after a comma', () => {
  it('takes the subject of the finite verb before: "Norvania shelled the town, killing twelve"', () => {
    const ctx = at('[Norvania] {shelled/VERB/shell} [the town] , {ing:killing/VERB/kill} [twelve/NUM] .', 1, [{ subject: 0, objects: [1] }]);
    expect(mainClauseOfParticiple(ctx)).toEqual({ subject: 0 });
  });

  it('opening the sentence, takes the subject of the first finite verb after it as the clauses hold it', () => {
    const markup = '{ing:Pointing/VERB/point} to/ADP [the border] , [the minister] {said/VERB/say} .';
    expect(mainClauseOfParticiple(at(markup, 0, [{}, { subject: 1 }]))).toEqual({ subject: 1 });
    // subjects are found left to right: while this clause is worked out, the later one has none yet
    expect(mainClauseOfParticiple(at(markup, 0))).toEqual({ subject: null });
  });

  it('returns null for a participle right after a word other than a comma', () => {
    expect(mainClauseOfParticiple(at('[the militia] {ing:fighting/VERB/fight} in/ADP [Estmark] .', 0))).toBeNull();
  });
});

describe('subject rule: the antecedent of a relative pronoun', () => {
  it('crosses the comma to the antecedent: "Halvard, who toured Estmark"', () => {
    const ctx = at('[Halvard] , [who] {toured/VERB/tour} [Estmark] , {travelled/VERB/travel} to/ADP [Tharbad] .', 0);
    expect(antecedentOfRelativePronoun(ctx)).toEqual({ subject: 0 });
  });

  it('returns null without a relative pronoun, or without a participant before it', () => {
    expect(antecedentOfRelativePronoun(at('[Halvard] {toured/VERB/tour} [Estmark] .', 0))).toBeNull();
    expect(antecedentOfRelativePronoun(at('[Who] {toured/VERB/tour} [Estmark] ?', 0))).toBeNull();
  });
});

describe('subject rule: a coordinated verb', () => {
  it('shares the subject, reporter and modality of the finite verb before: "met the envoy and signed a pact"', () => {
    const ctx = at('[Norvania] {met/VERB/meet} [the envoy] and {signed/VERB/sign} [a pact] .', 1, [{ subject: 0, objects: [1], reportedBy: null }]);
    expect(subjectOfCoordinatedVerb(ctx)).toEqual({ subject: 0, reportedBy: null, sharesModalityWith: 0 });
  });

  it('returns null without a conjunction before the verb, or without a finite verb before that', () => {
    expect(subjectOfCoordinatedVerb(at('[Norvania] {met/VERB/meet} [the envoy] .', 0))).toBeNull();
    expect(subjectOfCoordinatedVerb(at('[Norvania] and {signed/VERB/sign} [a pact] .', 0))).toBeNull();
  });
});

describe('subject rule: a gerund after "from"', () => {
  it('finds the subject as the later rules do and marks the act not asserted: "barred its citizens from joining"', () => {
    const ctx = at('[Norvania] {barred/VERB/bar} [its citizens] from/ADP {ing:joining/VERB/join} [the militia] .', 1, [{ subject: 0, objects: [1] }]);
    expect(preventedGerund(ctx)).toEqual({ subject: 1, notAsserted: true });
  });

  it('returns null for a gerund after another word', () => {
    expect(preventedGerund(at('[the militia] {ing:fighting/VERB/fight} in/ADP [Estmark] .', 0))).toBeNull();
  });
});

describe('subject rule: the noun before a gerund', () => {
  it('takes the participant right before, even a prepositional object: "support for the militia fighting in Estmark"', () => {
    const ctx = at('[support] for/ADP [the militia] {ing:fighting/VERB/fight} in/ADP [Estmark] .', 0);
    expect(nounBeforeGerund(ctx)).toEqual({ subject: 1 });
    // the default rule skips the prepositional object
    expect(subjectBeforeVerb(ctx)).toEqual({ subject: 0 });
  });

  it('returns null for a finite verb, or for a gerund with no participant right before it', () => {
    expect(nounBeforeGerund(at('[the militia] {fought/VERB/fight} in/ADP [Estmark] .', 0))).toBeNull();
    expect(nounBeforeGerund(at('{ing:Fighting/VERB/fight} in/ADP [Estmark] .', 0))).toBeNull();
  });
});

describe('subject rule: the subject before the verb (the default)', () => {
  it('takes the nearest participant before, across adverbs', () => {
    expect(subjectBeforeVerb(at("[Norvania 's/PART envoy] also/ADV {met/VERB/meet} [Estmark] .", 0))).toEqual({ subject: 0 });
  });

  it('skips brackets and asides', () => {
    expect(subjectBeforeVerb(at('[The Norvanian/ADJ army] ( [NRA] ) {attacked/VERB/attack} [the town] .', 0))).toEqual({ subject: 0 });
    const aside = at('[Halvard] , [who] {toured/VERB/tour} [Estmark] , {travelled/VERB/travel} to/ADP [Tharbad] .', 1);
    expect(subjectBeforeVerb(aside)).toEqual({ subject: 0 });
  });

  it('skips a prepositional object', () => {
    expect(subjectBeforeVerb(at('[the envoy] of/ADP [Estmark] {met/VERB/meet} [Halvard] .', 0))).toEqual({ subject: 0 });
  });

  it('marks the subject after a subordinator as adverbial: "after Ithilen crowds burned its embassy"', () => {
    const ctx = at('[Norvania] {protested/VERB/protest} after/ADP [Ithilen crowds] {burned/VERB/burn} [its embassy] .', 1);
    expect(subjectBeforeVerb(ctx)).toEqual({ subject: 1, adverbial: true });
  });

  it('finds no subject past another verb, ";" or the sentence start', () => {
    expect(subjectBeforeVerb(at('{Met/VERB/meet} [Estmark] .', 0))).toEqual({ subject: null });
    expect(subjectBeforeVerb(at('[Norvania] {protested/VERB/protest} ; then/ADV {withdrew/VERB/withdraw} .', 1))).toEqual({ subject: null });
  });
});

describe('subject rules: the ordered list', () => {
  it('ends with the default rule, so every clause is settled', () => {
    expect(SUBJECT_RULES[SUBJECT_RULES.length - 1]).toBe(subjectBeforeVerb);
  });

  it('lets the controller settle an infinitive after "and" before the coordination rule sees it', () => {
    const ctx = at('[Norvania] {agreed/VERB/agree} {to meet} [Estmark] and {to sign} [a pact] .', 2, [{ subject: 0 }, { subject: 0 }]);
    expect(findSubject(ctx)).toMatchObject({ subject: 0, sharesModalityWith: 0, governor: { kind: 'purpose', verb: 0 } });
  });
});
