/**
 * An evaluation as terminal tables (cli-table3, as `dyad code` prints events)
 * or as one JSON object. Percentages are written as score.py writes them.
 */
import Table from 'cli-table3';
import { GOLD_TYPES, type GoldType } from './ploverTypes.js';
import { pyFixed, pyPercent } from './pythonFormat.js';
import { NO_EVENT, typeOrder, UNMAPPED, type Evaluation } from './score.js';

/** What was evaluated, for the report's first line and the JSON object. */
export interface EvaluationMeta {
  file: string;
  /** The gold file's container: `jsonl` or `json`. */
  format: string;
  /** Good records read (a sentence may have several). */
  records: number;
  /** Records skipped as bad. */
  skipped: number;
  profile: string;
}

/** `count / of` as a 0–1 share, null when `of` is 0. */
function share(count: number, of: number): number | null {
  return of ? count / of : null;
}

function percent(count: number, of: number): string {
  return of ? pyPercent(count / of) : '—';
}

/** How the tables are drawn: the terminal's width, and bold heads only on a terminal (no escape codes in a file). */
export interface ReportStyle {
  columns: number;
  color: boolean;
}

/** No rule between rows: the tables stay as tall as their rows. */
const CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function tableOptions(style: ReportStyle, head: string[], aligns: ('left' | 'right')[], padding = 1) {
  return { head, chars: CHARS, colAligns: aligns, style: { head: style.color ? ['bold'] : [], border: [], 'padding-left': padding } };
}

/**
 * The report for a terminal: the headline figures, per-type recall and
 * precision, and the confusion matrix (full type names when `columns` allows,
 * else four-letter abbreviations), each table followed by what it means.
 */
export function formatReport(ev: Evaluation, meta: EvaluationMeta, style: ReportStyle = { columns: 120, color: false }): string {
  const parts = [
    `${meta.file}: ${ev.sentences} sentence(s) from ${meta.records} gold record(s) (${meta.format})${meta.skipped ? `, ${meta.skipped} skipped` : ''}; profile ${meta.profile}, story date 2000-01-01`,
    headlineTable(ev, style),
    `${ev.events} event(s), ${ev.sentences ? pyFixed(ev.events / ev.sentences, 2) : '—'} a sentence; "of a gold type" is a floor on precision: the records name each sentence's main event, not every event in it`,
    '',
    perTypeTable(ev, style),
    'recall: gold sentences of the type with an event of that type; precision: dyad\'s events of the type that are in sentences whose gold has it',
    '',
    confusionTable(ev, style),
    `rows: gold type; columns: the types dyad coded in those sentences (a sentence counts once in each); ${UNMAPPED} (unmp): CAMEO 01/02 events, which have no PLOVER type; ${NO_EVENT}: no event`,
  ];
  return `${parts.join('\n')}\n`;
}

function headlineTable(ev: Evaluation, style: ReportStyle): string {
  const table = new Table(tableOptions(style, ['sentences', 'count', 'of', 'share'], ['left', 'right', 'right', 'right']));
  const row = (name: string, count: number, of: number) => table.push([name, String(count), String(of), percent(count, of)]);
  row('any event', ev.anyEvent, ev.sentences);
  row('event type', ev.type, ev.sentences);
  row('type+source', ev.typeSource, ev.sentences);
  row('type+source+target', ev.typeSourceTarget, ev.withTarget);
  row('events of a gold type', ev.eventsOfGoldType, ev.events);
  return `${table.toString()}\n(type+source+target: of the sentences whose gold has a target; events of a gold type: of dyad's events)`;
}

function perTypeTable(ev: Evaluation, style: ReportStyle): string {
  const head = ['type', 'gold', 'right', 'recall', 'events', 'in gold', 'precision'];
  const table = new Table(tableOptions(style, head, head.map((_, i) => (i ? 'right' : 'left'))));
  for (const t of typeOrder(ev)) {
    const f = ev.perType[t]!;
    table.push([t, String(f.gold), String(f.right), percent(f.right, f.gold), String(f.events), String(f.inGold), percent(f.inGold, f.events)]);
  }
  return table.toString();
}

const SHORT: Readonly<Record<string, string>> = { [UNMAPPED]: 'unmp', [NO_EVENT]: 'none' };

/** The columns of the confusion matrix: every coded type that occurs, in PLOVER order, then unmapped and none. */
export function confusionColumns(ev: Evaluation): string[] {
  const used = new Set(Object.values(ev.confusion).flatMap((row) => Object.keys(row ?? {})));
  return [...GOLD_TYPES, UNMAPPED, NO_EVENT].filter((c) => used.has(c));
}

function confusionTable(ev: Evaluation, style: ReportStyle): string {
  const rows = typeOrder(ev).filter((t) => ev.confusion[t]);
  const cols = confusionColumns(ev);
  const full = 20 + cols.reduce((n, c) => n + c.length + 3, 0) <= style.columns;
  const head = cols.map((c) => (full ? c : SHORT[c] ?? c.slice(0, 4)));
  const table = new Table(tableOptions(style, ['gold \\ dyad', ...head], ['left', ...cols.map(() => 'right' as const)], full ? 1 : 0));
  for (const g of rows) table.push([g, ...cols.map((c) => String(ev.confusion[g]![c] ?? '·'))]);
  return table.toString();
}

/** The figures as one plain object for `--format json`: counts, 0–1 shares (null when nothing to divide by), per type, the confusion matrix. */
export function evaluationJson(ev: Evaluation, meta: EvaluationMeta): Record<string, unknown> {
  const figure = (count: number, of: number) => ({ count, of, share: share(count, of) });
  const perType: Record<string, unknown> = {};
  for (const t of typeOrder(ev)) {
    const f = ev.perType[t]!;
    perType[t] = { gold: f.gold, right: f.right, recall: share(f.right, f.gold), events: f.events, in_gold: f.inGold, precision: share(f.inGold, f.events) };
  }
  const confusion: Partial<Record<GoldType, Record<string, number>>> = {};
  for (const g of typeOrder(ev)) if (ev.confusion[g]) confusion[g] = ev.confusion[g];
  return {
    file: meta.file, format: meta.format, records: meta.records, skipped: meta.skipped, profile: meta.profile,
    sentences: ev.sentences,
    any_event: figure(ev.anyEvent, ev.sentences),
    event_type: figure(ev.type, ev.sentences),
    type_source: figure(ev.typeSource, ev.sentences),
    type_source_target: figure(ev.typeSourceTarget, ev.withTarget),
    events: { count: ev.events, per_sentence: share(ev.events, ev.sentences), of_gold_type: ev.eventsOfGoldType, share_of_gold_type: share(ev.eventsOfGoldType, ev.events) },
    per_type: perType,
    confusion,
    misses: ev.misses.length,
  };
}
