import type { FastifyPluginAsync } from 'fastify';
import { builtinDictionaries } from '../../dictionaries/builtin.js';
import type { Story } from '../../model/types.js';
import { codeStory } from '../../pipeline.js';
import { CodeBody, parse } from '../params.js';

/**
 * POST /api/code: codes one story with the built-in dictionaries and returns
 * `{story_id, sentences, events, skipped}`: `events` are records of the
 * contract (DESIGN.md), `skipped` the sentences not coded with the reason.
 * Stateless: nothing is stored. The story's text is at most 100,000
 * characters (the body at most 1 MiB).
 */
export const codeRoutes: FastifyPluginAsync = async (app) => {
  builtinDictionaries(); // compile once at start, not on the first request
  app.post('/api/code', async (req) => {
    const body = parse(CodeBody, req.body, 'body');
    const story: Story = { id: body.id ?? 'api', date: body.date, text: body.text };
    for (const k of ['source', 'title', 'url'] as const) if (body[k]) story[k] = body[k];
    const coded = codeStory(story, builtinDictionaries(), { includeNegated: body.negated ?? false });
    return { story_id: coded.story_id, sentences: coded.sentences, events: coded.events, skipped: coded.skipped };
  });
};
