import type { EntryRef, Token } from '../model/types.js';
import { splitActorCode } from '../ontology/sectors.js';
import type { ActorEntry, ActorHit } from '../model/actors.js';
import type { NounPhrase } from '../model/text.js';

/** What one noun phrase says about an actor, before context fills the gaps. */
export interface PartialActor {
  country: string | null;
  sectors: string[];
  secondary: string[];
  /** A named actor from the dictionary (its full code), e.g. IGOUNO, RUSGOV for "the Kremlin". */
  named: string | null;
  /** A person's or organisation's proper name not in the dictionary ("Hossein Khanzadi"). */
  name: string | null;
  /** Personal pronoun ("he", "they") to resolve from the story. */
  pronoun: string | null;
  /** Only a country or capital name: in "in Tehran" it is a place. */
  placeLike: boolean;
  /** Only nationality adjectives ("Brazilian" in "Brazilian and Argentine officials"). */
  modifierOnly: boolean;
  /** "counterpart": the sector comes from the antecedent. */
  counterpart: boolean;
  /** "the two sides", "both countries": the two actors of the current dyad. */
  bothSides: boolean;
  /** The head is an abstract noun ("cooperation", "decision"): no actor. */
  abstract?: boolean;
  /** The country or named actor that an abstract head belongs to ("the US decision" → USA). */
  owner?: { code: string; country: string | null; ref: EntryRef };
  /** The head word itself is an actor or title word ("the deputy chief"), not a thing ("the agreement"). */
  headIsActor: boolean;
  /** PETRARCH agent codes (entries read `asWritten`) in text order, for stacking onto an actor found elsewhere. */
  written: string[];
  /** Dictionary entries that decided the code. */
  refs: EntryRef[];
  rule: string;
  /**
   * The phrase names a compound actor (a PETRARCH `[A/B]` code): one reading
   * per member, each as if the phrase named only that member.
   */
  members?: PartialActor[];
}

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'him', 'her', 'them', 'us']);
const BOTH_SIDES = /^(the )?(two|both) (sides|countries|nations|parties|governments|states|leaders|ministers|delegations|militaries|armies|navies)$|^both( of them)?$/;

/**
 * Reads one noun phrase [np.start, np.end): the country, sector and name its
 * words give. Countries come from country names, demonyms, capitals and
 * possessors ("Iran's navy"); sectors from agent words, the last one (nearest
 * the head) being primary; a named actor from the dictionary wins over agents.
 * An entry with `members` (a compound code) gives the phrase `members`: the
 * phrase read once per member entry.
 * `borrowed` hits (modifiers shared from a coordinated phrase before it) are
 * read as if they stood before the phrase's own words.
 */
