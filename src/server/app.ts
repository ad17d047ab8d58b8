/**
 * The HTTP API (JSON, documented at /openapi.json and /docs) and the web UI, over one store.
 * Binds 127.0.0.1 by default; no CORS headers (same-origin only); POST /api/ingest only with a
 * token from ORBIT_API_TOKEN; every query parameter validated by schema; SQL parameterised.
 */
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { timingSafeEqual } from 'node:crypto';
import { buildBriefing } from '../analyze/brief.js';
import { ENTITY_FACET_SAMPLE, searchFacets, searchPage } from '../store/search-queries.js';
import { OrbitError, type ErrorCode } from '../errors.js';
import { toGexf, toGraphml } from '../export/graph-formats.js';
import { exportChunks } from '../export/stream.js';
import { parseBytes, type IngestOutcome } from '../ingest/index.js';
import { ingestOutcomes } from '../pipeline.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { briefingSlice } from '../store/brief-queries.js';
import {
  entityGraph,
  entityMentions,
  findEntity,
  listAlignment,
  listEntities,
  listEvents,
  listQuotes,
  listRelations,
} from '../store/fact-queries.js';
import type { Store } from '../store/store.js';
import { GateBusy, GateCancelled, RequestGate } from './gate.js';
import { RetryHold } from './retry-hold.js';
import { cancellableDb, runInRequestScope } from './request-scope.js';
import { QueryCancelled } from '../store/db.js';
import { apiError, errorSchema, eventSchema, listQuery, MAX_PAGE, params, schemas } from './schemas.js';
import { nearest, unknownParameterMessage } from './params.js';
import { documentRoute } from './openapi-docs.js';
import { filterProfiles, sourceProfiles } from '../analyze/sources.js';

export type AppOptions = {
  store: Store;
  /** enables POST /api/ingest when set */
  token?: string | null;
  /** directory of the built web UI (web/dist); the UI is not served when absent */
  webRoot?: string | null;
  /** largest request body accepted (bytes) */
  bodyLimit?: number;
  logger?: boolean;
  /**
   * API requests served at once (the rest wait in arrival order, see gate.ts). Default:
   * ORBIT_API_CONCURRENCY, else 2 on the embedded store (one query at a time; the second
   * request's JSON is built meanwhile) and 8 on PostgreSQL (within the default pool of 10).
   */
  concurrency?: number;
  /**
   * Time budget of one API request in ms (ORBIT_REQUEST_TIMEOUT_MS, default 20 s; export and
   * briefing 120 s, ingest 10 min): past it the answer is 503 ORBIT_E_TIMEOUT and the request's
   * store work is cancelled. A request that would wait longer than ORBIT_API_MAX_WAIT_MS (5 s, at
   * most half the budget) for its turn is refused at once with 503 ORBIT_E_BUSY and a Retry-After.
   */
  requestTimeoutMs?: number;
};

/** Routes whose work grows with the corpus (ranking, whole-corpus reads): served in their own lane. */
type RouteCost = { heavy?: boolean };
declare module 'fastify' {
  interface FastifyContextConfig {
    /** served in the heavy lane of the admission gate */
    heavy?: boolean;
  }
}
const HEAVY: { config: RouteCost } = { config: { heavy: true } };

type Q = Record<string, string | number | undefined>;

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  ORBIT_E_UNKNOWN_ID: 404,
  ORBIT_E_USAGE: 400,
  ORBIT_E_MALFORMED: 400,
  ORBIT_E_TOO_LARGE: 413,
  ORBIT_E_STORE: 503,
  ORBIT_E_TIMEOUT: 503,
  ORBIT_E_BUSY: 503,
};

