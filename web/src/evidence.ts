import type { ApiEvent } from './api.js';
import { escapeHtml, highlight, type Mark } from './highlight.js';

/** The story offset of the event's sentence: `evidence.sentence_span[0]`, else found from the source span. */
export function sentenceOffset(e: ApiEvent): number {
  if (e.evidence.sentence_span) return e.evidence.sentence_span[0];
  const at = e.evidence.sentence.indexOf(e.source.text);
  return at >= 0 ? e.source.span[0] - at : 0;
}

/** The marks of an event: source, verb, target and attribution spans (story offsets). */
export function eventMarks(e: ApiEvent): Mark[] {
  const marks: Mark[] = [{ span: e.source.span, kind: 'source' }, { span: e.evidence.verb.span, kind: 'verb' }];
  if (e.target) marks.push({ span: e.target.span, kind: 'target' });
  if (e.attribution) marks.push({ span: e.attribution.span, kind: 'attribution' });
  return marks;
}

/** "IRNMIL (Iranian forces)" */
const who = (a: ApiEvent['source'] | null) => (a ? `<code>${escapeHtml(a.code)}</code> ${escapeHtml(a.name ?? a.text)}` : '—');

/** The evidence panel of one event: the highlighted sentence, then the coding facts and a link to the story. */
export function evidenceHtml(e: ApiEvent): string {
  const sentence = highlight(e.evidence.sentence, sentenceOffset(e), eventMarks(e));
  const p = e.evidence.pattern;
  return `<blockquote class="sentence" data-testid="evidence-sentence">${sentence}</blockquote>
  <p class="legend"><mark class="source">source</mark> <mark class="verb">verb</mark> <mark class="target">target</mark>${e.attribution ? ' <mark class="attribution">attribution</mark>' : ''}</p>
  <dl>
    <dt>event</dt><dd><code>${escapeHtml(e.cameo.code)}</code> ${escapeHtml(e.cameo.name)} · QuadClass ${e.cameo.quad_class} · Goldstein ${e.cameo.goldstein}${e.plover ? ` · PLOVER ${escapeHtml(e.plover.event)}` : ''}</dd>
    <dt>source</dt><dd>${who(e.source)}</dd>
    <dt>target</dt><dd>${who(e.target)}</dd>
    <dt>date</dt><dd>${escapeHtml(e.date)} (${escapeHtml(e.date_precision)}; story ${escapeHtml(e.story_date)})</dd>
    <dt>location</dt><dd>${e.location ? `${escapeHtml(e.location.name)}, ${escapeHtml(e.location.country)} (${e.location.lat.toFixed(2)}, ${e.location.lon.toFixed(2)})` : '<span class="muted">not located yet</span>'}</dd>
    <dt>pattern</dt><dd><code>${escapeHtml(p.dictionary)}:${p.line}</code> ${escapeHtml(p.text)}</dd>
    <dt>reports</dt><dd>${e.root.mentions} mention${e.root.mentions === 1 ? '' : 's'} in ${e.root.articles} article${e.root.articles === 1 ? '' : 's'} from ${e.root.sources} source${e.root.sources === 1 ? '' : 's'}</dd>
  </dl>
  <p><a href="#" class="open-story" data-story="${escapeHtml(e.story_id)}">Open story ${escapeHtml(e.story_id)} →</a></p>`;
}
