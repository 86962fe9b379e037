import type { Participant } from '../../model/actors.js';
import type { Token } from '../../model/types.js';
import type { ParticipantCoreference } from './resolver.js';

const POSSESSIVE = /^(its|their|his|her)$/;

/**
 * "one of its patrols", "its legitimate government": an actor with a sector
 * but no country after a possessive pronoun takes the country of the nearest
 * earlier participant that agrees in number ("its" → one actor, "their" →
 * several or a plural noun); its code gets the country prefix and its rule
 * says which pronoun gave it.
 */
export const possessivePronouns: ParticipantCoreference = (tokens, parts) => {
  parts.forEach((p, n) => {
    const pron = tokens.slice(p.start, p.end).find((t) => t.pos === 'PRON' && POSSESSIVE.test(t.norm));
    if (!pron || p.actors.length === 0 || p.actors.every((a) => a.country)) return;
    const plural = pron.norm === 'their';
    for (let m = n - 1; m >= 0; m--) {
      const found = agreeingCountry(tokens, parts[m]!, plural);
      if (!found) continue;
      for (const x of p.actors) {
        if (x.country) continue;
        x.country = found.country;
        x.code = found.country + x.code;
        x.rule = `${x.rule}; country from "${pron.text}" → ${found.via}`;
      }
      return;
    }
  });
};

/** The country participant `q` lends to a possessive of number `plural`, and the text the rule names; null when it lends none. */
function agreeingCountry(tokens: Token[], q: Participant, plural: boolean): { country: string; via: string } | null {
  const headToken = tokens.slice(q.start, q.end).reverse().find((t) => t.lemma === q.headLemma);
  // "its" is a state, group or organisation, never a person; a possessor counts ("Washington's decision … its troops")
  const a = [...q.actors, ...q.possessor].find((x) => x.country && !x.name);
  // a state or named organisation is singular even as "close allies of Syria"
  const isPlural = q.actors.length > 1 || (!!a && a.sectors.length > 0 && !!headToken && headToken.pos === 'NOUN' && headToken.norm !== headToken.lemma);
  const country = a && isPlural === plural ? a.country : !plural && !a && q.innerCountries.length === 1 && q.actors.length === 0 ? q.innerCountries[0]! : null;
  return country ? { country, via: a?.text ?? country } : null;
}
