import type { StoredEvent } from '../store/queries.js';

/**
 * The GDELT 2.0 event table's 61 columns, in GDELT's order (GDELT Event
 * Codebook V2.0). dyad fills the ones it knows; GDELT_EMPTY lists those left
 * empty, and docs/corpus.md says why for each.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code',
  'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code',
  'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** Columns dyad always leaves empty (it has no such information, or GDELT's value is not deterministic). */
export const GDELT_EMPTY = [
  'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code',
  'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_ADM2Code', 'DATEADDED',
] as const;

/** The header line of the TSV. */
export function gdeltHeader(): string {
  return `${GDELT_COLUMNS.join('\t')}\n`;
}

/**
 * One root event as a GDELT 2.0 TSV line. `e` is the root's representative
 * mention with the root's counts; `url` the source URL of its story.
 * GLOBALEVENTID is the root id read as a 52-bit integer (stable across runs);
 * dates of month or year precision fill SQLDATE with day 00 (month 00 for a
 * year), as GDELT 1.0's backfile did.
 */
export function gdeltLine(e: StoredEvent, url: string | null): string {
  const [y, m, d] = [e.date.slice(0, 4), e.date.slice(5, 7) || '00', e.date.slice(8, 10) || '00'];
  const dayOfYear = m === '00' ? 0 : Math.floor((Date.UTC(+y, +m - 1, +(d === '00' ? '01' : d)) - Date.UTC(+y, 0, 1)) / 86_400_000) + 1;
  const loc = e.location;
  const value: Record<string, string | number> = {
    GLOBALEVENTID: parseInt(e.root.id.slice(0, 13), 16),
    SQLDATE: `${y}${m}${d}`, MonthYear: `${y}${m}`, Year: y,
    FractionDate: (+y + dayOfYear / 365).toFixed(4),
    ...actorColumns('Actor1', e.source),
    ...actorColumns('Actor2', e.target),
    IsRootEvent: e.sentence_index === 0 ? 1 : 0,
    EventCode: e.cameo.code, EventBaseCode: e.cameo.code.slice(0, 3), EventRootCode: e.cameo.root,
    QuadClass: e.cameo.quad_class, GoldsteinScale: e.cameo.goldstein,
    NumMentions: e.root.mentions, NumSources: e.root.sources, NumArticles: e.root.articles,
    SOURCEURL: url ?? '',
  };
  if (loc) {
    Object.assign(value, {
      ActionGeo_Type: geoType(loc.precision, loc.country), ActionGeo_FullName: [loc.name, loc.admin1, loc.country].filter(Boolean).join(', '),
      ActionGeo_CountryCode: loc.country, ActionGeo_ADM1Code: loc.admin1 ?? '', ActionGeo_Lat: loc.lat, ActionGeo_Long: loc.lon,
      ActionGeo_FeatureID: loc.geonameid ?? '',
    });
  }
  return `${GDELT_COLUMNS.map((c) => clean(value[c] ?? '')).join('\t')}\n`;
}

function actorColumns(prefix: string, a: StoredEvent['source'] | null): Record<string, string> {
  if (!a) return {};
  return {
    [`${prefix}Code`]: a.code, [`${prefix}Name`]: (a.name ?? a.text).toUpperCase(), [`${prefix}CountryCode`]: a.country ?? '',
    [`${prefix}Type1Code`]: a.sectors[0] ?? '', [`${prefix}Type2Code`]: a.sectors[1] ?? '', [`${prefix}Type3Code`]: a.sectors[2] ?? '',
  };
}

/** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
function geoType(precision: string, country: string): number {
  if (precision === 'country') return 1;
  if (precision === 'admin1') return country === 'USA' ? 2 : 5;
  return country === 'USA' ? 3 : 4;
}

/** No tabs or newlines inside a field. */
function clean(v: string | number): string {
  return String(v).replace(/[\t\r\n]+/g, ' ');
}
