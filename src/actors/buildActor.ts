import type { CodedActor } from '../model/types.js';
import type { MentionContext, Reading } from './mention.js';
import { joinCode } from './codes.js';
import { GENERIC_HEADS, QUANTIFIERS } from './words.js';

/**
 * The actor a mention names by its own words: the code from `reading`
 * (country + sectors, or the named actor's code), with the mention's text
 * and span. Null when the words name no actor: no country, sector or named
 * actor; a thing with an actor in an attached phrase ("a session of the
 * Russian delegation"); a lone sector adjective ("military and defense
 * cooperation").
 */
export function buildActor(m: MentionContext, reading: Reading): CodedActor | null {
  const { head, text, span } = m;
  const { named, name } = reading;
  const [sectors, rule] = distributed(m, reading);
  if ((!reading.country && sectors.length === 0 && !named) || describesOnly(m, reading.country)) return null;
  const secondary = head.secondary.filter((s) => !sectors.includes(s));
  const code = named && !head.sectors.length && sectors === head.sectors ? named : joinCode(reading.country ?? (named ? named.slice(0, 3) : null), sectors);
  const country = reading.country ?? (named ? named.slice(0, 3) : null);
  const actor: CodedActor = { code, country, sectors: [...sectors], text, span, rule };
  if (secondary.length) actor.secondary = secondary;
  if (name) actor.name = name;
  if (head.refs[0]) actor.entry = head.refs[head.refs.length - 1];
  return actor;
}

/** "the naval forces of Iran and Russia": a later place-like conjunct takes the sectors of the first conjunct's head. */
function distributed(m: MentionContext, reading: Reading): [string[], string] {
  const { head, parts, index, conjuncts, partials } = m;
  if (head.placeLike && parts.length === 1 && index > 0) {
    const firstHead = partials[conjuncts[0]![0]!]!;
    if (conjuncts[0]!.length > 1 && firstHead.sectors.length) return [firstHead.sectors, 'distributed'];
  }
  return [reading.sectors, reading.rule];
}

/** Whether the mention's words describe rather than name: a thing owned by an attached actor, or a lone sector adjective. */
function describesOnly({ tokens, np, head, parts }: MentionContext, country: string | null): boolean {
  // "a session of the Russian delegation", "the defeat of the terrorists" name no actor;
  // "the government of Iran", "deputy chief of the Army", "one of its patrols" do
  const headToken = tokens[np.head]!;
  const carrier = head.headIsActor || GENERIC_HEADS.has(headToken.lemma) || headToken.pos === 'NUM' || headToken.pos === 'PRON' || QUANTIFIERS.has(headToken.lemma);
  if (!carrier && !head.country && !head.named && !head.name && !head.modifierOnly && parts.length > 1) return true;
  // "military and defense cooperation": a lone sector adjective before "and" describes, it names no one
  return np.end - np.start === 1 && headToken.pos === 'ADJ' && !country && /^(and|or)$/.test(tokens[np.end]?.norm ?? '');
}
