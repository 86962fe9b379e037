/**
 * The profiles: each an ordered list of component names (spaCy's pipeline,
 * chrono's configuration.ts). `dyad` is dyad's own coding; `petrarch` codes
 * as PETRARCH2 does where dyad deliberately differs (`dyad validate`,
 * `dyad code --profile petrarch`). A component's line says why it stands
 * where it stands; `pipeline.ts` checks each profile's wiring once.
 */
import { actorHits, datelineCountry, participantsComponent } from './actors/components.js';
import { CODER_COMPONENTS } from './coder/components.js';
import { discards } from './coder/discards.js';
import { issues, records, uniqueEvents } from './coder/records.js';
import type { CodingContext } from './context.js';
import { locations, places } from './geo/components.js';
import { newDocument, type Document } from './model/document.js';
import type { Story } from './model/types.js';
import { checkWiring, runComponents, type AnyComponent } from './runner.js';
import { commaClauses } from './text/petrarch/commaClauses.js';
import { retag, syntax, text, units } from './text/components.js';
import { dates, times } from './time/components.js';

/** The names a user can give `--profile`. */
export const PROFILE_NAMES = ['dyad', 'petrarch'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

const participants = participantsComponent({ name: 'participants', petrarchGrouping: false, countriesFromContext: true });
const petrarchParticipants = participantsComponent({ name: 'petrarch-participants', petrarchGrouping: true, countriesFromContext: false });

/** Reading a story as far as its participants, as PETRARCH's profile does: what its comma-clause deletion looks at. */
const PETRARCH_PARSE: readonly AnyComponent[] = [
  text, times, discards, units, datelineCountry, actorHits, retag, syntax, places, petrarchParticipants,
];

/** Runs PETRARCH's reading of `story` up to its participants (silently). */
export function parsePetrarch(story: Story, ctx: CodingContext): Document {
  return runComponents(PETRARCH_PARSE, newDocument(story), { ...ctx, trace: () => {} });
}

/** Every component a profile may name, by name. */
const COMPONENTS: ReadonlyMap<string, AnyComponent> = new Map([
  text, times, discards, units, datelineCountry, actorHits, retag, syntax, places, participants, petrarchParticipants,
  ...CODER_COMPONENTS, dates, records, issues, locations, uniqueEvents, commaClauses(parsePetrarch),
].map((c) => [c.name, c as AnyComponent]));

const DYAD: readonly string[] = [
  'text',                        // tokens, sentences, dateline: everything reads them
  'times',                       // time expressions first: their tokens hold no actors or places
  'discards',                    // discard phrases decide which sentences are coded at all
  'units',                       // one unit per sentence to code; bylines, licence lines and discards are skipped
  'dateline-country',            // "TEHRAN –": the country sector-only actors fall back on
  'actor-hits',                  // dictionary phrases, before the parse: the parse keeps them whole
  'retag',                       // words inside actor phrases are nouns ("Guard"), before the parse reads tags
  'syntax',                      // noun phrases and verb groups
  'places',                      // place names: "police in Oaxaca" takes its country from them
  'participants',                // actors of each phrase, coreference across sentences, countries from context
  'clauses',                     // subject, objects, governing and reporting verb of every verb group
  // sentence by sentence from here: "the two sides" is the dyad an earlier sentence left
  'verb-events',                 // matchers propose: a verb's most specific pattern with its actors
  'noun-events',                 // … and event nouns ("a meeting with")
  'questions',                   // a question asserts nothing
  'accuse-from-reported-attack', // before anything is dropped: it must see the reported attack
  'drop-swallowed',              // before duplicates, so that the better-targeted event survives
  'drop-results',                // "shelled …, killing 12" is one attack
  'drop-duplicates',             // compounds and re-matches can propose one event twice
  'drop-hypothetical',           // last of the refiners, so that explain shows what they would have been
  'story-dyad',                  // the dyad the next sentence's "the two sides" stands for
  'emit',                        // negated events stay out unless asked for
  // the whole story again
  'event-dates',                 // dates need every sentence's candidates: a day named earlier carries
  'records',                     // the event records (the contract)
  'issues',                      // PETRARCH issue codes of each event's sentence, when an issues file is given
  'locations',                   // places need the records and every sentence's places (the story's own places)
  'unique-events',               // last: one record per id
];

/** PETRARCH's profile: dyad's, with PETRARCH's own components where PETRARCH codes differently. */
const PETRARCH: readonly string[] = [
  'petrarch-comma-clauses',      // first: PETRARCH deletes short comma clauses before it reads the text ("…, officials said")
  'text',                        // as dyad, over the shortened text
  'times',
  'discards',
  'units',
  'dateline-country',
  'actor-hits',
  'retag',
  'syntax',
  'places',
  'petrarch-participants',       // PETRARCH's bracketing of phrases; no countries from context (it writes "---GOV")
  'clauses',
  'petrarch-verb-events',        // PETRARCH's passive, source search, new actors, complements, noun-phrase objects
  'noun-events',
  'questions',
  'accuse-from-reported-attack',
  'drop-swallowed',
  'drop-results',
  'drop-duplicates',
  'drop-hypothetical',
  'story-dyad',
  'emit',
  'event-dates',
  'records',
  'issues',
  'locations',
  'unique-events',
];

const LISTS: Record<ProfileName, readonly string[]> = { dyad: DYAD, petrarch: PETRARCH };

const built = new Map<ProfileName, readonly AnyComponent[]>();

/**
 * The components of profile `name`, in order, wiring checked (memoised).
 * Throws an Error for a name a profile lists that no component has, or
 * for a component reading what nothing before it writes.
 */
export function profile(name: ProfileName): readonly AnyComponent[] {
  let list = built.get(name);
  if (list) return list;
  list = LISTS[name].map((n) => {
    const c = COMPONENTS.get(n);
    if (!c) throw new Error(`profile "${name}": no component named "${n}"`);
    return c;
  });
  checkWiring(name, list);
  built.set(name, list);
  return list;
}