/** Security headers on every response, including the ones written outside Fastify's reply. */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a 100 KB query string overflows
 * the 16 KB header limit: 431; a broken request line: 400) get the same JSON error body and
 * security headers as every other error.
 */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:net').Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'ORBIT_E_TOO_LARGE',
          'request line or headers too large (16 KB at most)',
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'ORBIT_E_TIMEOUT', 'request not received in time']
        : [400, 'Bad Request', 'ORBIT_E_USAGE', 'malformed HTTP request'];
  const body = JSON.stringify(apiError(code, message));
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n${body}`,
  );
}

/** A NUL character in a query parameter or path id: PostgreSQL text cannot hold it, so it is refused as bad input. */
const hasNul = (v: unknown): boolean =>
  typeof v === 'string'
    ? v.includes('\u0000')
    : Array.isArray(v)
      ? v.some(hasNul)
      : !!v && typeof v === 'object' && Object.values(v).some(hasNul);

function isRealDate(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number);
  if (d === undefined) return m >= 1 && m <= 12;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * An entity page carries a sample of each event's and alignment cell's evidence, with the count:
 * a country's merged events and monthly scores can cite thousands of sentences (a 0.9 MB page for
 * one Reuters country). The full lists are at /api/events and /api/alignment.
 */
const EVIDENCE_ON_PAGE = 5;
/** A document page carries at most this many characters of text, and this many mentions. */
const DEFAULT_TEXT_WINDOW = 200_000;
const MAX_TEXT_WINDOW = 200_000;
const MENTIONS_ON_PAGE = 5000;
const REASONS_ON_PAGE = 50;
function withEvidenceSample<T extends { evidence?: unknown }>(x: T): T & { evidenceCount: number } {
  const ev = Array.isArray(x.evidence) ? x.evidence : [];
  return { ...x, evidence: ev.slice(0, EVIDENCE_ON_PAGE), evidenceCount: ev.length };
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  // Every read the routes make carries its request's cancellation (see request-scope.ts).
  const store = opts.store.within(cancellableDb(opts.store.db));
  const budgetMs = opts.requestTimeoutMs ?? (Number(process.env.ORBIT_REQUEST_TIMEOUT_MS) || 20_000);
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 10 * 1024 * 1024,
    connectionTimeout: 30_000,
    requestTimeout: 60_000,
    handlerTimeout: budgetMs,
    clientErrorHandler,
    // Errors of the router itself (a malformed %-escape, a path id over the length limit).
    frameworkErrors: (err, _req, reply) => {
      // these replies are sent before the route's hooks exist: the headers are set here
      const r = (reply as unknown as FastifyReply).headers(SECURITY_HEADERS);
      if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
        return r.status(414).send(apiError('ORBIT_E_TOO_LARGE', 'path parameter too long'));
      return r
        .status(400)
        .send(
          apiError(
            'ORBIT_E_USAGE',
            err.code === 'FST_ERR_BAD_URL' ? 'malformed URL (bad %-escape)' : err.message,
          ),
        );
    },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Orbit API',
        version: '0.1.0',
        description:
          'Evidence-linked knowledge base from geopolitical news. Every fact carries spans into the cleaned text of its document.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    // every response field described, with examples (documentation only: serialisation is unchanged)
    transform: documentRoute,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.setErrorHandler(
    (
      err: Error & {
        validation?: { keyword?: string; params?: Record<string, unknown> }[];
        validationContext?: string;
        statusCode?: number;
        code?: string;
      },
      req,
      reply,
    ) => {
      if (err instanceof GateBusy) {
        return reply
          .status(503)
          .header('Retry-After', String(err.retryAfterSeconds))
          .send(
            apiError(
              'ORBIT_E_BUSY',
              `${err.message}; requests ahead would not be served within the time budget`,
            ),
          );
      }
      if (
        err.code === 'FST_ERR_HANDLER_TIMEOUT' ||
        err instanceof GateCancelled ||
        err instanceof QueryCancelled
      ) {
        // The budget ran out (or the client left, and nobody reads this): the store work was cancelled.
        return reply
          .status(503)
          .header('Retry-After', String(Math.max(1, Math.ceil(budgetMs / 4000))))
          .send(apiError('ORBIT_E_TIMEOUT', `the request took longer than its ${budgetMs / 1000} s budget`));
      }
      if (err instanceof OrbitError) {
        if (err.code === 'ORBIT_E_TIMEOUT' || err.code === 'ORBIT_E_BUSY') reply.header('Retry-After', '5');
        return reply.status(HTTP_STATUS[err.code] ?? 400).send(apiError(err.code, err.message));
      }
      if (err.validation) {
        // An unknown or misspelled parameter: name it, with what the endpoint accepts.
        const extra = err.validation.find((v) => v.keyword === 'additionalProperties')?.params
          ?.additionalProperty;
        if (typeof extra === 'string' && err.validationContext === 'querystring') {
          const schema = req.routeOptions.schema?.querystring as
            { properties?: Record<string, unknown> } | undefined;
          return reply
            .status(400)
            .send(
              apiError(
                'ORBIT_E_USAGE',
                unknownParameterMessage(extra, Object.keys(schema?.properties ?? {})),
              ),
            );
        }
        return reply.status(400).send(apiError('ORBIT_E_USAGE', err.message));
      }
      if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply.status(413).send(apiError('ORBIT_E_TOO_LARGE', 'request body too large'));
      if (err.statusCode && err.statusCode < 500)
        return reply.status(err.statusCode).send(apiError('ORBIT_E_USAGE', err.message));
      app.log.error(err);
      return reply.status(500).send(apiError('ORBIT_E_INTERNAL', 'internal error'));
    },
  );

  // Security headers on every response; the UI needs no third-party origin.
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (!String(reply.getHeader('content-type') ?? '').includes('json') && !_req.url.startsWith('/docs')) {
      reply.header(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'",
      );
    }
    return payload;
  });

  // Admission in arrival order for API reads; an upload (POST /api/ingest) is not held behind them.
  // Two lanes: heavy routes (ranking, whole-corpus reads) get the concurrency, cheap pages a lane
  // of their own (a quarter of it, at least two), so a queue of heavy requests cannot keep a cheap
  // page waiting behind it; each lane refuses work it could not start in time. At least two: a
  // cheap page's slot time includes waiting for the store behind the heavy lane's statements, and
  // with one slot a burst of cheap pages (the entity lists of bench/load.mjs, 80 waiting) was
  // refused while the heavy lane stood empty.
  const concurrency =
    opts.concurrency ?? (Number(process.env.ORBIT_API_CONCURRENCY) || (store.db.kind === 'pglite' ? 2 : 8));
  // A request that would wait longer than this for its turn is refused at once (503, Retry-After):
  // clients and proxies give up after a few seconds, and work queued for them is wasted.
  const maxWaitMs = Math.min(budgetMs / 2, Number(process.env.ORBIT_API_MAX_WAIT_MS) || 5000);
  const heavyGate = new RequestGate(concurrency, maxWaitMs);
  const lightGate = new RequestGate(Math.max(2, Math.floor(concurrency / 4)), maxWaitMs);
  const slots = new WeakMap<FastifyRequest, () => void>();
  const started = new WeakSet<FastifyRequest>();
  const release = (req: FastifyRequest) => {
    slots.get(req)?.();
    slots.delete(req);
  };
  // A connection that asks again before the Retry-After of its refusal is held until then (see
  // retry-hold.ts): a client retrying at once cannot turn refusals into a flood. At most the wait
  // budget (and at least the 1 s a Retry-After says at least), so hold and wait stay within the
  // request's time budget.
  const retryHold = new RetryHold(Math.max(1000, maxWaitMs));
  app.addHook('onRequest', (req, _reply, done) => {
    // /api/health reads no store: it answers (lanes, work in flight) even when both lanes are full
    if (!req.url.startsWith('/api/') || req.method === 'POST' || req.routeOptions.url === '/api/health')
      return done();
    const signal = req.signal;
    const gate = (req.routeOptions.config as RouteCost | undefined)?.heavy ? heavyGate : lightGate;
    const admit = () =>
      gate.enter(signal).then(
        (free) => {
          slots.set(req, free);
          // a client that leaves before its handler starts: nothing will run for it, free the slot
          req.raw.once('close', () => {
            if (!started.has(req)) release(req);
          });
          // The rest of this request (handler included) runs in its cancellation scope.
          runInRequestScope(signal, () => done());
        },
        (e: Error) => {
          if (e instanceof GateBusy) retryHold.refused(req.raw.socket, e.retryAfterSeconds);
          done(e);
        },
      );
    const hold = retryHold.holdMs(req.raw.socket);
    if (hold === 0) return void admit();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', left);
      void admit();
    }, hold);
    const left = () => {
      clearTimeout(timer);
      done(new GateCancelled());
    };
    signal.addEventListener('abort', left, { once: true });
  });
  const apiPaths: string[] = [];
  /** 404 for an unknown path, with the nearest API path when it looks like a typo. */
  const noRoute = (req: FastifyRequest) => {
    const path = req.url.split('?')[0];
    const near = path.startsWith('/api/')
      ? nearest(
          path,
          apiPaths.filter((p) => !p.includes(':')),
        )
      : null;
    return apiError(
      'ORBIT_E_UNKNOWN_ID',
      `no route ${req.method} ${path}${near ? ` (did you mean ${near}?)` : ''}`,
    );
  };
  // Every API route validates its query string: one without parameters still refuses unknown
  // ones (named in the error), rather than ignoring a misspelled filter.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (!apiPaths.includes(route.url)) apiPaths.push(route.url);
    const schema = (route.schema ??= {}) as { querystring?: unknown };
    schema.querystring ??= { type: 'object', additionalProperties: false, properties: {} };
  });
  // The slot is held until the handler has finished, not merely until the client hung up: the
  // count is of work really running. Requests that never reach a handler free it when answered.
  app.addHook('onRoute', (route) => {
    const handler = route.handler as (
      this: FastifyInstance,
      req: FastifyRequest,
      reply: FastifyReply,
    ) => unknown;
    route.handler = async function (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
      started.add(req);
      try {
        return await handler.call(this, req, reply);
      } finally {
        release(req);
      }
    };
  });
  app.addHook('onResponse', async (req) => {
    // after a timeout the 503 is sent while the handler may still run: its finally frees the slot
    if (!req.signal.aborted) release(req);
  });

  // A NUL in a parameter would fail deep in the store as a 500; it is bad input.
  app.addHook('preValidation', async (req) => {
    if (hasNul(req.query) || hasNul(req.params))
      throw new OrbitError('ORBIT_E_USAGE', 'NUL characters are not allowed in parameters');
  });

  // Calendar check the schema's pattern cannot do: "2022-02-31" is refused, not silently rolled over.
  app.addHook('preHandler', async (req) => {
    const q = (req.query ?? {}) as Q;
    for (const k of ['from', 'to']) {
      const v = q[k];
      if (typeof v === 'string' && !isRealDate(v))
        throw new OrbitError('ORBIT_E_USAGE', `querystring/${k} is not a calendar date: ${v}`);
    }
  });

  const page = (q: Q) => ({ limit: Number(q.limit ?? 50), offset: Number(q.offset ?? 0) });
  const storyIdParam = {
    ...schemas.idParam,
    properties: {
      id: {
        type: 'string',
        minLength: 1,
        maxLength: 300,
        description: 'story id (from /api/stories)',
        examples: ['story_924cae85a0a8'],
      },
    },
  };
  const docIdParam = {
    ...schemas.idParam,
    properties: {
      id: {
        type: 'string',
        minLength: 1,
        maxLength: 300,
        description: 'document id, or a unique prefix of at least 6 characters',
        examples: ['e8eb73053d3a'],
      },
    },
  };
  const notFound = (what: string, id: string) =>
    new OrbitError('ORBIT_E_UNKNOWN_ID', `no ${what} with id ${id}`);
  const entityName = async (ids: (string | null | undefined)[]) => {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map<string, { name: string; type: string }>();
    const rows = await store.db.query('select id, name, type from entities where id = any($1::text[])', [
      wanted,
    ]);
    return new Map(rows.map((r) => [String(r.id), { name: String(r.name), type: String(r.type) }]));
  };
  /** Quotes and events carry entity ids; the UI and API users also want the names. */
  const withQuoteNames = async <T extends { speaker: string | null; reportedBy: string[] }>(qs: T[]) => {
    const n = await entityName(qs.flatMap((q) => [q.speaker, ...q.reportedBy]));
    return qs.map((q) => ({
      ...q,
      speakerName: q.speaker ? (n.get(q.speaker)?.name ?? null) : null,
      reportedByNames: q.reportedBy.map((r) => n.get(r)?.name ?? r),
    }));
  };
  const withEventNames = async <
    T extends {
      actors: string[];
      targets: string[];
      location?: string | null;
      evidence: { document: string }[];
    },
  >(
    es: T[],
  ) => {
    const n = await entityName(es.flatMap((e) => [...e.actors, ...e.targets, e.location]));
    const docIds = [...new Set(es.flatMap((e) => e.evidence.map((s) => s.document)))];
    const docs = docIds.length
      ? await store.db.query(
          'select id, title, outlet, published from documents where id = any($1::text[])',
          [docIds],
        )
      : [];
    const byId = new Map(
      docs.map((d) => [
        String(d.id),
        {
          id: String(d.id),
          title: (d.title as string) ?? null,
          outlet: (d.outlet as string) ?? null,
          published: (d.published as string) ?? null,
        },
      ]),
    );
    return es.map((e) => ({
      ...e,
      // every event says whether it happened (stores written before modes existed say nothing)
      mode: (e as { mode?: string }).mode ?? 'asserted',
      actorNames: e.actors.map((a) => n.get(a)?.name ?? a),
      targetNames: e.targets.map((t) => n.get(t)?.name ?? t),
      locationName: e.location ? (n.get(e.location)?.name ?? e.location) : null,
      documents: [...new Set(e.evidence.map((s) => s.document))].map(
        (d) => byId.get(d) ?? { id: d, title: null, outlet: null, published: null },
      ),
    }));
  };
  const withLinkTitles = async (links: { from: string; to: string; type: string; score: number }[]) => {
    const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
    const rows = ids.length
      ? await store.db.query('select id, title, outlet from documents where id = any($1::text[])', [ids])
      : [];
    const t = new Map(rows.map((r) => [String(r.id), r]));
    return links.map((l) => ({
      ...l,
      fromTitle: (t.get(l.from)?.title as string) ?? null,
      toTitle: (t.get(l.to)?.title as string) ?? null,
      fromOutlet: (t.get(l.from)?.outlet as string) ?? null,
      toOutlet: (t.get(l.to)?.outlet as string) ?? null,
    }));
  };
  const resolveEntityParam = async (v: string | undefined) => {
    if (!v) return undefined;
    const e = await findEntity(store, v);
    if (!e) throw new OrbitError('ORBIT_E_UNKNOWN_ID', `no entity matches ${v}`);
    return e.id;
  };

  const laneSchema = {
    type: 'object',
    properties: {
      active: { type: 'integer' },
      waiting: { type: 'integer' },
      served: { type: 'integer' },
      refused: { type: 'integer' },
      abandoned: { type: 'integer' },
      serviceMs: { type: 'integer' },
    },
  };
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness and the work in progress',
        response: {
          200: {
            type: 'object',
            properties: {
              ok: { type: 'boolean' },
              store: { type: 'string' },
              requests: {
                type: 'object',
                description:
                  'API reads being served and waiting for admission, over both lanes (not this one: health is not admitted through a lane, so it answers when both are full); "queries" are store statements sent and not yet answered',
                properties: {
                  active: { type: 'integer' },
                  waiting: { type: 'integer' },
                  queries: { type: 'integer' },
                  light: laneSchema,
                  heavy: laneSchema,
                },
              },
            },
          },
        },
      },
    },
    async () => {
      const light = lightGate.stats;
      const heavy = heavyGate.stats;
      return {
        ok: true,
        store: store.db.kind,
        requests: {
          active: light.active + heavy.active,
          waiting: light.waiting + heavy.waiting,
          queries: store.db.inFlight?.() ?? 0,
          light,
          heavy,
        },
      };
    },
  );

  app.get('/api/stats', { schema: { tags: ['meta'], summary: 'Corpus counts' } }, async () => store.stats());

  const facetValue = {
    type: 'object',
    properties: {
      value: {
        type: 'string',
        description: 'the value to filter by (pass it as the parameter of the same name)',
      },
      count: { type: 'integer', description: 'matching documents with this value' },
    },
  };
  const searchResponse = {
    200: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
            properties: {
              id: { type: 'string' },
              title: { type: ['string', 'null'] },
              published: { type: ['string', 'null'] },
              outlet: { type: ['string', 'null'] },
              language: { type: 'string' },
              rank: { type: 'number' },
              snippet: {
                type: 'string',
                description: 'text around the hits; each hit between \\u0002 and \\u0003',
              },
            },
          },
        },
        total: { type: 'integer', description: 'documents matching the query and filters' },
        limit: { type: 'integer' },
        offset: { type: 'integer' },
      },
    },
    400: errorSchema,
  };
  // What to find and the filters: one definition for the page of hits and for its facets.
  const searchParams = {
    q: {
      type: 'string',
      minLength: 1,
      maxLength: 500,
      description:
        'what to find: words (all of them), "quoted phrases", -excluded words, OR between alternatives',
      examples: ['"foreign ministers" Kazakhstan'],
    },
    outlet: {
      type: 'string',
      maxLength: 200,
      description: 'only documents of this outlet (exact name, as in facets.outlet)',
      examples: ['Steppe Wire'],
    },
    language: {
      type: 'string',
      pattern: '^[a-z]{2,3}$',
      description: 'only documents in this language (ISO 639-1 code, as in facets.language)',
      examples: ['en'],
    },
    from: params.from('documents published'),
    to: params.to('documents published'),
    entity: {
      type: 'string',
      maxLength: 200,
      description: 'only documents mentioning this entity: an id or a name (as in facets.entity)',
      examples: ['country:KZ'],
    },
  };
  const searchFilters = async (q: Q) => ({
    outlet: q.outlet as string,
    language: q.language as string,
    from: q.from as string,
    to: q.to as string,
    entity: await resolveEntityParam(q.entity as string),
  });
  app.get(
    '/api/search',
    {
      ...HEAVY,
      schema: {
        tags: ['documents'],
        summary:
          'Full-text search, ranked, with highlighted snippets (\\u0002…\\u0003) and the number of matches; the facets that narrow it are GET /api/search/facets',
        querystring: listQuery(searchParams, ['q']),
        response: searchResponse,
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page(req.query);
      const found = await searchPage(store, String(req.query.q), await searchFilters(req.query), {
        limit,
        offset,
      });
      return { ...found, limit, offset };
    },
  );

  // Facets are a request of their own, as in the news-search tools an analyst knows (Event
  // Registry's concept, source and time aggregates are result types asked for apart from the
  // article list, the concept one over a sample of the matches): they cost about as much again as
  // a page of hits, the list is shown without waiting for them, and paging does not recompute them.
  app.get(
    '/api/search/facets',
    {
      ...HEAVY,
      schema: {
        tags: ['documents'],
        summary:
          'Facets of a full-text search (outlet, language, month, entity), each value with the number of matches it leaves; the same q and filters as /api/search',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: searchParams,
          required: ['q'],
        },
        response: {
          200: {
            type: 'object',
            properties: {
              total: { type: 'integer', description: 'documents matching the query and filters' },
              facets: {
                type: 'object',
                description:
                  'counts over every matching document (filters applied), most frequent first; months in calendar order',
                properties: {
                  outlet: { type: 'array', items: facetValue },
                  language: { type: 'array', items: facetValue },
                  month: { type: 'array', items: facetValue, description: 'publication months, YYYY-MM' },
                  entity: {
                    type: 'array',
                    items: {
                      ...facetValue,
                      properties: {
                        ...facetValue.properties,
                        value: { type: 'string', description: 'entity id' },
                        name: { type: 'string' },
                        type: { type: 'string' },
                      },
                    },
                    description:
                      'entities mentioned in the matches (the first entityDocuments of them in store order)',
                  },
                  entityDocuments: {
                    type: 'integer',
                    description: `matches the entity facet counted over (at most ${ENTITY_FACET_SAMPLE})`,
                  },
                },
              },
            },
          },
          400: errorSchema,
        },
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) =>
      searchFacets(store, String(req.query.q), await searchFilters(req.query)),
  );

  app.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Documents in ingest order',
        querystring: listQuery({
          outlet: {
            type: 'string',
            maxLength: 200,
            description: 'only documents of this outlet (exact name as listed)',
            examples: ['Steppe Wire'],
          },
          language: {
            type: 'string',
            pattern: '^[a-z]{2,3}$',
            description: 'only documents in this language (ISO 639-1 code)',
            examples: ['en'],
          },
          from: params.from('documents published'),
          to: params.to('documents published'),
          sort: {
            type: 'string',
            enum: ['ingested', '-published', 'published'],
            description:
              'ingested: ingest order (default); published: oldest first; -published: newest first (undated last)',
            examples: ['-published'],
          },
        }),
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page(req.query);
      const q = req.query;
      return {
        items: await store.listDocuments({
          limit,
          offset,
          outlet: q.outlet as string,
          language: q.language as string,
          from: q.from as string,
          to: q.to as string,
          sort: q.sort as 'ingested' | 'published' | '-published' | undefined,
        }),
        limit,
        offset,
      };
    },
  );

  // A long document (a report, a transcript) is served a window of text at a time, with the facts
  // inside that window: one 2 MB document page was 15.7 MB of JSON. Offsets stay those of the whole
  // text; an article fits the first window, so its page is as before.
  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary:
          'A document with its facts: mentions, quotes, events, time expressions, copy links. Long texts come a window at a time (textFrom, textChars); facts are those inside the window, offsets those of the whole text',
        params: docIdParam,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            textFrom: {
              type: 'integer',
              minimum: 0,
              maximum: 1_000_000_000,
              description: 'first character of the text window (default 0)',
              examples: [0],
            },
            textChars: {
              type: 'integer',
              minimum: 1,
              maximum: MAX_TEXT_WINDOW,
              description: `characters in the text window (default and most ${DEFAULT_TEXT_WINDOW})`,
              examples: [50000],
            },
          },
        },
        response: { 404: errorSchema },
      },
    },
    async (
      req: FastifyRequest<{ Params: { id: string }; Querystring: { textFrom?: number; textChars?: number } }>,
    ) => {
      const doc = await store.getDocument(req.params.id);
      if (!doc) throw notFound('document', req.params.id);
      const length = doc.text.length;
      const from = Math.min(Number(req.query.textFrom ?? 0), length);
      const to = Math.min(length, from + Number(req.query.textChars ?? DEFAULT_TEXT_WINDOW));
      const inside = (x: { start: number; end: number }) => x.start >= from && x.end <= to;
      const [counts] = await store.db.query('select count(*)::int as n from mentions where doc_id = $1', [
        doc.id,
      ]);
      const mentionRows = await store.db.query(
        'select start_pos, end_pos, text, entity_id from mentions where doc_id = $1 and start_pos >= $2 and end_pos <= $3 order by start_pos limit $4',
        [doc.id, from, to, MENTIONS_ON_PAGE],
      );
      const quotes = (await listQuotes(store, { document: doc.id, limit: 1000 })).filter(inside);
      const events = (await listEvents(store, { document: doc.id, limit: 1000 })).filter((e) =>
        e.evidence.some((s) => s.document === doc.id && inside(s)),
      );
      // times and amounts of the window only, selected in the database: a long document's
      // annotations are many megabytes of JSON
      const [ann] = await store.db.query(
        `select (select coalesce(jsonb_agg(x order by (x->>'start')::int), '[]') from jsonb_array_elements(data->'times') x where (x->>'start')::int >= $2 and (x->>'end')::int <= $3) as times,
                (select coalesce(jsonb_agg(x order by (x->>'start')::int), '[]') from jsonb_array_elements(data->'amounts') x where (x->>'start')::int >= $2 and (x->>'end')::int <= $3) as amounts
           from annotations where doc_id = $1`,
        [doc.id, from, to],
      );
      const names = await entityName([
        ...mentionRows.map((m) => m.entity_id as string),
        ...quotes.flatMap((q) => [q.speaker, ...q.reportedBy]),
      ]);
      const windowed = from > 0 || to < length;
      return {
        document: windowed
          ? { ...doc, text: doc.text.slice(from, to), paragraphs: doc.paragraphs.filter(inside) }
          : doc,
        text: { from, to, length, more: to < length },
        mentions: mentionRows.map((m) => ({
          start: Number(m.start_pos),
          end: Number(m.end_pos),
          text: String(m.text),
          entity: String(m.entity_id),
          entityName: names.get(String(m.entity_id))?.name ?? null,
          entityType: names.get(String(m.entity_id))?.type ?? null,
        })),
        mentionsTotal: Number(counts.n),
        quotes: await withQuoteNames(quotes),
        events: await withEventNames(events),
        times: (ann?.times as unknown[]) ?? [],
        amounts: (ann?.amounts as unknown[]) ?? [],
        links: await withLinkTitles(await store.links({ doc: doc.id })),
      };
    },
  );

  app.get(
    '/api/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Entities, most mentioned first; q matches names and aliases (fuzzy)',
        querystring: listQuery({
          type: schemas.entityType,
          q: {
            type: 'string',
            maxLength: 200,
            description: 'names and aliases like this one (case- and accent-insensitive, typo-tolerant)',
            examples: ['Tokayev'],
          },
        }),
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page(req.query);
      return {
        items: await listEntities(store, {
          type: req.query.type as string,
          q: req.query.q as string,
          limit,
          offset,
        }),
        limit,
        offset,
      };
    },
  );

  app.get(
    '/api/entities/:id',
    {
      ...HEAVY,
      schema: {
        tags: ['entities'],
        summary:
          "An entity (by id or name) with aliases, roles, mentions, quotes by and about, events, relations (a holds_role relation carries the holder's roles of that country or organization: roles[{title, from, to}]), alignment",
        params: schemas.idParam,
        response: { 404: errorSchema },
      },
    },
    async (req: FastifyRequest<{ Params: { id: string } }>) => {
      const entity = await findEntity(store, req.params.id);
      if (!entity) throw notFound('entity', req.params.id);
      // Independent reads: on PostgreSQL they run side by side on the pool.
      const [relations, mentions, quotesBy, quotesAbout, events, alignment] = await Promise.all([
        listRelations(store, { entity: entity.id }),
        entityMentions(store, entity.id, { limit: 30 }),
        listQuotes(store, { speaker: entity.id, limit: 50 }).then(withQuoteNames),
        listQuotes(store, { about: entity.id, limit: 50 }).then(withQuoteNames),
        // Sampled before the document titles are looked up: only the sample's documents are read.
        listEvents(store, { entity: entity.id, limit: 200 }).then((es) =>
          withEventNames(es.map(withEvidenceSample)),
        ),
        listAlignment(store, { entity: entity.id }),
      ]);
      const names = await entityName([
        ...relations.flatMap((r) => [r.from, r.to]),
        ...(entity.roles ?? []).map((r) => r.of),
      ]);
      // A role relation says who holds a role of what; the holder's roles name it ("press secretary").
      const holders = [...new Set(relations.filter((r) => r.type === 'holds_role').map((r) => r.from))];
      const rolesOf = new Map(
        (holders.length
          ? await store.db.query('select id, roles from entities where id = any($1::text[])', [holders])
          : []
        ).map((row) => [
          String(row.id),
          (row.roles as { title: string; of?: string | null; from?: string | null; to?: string | null }[]) ??
            [],
        ]),
      );
      const withRoles = (r: (typeof relations)[number]) =>
        r.type !== 'holds_role'
          ? r
          : {
              ...r,
              roles: (rolesOf.get(r.from) ?? [])
                .filter((x) => x.of === r.to)
                .map((x) => ({ title: x.title, from: x.from ?? null, to: x.to ?? null })),
            };
      return {
        entity: {
          ...entity,
          roles: (entity.roles ?? []).map((r) => ({
            ...r,
            ofName: r.of ? (names.get(r.of)?.name ?? r.of) : null,
          })),
          reasons: entity.reasons.slice(0, REASONS_ON_PAGE),
          reasonsCount: entity.reasons.length,
        },
        mentions,
        quotesBy,
        quotesAbout,
        events,
        relations: relations.map((r) => ({
          ...withRoles(r),
          fromName: names.get(r.from)?.name ?? r.from,
          toName: names.get(r.to)?.name ?? r.to,
        })),
        alignment: alignment.map(withEvidenceSample),
      };
    },
  );

  app.get(
    '/api/quotes',
    {
      schema: {
        tags: ['quotes'],
        summary: 'Quotations, filtered by speaker, by an entity mentioned in them, by date',
        querystring: listQuery({
          speaker: params.entity('only quotes by this speaker'),
          about: params.entity('only quotes that mention this entity'),
          from: params.from('quotes published'),
          to: params.to('quotes published'),
        }),
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page(req.query);
      const q = req.query;
      return {
        items: await withQuoteNames(
          await listQuotes(store, {
            speaker: await resolveEntityParam(q.speaker as string),
            about: await resolveEntityParam(q.about as string),
            from: q.from as string,
            to: q.to as string,
            limit,
            offset,
          }),
        ),
        limit,
        offset,
      };
    },
  );

  const eventsRoute = async (req: FastifyRequest<{ Querystring: Q }>) => {
    const { limit, offset } = page({ limit: 200, ...req.query });
    const q = req.query;
    return {
      items: await withEventNames(
        await listEvents(store, {
          entity: await resolveEntityParam(q.entity as string),
          type: q.type as string,
          from: q.from as string,
          to: q.to as string,
          limit,
          offset,
        }),
      ),
      limit,
      offset,
    };
  };
  const eventQuery = listQuery({
    entity: params.entity('only events with this entity as actor, target or location'),
    type: schemas.eventType,
    from: params.from('events whose date range ends'),
    to: params.to('events whose date range starts'),
  });
  const eventPage = {
    200: {
      type: 'object',
      additionalProperties: true,
      properties: {
        items: { type: 'array', items: eventSchema },
        limit: { type: 'integer' },
        offset: { type: 'integer' },
      },
    },
  };
  app.get(
    '/api/events',
    {
      ...HEAVY,
      schema: {
        tags: ['events'],
        summary: 'Events (PLOVER types), filtered by entity, type and date',
        querystring: eventQuery,
        response: eventPage,
      },
    },
    eventsRoute,
  );
  app.get(
    '/api/timeline',
    {
      ...HEAVY,
      schema: {
        tags: ['events'],
        summary: 'Events in date order with their sources',
        querystring: eventQuery,
        response: eventPage,
      },
    },
    eventsRoute,
  );

  app.get(
    '/api/relations',
    {
      schema: {
        tags: ['entities'],
        summary: 'Relations (paged, default 500 per page)',
        querystring: listQuery({
          entity: params.entity('only relations from or to this entity'),
          type: {
            type: 'string',
            maxLength: 40,
            description:
              'only relations of this type: member_of, observer_of, holds_role, ally_of, partner_of, in_conflict_with, located_in, part_of, affiliated_with',
            examples: ['member_of'],
          },
        }),
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page({ limit: MAX_PAGE, ...req.query });
      return {
        items: await listRelations(store, {
          entity: await resolveEntityParam(req.query.entity as string),
          type: req.query.type as string,
          limit,
          offset,
        }),
        limit,
        offset,
      };
    },
  );

  app.get(
    '/api/alignment',
    {
      schema: {
        tags: ['alignment'],
        summary:
          'Alignment scores per country, bloc and month, with evidence and explanation (paged, default 500 per page; from/to select months)',
        querystring: listQuery({
          entity: params.entity('only this country'),
          bloc: {
            type: 'string',
            maxLength: 40,
            description: 'only scores toward this bloc (an id from /api/blocs)',
            examples: ['russia'],
          },
          from: params.from('months'),
          to: params.to('months'),
        }),
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page({ limit: MAX_PAGE, ...req.query });
      const items = await listAlignment(store, {
        entity: await resolveEntityParam(req.query.entity as string),
        bloc: req.query.bloc as string,
        from: req.query.from as string,
        to: req.query.to as string,
        limit,
        offset,
      });
      const names = await entityName(items.map((a) => a.entity));
      return {
        items: items.map((a) => ({ ...a, entityName: names.get(a.entity)?.name ?? a.entity })),
        limit,
        offset,
      };
    },
  );

  app.get(
    '/api/blocs',
    { schema: { tags: ['alignment'], summary: 'Blocs defined in the gazetteer' } },
    async () => loadGazetteer().blocs,
  );

  app.get(
    '/api/stories',
    { schema: { tags: ['stories'], summary: 'Story clusters, largest first', querystring: listQuery({}) } },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page(req.query);
      return { items: await store.stories({ limit, offset }), limit, offset };
    },
  );

  app.get(
    '/api/stories/:id',
    {
      schema: {
        tags: ['stories'],
        summary: 'A story: its documents, earliest first, and the copy links among them',
        params: storyIdParam,
        response: { 404: errorSchema },
      },
    },
    async (req: FastifyRequest<{ Params: { id: string } }>) => {
      const [story] = await store.stories({ id: req.params.id });
      if (!story) throw notFound('story', req.params.id);
      const docs = await store.db.query(
        `select id, source, title, published, outlet, language from documents where id = any($1::text[]) order by published_day nulls last, seq`,
        [story.documents],
      );
      const links = await store.links({ docs: story.documents });
      // Why the documents are one story: each same-news link with its reasons.
      const why = (await store.storyLinks(story.documents)).filter(
        (l) => !l.reasons.every((r) => r.startsWith('in one story')),
      );
      return { story, documents: docs, links: await withLinkTitles(links), why };
    },
  );

  app.get(
    '/api/sources',
    {
      ...HEAVY,
      schema: {
        tags: ['stories'],
        summary:
          'Source profiles: per outlet, documents, languages, share carrying agency copy or uncredited copies and rewrites, share confirmed by independent outlets (most documents first, paged)',
        querystring: listQuery({
          language: {
            type: 'string',
            pattern: '^[a-z]{2,3}$',
            description: 'only documents in this language (ISO 639-1)',
            examples: ['ru'],
          },
          q: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            description:
              'only outlets whose name (or a name its documents give it) contains this, case- and accent-insensitive',
            examples: ['trend'],
          },
        }),
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page(req.query);
      const all = filterProfiles(
        sourceProfiles(await store.sourceInput({ language: req.query.language as string | undefined })),
        req.query.q as string | undefined,
      );
      return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
    },
  );

  app.get(
    '/api/links',
    {
      schema: {
        tags: ['stories'],
        summary: 'Copy links: duplicate, syndicated, rewrite, excerpt (paged, default 500 per page)',
        querystring: listQuery({
          type: {
            type: 'string',
            enum: ['duplicate', 'syndicated', 'rewrite', 'excerpt', 'same_story'],
            description:
              'only links of this kind: duplicate (same text), syndicated (a wire copy), rewrite (reworded), excerpt (a part), same_story (same news, own text)',
            examples: ['rewrite'],
          },
          document: {
            type: 'string',
            maxLength: 64,
            description: 'only links from or to this document id',
            examples: ['3fa2c1d9e0b4a8f1c2d3e4f5a6b7c8d9'],
          },
        }),
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => {
      const { limit, offset } = page({ limit: MAX_PAGE, ...req.query });
      return {
        items: await withLinkTitles(
          await store.links({
            type: req.query.type as string,
            doc: req.query.document as string,
            limit,
            offset,
          }),
        ),
        limit,
        offset,
      };
    },
  );

  const graphQuery = {
    type: 'object',
    additionalProperties: false,
    properties: {
      entity: params.entity('centre the network on this entity (it and its neighbours only)'),
      type: {
        ...schemas.entityType,
        description: 'only nodes of this type (the centre entity is always kept)',
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        description: 'at most this many nodes, most mentioned first (default 150)',
        examples: [100],
      },
      minWeight: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        description: 'only co-mention edges seen in at least this many documents (default 1)',
        examples: [2],
      },
    },
  };
  const graphOf = async (q: Q) =>
    entityGraph(store, {
      entity: await resolveEntityParam(q.entity as string),
      type: q.type as string,
      limit: q.limit ? Number(q.limit) : undefined,
      minWeight: q.minWeight ? Number(q.minWeight) : undefined,
    });
  app.get(
    '/api/graph',
    {
      ...HEAVY,
      schema: {
        tags: ['graph'],
        summary: 'Entity network: co-mentions and relations',
        querystring: graphQuery,
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>) => graphOf(req.query),
  );
  app.get(
    '/api/graph.gexf',
    {
      ...HEAVY,
      schema: { tags: ['graph'], summary: 'Entity network as GEXF (Gephi)', querystring: graphQuery },
    },
    async (req: FastifyRequest<{ Querystring: Q }>, reply: FastifyReply) =>
      reply
        .type('application/gexf+xml')
        .header('Content-Disposition', 'attachment; filename="orbit-graph.gexf"')
        .send(toGexf(await graphOf(req.query))),
  );
  app.get(
    '/api/graph.graphml',
    { ...HEAVY, schema: { tags: ['graph'], summary: 'Entity network as GraphML', querystring: graphQuery } },
    async (req: FastifyRequest<{ Querystring: Q }>, reply: FastifyReply) =>
      reply
        .type('application/graphml+xml')
        .header('Content-Disposition', 'attachment; filename="orbit-graph.graphml"')
        .send(toGraphml(await graphOf(req.query))),
  );

  app.get(
    '/api/brief',
    {
      ...HEAVY,
      handlerTimeout: Math.max(budgetMs, 120_000),
      schema: {
        tags: ['analysis'],
        summary: 'Briefing for a period, every line cited',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: params.from('what was published or happened'),
            to: params.to('what was published or happened'),
            entity: params.entity('only what concerns this entity'),
            format: {
              type: 'string',
              enum: ['md', 'html'],
              description: 'md: Markdown (default); html: a standalone HTML page',
              examples: ['md'],
            },
          },
        },
      },
    },
    async (req: FastifyRequest<{ Querystring: Q }>, reply: FastifyReply) => {
      const format = (req.query.format as 'md' | 'html' | undefined) ?? 'md';
      // Reads only the period's (and entity's) candidates through indexed queries, never the whole store.
      const scope = {
        from: (req.query.from as string) ?? null,
        to: (req.query.to as string) ?? null,
        entity: (await resolveEntityParam(req.query.entity as string)) ?? null,
      };
      // Citations link to the sentence in the UI's reader, served by this same server.
      const citeHref = (c: { document: string; start: number; end: number }) =>
        `/#/doc/${encodeURIComponent(c.document)}?at=${c.start}-${c.end}`;
      const text = buildBriefing(await briefingSlice(store, scope), { ...scope, format, citeHref });
      return reply
        .type(format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8')
        .send(text);
    },
  );

  app.get(
    '/api/export',
    {
      ...HEAVY,
      handlerTimeout: Math.max(budgetMs, 120_000),
      schema: {
        tags: ['export'],
        summary:
          'The whole knowledge base in the export-v1 format, streamed (format=jsonl: JSON Lines, a header line then one {"section","item"} line per record)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            format: {
              type: 'string',
              enum: ['json', 'jsonl'],
              default: 'json',
              description:
                'json: one export-v1 object; jsonl: JSON Lines, a header line then one {"section","item"} line per record',
              examples: ['jsonl'],
            },
          },
        },
      },
    },
    async (req: FastifyRequest<{ Querystring: { format?: 'json' | 'jsonl' } }>, reply: FastifyReply) => {
      const format = req.query.format ?? 'json';
      // Streamed page by page: an export of any size holds one page of records in memory.
      return reply
        .type(format === 'jsonl' ? 'application/x-ndjson; charset=utf-8' : 'application/json; charset=utf-8')
        .send(Readable.from(exportChunks(store.exportRecords(), format)));
    },
  );

  // Raw bodies for ingest: feeds, HTML, text, and JSON too — parsed by the ingest readers, which
  // bound nesting depth (ORBIT_E_MALFORMED) and hash the bytes as the CLI does. Fastify's own JSON
  // parser recursed into hostile nesting and failed with a 500.
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(
    [
      'application/json',
      'text/plain',
      'text/html',
      'application/xml',
      'text/xml',
      'application/rss+xml',
      'application/atom+xml',
      'application/x-ndjson',
      'application/octet-stream',
    ],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/api/ingest',
    {
      // an upload is a write: it is not cancelled when the client leaves, and may take minutes
      handlerTimeout: Math.max(budgetMs, 600_000),
      schema: {
        tags: ['ingest'],
        summary:
          'Ingest an article, an array of articles (JSON), a feed, HTML or text. Requires the ORBIT_API_TOKEN bearer token.',
        security: [{ bearer: [] }],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            name: {
              type: 'string',
              maxLength: 200,
              pattern: '^[\\w.\\- ]+$',
              description:
                'a name for the upload, kept as the document source "api:<name>"; its extension (.json, .html, .xml, .txt) also tells the format',
              examples: ['steppe-wire-2022-01.json'],
            },
          },
        },
      },
    },
    async (req: FastifyRequest<{ Querystring: { name?: string } }>, reply: FastifyReply) => {
      if (!opts.token)
        return reply
          .status(403)
          .send(
            apiError(
              'ORBIT_E_USAGE',
              'ingest over HTTP is disabled; start the server with ORBIT_API_TOKEN set',
            ),
          );
      const given = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
      const a = Buffer.from(given);
      const b = Buffer.from(opts.token);
      if (a.length !== b.length || !timingSafeEqual(a, b))
        return reply.status(401).send(apiError('ORBIT_E_USAGE', 'missing or wrong bearer token'));
      const body = req.body;
      const ct = String(req.headers['content-type'] ?? '');
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body ?? null));
      if (!bytes.length) return reply.status(400).send(apiError('ORBIT_E_EMPTY', 'empty request body'));
      const ext = ct.includes('json')
        ? ct.includes('ndjson')
          ? '.jsonl'
          : '.json'
        : ct.includes('html')
          ? '.html'
          : ct.includes('xml')
            ? '.xml'
            : '.txt';
      const source = `api:${req.query.name ?? `upload${ext}`}`;
      const outcomes: IngestOutcome[] = parseBytes(
        source.endsWith(ext) ? source : `${source}${ext}`,
        new Uint8Array(bytes),
      );
      const summary = await ingestOutcomes(store, [outcomes], 1);
      // Nothing stored and nothing already there: the upload itself was bad input (4xx, its code).
      if (summary.ingested === 0 && summary.alreadyPresent === 0 && summary.failures.length) {
        const f = summary.failures[0];
        return reply
          .status(
            f.code === 'ORBIT_E_TOO_LARGE'
              ? 413
              : f.code === 'ORBIT_E_STORE' || f.code === 'ORBIT_E_INTERNAL'
                ? 500
                : 400,
          )
          .send({ ...summary, ...apiError(f.code, f.message) });
      }
      return reply.status(summary.ingested > 0 ? 201 : 200).send(summary);
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = opts.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
    // SPA fallback: any non-API GET path serves the app shell; API paths stay JSON 404s.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.includes('..'))
        return reply.type('text/html').sendFile('index.html');
      return reply.status(404).send(noRoute(req));
    });
  } else {
    app.setNotFoundHandler((req, reply) => reply.status(404).send(noRoute(req)));
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><title>Orbit</title><p>Orbit API is running. The web UI is not built (run <code>npm run build</code>). API docs: <a href="/docs">/docs</a>.</p>',
        ),
    );
  }
  return app;
}
