import type { ActorRecord, Story } from '../model/types.js';
import type { StoredEvent } from '../store/queries.js';

/** A PLOVER entity object (PLOVER manual, "Information object for entities"). */
export interface PloverEntity {
  code: string;
  sector?: string;
  other_sector_codes?: string[];
  entity_text: string;
  actor_code: string;
}

/**
 * One event as a PLOVER JSON record (PLOVER manual, ch. "Data Fields"): id,
 * date, actor/recipient entity lists, event/mode/context lists, quad_code,
 * event_loc, event_text, text and text_info (sentence offsets), cite_info
 * (url, title, publication), coder and codebook, plus dyad's extras under
 * named fields (`cameo`, `mentions`, `root_id`, `date_precision`). Returns
 * null for CAMEO roots 01 and 02, which have no PLOVER event.
 */
export function toPloverRecord(e: StoredEvent, story: Pick<Story, 'url' | 'title' | 'source'> | null, coder: string): Record<string, unknown> | null {
  if (!e.plover) return null;
  const rec: Record<string, unknown> = {
    id: e.id,
    date: e.date,
    actor: [entity(e.source)],
    recipient: e.target ? [entity(e.target)] : [],
    event: [e.plover.event],
    mode: e.plover.mode ? [e.plover.mode] : [],
    context: e.plover.context,
    quad_code: e.cameo.quad_class,
    event_text: [e.evidence.verb.text],
    text: e.evidence.sentence,
    text_info: { sequence: e.sentence_index, start: e.evidence.sentence_span[0], end: e.evidence.sentence_span[1] },
    cite_info: { citation: e.story_id, ...(story?.url ? { url: story.url } : {}), ...(story?.title ? { title: story.title } : {}), ...(story?.source ? { publication: story.source } : {}) },
    coder,
    codebook: 'CAMEO 1.1b3 mapped by CAMEO2PLOVER (2021)',
    has_event: true,
    cameo: { code: e.cameo.code, goldstein: e.cameo.goldstein },
    date_precision: e.date_precision,
    root_id: e.root.id,
    mentions: e.root.mentions,
  };
  if (e.location) {
    const l = e.location;
    rec.event_loc = {
      resolved_place: l.name, lat: l.lat, lon: l.lon, country_code: l.country,
      ...(l.admin1 ? { province: l.admin1 } : {}), ...(l.geonameid !== undefined ? { geonameid: l.geonameid } : {}),
      resolution: l.precision === 'country' ? 1 : l.precision === 'admin1' ? 2 : 4,
    };
  }
  return rec;
}

function entity(a: ActorRecord): PloverEntity {
  const out: PloverEntity = { code: a.country ?? a.code.slice(0, 3), entity_text: a.text, actor_code: a.code };
  if (a.sectors[0]) out.sector = a.sectors[0];
  if (a.sectors.length > 1) out.other_sector_codes = a.sectors.slice(1);
  return out;
}
