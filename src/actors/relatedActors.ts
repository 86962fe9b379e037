import type { ActorHit } from '../model/actors.js';
import type { CodedActor, Token } from '../model/types.js';
import { joinCode } from './codes.js';
import { partialActor } from './partial.js';
import type { PartialActor } from './partialActor.js';
import type { SentencePhrases } from './phrases.js';
import type { StoryActors } from './registry.js';
import { tokensSpan, tokensText } from './span.js';

/**
 * The actors of a possessor, tokens [start, end) ("Washington's decision" →
 * USAGOV): one per member of a compound code; a name the story introduced
 * by its first code; none for a pronoun or words with no country, sector or
 * dictionary actor.
 */
export function possessorActors(tokens: Token[], [start, end]: [number, number], hits: ActorHit[], story: StoryActors): CodedActor[] {
  const np = { start, end, head: end - 1 };
  const partial = partialActor(tokens, np, hits);
  const text = tokensText(tokens, start, end);
  const span = tokensSpan(tokens, start, end);
  if (partial.pronoun) return [];
  if (partial.name && !partial.country && !partial.sectors.length && !partial.named) {
    const known = story.byName(partial.name);
    return known ? [{ ...known, text, span, rule: `coreference: ${partial.name}`, corefers: { text: known.text, span: known.span } }] : [];
  }
  if (!partial.country && !partial.sectors.length && !partial.named) return [];
  return (partial.members ?? [partial]).map((p) => {
    const code = p.named && p.sectors.length === 0 ? p.named : joinCode(p.country, p.sectors);
    const actor: CodedActor = { code, country: p.country ?? p.named?.slice(0, 3) ?? null, sectors: [...p.sectors], text, span, rule: 'possessor' };
    if (p.name) actor.name = p.name;
    if (p.refs.length) actor.entry = p.refs[p.refs.length - 1];
    return actor;
  });
}

/**
 * The actors of the first attached phrase (not a conjunct's head) that names
 * a country or dictionary actor: "a bunch of Morgul Orcs". Empty when none.
 */
export function innerActors({ tokens, syntax, partials }: SentencePhrases, conjuncts: number[][]): CodedActor[] {
  for (const c of conjuncts) {
    for (const k of c.slice(1)) {
      const whole = partials[k]!;
      if (!whole.named && !whole.country) continue;
      const np = syntax.nps[k]!;
      return (whole.members ?? [whole]).map((p) => {
        const country = p.country ?? (p.named ? p.named.slice(0, 3) : null);
        return {
          code: p.named && !p.sectors.length ? p.named : joinCode(country, p.sectors), country, sectors: [...p.sectors],
          text: tokensText(tokens, np.start, np.end), span: tokensSpan(tokens, np.start, np.end),
          rule: 'dictionary (inside an attached phrase)', ...(p.refs[0] ? { entry: p.refs[0] } : {}),
        };
      });
    }
  }
  return [];
}

/** The owner of an abstract head, phrase tokens [np.start, np.end) ("the US decision" → USA); empty when it has none with a country. */
export function ownerActors(tokens: Token[], partial: PartialActor, np: { start: number; end: number }): CodedActor[] {
  const o = partial.owner;
  if (!o || !o.country) return [];
  const sectors = o.code.slice(3).match(/.{3}/g) ?? [];
  return [{
    code: o.code, country: o.country, sectors, text: tokensText(tokens, np.start, np.end),
    span: tokensSpan(tokens, np.start, np.end), rule: `owner of "${tokens[np.end - 1]!.text}"`, entry: o.ref,
  }];
}
