import type { MessagePort } from 'node:worker_threads';
import { loadCoding } from '../cli/codingDictionaries.js';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import type { EventRecord, Story } from '../model/types.js';
import { codeStory } from '../pipeline.js';
import { codingSpecKey, type CodingSpec } from '../store/provenance.js';

/** A story to code for POST /api/code (plain data: crosses the worker-thread boundary). */
export interface ApiCodeTask {
  story: Story;
  negated: boolean;
  /** The server's dictionary files, built-in flag and profile (`dyad serve --actors … --profile …`); compiled once per thread. */
  coding: CodingSpec;
  /** Told "started" when a thread takes the task up: the time limit runs from then, not while it waits or loads. */
  started?: MessagePort;
}

/** What POST /api/code answers: the events (record contract) and the sentences not coded, with the reason. */
export interface ApiCodeResult {
  story_id: string;
  sentences: number;
  events: EventRecord[];
  skipped: { sentence: number; reason: string; detail: string }[];
}

/** Memo cache: spec key → dictionaries compiled and run once through every stage. */
const ready = new Map<string, Dictionaries>();

/**
 * The dictionaries of `coding`, compiled (loadCoding) and warmed: the first
 * time a thread meets a spec, a small story goes through every stage (the
 * language model, gazetteer and tries load), so that a story's time limit
 * covers coding it, not loading.
 */
function readyDictionaries(coding: CodingSpec): Dictionaries {
  const key = codingSpecKey(coding);
  let dict = ready.get(key);
  if (!dict) {
    dict = loadCoding(coding).dict;
    codeStory({ id: 'warm-up', date: '2019-01-01', text: 'Iran met Russia on Monday.' }, dict, { profile: coding.profile });
    ready.set(key, dict);
  }
  return dict;
}

/**
 * Codes one story with the task's dictionaries and profile (compiled once
 * per thread and spec). Runs on a piscina worker under `dyad serve`, or
 * inline where no compiled worker exists (tests run from sources). Throws
 * (a 500) only when a dictionary file cannot be read: the server read them
 * all before listening.
 */
export default function codeApiStory(task: ApiCodeTask): ApiCodeResult {
  const dict = readyDictionaries(task.coding);
  task.started?.postMessage('started');
  task.started?.close();
  const coded = codeStory(task.story, dict, { includeNegated: task.negated, profile: task.coding.profile });
  return { story_id: coded.story_id, sentences: coded.sentences, events: coded.events, skipped: coded.skipped };
}
