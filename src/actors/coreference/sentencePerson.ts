import { corefer } from '../mention.js';
import type { CoreferenceResolver } from './resolver.js';

const PERSONAL = /^(he|she|him|her)$/;

/**
 * "De Mistura said he …": "he", "she", "him", "her" is the latest person
 * named earlier in the sentence, coded or not (a named person with no code
 * makes the pronoun name no actor).
 */
export const sentencePerson: CoreferenceResolver = (m) => {
  const pronoun = m.head.pronoun;
  if (!pronoun || !PERSONAL.test(pronoun)) return null;
  const person = [...m.earlier].reverse().find((p) => p.nps.some((k) => m.partials[k]!.name));
  if (!person) return null;
  const a = person.actors[0];
  return { actor: a ? corefer(a, m, `coreference: ${pronoun} → ${a.text}`) : null };
};
