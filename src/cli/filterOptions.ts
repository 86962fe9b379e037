import type { Command } from 'commander';
import { filterProblem, type EventFilter } from '../store/queries.js';
import { UserError } from './errors.js';

/** Raw filter options as commander gives them. */
export interface FilterOptions {
  actor?: string;
  dyad?: string;
  directed?: boolean;
  code?: string;
  quadClass?: string;
  from?: string;
  to?: string;
  text?: string;
  unit?: string;
}

/** Adds the event filter options shared by `dyad query` and `dyad export`. */
export function addFilterOptions(cmd: Command, defaultUnit: string): Command {
  return cmd
    .option('--actor <CODE>', 'an actor code (IRNMIL) or a country (IRN, three letters) on either side')
    .option('--dyad <A-B>', 'two actors or countries, e.g. IRN-RUS (both directions unless --directed)')
    .option('--directed', 'with --dyad: only A as source and B as target')
    .option('--code <CAMEO>', 'a CAMEO code with its sub-codes (190), or a root (19)')
    .option('--quad-class <N,...>', 'QuadClasses: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict')
    .option('--from <YYYY-MM-DD>', 'events on or after this day')
    .option('--to <YYYY-MM-DD>', 'events on or before this day')
    .option('--text <QUERY>', 'full-text search over story titles and texts (SQLite FTS5 syntax: naval AND Caspian, "joint exercise")')
    .option('--unit <roots|mentions>', `roots: each incident once (dedup across stories); mentions: every event record (default ${defaultUnit})`);
}

/** Checks and converts the filter options; a bad value is a UserError naming the option. */
export function toFilter(o: FilterOptions, defaultUnit: 'roots' | 'mentions'): EventFilter {
  const f: EventFilter = { unit: defaultUnit };
  if (o.unit !== undefined) {
    if (o.unit !== 'roots' && o.unit !== 'mentions') throw new UserError(`--unit: expected roots or mentions (found "${o.unit}")`);
    f.unit = o.unit;
  }
  if (o.actor) f.actor = o.actor.toUpperCase();
  if (o.dyad) {
    const sides = o.dyad.toUpperCase().split(/\s*[-–—,:/]\s*/);
    if (sides.length !== 2 || !sides[0] || !sides[1]) throw new UserError(`--dyad: expected two actors such as IRN-RUS (found "${o.dyad}")`);
    f.dyad = [sides[0], sides[1]];
    f.directed = !!o.directed;
  }
  if (o.code) f.code = o.code;
  if (o.quadClass) f.quadClass = o.quadClass.split(',').map((q) => Number(q.trim()));
  if (o.from) f.from = o.from;
  if (o.to) f.to = o.to;
  if (o.text) f.text = o.text;
  const problem = filterProblem(f);
  if (problem) throw new UserError(problem);
  return f;
}
