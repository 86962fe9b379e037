import './style.css';
import { ApiFailure, apiUrl, getJson, type ApiEvent, type Network, type SeriesPoint, type StoryView } from './api.js';
import { evidenceHtml } from './evidence.js';
import { escapeHtml } from './highlight.js';
import { MapView } from './map.js';
import { NetworkView } from './network.js';
import { SeriesChart } from './series.js';
import { eventParams, readState, writeState, type State } from './state.js';
import { storyHtml } from './story.js';

/*
 * The dashboard's controller: reads the state from the URL, loads what it
 * needs from the API, draws the views, and writes each change back into the
 * URL (pushState, so Back works).
 */

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('#filters');
const errorBox = $('#error');
let state = readState(location.search);
let events: ApiEvent[] = [];
let next: string | null = null;

const series = new SeriesChart($('#series'));
const net = new NetworkView($('#network'), (a, b) => update({ a, b, event: '' }), (id) => update({ a: id, b: state.a && state.a !== id ? state.a : '', event: '' }));
const map = new MapView($('#map'), $('#map-note'), (e) => update({ event: e.id }));

function fail(err: unknown): void {
  errorBox.hidden = false;
  errorBox.textContent = err instanceof ApiFailure ? `The server said: ${err.message}` : `Could not load data: ${(err as Error).message}`;
}

/** Changes the state, records it in the URL and redraws. */
function update(change: Partial<State>, push = true): void {
  const before = state;
  state = { ...state, ...change };
  const url = `${location.pathname}${writeState(state)}`;
  if (push) history.pushState(null, '', url);
  void render(before);
}

window.addEventListener('popstate', () => { const before = state; state = readState(location.search); void render(before); });

function fillForm(): void {
  const f = form.elements;
  (f.namedItem('a') as HTMLInputElement).value = state.a;
  (f.namedItem('b') as HTMLInputElement).value = state.b;
  (f.namedItem('interval') as HTMLSelectElement).value = state.interval;
  (f.namedItem('from') as HTMLInputElement).value = state.from;
  (f.namedItem('to') as HTMLInputElement).value = state.to;
  (f.namedItem('q') as HTMLInputElement).value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=quad]')) box.checked = !state.quad.length || state.quad.includes(Number(box.value));
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const data = new FormData(form);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const quad = data.getAll('quad').map(Number);
  update({ a: text('a').toUpperCase(), b: text('b').toUpperCase(), interval: text('interval') === 'week' ? 'week' : 'month', from: text('from'), to: text('to'), q: text('q'), quad: quad.length === 4 ? [] : quad, event: '' });
});
form.addEventListener('change', (ev) => { if ((ev.target as HTMLElement).matches('select, input[type=checkbox]')) form.requestSubmit(); });
$('#swap').addEventListener('click', () => update({ a: state.b, b: state.a }));
$('#close-story').addEventListener('click', () => update({ story: '' }));
$('#more').addEventListener('click', () => void loadEvents(true).catch(fail));
document.addEventListener('click', (ev) => {
  const link = (ev.target as HTMLElement).closest<HTMLAnchorElement>('a.open-story, a.story-event');
  if (!link) return;
  ev.preventDefault();
  if (link.dataset.story) update({ story: link.dataset.story });
  else if (link.dataset.event) void showStory(state.story, link.dataset.event);
});

/** Redraws what depends on what changed since `before` (everything on the first call). */
async function render(before: State | null): Promise<void> {
  errorBox.hidden = true;
  fillForm();
  const changed = (...keys: (keyof State)[]) => !before || keys.some((k) => String(before[k]) !== String(state[k]));
  try {
    if (changed('from', 'to')) await loadNetwork();
    if (!state.a && !state.b) return;
    $('#dyad-title').textContent = state.b ? `${state.a} ⇄ ${state.b}` : `${state.a} with anyone`;
    if (changed('a', 'b', 'interval', 'from', 'to')) await loadSeries();
    if (changed('a', 'b', 'from', 'to', 'q', 'quad')) await loadEvents(false);
    if (changed('a', 'b')) net.show(lastNetwork, state.a, state.b);
    showEvidence();
    if (changed('story')) await showStory(state.story, state.event);
  } catch (err) {
    fail(err);
  }
}

let lastNetwork: Network = { nodes: [], edges: [] };

