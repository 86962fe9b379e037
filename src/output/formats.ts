import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { EventRecord } from '../model/types.js';

/** Output formats of `dyad code`. */
export const FORMATS = ['table', 'jsonl', 'csv', 'geojson'] as const;
export type Format = (typeof FORMATS)[number];

/** One JSON object a line: the event record contract. */
export function toJsonl(events: EventRecord[]): string {
  return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
}

/** CSV column names, in order. Actor sectors are joined with ';'. */
export const CSV_COLUMNS = [
  'id', 'story_id', 'sentence_index', 'story_date', 'date', 'date_precision',
  'source_code', 'source_country', 'source_sectors', 'source_text', 'source_start', 'source_end',
  'target_code', 'target_country', 'target_sectors', 'target_text', 'target_start', 'target_end',
  'cameo_code', 'cameo_root', 'cameo_name', 'quad_class', 'goldstein',
  'plover_event', 'plover_mode', 'plover_context',
  'location_name', 'location_country', 'location_admin1', 'location_lat', 'location_lon', 'location_geonameid', 'location_precision',
  'attribution', 'negated', 'verb', 'verb_start', 'verb_end', 'pattern_dictionary', 'pattern_line', 'pattern', 'sentence',
] as const;

/** Flattens events to CSV rows (RFC 4180 via csv-stringify), with a header row when `header`. */
export function toCsv(events: EventRecord[], header = true): string {
  const rows = events.map(csvRow);
  return stringify(header ? [[...CSV_COLUMNS], ...rows] : rows);
}

/** One event as the values of CSV_COLUMNS, in order ('' for an absent value). Shared by CSV and Parquet export. */
export function csvRow(e: EventRecord): (string | number | boolean)[] {
  return [
    e.id, e.story_id, e.sentence_index, e.story_date, e.date, e.date_precision,
    e.source.code, e.source.country ?? '', e.source.sectors.join(';'), e.source.text, e.source.span[0], e.source.span[1],
    ...targetColumns(e.target),
    e.cameo.code, e.cameo.root, e.cameo.name, e.cameo.quad_class, e.cameo.goldstein,
    ...ploverColumns(e.plover), ...locationColumns(e.location),
    e.attribution?.text ?? '', e.negated, e.evidence.verb.text, e.evidence.verb.span[0], e.evidence.verb.span[1],
    e.evidence.pattern.dictionary, e.evidence.pattern.line, e.evidence.pattern.text, e.evidence.sentence,
  ];
}

/** code, country, sectors (joined with ';'), text, span start and end of the target, '' for each absent value; six '' without a target. */
function targetColumns(a: EventRecord['target']): (string | number)[] {
  if (!a) return ['', '', '', '', '', ''];
  return [a.code ?? '', a.country ?? '', a.sectors.join(';') ?? '', a.text ?? '', a.span[0] ?? '', a.span[1] ?? ''];
}

/** event, mode, context (joined with ';') of the PLOVER coding; three '' without one. */
function ploverColumns(p: EventRecord['plover']): string[] {
  if (!p) return ['', '', ''];
  return [p.event ?? '', p.mode ?? '', p.context.join(';')];
}

/** name, country, admin1, lat, lon, geonameid, precision of the location; '' for each absent value. */
function locationColumns(l: EventRecord['location']): (string | number)[] {
  if (!l) return ['', '', '', '', '', '', ''];
  return [l.name ?? '', l.country ?? '', l.admin1 ?? '', l.lat ?? '', l.lon ?? '', l.geonameid ?? '', l.precision ?? ''];
}

/**
 * A terminal table: date, source, CAMEO code and name, target, and the
 * evidence sentence shortened around the verb. `width` is the terminal width.
 */
export function toTable(events: EventRecord[], width = 120): string {
  // fit the terminal: the event name and evidence columns give way on narrow screens
  const narrow = width < 110;
  const eventWidth = narrow ? 22 : 30;
  const evidenceWidth = Math.max(14, width - (13 + 12 + eventWidth + 12) - 7);
  const table = new Table({
    head: ['date', 'source', 'event', 'target', 'evidence'],
    colWidths: [13, 12, eventWidth, 12, evidenceWidth],
    wordWrap: true,
    style: { head: ['bold'], border: [] },
  });
  for (const e of events) {
    table.push([
      e.date_precision === 'story' ? `${e.date}*` : e.date,
      e.source.code,
      `${e.cameo.code} ${e.cameo.name}`,
      e.target?.code ?? '—',
      snippet(e, evidenceWidth * 2 - 6),
    ]);
  }
  return table.toString();
}

/** The evidence sentence cut to `max` characters around the verb, the verb in «». */
function snippet(e: EventRecord, max: number): string {
  const s = e.evidence.sentence;
  const at = e.evidence.verb.span[0] - e.evidence.sentence_span[0];
  const marked = `${s.slice(0, at)}«${e.evidence.verb.text}»${s.slice(at + e.evidence.verb.text.length)}`;
  if (marked.length <= max) return marked;
  const from = Math.max(0, Math.min(at - Math.floor(max / 3), marked.length - max));
  return `${from > 0 ? '…' : ''}${marked.slice(from, from + max - 2)}…`;
}