export function partialActor(
  tokens: Token[], np: NounPhrase, hits: ActorHit[], abstractNouns: ReadonlySet<string> = new Set(), borrowed: readonly ActorHit[] = [],
): PartialActor {
  const inside = [...borrowed, ...hits.filter((h) => h.start >= np.start && h.end <= np.end)];
  const words = tokens.slice(np.start, np.end);
  // "the two sides", "both countries": only short phrases with "two" or "both" need the test
  const lower = words.length <= 4 && words.some((t) => t.norm === 'two' || t.norm === 'both')
    ? words.filter((t) => t.pos !== 'DET' || /^(both|two)$/.test(t.norm)).map((t) => t.norm).join(' ') : '';
  const p: PartialActor = {
    country: null, sectors: [], secondary: [], named: null, name: null, pronoun: null, placeLike: false,
    modifierOnly: false, counterpart: words.some((t) => t.lemma === 'counterpart'), bothSides: BOTH_SIDES.test(lower),
    headIsActor: inside.some((h) => h.start <= np.head && np.head < h.end), written: [], refs: [], rule: 'dictionary',
  };
  if (np.end - np.start === 1 && tokens[np.start]!.pos === 'PRON' && PERSONAL_PRONOUNS.has(tokens[np.start]!.norm)) {
    p.pronoun = tokens[np.start]!.norm;
    return p;
  }
  if (abstractNouns.has(tokens[np.head]!.lemma) && !inside.some((h) => h.start <= np.head && np.head < h.end)) {
    // "military cooperation", "the US decision": the words describe, the phrase names no actor —
    // but a country named in it owns the thing ("praised the US decision" praises the US)
    p.abstract = true;
    const owner = isBilateral(tokens, inside) ? undefined : inside.find((h) => h.entry.kind !== 'agent');
    if (owner) p.owner = { code: owner.entry.code, country: splitActorCode(owner.entry.code).country, ref: owner.entry.ref };
    return p;
  }
  const compound = inside.find((h) => h.entry.members && h.entry.kind !== 'agent');
  if (compound) {
    // each member is read as the phrase naming it alone, borrowed modifiers kept apart as borrowed
    const swap = (list: readonly ActorHit[], entry: ActorHit['entry']): ActorHit[] => list.map((h) => (h === compound ? { ...h, entry } : h));
    p.members = compound.entry.members!.map((entry) => partialActor(tokens, np, swap(hits, entry), abstractNouns, swap(borrowed, entry)));
  }
  let agentSeen = false;
  let prefix: string | null = null;
  let countryOnly = true;
  let undatedPerson: ActorHit['entry'] | null = null;
  for (const h of inside) {
    const e = h.entry;
    p.refs.push(e.ref);
    if (e.kind === 'agent') {
      if (e.asWritten && e.placement === 'before') {
        // a PETRARCH "[NGO~]" agent goes before the country: "MSF Arnor" is NGOARN
        prefix = e.code;
        agentSeen = true;
        countryOnly = false;
        continue;
      }
      if (e.asWritten) {
        // PETRARCH agents stack in text order: "world government activists" is WGO, then OPP unless already held
        p.written.push(e.code);
        p.sectors = codeChunks(stackCodes('', p.written));
        p.secondary = [];
        agentSeen = true;
        countryOnly = false;
        continue;
      }
      const { sectors } = splitActorCode(e.code);
      // the agent nearest the head is primary; earlier ones become secondary
      if (p.sectors.length) p.secondary.push(...p.sectors.filter((s) => !sectors.includes(s)));
      p.sectors = [sectors[0]!];
      p.secondary = [...new Set([...p.secondary, ...sectors.slice(1)])].filter((s) => s !== sectors[0]);
      agentSeen = true;
      countryOnly = false;
      continue;
    }
    const split = splitActorCode(e.code);
    if (e.kind === 'person' && !e.from && !e.to) {
      // an undated person entry: the title in the text says the role now ("Deputy Defense Minister X")
      undatedPerson = e;
      countryOnly = false;
      if (!p.name) p.name = tokens.slice(h.start, h.end).map((t) => t.text).join(' ');
      continue;
    }
    if (e.kind === 'actor' || e.kind === 'person') {
      p.named = e.code;
      countryOnly = false;
      if (e.kind === 'person' && !p.name) p.name = tokens.slice(h.start, h.end).map((t) => t.text).join(' ');
    }
    if (split.country && (!p.country || e.kind === 'actor')) p.country = split.country;
    if (e.kind === 'capital' && !agentSeen && split.sectors.length) p.sectors = [...split.sectors];
    if (e.kind === 'actor' && split.sectors.length) p.sectors = [...split.sectors];
    if (e.kind === 'demonym' && tokens[h.end - 1]!.pos === 'ADJ') countryOnly = false;
  }
  if (isBilateral(tokens, inside)) {
    // "the Russian-Iranian working group": a joint body, not either country
    p.country = null;
    p.placeLike = false;
  }
  if (undatedPerson && !p.named) {
    const own = splitActorCode(undatedPerson.code);
    if (!agentSeen) {
      p.named = undatedPerson.code;
      p.sectors = own.sectors;
    }
    p.country ??= own.country;
    p.refs.push(undatedPerson.ref);
  }
  if (p.named) {
    // a named actor's own sectors win over title words around it ("Kremlin spokesman" → RUSGOV);
    // PETRARCH agents are appended to the actor's code instead ("West German world government" → GMWGOV + WGO)
    const own = splitActorCode(p.written.length ? stackCodes(p.named, p.written) : p.named).sectors;
    if (own.length) p.sectors = own;
  }
  if (prefix) {
    p.sectors = [...(p.country ? [p.country] : []), ...p.sectors];
    p.country = prefix.slice(0, 3);
    p.sectors = [...codeChunks(prefix.slice(3)), ...p.sectors];
  }
  p.name ??= properName(tokens, np, inside);
  p.placeLike = inside.length > 0 && countryOnly && !p.name && inside.every((h) => h.entry.kind === 'country' || h.entry.kind === 'capital');
  const content = words.filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
  // a bare nationality adjective: "Brazilian" in "Brazilian and Argentine officials"
  p.modifierOnly = content.length > 0 && !!p.country && !agentSeen && !p.named
    && content.every((t) => t.pos === 'ADJ' || /(an|ese|ish|ch|i|ic)$/.test(t.norm))
    && inside.every((h) => h.entry.kind !== 'agent');
  return p;
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

/**
 * PETRARCH's way of adding agent codes to an actor code: each is appended in
 * turn unless the code already holds it at a three-letter boundary
 * ("GMWGOV" + ["WGO", "GOV"] → "GMWGOVWGO": the W-G-O inside "GMWGOV" is no WGO).
 */
export function stackCodes(code: string, agents: readonly string[]): string {
  let out = code;
  for (const a of agents) if (!holds(out, a)) out += a;
  return out;
}

/** Whether `code` holds `part` at a three-letter boundary. */
function holds(code: string, part: string): boolean {
  for (let k = code.indexOf(part); k >= 0; k = code.indexOf(part, k + 1)) if (k % 3 === 0) return true;
  return false;
}

/** An actor code cut into its three-letter parts ("NGOHRI" → NGO, HRI). */
function codeChunks(code: string): string[] {
  return code.match(/.{1,3}/g) ?? [];
}

/** A code from country + sectors ("IRN" + ["GOV"] → "IRNGOV"); sectors alone when the country is unknown. */
export function joinCode(country: string | null, sectors: string[]): string {
  return `${country ?? ''}${sectors.join('')}`;
}

/** Reads the country of a dictionary code, if any. */
export function countryOf(entry: ActorEntry): string | null {
  return splitActorCode(entry.code).country;
}
