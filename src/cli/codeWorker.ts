import { minhash } from '../analysis/minhash.js';
import type { EventRecord, Story } from '../model/types.js';
import { codeStory } from '../pipeline.js';
import type { CodingSpec } from '../store/provenance.js';
import { loadCoding } from './codingDictionaries.js';

/** A story to code and the coding to code it with (plain data: crosses the worker-thread boundary). */
export interface CodeTask {
  story: Story;
  /** The dictionary files, built-in flag and profile; the thread compiles each spec once (loadCoding). */
  coding: CodingSpec;
}

/** The coded story: events, sentence count and MinHash signature, or the reason coding failed. */
export type CodeResult = { events: EventRecord[]; sentences: number; signature: Uint32Array } | { error: string };

/**
 * Codes one story with the task's dictionaries and profile (compiled once
 * per thread and spec) and computes its MinHash signature. Runs in a
 * piscina worker during `dyad ingest`, or inline when no worker file is
 * built. Never throws: a story the coder cannot handle, or a dictionary that
 * cannot be read (gone since the main thread read it), comes back as `{error}`.
 */
export default function codeTask(task: CodeTask): CodeResult {
  try {
    const coded = codeStory(task.story, loadCoding(task.coding).dict, { profile: task.coding.profile });
    return { events: coded.events, sentences: coded.sentences, signature: minhash(task.story.text) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}
