import type { ActorHit } from '../model/actors.js';
import type { NounPhrase } from '../model/text.js';
import type { Token } from '../model/types.js';
import { splitActorCode } from '../ontology/sectors.js';
import { codeChunks, stackCodes } from './codes.js';
import { readEntries, type EntriesSeen } from './partialEntries.js';
import type { PartialActor } from './partialActor.js';


const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'him', 'her', 'them', 'us']);
const BOTH_SIDES = /^(the )?(two|both) (sides|countries|nations|parties|governments|states|leaders|ministers|delegations|militaries|armies|navies)$|^both( of them)?$/;

/**
 * Reads one noun phrase [np.start, np.end) (token indexes): the country,
 * sector and name its words give. Countries come from country names,
 * demonyms, capitals and possessors ("Iran's navy"); sectors from agent
 * words, the last one (nearest the head) being primary; a named actor from
 * the dictionary wins over agents. `hits` may hold hits outside the phrase
 * (they are ignored). An entry with `members` (a compound code) gives the
 * phrase `members`: the phrase read once per member entry. `borrowed` hits
 * (modifiers shared from a coordinated phrase before it) are read as if they
 * stood before the phrase's own words. A phrase whose head is in
 * `abstractNouns` (lemmas) and no actor word is `abstract`.
 */
export function partialActor(
  tokens: Token[], np: NounPhrase, hits: ActorHit[], abstractNouns: ReadonlySet<string> = new Set(), borrowed: readonly ActorHit[] = [],
): PartialActor {
  const inside = [...borrowed, ...hits.filter((h) => h.start >= np.start && h.end <= np.end)];
  const p = emptyPartial(tokens.slice(np.start, np.end), np, inside);
  if (np.end - np.start === 1 && tokens[np.start]!.pos === 'PRON' && PERSONAL_PRONOUNS.has(tokens[np.start]!.norm)) {
    p.pronoun = tokens[np.start]!.norm;
    return p;
  }
  if (abstractNouns.has(tokens[np.head]!.lemma) && !p.headIsActor) return abstractPartial(tokens, p, inside);
  const compound = inside.find((h) => h.entry.members && h.entry.kind !== 'agent');
  if (compound) {
    // each member is read as the phrase naming it alone, borrowed modifiers kept apart as borrowed
    const swap = (list: readonly ActorHit[], entry: ActorHit['entry']): ActorHit[] => list.map((h) => (h === compound ? { ...h, entry } : h));
    p.members = compound.entry.members!.map((entry) => partialActor(tokens, np, swap(hits, entry), abstractNouns, swap(borrowed, entry)));
  }
  const seen = readEntries(tokens, inside, p);
  if (isBilateral(tokens, inside)) {
    // "the Russian-Iranian working group": a joint body, not either country
    p.country = null;
    p.placeLike = false;
  }
  settleCode(p, seen);
  p.name ??= properName(tokens, np, inside);
  p.placeLike = inside.length > 0 && seen.countryOnly && !p.name && inside.every((h) => h.entry.kind === 'country' || h.entry.kind === 'capital');
  p.modifierOnly = isModifierOnly(tokens.slice(np.start, np.end), p, seen, inside);
  return p;
}

/** A partial with nothing read yet but what the words alone show: "counterpart", "the two sides", an actor word as head. */
function emptyPartial(words: Token[], np: NounPhrase, inside: readonly ActorHit[]): PartialActor {
  // "the two sides", "both countries": only short phrases with "two" or "both" need the test
  const lower = words.length <= 4 && words.some((t) => t.norm === 'two' || t.norm === 'both')
    ? words.filter((t) => t.pos !== 'DET' || /^(both|two)$/.test(t.norm)).map((t) => t.norm).join(' ') : '';
  return {
    country: null, sectors: [], secondary: [], named: null, name: null, pronoun: null, placeLike: false,
    modifierOnly: false, counterpart: words.some((t) => t.lemma === 'counterpart'), bothSides: BOTH_SIDES.test(lower),
    headIsActor: inside.some((h) => h.start <= np.head && np.head < h.end), written: [], refs: [], rule: 'dictionary',
  };
}

