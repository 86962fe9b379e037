import type { Story } from '../model/types.js';

/**
 * One item read from a corpus: a story with where it came from
 * (`origin`, "file:line" or "file"), or a bad record (`error`,
 * "file:line: problem"). Readers never throw for bad input.
 */
export type CorpusItem = { story: Story; origin: string; warning?: string } | { error: string };
