import type { Db } from '../store/openStore.js';
import {
  codingOf, codingSpecKey, isBuiltinOnly, sha256File, storedCodings,
  type Coding, type CodingSources, type CodingSpec, type StoredCoding,
} from '../store/provenance.js';

/** Stored stories `dyad ingest --recode` codes again with one coding. */
export interface RecodeGroup {
  spec: CodingSpec;
  /** The coding they get (this dyad, these dictionaries): insert it with `codingId` before writing. */
  target: Coding;
  /** The codings ids of the stories to re-code (0 = stories stored without one). */
  from: number[];
  stories: number;
  /** True when the spec is the one recorded for the stories (no dictionary options given). */
  recorded: boolean;
}

/** What `--recode` will do: the groups to re-code, and one line per recorded coding that cannot be reproduced. */
export interface RecodePlan {
  groups: RecodeGroup[];
  /** One line each: a recorded file missing or changed, and what to do. */
  problems: string[];
  /** Stories not re-codable, as their recorded files are missing or changed. */
  unavailable: number;
}

/** Where the plan finds what it hashes and how it words its hints. */
export interface PlanContext {
  sources: CodingSources;
  /** The store's path, for the commands the hints print. */
  db: string;
}

/**
 * The stories `--recode` re-codes. With `given` (the dictionary options of
 * the command line), every stored story not coded with that coding, in one
 * group. Without, each stored story with the dictionaries and profile its
 * coding recorded (stories stored without one: the built-in set), when that
 * coding is not what this dyad would make of them now (an older coder);
 * a coding whose recorded files are missing, or whose bytes have changed
 * (SHA-256), is left alone and named in `problems` with the command that
 * re-codes it. Reads the recorded files; writes nothing.
 */
export function planRecode(db: Db, given: { spec: CodingSpec; coding: Coding; id: number } | null, ctx: PlanContext): RecodePlan {
  const plan: RecodePlan = { groups: [], problems: [], unavailable: 0 };
  const stored = storedCodings(db);
  if (given) {
    const stale = stored.filter((c) => c.id !== given.id);
    if (stale.length) plan.groups.push({ spec: given.spec, target: given.coding, from: stale.map((c) => c.id), stories: sum(stale), recorded: false });
    return plan;
  }
  const groups = new Map<string, RecodeGroup>();
  for (const c of stored) {
    const spec = recordedSpec(c);
    const problem = recordedProblem(c, spec, ctx.db);
    if (problem) {
      plan.problems.push(problem);
      plan.unavailable += c.stories;
      continue;
    }
    const target = codingOf(spec, ctx.sources);
    if (c.coding && sameCoding(c.coding, target)) continue;
    const key = codingSpecKey(spec);
    const group = groups.get(key) ?? { spec, target, from: [], stories: 0, recorded: true };
    group.from.push(c.id);
    group.stories += c.stories;
    groups.set(key, group);
  }
  plan.groups.push(...groups.values());
  return plan;
}

/** Stories of a plan that `--recode` would re-code or cannot: the stale count of a run that names no dictionaries. */
export function planStories(plan: RecodePlan): number {
  return plan.groups.reduce((n, g) => n + g.stories, 0) + plan.unavailable;
}

/** The spec a stored coding recorded (the built-in set for stories stored without one). */
export function recordedSpec(c: StoredCoding): CodingSpec {
  return { files: c.dictionaries.map((d) => ({ kind: d.kind, path: d.path })), builtin: c.builtin, profile: c.profile };
}

/** One line when a recorded file is missing or has other bytes now, with the command that re-codes its stories; else null. */
function recordedProblem(c: StoredCoding, spec: CodingSpec, db: string): string | null {
  const troubles: string[] = [];
  for (const d of c.dictionaries) {
    const now = sha256File(d.path);
    if (now === null) troubles.push(`${d.path}, which is missing`);
    else if (now !== d.sha256) troubles.push(`${d.path}, which has changed since (SHA-256 ${d.sha256.slice(0, 12)}… then, ${now.slice(0, 12)}… now)`);
  }
  if (!troubles.length) return null;
  const [n, they] = c.stories === 1 ? ['1 stored story is', 'it was'] : [`${c.stories} stored stories are`, 'they were'];
  return `--recode: ${n} left as coded: ${they} coded with ${troubles.join(' and ')}; to re-code, name the dictionaries as they are now: ` +
    `dyad ingest --recode --db ${shellWord(db)} ${dictionaryOptions(spec)}`;
}

function sameCoding(a: Coding, b: Coding): boolean {
  return a.dyad_version === b.dyad_version && a.dictionary_set === b.dictionary_set && a.dictionary_hash === b.dictionary_hash;
}

function sum(codings: StoredCoding[]): number {
  return codings.reduce((n, c) => n + c.stories, 0);
}

/** The command-line options that name a spec (`--actors` last, so its list needs no `--`); '' for the built-in set. */
export function dictionaryOptions(spec: CodingSpec): string {
  const words: string[] = [];
  if (!spec.builtin) words.push('--no-builtin');
  if (spec.profile !== 'dyad') words.push('--profile', spec.profile);
  for (const f of spec.files) if (f.kind !== 'actors') words.push(`--${f.kind}`, shellWord(f.path));
  const actors = spec.files.filter((f) => f.kind === 'actors').map((f) => shellWord(f.path));
  if (actors.length) words.push('--actors', ...actors);
  return words.join(' ');
}

/** A spec in words for the "re-coding with" line: the files (absolute paths) and what they lie over, and the profile. */
export function describeCoding(spec: CodingSpec): string {
  if (isBuiltinOnly(spec)) return `the built-in dictionaries, profile ${spec.profile}`;
  const files = spec.files.map((f) => `${f.kind} ${f.path}`).join(', ');
  return `${files || 'no dictionary files'}${spec.builtin ? ' over the built-in set' : ' alone (--no-builtin)'}, profile ${spec.profile}`;
}

/** A path as one shell word: as it is when plain, else in single quotes. */
function shellWord(s: string): string {
  return /^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
