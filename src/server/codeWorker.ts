import type { MessagePort } from 'node:worker_threads';
import { builtinDictionaries } from '../dictionaries/builtin.js';
import type { EventRecord, Story } from '../model/types.js';
import { codeStory } from '../pipeline.js';

/** A story to code for POST /api/code (plain data: crosses the worker-thread boundary). */
export interface ApiCodeTask {
  story: Story;
  negated: boolean;
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

// Loaded when the thread starts (dictionaries, the language model, a first story through every
// stage), so that a story's time limit covers coding it, not loading.
codeStory({ id: 'warm-up', date: '2019-01-01', text: 'Iran met Russia on Monday.' }, builtinDictionaries());

/**
 * Codes one story with the built-in dictionaries (compiled once per thread).
 * Runs on a piscina worker under `dyad serve`, or inline where no compiled
 * worker exists (tests run from sources).
 */
export default function codeApiStory(task: ApiCodeTask): ApiCodeResult {
  task.started?.postMessage('started');
  task.started?.close();
  const coded = codeStory(task.story, builtinDictionaries(), { includeNegated: task.negated });
  return { story_id: coded.story_id, sentences: coded.sentences, events: coded.events, skipped: coded.skipped };
}
