import type { ActorEntry, ActorHit } from '../model/actors.js';
import type { Token } from '../model/types.js';
import { splitActorCode } from '../ontology/sectors.js';
import { codeChunks, stackCodes } from './codes.js';
import type { PartialActor } from './partialActor.js';

/** What reading a phrase's entries has found besides the partial's own fields. */
export interface EntriesSeen {
  /** An agent entry was read. */
  agentSeen: boolean;
  /** The code of a PETRARCH "[NGO~]" agent, to go before the country; null when none. */
  prefix: string | null;
  /** Nothing but country and capital words so far (no agent, named actor, person or adjectival demonym). */
  countryOnly: boolean;
  /** An undated person entry: the title in the text says the role now. */
  undatedPerson: ActorEntry | null;
}

/**
 * Reads the dictionary hits `inside` one phrase, in text order, into `p`:
 * each entry's ref; agents' sectors; named actors' and persons' codes and
 * names; countries. Returns what the later steps of `partialActor` need.
 */
export function readEntries(tokens: Token[], inside: readonly ActorHit[], p: PartialActor): EntriesSeen {
  const seen: EntriesSeen = { agentSeen: false, prefix: null, countryOnly: true, undatedPerson: null };
  for (const h of inside) {
    p.refs.push(h.entry.ref);
    if (h.entry.kind === 'agent') readAgent(h.entry, p, seen);
    else readActor(tokens, h, p, seen);
  }
  return seen;
}

/** An agent entry: its sectors, the one nearest the head primary; PETRARCH agents stacked or put before. */
function readAgent(e: ActorEntry, p: PartialActor, seen: EntriesSeen): void {
  seen.agentSeen = true;
  seen.countryOnly = false;
  if (e.asWritten && e.placement === 'before') {
    // a PETRARCH "[NGO~]" agent goes before the country: "MSF Arnor" is NGOARN
    seen.prefix = e.code;
    return;
  }
  if (e.asWritten) {
    // PETRARCH agents stack in text order: "world government activists" is WGO, then OPP unless already held
    p.written.push(e.code);
    p.sectors = codeChunks(stackCodes('', p.written));
    p.secondary = [];
    return;
  }
  const { sectors } = splitActorCode(e.code);
  // the agent nearest the head is primary; earlier ones become secondary
  if (p.sectors.length) p.secondary.push(...p.sectors.filter((s) => !sectors.includes(s)));
  p.sectors = [sectors[0]!];
  p.secondary = [...new Set([...p.secondary, ...sectors.slice(1)])].filter((s) => s !== sectors[0]);
}

/** A country, demonym, capital, named actor or person entry of hit `h`. */
function readActor(tokens: Token[], h: ActorHit, p: PartialActor, seen: EntriesSeen): void {
  const e = h.entry;
  const split = splitActorCode(e.code);
  const person = e.kind === 'person';
  if (person && !e.from && !e.to) {
    // an undated person entry: the title in the text says the role now ("Deputy Defense Minister X")
    seen.undatedPerson = e;
    seen.countryOnly = false;
    p.name ||= hitText(tokens, h);
    return;
  }
  if (e.kind === 'actor' || person) {
    p.named = e.code;
    seen.countryOnly = false;
    if (person) p.name ||= hitText(tokens, h);
  }
  if (split.country && (!p.country || e.kind === 'actor')) p.country = split.country;
  if (e.kind === 'capital' && !seen.agentSeen && split.sectors.length) p.sectors = [...split.sectors];
  if (e.kind === 'actor' && split.sectors.length) p.sectors = [...split.sectors];
  if (e.kind === 'demonym' && tokens[h.end - 1]!.pos === 'ADJ') seen.countryOnly = false;
}

/** The words of hit `h` as written, one space apart. */
function hitText(tokens: Token[], h: ActorHit): string {
  return tokens.slice(h.start, h.end).map((t) => t.text).join(' ');
}
