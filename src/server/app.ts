import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../store/openStore.js';
import { QueryError } from '../store/queries.js';
import { ApiError, errorBody } from './apiError.js';
import { openApiDocument } from './openapi.js';
import { codeRoutes, type CodeRouteOptions } from './routes/codeRoutes.js';
import { eventRoutes } from './routes/eventRoutes.js';
import { analysisRoutes } from './routes/analysisRoutes.js';

/** Limits of one request. */
export interface ServerLimits {
  /** Largest request body in bytes (default 1 MiB; a story of 100,000 characters fits). */
  bodyBytes?: number;
  /** Time to receive a whole request, in ms (default 30,000). */
  requestMs?: number;
  /** Idle time of a connection, in ms (default 60,000). */
  connectionMs?: number;
}

/** Options of `buildServer`. */
export interface ServerOptions {
  /** The store, opened read-only by the caller (`openStore(path, {readonly: true})`). */
  db: Db;
  /** The store's file name, shown by /api/health. */
  dbPath?: string;
  /** Folder of the built dashboard (index.html and assets/); null or missing = API only. */
  webDir?: string | null;
  limits?: ServerLimits;
  /** Coding threads of POST /api/code and the time limit of one story (see codeRoutes). */
  code?: CodeRouteOptions;
  /** Log each request as JSON lines on stdout (default false). */
  logger?: boolean;
}

/** The built dashboard beside the compiled server: dist/web (made by `npm run build`). */
export const DEFAULT_WEB_DIR = new URL('../web/', import.meta.url).pathname;

/**
 * The HTTP app: the JSON API under /api/ (documented at /api/openapi.json)
 * and the dashboard at /. Queries run on `db` through the store's query
 * layer (bound parameters only); nothing writes to it. Not yet listening:
 * call `listen` (or `inject` in tests).
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits = options.limits ?? {};
  const bodyLimit = limits.bodyBytes ?? 1 << 20;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    requestTimeout: limits.requestMs ?? 30_000,
    connectionTimeout: limits.connectionMs ?? 60_000,
    return503OnClosing: true,
    pluginTimeout: 120_000, // the coding threads load their dictionaries before the server listens (seconds on a busy machine)
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err instanceof ApiError) return reply.code(err.statusCode).send(errorBody(err.statusCode, err.message));
    if (err instanceof QueryError) return reply.code(400).send(errorBody(400, err.message.replace(/^--/, '')));
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody(status, clientMessage(err, bodyLimit)));
    app.log.error(err);
    return reply.code(500).send(errorBody(500, `internal error: ${err.message.split('\n')[0]}`));
  });
  app.removeContentTypeParser('text/plain'); // bodies are JSON only: anything else is a 415
  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody(404, `no such route: ${req.method} ${req.url.split('?')[0]}`)));

  const api = { db: options.db, dbPath: options.dbPath ?? null };
  app.get('/api/openapi.json', async () => openApiDocument());
  await app.register(codeRoutes, options.code ?? {});
  await app.register(eventRoutes, api);
  await app.register(analysisRoutes, api);

  const webDir = options.webDir === undefined ? DEFAULT_WEB_DIR : options.webDir;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: 'index.html', wildcard: false, maxAge: 0 });
  }
  return app;
}

/** The one-line message of a fastify client error (bad JSON, wrong content type, body too large). */
function clientMessage(err: Error & { code?: string }, bodyLimit: number): string {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return `request body too large (limit ${bodyLimit} bytes)`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return 'expected a JSON body (Content-Type: application/json)';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return 'empty JSON body';
    default: return err.message.split('\n')[0]!.replace(/^Body is not valid JSON but content-type is set to 'application\/json'$/, 'body is not valid JSON');
  }
}
