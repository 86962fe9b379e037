import type { CodingContext } from '../context.js';
import type { StoryComponent } from '../model/component.js';
import type { Participant } from '../model/actors.js';
import { sentenceDay } from '../time/eventDate.js';
import { findActorHits } from './hits.js';
import { fillCountries } from './fillCountries.js';
import { DYAD_GROUPING, type PhraseGrouping } from './grouping.js';
import { findParticipants } from './participants.js';
import { StoryActors } from './registry.js';

/** The country a dateline names ("TEHRAN –" → IRN): the first actor phrase in it that is not an agent. */
export const datelineCountry: StoryComponent<Pick<CodingContext, 'dict'>> = {
  name: 'dateline-country', scope: 'story', reads: ['tokens', 'dateline', 'story'], writes: ['datelineCountry'],
  run(doc, { dict }) {
    const range = doc.dateline?.tokens;
    if (!range) return;
    const none = new Uint8Array(range[1] - range[0]);
    const hits = findActorHits(dict.actors, doc.tokens, range, doc.story.date, none);
    const first = hits.find((h) => h.entry.kind !== 'agent');
    doc.datelineCountry = first ? first.entry.code.slice(0, 3) : null;
  },
};

/**
 * Actor and agent dictionary phrases of each sentence, longest first; dated
 * roles resolve against the sentence's own date when it names one ("signed
 * in 2015 by …"), else the story date.
 */
export const actorHits: StoryComponent<Pick<CodingContext, 'dict'>> = {
  name: 'actor-hits', scope: 'story', reads: ['tokens', 'times', 'mask', 'units'], writes: ['unit.hits'],
  run(doc, { dict }) {
    for (const u of doc.units) {
      const roleDate = sentenceDay(doc.times, u.tokenStart, u.tokenEnd) ?? doc.story.date;
      u.hits = findActorHits(dict.actors, doc.tokens, [u.tokenStart, u.tokenEnd], roleDate, doc.mask.subarray(u.tokenStart, u.tokenEnd));
    }
  },
};

/** How a participants component reads a sentence's phrases. */
export interface ParticipantRules {
  name: string;
  /** How phrases are grouped (`DYAD_GROUPING`, `PETRARCH_GROUPING`). */
  grouping: PhraseGrouping;
  /** Countries for sector-only actors from the sentence's place, the dateline and the story ("police" → KENCOP); PETRARCH leaves "---COP". */
  countriesFromContext: boolean;
}

/**
 * Participants of each sentence: noun phrases grouped with their "of"
 * phrases, appositions and conjuncts, each conjunct coded (dictionary,
 * titles, in-story coreference). The story's actors are remembered from
 * sentence to sentence for coreference.
 */
export function participantsComponent(rules: ParticipantRules): StoryComponent<Pick<CodingContext, 'dict'>> {
  return {
    name: rules.name, scope: 'story', reads: ['tokens', 'units', 'unit.syntax', 'unit.hits', 'unit.placeCountry', 'datelineCountry'], writes: ['unit.participants'],
    run(doc, { dict }) {
      const actors = new StoryActors();
      actors.datelineCountry = doc.datelineCountry;
      for (const u of doc.units) {
        actors.sentence = u.index;
        u.participants = findParticipants({ tokens: doc.tokens, syntax: u.syntax!, hits: u.hits, abstractNouns: dict.abstractNouns }, actors, rules.grouping);
        if (rules.countriesFromContext) fillCountries(u.participants, actors, u.placeCountry);
        remember(actors, u.participants);
      }
    },
  };
}

/** Notes a sentence's actors for coreference in later sentences: countries, names, people, groups. */
function remember(actors: StoryActors, parts: Participant[]): void {
  for (const p of parts) {
    for (const a of p.actors) {
      if (a.country) actors.noteCountry(a.country);
      actors.noteActor(a);
      if (a.name && !a.corefers) actors.addName(a.name, a);
      if (a.name) actors.notePerson(a);
    }
    if (p.actors.length > 1) actors.noteGroup(p.actors);
  }
}

/** dyad's participants: its own grouping, and countries from the context for sector-only actors. */
export const participants = participantsComponent({ name: 'participants', grouping: DYAD_GROUPING, countriesFromContext: true });