async function loadNetwork(): Promise<void> {
  lastNetwork = await getJson<Network>('network', { from: state.from, to: state.to, limit: '200' });
  $('#actors').innerHTML = lastNetwork.nodes.map((n) => `<option value="${escapeHtml(n.id)}">${n.events} events</option>`).join('');
  if (!state.a && !state.b && lastNetwork.edges[0]) {
    // no dyad in the URL: start with the busiest pair
    state = { ...state, a: lastNetwork.edges[0].source, b: lastNetwork.edges[0].target };
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    fillForm();
  }
  net.show(lastNetwork, state.a, state.b);
  const health = await getJson<{ totals: { stories: number; roots: number } }>('health');
  $('#totals').textContent = `${health.totals.roots.toLocaleString('en')} events in ${health.totals.stories.toLocaleString('en')} stories`;
}

async function loadSeries(): Promise<void> {
  if (!state.a || !state.b) {
    series.show([], state.interval, 'Pick two actors to see their series');
    return;
  }
  const r = await getJson<{ points: SeriesPoint[] }>(`dyads/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}/series`, { interval: state.interval, from: state.from, to: state.to });
  series.show(r.points, state.interval, `No events between ${state.a} and ${state.b}`);
}

/** The first page of events for the table and map (append = the next page). */
async function loadEvents(append: boolean): Promise<void> {
  const params = { ...eventParams(state), limit: '200', order: 'desc', count: append ? undefined : 'true', cursor: append ? next ?? undefined : undefined };
  const page = await getJson<{ events: ApiEvent[]; next: string | null; total?: number }>('events', params);
  events = append ? [...events, ...page.events] : page.events;
  next = page.next;
  if (page.total !== undefined) $('#events-count').textContent = `(${page.total.toLocaleString('en')}, newest first)`;
  drawTable();
  map.show(events, state.a, state.b, !!next);
  const filters = eventParams(state);
  $<HTMLAnchorElement>('#dl-csv').href = apiUrl('events', { ...filters, format: 'csv' });
  $<HTMLAnchorElement>('#dl-jsonl').href = apiUrl('events', { ...filters, format: 'jsonl' });
}

function drawTable(): void {
  const body = $('#events tbody');
  body.innerHTML = events.length ? events.map((e) => `<tr data-id="${escapeHtml(e.id)}" class="q${e.cameo.quad_class}${e.id === state.event ? ' selected' : ''}" tabindex="0">
    <td>${escapeHtml(e.date)}</td><td><code>${escapeHtml(e.source.code)}</code></td>
    <td><span class="dot"></span><code>${escapeHtml(e.cameo.code)}</code> ${escapeHtml(e.cameo.name)}</td>
    <td><code>${escapeHtml(e.target?.code ?? '—')}</code></td><td>${escapeHtml(e.location?.name ?? '—')}</td>
    <td>${e.root.mentions}/${e.root.articles}/${e.root.sources}</td></tr>`).join('') : '<tr><td colspan="6" class="muted">No events match.</td></tr>';
  $('#more').hidden = !next;
}

$('#events tbody').addEventListener('click', (ev) => {
  const row = (ev.target as HTMLElement).closest('tr');
  if (row?.dataset.id) update({ event: row.dataset.id });
});
$('#events tbody').addEventListener('keydown', (ev) => {
  const row = (ev.target as HTMLElement).closest('tr');
  if (ev.key === 'Enter' && row?.dataset.id) update({ event: row.dataset.id });
});

function showEvidence(): void {
  for (const row of document.querySelectorAll<HTMLElement>('#events tbody tr')) row.classList.toggle('selected', row.dataset.id === state.event);
  const e = events.find((x) => x.id === state.event);
  $('#evidence').innerHTML = e ? evidenceHtml(e) : '<p class="muted">Click an event to see the sentence it was coded from.</p>';
}

async function showStory(id: string, picked: string): Promise<void> {
  const panel = $('#story-panel');
  if (!id) { panel.hidden = true; return; }
  const view = await getJson<StoryView>(`stories/${encodeURIComponent(id)}`);
  panel.hidden = false;
  $('#story-title').textContent = view.story.title ? `“${view.story.title}”` : id;
  $('#story').innerHTML = storyHtml(view, picked);
  panel.scrollIntoView({ block: 'start' });
}

void render(null);
