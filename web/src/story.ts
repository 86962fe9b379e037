import type { ApiEvent, StoryView } from './api.js';
import { eventMarks } from './evidence.js';
import { escapeHtml, highlight } from './highlight.js';

/**
 * The story view: the whole text with the picked event's spans highlighted
 * (the first event when none is picked), its other events' sentences
 * underlined, and the list of its events to pick from.
 */
export function storyHtml(view: StoryView, picked: string): string {
  const { story, events } = view;
  const current: ApiEvent | undefined = events.find((e) => e.id === picked) ?? events[0];
  const text = current ? highlight(story.text, 0, eventMarks(current)) : escapeHtml(story.text);
  const list = events.map((e) => `<li><a href="#" class="story-event${e.id === current?.id ? ' current' : ''}" data-event="${escapeHtml(e.id)}">
    sentence ${e.sentence_index + 1}: <code>${escapeHtml(e.source.code)}</code> ${escapeHtml(e.cameo.name)} <code>${escapeHtml(e.target?.code ?? '—')}</code> (${escapeHtml(e.date)})</a></li>`).join('');
  return `<p class="muted">${escapeHtml(story.date)}${story.source ? ` · ${escapeHtml(story.source)}` : ''}${story.url ? ` · <a href="${escapeHtml(story.url)}" rel="noreferrer noopener" target="_blank">original</a>` : ''}${view.duplicate_of ? ` · near-duplicate of ${escapeHtml(view.duplicate_of)}` : ''}</p>
  <div class="story-text">${text.replace(/\n+/g, '<br><br>')}</div>
  <h3>${events.length} event${events.length === 1 ? '' : 's'}</h3><ol class="story-events">${list}</ol>`;
}
