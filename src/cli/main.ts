#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node
/**
 * The `orbit` command line. Each command is a thin layer over the pipeline and the store; errors
 * are printed as `error ORBIT_E_…: message` with a hint, and map to documented exit codes.
 *
 * The launcher line caps glibc's malloc arenas at one (elsewhere the variable means nothing).
 * Why: each thread that allocates (V8's compiler and GC helpers, processing threads) gets an
 * arena of its own that keeps its freed pages, ~50 MB of the peak of `orbit ingest examples/`
 * (docs/deploy.md, "Memory"); JS objects live in V8's heap, so the threads hardly contend for it.
 * It must be set before the process starts, hence `env -S` here and not in code.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { int, isoDate } from './args.js';
import { OrbitError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';
import { INGEST_THREADS_ENV } from '../pipeline/process-pool.js';
import { migrate } from '../store/migrations.js';
import { runExport, runList, runSearch, runShow, runStats } from './document-commands.js';
import { withStore } from './context.js';
import { runIngest, printSummary } from './ingest-command.js';
import { DEFAULT_BATCH_BYTES, DEFAULT_BATCH_SIZE } from '../pipeline.js';
import { escapeControl, EXIT, exitQuietlyOnClosedPipe, reportFatal } from './output.js';
import { registerAnalysisCommands } from './analysis-commands.js';
import { registerWorkerCommands, runEnqueue } from '../worker/cli.js';

import { PACKAGE_ROOT } from './paths.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../server/port.js';

const EXIT_HELP = `
Exit codes:
  0   success
  1   finished, but some inputs failed (each failure is printed with its code)
  2   invalid arguments
  3   the store could not be opened or written, or is in use by another process
  4   the requested document or entity does not exist
  5   the output file could not be written
  70  internal error (a bug; please report it)

Store: embedded PGlite in ./orbit-data (--data DIR or ORBIT_DATA), or a PostgreSQL server
when ORBIT_DATABASE_URL is set (postgres://user@host:5432/db).`;

/**
 * What `npm start` (orbit quickstart) prints after the summary: the URL, and three commands to
 * try. While the server runs it holds the embedded store, so the commands are for after Ctrl+C
 * (or go through the API, which serves the same data).
 */
export function nextSteps(data: string | undefined, url: string | null): string {
  const d = data ? ` --data ${/^[\w./-]+$/.test(data) ? data : JSON.stringify(data)}` : '';
  const head = url
    ? `Orbit is serving the UI at ${url} (API docs at ${url}/docs, JSON at ${url}/api/stats). Ctrl+C to stop.\n\nThen try, from this folder:`
    : `Try next, from this folder (\`orbit serve\` for the UI at http://${DEFAULT_HOST}:${DEFAULT_PORT}):`;
  const tries: [string, string][] = [
    [`npx orbit search "foreign ministers"${d}`, 'ranked full-text search, hits highlighted'],
    [`npx orbit entity Kazakhstan --why${d}`, 'roles, relations, quotes, alignment; why names were merged'],
    [`npx orbit brief --from 2022-01-01 --to 2022-12-31${d}`, 'a year on one page, every line cited'],
    ['npx orbit --help', 'every command, each with examples'],
  ];
  const width = Math.max(...tries.map(([c]) => c.length));
  return `${head}\n${tries.map(([c, why]) => `  ${c.padEnd(width)}  # ${why}`).join('\n')}\n`;
}

