import { readStories } from '../ingest/readStories.js';
import { dateProblem } from '../ingest/storyDate.js';
import { codeStory } from '../pipeline.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { dictionariesFromOptions, noInput, profileFromOptions, type DictionaryOptions } from './userDictionaries.js';

/**
 * `dyad actors FILE --date D`: every actor mention of every story, one a line:
 * story, sentence, the words, the code, and the rule or entry that decided
 * it — dictionary line, title, "of" phrase, coreference (with what it refers
 * to), abbreviation learnt in the text, country from context. Returns the exit code.
 */
export async function actorsCommand(paths: string[], opts: { date?: string } & DictionaryOptions, io: Io): Promise<number> {
  if (opts.date !== undefined && dateProblem(opts.date)) throw new UserError(`--date: ${dateProblem(opts.date)}`);
  if (paths.length === 0) throw noInput('give a .txt, .jsonl or PETRARCH .xml file, or - for stdin', opts);
  const dict = dictionariesFromOptions(opts, io);
  const profile = profileFromOptions(opts);
  let failed = 0;
  for (const path of paths) {
    for await (const item of readStories(path, { date: opts.date }, io.stdin)) {
      if ('error' in item) {
        failed++;
        io.err(`dyad: ${item.error}\n`);
        continue;
      }
      const coded = codeStory(item.story, dict, { trace: () => {}, profile });
      for (const s of coded.document!.units) {
        const index = s.index;
        for (const p of s.participants) {
          const list = p.actors.length ? p.actors : p.possessor;
          for (const a of list) {
            const refers = a.corefers ? `  → "${a.corefers.text}" [${a.corefers.span[0]},${a.corefers.span[1]}]` : '';
            const how = a.entry && a.rule === 'dictionary' ? `${a.entry.dictionary}:${a.entry.line} "${a.entry.text}"` : a.rule;
            io.out(`${item.story.id}\t${index}\t[${a.span[0]},${a.span[1]}]\t${a.code.padEnd(9)}\t${a.text}\t${how}${refers}\n`);
          }
        }
      }
    }
  }
  return failed ? 1 : 0;
}
