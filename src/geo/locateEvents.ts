import type { Dateline, EventRecord } from '../model/types.js';
import type { ChosenMention } from './eventLocation.js';
import type { Gazetteer } from './gazetteer.js';
import { resolveDateline, resolvePlace, toLocation, type GeoContext } from './resolvePlace.js';
import type { Place, PlaceMention } from '../model/places.js';

/** An event waiting for its location: its record, the place mentions of its sentence and those that may locate it, best first. */
export interface PendingLocation {
  record: EventRecord;
  mentions: PlaceMention[];
  ranked: ChosenMention[];
}

/**
 * The geo stage for one story, run once all its events are coded (so that
 * every actor of the story can inform the choice): builds the story's
 * context — countries of the actors, of the dateline and of the countries the
 * story names — then sets `record.location` of each event from its chosen
 * ranked mention that resolves, else from the dateline (for events of the
 * story's days, not for background such as "an agreement signed in January
 * 2015", which takes no place from elsewhere in its sentence either), else
 * null. An actor's home country is never used as a location. Adds a `location: …` note to the evidence.
 */
export function locateEvents(pending: PendingLocation[], allMentions: PlaceMention[], dateline: Dateline | null, gaz: Gazetteer): void {
  const countries = new Set<string>();
  for (const { record } of pending) {
    for (const a of [record.source, record.target]) if (a?.country && gaz.country(a.country)) countries.add(a.country);
  }
  for (const m of allMentions) {
    const c = m.candidates.find((x) => x.place.kind === 'country' && !m.adminHint);
    if (c) countries.add(c.place.country);
  }
  const ctx: GeoContext = { countries };
  const fromDateline = dateline ? resolveDateline(dateline.place, gaz, ctx) : null;
  if (fromDateline) countries.add(fromDateline.country);
  for (const p of pending) {
    // a place elsewhere in the sentence belongs to the sentence's news, not to a background event in it
    const recent = nearStoryDate(p.record);
    let place: Place | null = null;
    let chosen: ChosenMention | null = null;
    for (const c of p.ranked) {
      if (c.how === 'sentence' && !recent) continue;
      place = resolveChosen(p.mentions, c.mention, ctx);
      if (place) { chosen = c; break; }
    }
    if (place && chosen) {
      const m = p.mentions[chosen.mention]!;
      p.record.location = toLocation(place);
      note(p.record, `location: ${place.name} (${place.kind}) from "${m.preposition} ${m.text}" ${chosen.how === 'clause' ? "in the event's clause" : 'elsewhere in the sentence'}`);
    } else if (fromDateline && recent) {
      p.record.location = toLocation(fromDateline);
      note(p.record, `location: ${fromDateline.name} (${fromDateline.kind}) from the dateline "${dateline!.place}"`);
    } else {
      p.record.location = null;
    }
  }
}

/** Days within which an event counts as the story's own news, for the dateline fallback. */
const DATELINE_DAYS = 14;

/** True when the event is dated on the story date or within DATELINE_DAYS of it (day precision). */
function nearStoryDate(r: EventRecord): boolean {
  if (r.date_precision === 'story') return true;
  if (r.date_precision !== 'day') return false;
  const days = Math.abs(Date.parse(r.date) - Date.parse(r.story_date)) / 86_400_000;
  return days <= DATELINE_DAYS;
}

function resolveChosen(mentions: PlaceMention[], n: number, ctx: GeoContext): Place | null {
  const m = mentions[n]!;
  const q = m.qualifier !== null ? resolvePlace(mentions[m.qualifier]!, ctx) : null;
  return resolvePlace(m, ctx, q);
}

function note(record: EventRecord, text: string): void {
  (record.evidence.notes ??= []).push(text);
}
