/**
 * Codes gold sentences as `bash ../shared/eval/run-dev.sh` has them coded:
 * each sentence one story, its id the sentence's (`s00000`), dated
 * 2000-01-01, its text in Unicode NFC as `dyad code` reads a JSONL story.
 */
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import type { EventRecord, Story } from '../model/types.js';
import { codeStory, type CodeOptions } from '../pipeline.js';
import type { GoldSentence } from './gold.js';

/** The story date of every gold sentence (score.py's `make`). */
export const GOLD_STORY_DATE = '2000-01-01';

/** The events of each sentence, in sentence order, and one line per sentence the coder failed on (scored with no events). */
export interface CodedSentences {
  events: EventRecord[][];
  failures: string[];
}

/** The story `dyad code` would read for a gold sentence from score.py's stories file. */
export function goldStory(s: GoldSentence): Story {
  return { id: s.id, date: GOLD_STORY_DATE, text: s.text.normalize('NFC') };
}

/**
 * Codes every sentence with `dict` and `options` (profile, negated …);
 * `progress(done)` is called after each. A sentence whose coding throws gets
 * no events and a failure line naming its first record's `file:line`.
 */
export function codeSentences(sentences: readonly GoldSentence[], dict: Dictionaries, options: CodeOptions = {}, progress?: (done: number) => void): CodedSentences {
  const events: EventRecord[][] = [];
  const failures: string[] = [];
  for (const s of sentences) {
    try {
      events.push(codeStory(goldStory(s), dict, options).events);
    } catch (err) {
      events.push([]);
      failures.push(`${s.gold[0]!.where}: sentence ${s.id} could not be coded (${(err as Error).message}); scored with no events`);
    }
    progress?.(events.length);
  }
  return { events, failures };
}