export function buildProgram(): Command {
  const program = new Command('orbit')
    .description('Orbit: an evidence-linked knowledge base from geopolitical news.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage and examples)')
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    // usage errors carry the same stable code as every other error (inherited by subcommands)
    .configureOutput({
      outputError: (str, write) => write(str.replace(/^error: /, 'error ORBIT_E_USAGE: ')),
    });
  const dataOpt = () =>
    new Option('--data <dir>', 'embedded store directory (default ./orbit-data or ORBIT_DATA)');

  program
    .command('ingest')
    .description(
      'ingest files, directories, globs or "-" (stdin): text page dumps, HTML, JSON, JSON Lines, RSS, Atom',
    )
    .argument('<paths...>', 'files, directories (recursive), globs, or - for stdin')
    .addOption(dataOpt())
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'print nothing but errors')
    .option(
      '--max-bytes <n>',
      `refuse inputs larger than n bytes (default ${DEFAULT_MAX_BYTES})`,
      int('--max-bytes', 2 ** 31),
    )
    .option(
      '--batch-size <n>',
      `documents per write transaction, fewer when they add up to ${DEFAULT_BATCH_BYTES / 1048576} MB of input; a crash loses at most one batch (default ${DEFAULT_BATCH_SIZE})`,
      int('--batch-size', 10000),
    )
    .option(
      '--doc-timeout <seconds>',
      'give up a document whose cleaning and annotation take longer (ORBIT_E_TIMEOUT; default ORBIT_DOC_TIMEOUT_SECONDS or 300)',
      int('--doc-timeout', 86400),
    )
    .option(
      '--threads <n>',
      `threads that clean and annotate the next batch while this one is written, started from the second batch on; 0 = none (default ${INGEST_THREADS_ENV} or min(2, cores - 1))`,
      int('--threads', 64),
    )
    .option(
      '--enqueue',
      'queue the inputs for `orbit worker` processes instead of ingesting here (needs ORBIT_DATABASE_URL)',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ orbit ingest examples/
  $ orbit ingest 'news/**/*.html' feeds/central-asia.xml --data ./my-store
  $ curl -s https://example.org/feed.xml | orbit ingest -
  $ orbit ingest dump.jsonl --json > summary.json

JSON and JSON Lines records may use the fields title/headline, body/text/content/articleBody,
url/link, date/published/publishedAt/pubDate, author/byline, outlet/site/source.
Re-ingesting the same bytes changes nothing: a document's id is the hash of its bytes.
${EXIT_HELP}`,
    )
    .action(async (paths: string[], o) => {
      process.exitCode = o.enqueue ? await runEnqueue(paths, o) : await runIngest(paths, o);
    });

  program
    .command('list')
    .description('list stored documents in ingest order')
    .addOption(dataOpt())
    .option('--limit <n>', 'how many', int('--limit', 10000), 50)
    .option('--offset <n>', 'skip this many', int('--offset', 10 ** 9), 0)
    .option('--outlet <name>', 'only this outlet')
    .option('--language <code>', 'only this language (ISO 639-1)')
    .option('--from <date>', 'published on or after (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'published on or before (YYYY-MM-DD)', isoDate)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit list --limit 20\n  $ orbit list --from 2022-01-01 --to 2022-01-31 --json',
    )
    .action(async (o) => {
      process.exitCode = await runList(o);
    });

  program
    .command('show')
    .description('show a document: metadata and clean text')
    .argument('<id>', 'document id or a unique prefix of at least 6 characters')
    .addOption(dataOpt())
    .option('--json', 'print JSON')
    .option('--annotations', 'with --json: include sentences, mentions, times, amounts, quotes, events')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit show 3fa2c1d9e0b4\n  $ orbit show 3fa2c1d9e0b4 --json --annotations',
    )
    .action(async (id: string, o) => {
      process.exitCode = await runShow(id, o);
    });

  program
    .command('search')
    .description('full-text search, ranked, with highlighted snippets')
    .argument('<query>', 'words, "quoted phrases", -excluded, or OR')
    .addOption(dataOpt())
    .option('--limit <n>', 'how many', int('--limit', 1000), 20)
    .option('--offset <n>', 'skip this many', int('--offset', 10 ** 6), 0)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit search "foreign ministers" Kazakhstan\n  $ orbit search \'CSTO -Armenia\' --limit 5',
    )
    .action(async (q: string, o) => {
      process.exitCode = await runSearch(q, o);
    });

  program
    .command('stats')
    .description('counts of documents, entities, quotes, events, copies and stories')
    .addOption(dataOpt())
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ orbit stats --json')
    .action(async (o) => {
      process.exitCode = await runStats(o);
    });

  program
    .command('export')
    .description('export the knowledge base (spec: export-v1)')
    .addOption(dataOpt())
    .option(
      '--format <format>',
      'json (one export-v1 object) | jsonl (JSON Lines: a header line, then one {"section","item"} line per record)',
      'json',
    )
    .option('--out <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      '\nStreamed page by page: memory stays bounded whatever the corpus size.\n\nExamples:\n  $ orbit export --format json > corpus.json\n  $ orbit export --format json --out corpus.json --data ./my-store\n  $ orbit export --format jsonl | grep \'"section":"quotes"\'',
    )
    .action(async (o) => {
      process.exitCode = await runExport(o);
    });

  program
    .command('rebuild')
    .description(
      'recompute every corpus fact (entities, events, relations, stories, alignment) from the stored documents; needed after a model or gazetteer change',
    )
    .addOption(dataOpt())
    .option('--quiet', 'print nothing on success')
    .addHelpText('after', '\nExample:\n  $ orbit rebuild --data ./my-store')
    .action(async (o) => {
      process.exitCode = await withStore(o, async (store) => {
        const t0 = performance.now();
        const { rebuildCorpus, withCorpusLock } = await import('../pipeline.js');
        // under the corpus lock: workers' incremental updates wait rather than interleave
        await withCorpusLock(store, () =>
          rebuildCorpus(store, (step) => {
            if (!o.quiet && process.stderr.isTTY) process.stderr.write(`corpus: ${step}…\n`);
          }),
        );
        if (!o.quiet)
          process.stdout.write(
            `rebuilt the corpus facts in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
          );
        return EXIT.OK;
      });
    });

  program
    .command('migrate')
    .description('create or upgrade the store schema (also done automatically on open)')
    .addOption(dataOpt())
    .addHelpText(
      'after',
      '\nExample:\n  $ ORBIT_DATABASE_URL=postgres://postgres@127.0.0.1:5432/orbit orbit migrate',
    )
    .action(async (o) => {
      await withStore(o, async (store) => {
        const applied = await migrate(store.db);
        process.stdout.write(
          applied.length ? `applied migrations ${applied.join(', ')}\n` : 'schema is up to date\n',
        );
      });
    });

  program
    .command('quickstart')
    .description(
      'ingest the bundled example corpus, print a summary, then serve the UI (what `npm start` runs)',
    )
    .addOption(dataOpt())
    .option('--no-serve', 'stop after the summary')
    .option(
      '--port <port>',
      `port for the UI and API (0 = any free port; default ${DEFAULT_PORT})`,
      int('--port', 65535),
      DEFAULT_PORT,
    )
    .addHelpText(
      'after',
      `\nExamples:\n  $ npm start                        # the same: build, then this\n  $ npm start -- --port 8090\n  $ orbit quickstart --no-serve --data /tmp/orbit-demo`,
    )
    .action(async (o) => {
      const { ingestPaths } = await import('../pipeline.js');
      await withStore(o, async (store) => {
        const summary = await ingestPaths(store, [join(PACKAGE_ROOT, 'examples')]);
        printSummary(summary);
        for (const f of summary.failures)
          process.stdout.write(`  ${f.code} ${escapeControl(f.source)}: ${escapeControl(f.message)}\n`);
      });
      process.exitCode = await runStats(o);
      if (!o.serve) {
        process.stdout.write(`\n${nextSteps(o.data, null)}`);
        return;
      }
      const { Store } = await import('../store/store.js');
      const { serve } = await import('../server/serve.js');
      // The database on its own thread: the HTTP event loop stays free for connections.
      const store = await Store.open({ data: o.data, thread: true });
      // A port in use (ORBIT_E_PORT_IN_USE, exit 2): close the store so the process ends with the error.
      const server = await serve({ store, port: o.port, packageRoot: PACKAGE_ROOT }).catch(async (e) => {
        await store.close().catch(() => undefined);
        throw e;
      });
      process.stdout.write(`\n${nextSteps(o.data, server.url)}`);
      const stop = async () => {
        const grace = new Promise((r) => setTimeout(r, 5000).unref());
        await Promise.race([server.close().catch(() => undefined), grace]);
        await Promise.race([store.close().catch(() => undefined), grace]);
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  registerAnalysisCommands(program, dataOpt);
  registerWorkerCommands(program, dataOpt);
  return program;
}

export async function main(argv = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.OK);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.OK;
      return EXIT.USAGE; // commander already printed the problem
    }
    if (e instanceof OrbitError) return reportFatal(e);
    return reportFatal(e);
  }
}

const invokedDirectly =
  process.argv[1] &&
  fileURLToPath(import.meta.url) === (await import('node:fs')).realpathSync(process.argv[1]);
if (invokedDirectly) {
  exitQuietlyOnClosedPipe();
  main().then((code) => {
    process.exitCode = code;
  });
}
