/** `orbit ingest`: files → store, with a progress bar on a TTY and a summary at the end. */
import cliProgress from 'cli-progress';
import { ingestPaths, type IngestEvent, type IngestSummary } from '../pipeline.js';
import { withStore, type StoreOptions } from './context.js';
import { EXIT, escapeControl, failureLine, json } from './output.js';

export type IngestCommandOptions = StoreOptions & {
  json?: boolean;
  maxBytes?: number;
  batchSize?: number;
  quiet?: boolean;
  docTimeout?: number;
  threads?: number;
};

export async function runIngest(paths: string[], opts: IngestCommandOptions): Promise<number> {
  const tty = process.stderr.isTTY && !opts.json && !opts.quiet;
  let bar: cliProgress.SingleBar | null = null;
  const onEvent = (e: IngestEvent) => {
    if (e.kind === 'discovered' && tty && e.files > 1) {
      bar = new cliProgress.SingleBar(
        {
          format: 'ingest {bar} {value}/{total} files | {eta_formatted} left',
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(e.files, 0);
    } else if (e.kind === 'file-done') bar?.increment();
    else if (e.kind === 'failed' && !opts.json) {
      // One clear line per bad input, the batch goes on.
      const line = failureLine(e.failure);
      if (bar) (bar as cliProgress.SingleBar).stop();
      process.stderr.write(line);
      if (bar) {
        const b = bar as cliProgress.SingleBar;
        b.start(b.getTotal(), b.getProgress() * b.getTotal());
      }
    } else if (e.kind === 'thread-failed' && !opts.json) {
      // Nothing is lost (the batch was processed here), but a dying thread is worth knowing of.
      if (bar) (bar as cliProgress.SingleBar).stop();
      process.stderr.write(
        `warning: ${escapeControl(e.reason)}; its batch of ${e.documents} documents was processed on the main thread\n`,
      );
      if (bar) {
        const b = bar as cliProgress.SingleBar;
        b.start(b.getTotal(), b.getProgress() * b.getTotal());
      }
    } else if (e.kind === 'corpus' && tty) {
      if (bar) {
        (bar as cliProgress.SingleBar).stop();
        bar = null;
      }
      process.stderr.write(`corpus: ${e.step}…\n`);
    }
  };
  const summary = await withStore(opts, (store) =>
    ingestPaths(store, paths, {
      maxBytes: opts.maxBytes,
      batchSize: opts.batchSize,
      docTimeoutSeconds: opts.docTimeout,
      threads: opts.threads,
      onEvent,
    }),
  );
  (bar as cliProgress.SingleBar | null)?.stop();
  if (opts.json) json(summary);
  else if (!opts.quiet) printSummary(summary);
  return summary.failed > 0 ? EXIT.PARTIAL : EXIT.OK;
}

export function printSummary(s: IngestSummary): void {
  const lines = [
    `ingested ${s.ingested}, already present ${s.alreadyPresent}, failed ${s.failed} (${s.files} input file${s.files === 1 ? '' : 's'}, ${s.seconds.toFixed(1)} s)`,
  ];
  if (s.failed) {
    const byCode = new Map<string, number>();
    for (const f of s.failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    lines.push(`failures: ${[...byCode].map(([c, n]) => `${c} ×${n}`).join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