/**
 * "military cooperation", "the US decision": the words describe, the phrase
 * names no actor — but a country named in it owns the thing ("praised the US
 * decision" praises the US).
 */
function abstractPartial(tokens: Token[], p: PartialActor, inside: ActorHit[]): PartialActor {
  p.abstract = true;
  const owner = isBilateral(tokens, inside) ? undefined : inside.find((h) => h.entry.kind !== 'agent');
  if (owner) p.owner = { code: owner.entry.code, country: splitActorCode(owner.entry.code).country, ref: owner.entry.ref };
  return p;
}

/** The code's last steps once every entry is read: an undated person's own code, a named actor's sectors, a PETRARCH prefix agent. */
function settleCode(p: PartialActor, seen: EntriesSeen): void {
  if (seen.undatedPerson && !p.named) {
    const own = splitActorCode(seen.undatedPerson.code);
    if (!seen.agentSeen) {
      p.named = seen.undatedPerson.code;
      p.sectors = own.sectors;
    }
    p.country ??= own.country;
    p.refs.push(seen.undatedPerson.ref);
  }
  if (p.named) {
    // a named actor's own sectors win over title words around it ("Kremlin spokesman" → RUSGOV);
    // PETRARCH agents are appended to the actor's code instead ("West German world government" → GMWGOV + WGO)
    const own = splitActorCode(p.written.length ? stackCodes(p.named, p.written) : p.named).sectors;
    if (own.length) p.sectors = own;
  }
  if (seen.prefix) {
    p.sectors = [...(p.country ? [p.country] : []), ...p.sectors];
    p.country = seen.prefix.slice(0, 3);
    p.sectors = [...codeChunks(seen.prefix.slice(3)), ...p.sectors];
  }
}

/** A bare nationality adjective: "Brazilian" in "Brazilian and Argentine officials". */
function isModifierOnly(words: Token[], p: PartialActor, seen: EntriesSeen, inside: readonly ActorHit[]): boolean {
  const content = words.filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
  return content.length > 0 && !!p.country && !seen.agentSeen && !p.named
    && content.every((t) => t.pos === 'ADJ' || /(an|ese|ish|ch|i|ic)$/.test(t.norm))
    && inside.every((h) => h.entry.kind !== 'agent');
}

/**
 * The dictionary phrases before the head of a phrase whose head is an actor
 * word ("Danish" and "Islamist" in "the Danish Islamist media"): what the
 * phrase shares with a bare noun coordinated after it. Persons' names are not shared.
 */
export function headModifiers(np: NounPhrase, hits: readonly ActorHit[]): ActorHit[] {
  const head = hits.find((h) => h.start <= np.head && np.head < h.end);
  if (!head) return [];
  return hits.filter((h) => h.start >= np.start && h.end <= head.start && h.entry.kind !== 'person');
}

/** Two country words joined by a hyphen: "Russian-Iranian", "Tehran-Moscow". */
function isBilateral(tokens: Token[], inside: ActorHit[]): boolean {
  for (let n = 1; n < inside.length; n++) {
    const a = inside[n - 1]!;
    const b = inside[n]!;
    const dash = tokens[a.end];
    if (b.start === a.end + 1 && dash && /^[-\u2010-\u2014]$/.test(dash.text) && a.entry.kind !== 'agent' && b.entry.kind !== 'agent') return true;
  }
  return false;
}

/** The capitalised words of a phrase that no dictionary entry covers and that follow its last title: a proper name. */
function properName(tokens: Token[], np: NounPhrase, inside: ActorHit[]): string | null {
  const lastHitEnd = inside.reduce((m, h) => Math.max(m, h.end), np.start);
  const run: Token[] = [];
  for (let k = lastHitEnd; k < np.end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !inside.some((h) => h.start <= k && k < h.end)) run.push(t);
    else if (run.length) break;
  }
  if (run.length === 0) return null;
  return run.map((t) => t.text).join(' ');
}
