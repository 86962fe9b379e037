/** A span to mark in a text: [start, end) offsets into the story text, and its kind. */
export interface Mark { span: [number, number]; kind: 'source' | 'verb' | 'target' | 'attribution' }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * HTML of `text` (which starts at story offset `offset`) with each mark
 * wrapped in `<mark class="KIND">`. Marks are story offsets (UTF-16 code
 * units); those outside the text are dropped, and where two overlap the one
 * starting first wins (the other is cut to what is left of it).
 */
export function highlight(text: string, offset: number, marks: Mark[]): string {
  const sorted = marks
    .map((m) => ({ kind: m.kind, start: Math.max(0, m.span[0] - offset), end: Math.min(text.length, m.span[1] - offset) }))
    .filter((m) => m.end > m.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  let html = '';
  let at = 0;
  for (const m of sorted) {
    const start = Math.max(m.start, at);
    if (start >= m.end) continue;
    html += escapeHtml(text.slice(at, start));
    html += `<mark class="${m.kind}" title="${m.kind}">${escapeHtml(text.slice(start, m.end))}</mark>`;
    at = m.end;
  }
  return html + escapeHtml(text.slice(at));
}
