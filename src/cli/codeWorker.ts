import { minhash } from '../analysis/minhash.js';
import { builtinDictionaries } from '../dictionaries/builtin.js';
import type { EventRecord, Story } from '../model/types.js';
import { codeStory } from '../pipeline.js';

/** A story to code (plain data: crosses the worker-thread boundary). */
export interface CodeTask {
  story: Story;
}

/** The coded story: events, sentence count and MinHash signature, or the reason coding failed. */
export type CodeResult = { events: EventRecord[]; sentences: number; signature: Uint32Array } | { error: string };

/**
 * Codes one story with the built-in dictionaries (loaded once per thread) and
 * computes its MinHash signature. Runs in a piscina worker during `dyad
 * ingest`, or inline when no worker file is built. Never throws: a story the
 * coder cannot handle comes back as `{error}`.
 */
export default function codeTask(task: CodeTask): CodeResult {
  try {
    const coded = codeStory(task.story, builtinDictionaries());
    return { events: coded.events, sentences: coded.sentences, signature: minhash(task.story.text) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
