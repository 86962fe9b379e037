import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { dateProblem } from './storyDate.js';

/** What is read from one HTML page: main text, title, publication date and URL when the page says. */
export interface HtmlArticle {
  text: string;
  title?: string;
  /** YYYY-MM-DD from the page's metadata, or null when it names none. */
  date: string | null;
  url?: string;
}

/** Metadata that may carry the publication date, in order of trust. */
const DATE_SELECTORS = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]',
  'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[property="og:published_time"]',
  'time[datetime]',
];

/**
 * Extracts the main text of an HTML page with @mozilla/readability over a
 * linkedom DOM: paragraphs, headings and list items joined by blank lines.
 * The date comes from Readability's `publishedTime` (JSON-LD, meta), then
 * DATE_SELECTORS. Returns null when no main text is found.
 */
export function readHtml(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  let date = toDay(null);
  for (const sel of DATE_SELECTORS) {
    const el = document.querySelector(sel);
    date = toDay(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null);
    if (date) break;
  }
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return null;
  date = toDay(article.publishedTime ?? null) ?? date;
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre')]
    .filter((el) => !el.parentElement?.closest('p, li, blockquote, pre'))
    .map((el) => clean(el.textContent ?? ''))
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : clean(article.textContent ?? '');
  if (!text) return null;
  const result: HtmlArticle = { text, date };
  if (article.title) result.title = clean(article.title);
  if (url) result.url = url;
  return result;
}

function clean(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}

/** The day of an ISO-like date-time ("2019-04-10T08:00:00Z", "2019-04-10"), or null. */
function toDay(value: string | null): string | null {
  if (!value) return null;
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  return day && !dateProblem(day) ? day : null;
}
