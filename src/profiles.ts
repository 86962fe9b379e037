/**
 * The profiles: each an ordered list of component names (spaCy's pipeline,
 * chrono's configuration.ts). `dyad` is dyad's own coding; `petrarch` codes
 * as PETRARCH2 does where dyad deliberately differs (`--profile petrarch`);
 * `petrarch-records` is `petrarch` for PETRARCH's one-sentence validation
 * records (`dyad validate`), with PETRARCH's comma-clause deletion first. A
 * component's line says why it stands where it stands; `runner.ts` checks
 * each profile's wiring when it is first used.
 */
import { actorHits, datelineCountry, participants } from './actors/components.js';
import { petrarchParticipants } from './actors/petrarch/participants.js';
import { CODER_COMPONENTS } from './coder/components.js';
import { PETRARCH_CODER_COMPONENTS } from './coder/petrarch/components.js';
import { discards } from './coder/discards.js';
import { issues, records, uniqueEvents } from './coder/records.js';
import type { CodingContext } from './context.js';
import { locations, places } from './geo/components.js';
import { newDocument, type Document } from './model/document.js';
import type { Story } from './model/types.js';
import type { ProfileName } from './profileNames.js';
import { checkWiring, runComponents, type AnyComponent } from './runner.js';
import { commaClauses } from './text/petrarch/commaClauses.js';
import { retag, syntax, text, units } from './text/components.js';
import { dates, times } from './time/components.js';

let petrarchParse: readonly AnyComponent[] | null = null;

/**
 * Runs the petrarch profile's components on `story` up to and including its
 * participants (silently): what PETRARCH's comma-clause deletion looks at.
 */
export function parsePetrarch(story: Story, ctx: CodingContext): Document {
  if (!petrarchParse) {
    const all = profile('petrarch');
    petrarchParse = all.slice(0, all.findIndex((c) => c.name === 'petrarch-participants') + 1);
  }
  return runComponents(petrarchParse, newDocument(story), { ...ctx, trace: () => {} });
}

/** Every component a profile may name, by name. */
const COMPONENTS: ReadonlyMap<string, AnyComponent> = new Map([
  text, times, discards, units, datelineCountry, actorHits, retag, syntax, places, participants, petrarchParticipants,
  ...CODER_COMPONENTS, ...PETRARCH_CODER_COMPONENTS, dates, records, issues, locations, uniqueEvents, commaClauses(parsePetrarch),
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
  'verb-events',                 // the verb matcher proposes each verb group's most specific pattern (unit.proposals)
  // each proposal refined in turn: its actors first, then its modality, then its code, then its pairs
  'reported-speech',             // speaker and attribution first: the speaker may become the source
  'passive-roles',               // a passive: the "by" agent acts on the subject
  'active-roles',                // otherwise the subject (or the pattern's source slot) acts on the pattern's target
  'object-targets',              // no target slot filled: the first actor among the objects
  'pattern-noun-country',        // "expelled two Estmarkian diplomats": after the source, whose country it must not be
  'between-sources',             // "talks between X and Y were held": the parties act when the roles found no one
  'denied',                      // "neither X nor Y": a denial, before negation, which may lift it
  'negation',                    // the verb's negation, or the one it shares; lifted when the pattern names it
  'modality',                    // future, conditional, hypothetical: what speaker-source and the code need
  'speaker-source',              // a speaker states its own side's intent: needs the modality and the actors
  'between-partner',             // "cooperation between X and Y": after speaker-source made the one source
  'drop-sourceless',             // no source, no event: the last way to a source is behind
  'stated-act-code',             // refusal → 12, threat → 13, intent → 03, on the final actors
  'military-flavour',            // 060 → 062 between military actors: after the intent form (031 → 0312)
  'drop-non-cameo',              // a rewritten code CAMEO lacks is no event
  'pair-actors',                 // compound sources and targets paired: the code is final
  'drop-self-dyads',             // an actor acting on itself keeps no target
  'secondary-codes',             // a pattern's second code, target on source: from the final pairs
  'verb-candidates',             // the proposals become candidates, in clause order
  'noun-events',                 // the noun matcher proposes event nouns ("a meeting with"), after the verbs
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
  'petrarch-verb-events',        // PETRARCH's matcher: its patterns' words as written, "^" takes the rest of a noun phrase
  'reported-speech',
  'petrarch-agentless-passive',  // before passive-roles: a passive without a "by" agent keeps its subject as source
  'passive-roles',
  'active-roles',
  'petrarch-source',             // PETRARCH's source search: replaces a source without a country; before pattern-noun-country
  'object-targets',
  'pattern-noun-country',
  'between-sources',
  // no 'denied': PETRARCH reads no negation in "neither … nor"
  'negation',
  'modality',
  'speaker-source',
  'between-partner',
  'petrarch-new-actors',         // phrases naming no actor become actors: after every other way to an actor
  'drop-sourceless',
  'stated-act-code',
  'military-flavour',
  'drop-non-cameo',
  'pair-actors',
  'drop-self-dyads',
  'petrarch-object-phrase',      // after the pairs: a verb with no target and no noun phrase after it is not coded
  'secondary-codes',
  'verb-candidates',
  'petrarch-adverbial-clauses',  // over the verbs' candidates in clause order, before the nouns'; before complements, which see what it drops
  'petrarch-complements',        // an infinitive complement of a coded verb is not coded apart
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

/**
 * PETRARCH's profile for its validation records, one sentence each: PETRARCH
 * deletes short comma clauses before it reads a sentence ("…, officials
 * said"). Not for running text: the deletion rewrites the text it codes (so
 * spans index the shortened text) and its clauses do not stop at a full stop.
 */
const PETRARCH_RECORDS: readonly string[] = ['petrarch-comma-clauses', ...PETRARCH];

/** A profile users name (`--profile`), or `petrarch-records` (`dyad validate`). */
export type ProfileId = ProfileName | 'petrarch-records';

const LISTS: Record<ProfileId, readonly string[]> = { dyad: DYAD, petrarch: PETRARCH, 'petrarch-records': PETRARCH_RECORDS };

const built = new Map<ProfileId, readonly AnyComponent[]>();

/**
 * The components of profile `name`, in order, wiring checked (memoised).
 * Throws an Error for a name a profile lists that no component has, or
 * for a component reading what nothing before it writes.
 */
export function profile(name: ProfileId): readonly AnyComponent[] {
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
