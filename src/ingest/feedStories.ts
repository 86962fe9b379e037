import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { CorpusItem } from './corpusItem.js';
import { contentId } from './readStories.js';
import { dateProblem } from './storyDate.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', isArray: (name) => ['item', 'entry', 'link'].includes(name) });

type Node = Record<string, unknown> | string | undefined;

/**
 * Reads stories from an RSS 2.0, RSS 1.0 (RDF) or Atom file, parsed whole
 * with fast-xml-parser (feeds are small). Each item or entry is a story:
 * text from content:encoded / content / description / summary with HTML
 * removed, date from pubDate / dc:date / published / updated (UTC day), id from
 * guid / id / link, else the content hash. `origin` is the line of the item's
 * opening tag. Items without a date take `fallbackDate` (--date) or are
 * reported.
 */
export function* feedStories(path: string, xml: string, fallbackDate?: string): Generator<CorpusItem> {
  let doc: Record<string, Record<string, unknown>>;
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch (err) {
    yield { error: `${path}: not well-formed XML (${(err as Error).message.split('\n')[0]})` };
    return;
  }
  const channel = (doc.rss?.channel ?? doc['rdf:RDF']) as Record<string, unknown> | undefined;
  const items = ((channel?.item ?? doc['rdf:RDF']?.item ?? doc.feed?.entry) ?? []) as Record<string, Node>[];
  const publisher = text(channel?.title as Node) || text(doc.feed?.title as Node) || undefined;
  const lines = tagLines(xml, doc.feed ? 'entry' : 'item');
  for (const [i, item] of items.entries()) yield feedItem(item, `${path}:${lines[i] ?? 1}`, publisher, fallbackDate);
}

function feedItem(item: Record<string, Node>, where: string, publisher: string | undefined, fallbackDate?: string): CorpusItem {
  const body = htmlText(text(item['content:encoded']) || text(item.content) || text(item.description) || text(item.summary));
  if (!body) return { error: `${where}: feed item has no text (no content, description or summary)` };
  const written = text(item.pubDate) || text(item['dc:date']) || text(item.published) || text(item.updated);
  const date = feedDate(written) ?? fallbackDate ?? null;
  if (!date || dateProblem(date)) return { error: `${where}: feed item has no readable date (found "${written}"); give --date` };
  const link = linkOf(item.link as unknown);
  const id = text(item.guid) || text(item.id) || link || contentId(body);
  const title = htmlText(text(item.title));
  return { story: { id, date, text: body, ...(title ? { title } : {}), ...(link ? { url: link } : {}), ...(publisher ? { source: publisher } : {}) }, origin: where };
}

function text(n: unknown): string {
  if (n === undefined || n === null) return '';
  if (typeof n === 'string' || typeof n === 'number') return String(n).trim();
  if (Array.isArray(n)) return text(n[0]);
  if (typeof n === 'object') return text((n as Record<string, unknown>)['#text']);
  return '';
}

function linkOf(links: unknown): string {
  if (!Array.isArray(links)) return text(links);
  for (const l of links) {
    if (typeof l === 'string') return l.trim();
    const o = l as Record<string, string>;
    if (o['@href'] && (!o['@rel'] || o['@rel'] === 'alternate')) return o['@href'];
  }
  return '';
}

/** Text of an HTML fragment, paragraphs separated by blank lines. */
function htmlText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t\r\n]+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/<\/(p|div|li|h\d)>/gi, '</$1>\n\n')}</body></html>`);
  return (document.body.textContent ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The publication day of an RFC 822 (RSS) or ISO 8601 (Atom) date-time, as
 * written (the publisher's local day, not converted to UTC); other forms
 * that Date.parse reads give their UTC day; null when unreadable.
 */
function feedDate(value: string): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (iso) return iso;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) : -1;
  if (rfc && month >= 0) return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** 1-based line of each opening `<tag>` / `<tag …>`, in order. */
function tagLines(xml: string, tag: string): number[] {
  const lines: number[] = [];
  const re = new RegExp(`<${tag}[\\s>]`, 'g');
  let line = 1;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    for (let k = last; k < m.index; k++) if (xml.charCodeAt(k) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}
