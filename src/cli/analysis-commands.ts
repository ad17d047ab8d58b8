/** Commands over corpus-level facts: entities, quotes, copies, stories, events, alignment, briefings, serve. */
import { InvalidArgumentError, type Command, type Option } from 'commander';
import { int, isoDate } from './args.js';
import { buildBriefing } from '../analyze/brief.js';
import { filterProfiles, sourceProfiles } from '../analyze/sources.js';
import { timelineLine } from '../analyze/timeline.js';
import { OrbitError } from '../errors.js';
import { DEFAULT_PORT } from '../server/port.js';
import { briefingSlice } from '../store/brief-queries.js';
import {
  entityMentions,
  findEntity,
  listAlignment,
  listEntities,
  listEvents,
  listQuotes,
  listRelations,
} from '../store/fact-queries.js';
import type { Store } from '../store/store.js';
import { withStore } from './context.js';
import { checkWritable, EXIT, json, table, truncate, writeOutput } from './output.js';

async function entityOrFail(store: Store, name: string) {
  const e = await findEntity(store, name);
  if (!e)
    throw new OrbitError(
      'ORBIT_E_UNKNOWN_ID',
      `no entity matches "${name}"`,
      'list entities with `orbit entities --q NAME`',
    );
  return e;
}

async function names(store: Store, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await store.db.query('select id, name from entities where id = any($1::text[])', [wanted]);
  return new Map(rows.map((r) => [String(r.id), String(r.name)]));
}

export function registerAnalysisCommands(program: Command, dataOpt: () => Option): void {
  program
    .command('entities')
    .description('list entities (people, countries, organizations, media, places), most mentioned first')
    .addOption(dataOpt())
    .option(
      '--type <type>',
      'person | country | organization | location | media | group | event_name | other',
    )
    .option('--q <text>', 'names or aliases containing this text (fuzzy)')
    .option('--limit <n>', 'how many', int('--limit', 10000), 50)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ orbit entities --type person\n  $ orbit entities --q tokaev')
    .action(async (o) => {
      process.exitCode = await withStore(o, async (store) => {
        const items = await listEntities(store, o);
        if (o.json) json(items);
        else
          process.stdout.write(
            `${table(
              items.map((e) => [
                e.id,
                e.type,
                truncate(e.name, 40),
                String(e.mentions),
                String(e.documents),
                truncate(e.aliases.filter((a) => a !== e.name).join(', '), 60),
              ]),
              ['id', 'type', 'name', 'mentions', 'docs', 'aliases'],
            )}\n`,
          );
        return EXIT.OK;
      });
    });

  program
    .command('entity')
    .description('one entity: aliases, roles, relations, mentions with snippets, quotes by and about')
    .argument('<name>', 'entity id, name or alias (case and diacritics ignored)')
    .addOption(dataOpt())
    .option('--why', 'show why mentions were merged into this entity (resolution audit)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit entity "Kassym-Jomart Tokayev"\n  $ orbit entity Akar --why',
    )
    .action(async (name: string, o) => {
      process.exitCode = await withStore(o, async (store) => {
        const e = await entityOrFail(store, name);
        const mentions = await entityMentions(store, e.id, { limit: 10 });
        const quotesBy = await listQuotes(store, { speaker: e.id, limit: 20 });
        const quotesAbout = await listQuotes(store, { about: e.id, limit: 10 });
        const relations = await listRelations(store, { entity: e.id });
        const n = await names(store, [
          ...(e.roles ?? []).map((r) => r.of),
          ...relations.flatMap((r) => [r.from, r.to]),
          ...quotesAbout.map((q) => q.speaker),
        ]);
        if (o.json) {
          json({ entity: e, mentions, quotesBy, quotesAbout, relations });
          return EXIT.OK;
        }
        const out: string[] = [
          `${e.name}  [${e.type}]  ${e.id}`,
          `mentions ${e.mentions} in ${e.documents} document(s)`,
        ];
        if (e.aliases.length) out.push(`aliases  ${e.aliases.join(', ')}`);
        for (const r of e.roles ?? [])
          out.push(
            `role     ${r.title}${r.of ? ` of ${n.get(r.of) ?? r.of}` : ''}${r.from || r.to ? ` (${r.from ?? '?'} – ${r.to ?? 'present'})` : ''}`,
          );
        for (const r of relations)
          out.push(
            `relation ${n.get(r.from) ?? r.from} ${r.type} ${n.get(r.to) ?? r.to} (${r.source ?? 'text'}${r.evidence.length ? `, ${r.evidence.length} evidence` : ''})`,
          );
        if (o.why) {
          out.push('', 'why these mentions are one entity:');
          for (const reason of e.reasons.length ? e.reasons : ['(single surface form; no merges)'])
            out.push(`  - ${reason}`);
        }
        if (mentions.length) out.push('', 'mentions:');
        for (const m of mentions)
          out.push(
            `  ${m.document.slice(0, 12)} ${m.published?.slice(0, 10) ?? '          '} …${truncate(m.before, 50)}[${m.text}]${truncate(m.after, 50)}…`,
          );
        if (quotesBy.length) out.push('', 'quotes by:');
        for (const q of quotesBy)
          out.push(
            `  ${q.published?.slice(0, 10) ?? '          '} ${q.direct ? '“' : ''}${truncate(q.text, 110)}${q.direct ? '”' : ''} (${q.cue ?? 'said'}; ${q.document.slice(0, 12)})`,
          );
        if (quotesAbout.length) out.push('', 'quotes about:');
        for (const q of quotesAbout)
          out.push(
            `  ${n.get(q.speaker ?? '') ?? 'unknown speaker'}: “${truncate(q.text, 100)}” (${q.document.slice(0, 12)})`,
          );
        process.stdout.write(`${out.join('\n')}\n`);
        return EXIT.OK;
      });
    });

  program
    .command('quotes')
    .description('quotations with speaker, relay chain and source')
    .addOption(dataOpt())
    .option('--speaker <name>', 'only quotes by this entity')
    .option('--about <name>', 'only quotes that mention this entity')
    .option('--from <date>', 'published on or after', isoDate)
    .option('--to <date>', 'published on or before', isoDate)
    .option('--limit <n>', 'how many', int('--limit', 10000), 50)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit quotes --speaker Putin\n  $ orbit quotes --about CSTO --from 2022-01-01 --to 2022-01-31',
    )
    .action(async (o) => {
      process.exitCode = await withStore(o, async (store) => {
        const speaker = o.speaker ? (await entityOrFail(store, o.speaker)).id : undefined;
        const about = o.about ? (await entityOrFail(store, o.about)).id : undefined;
        const qs = await listQuotes(store, { speaker, about, from: o.from, to: o.to, limit: o.limit });
        if (o.json) {
          json(qs);
          return EXIT.OK;
        }
        const n = await names(
          store,
          qs.flatMap((q) => [q.speaker, ...q.reportedBy]),
        );
        for (const q of qs) {
          const via = q.reportedBy.length ? ` via ${q.reportedBy.map((r) => n.get(r) ?? r).join(' ← ')}` : '';
          process.stdout.write(
            `${q.published?.slice(0, 10) ?? '----------'}  ${n.get(q.speaker ?? '') ?? 'unknown speaker'} ${q.cue ?? 'said'}${via}: ${q.direct ? '“' : ''}${truncate(q.text, 160)}${q.direct ? '”' : ''}\n            — ${truncate(q.title ?? q.document, 80)} [${q.document.slice(0, 12)} ${q.start}-${q.end}]\n`,
          );
        }
        if (!qs.length) process.stdout.write('no quotes match\n');
        return EXIT.OK;
      });
    });

  program
    .command('dupes')
    .description('copy links: duplicates, syndicated copies, rewrites and excerpts (from → original)')
    .addOption(dataOpt())
    .option('--type <type>', 'duplicate | syndicated | rewrite | excerpt')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ orbit dupes\n  $ orbit dupes --type rewrite --json')
    .action(async (o) => {
      process.exitCode = await withStore(o, async (store) => {
        // Copies only (story links of type same_story say "same news", not "copy").
        const links = (await store.links({ type: o.type })).filter(
          (l) => l.type !== 'same_story' || o.type === 'same_story',
        );
        if (o.json) {
          json(links);
          return EXIT.OK;
        }
        const docs = new Map((await store.listDocuments({ limit: 1_000_000 })).map((d) => [d.id, d]));
        const label = (id: string) =>
          `${id.slice(0, 12)} ${truncate(docs.get(id)?.outlet ?? '?', 16)} ${truncate(docs.get(id)?.title ?? '', 40)}`;
        process.stdout.write(
          links.length
            ? `${table(
                links.map((l) => [l.type, l.score.toFixed(2), label(l.from), '→', label(l.to)]),
                ['type', 'score', 'copy', '', 'original'],
              )}\n`
            : 'no copies found\n',
        );
        return EXIT.OK;
      });
    });

  program
    .command('stories')
    .description('story clusters: documents covering the same news, largest first')
    .addOption(dataOpt())
    .option('--limit <n>', 'how many', int('--limit', 10000), 30)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ orbit stories --limit 10')
    .action(async (o) => {
      process.exitCode = await withStore(o, async (store) => {
        const stories = await store.stories({ limit: o.limit });
        if (o.json) json(stories);
        else
          process.stdout.write(
            stories.length
              ? `${table(
                  stories.map((s) => [
                    s.id,
                    String(s.documents.length),
                    `${s.firstDay ?? '?'}…${s.lastDay ?? '?'}`,
                    truncate(s.title, 80),
                  ]),
                  ['id', 'docs', 'dates', 'title'],
                )}\n`
              : 'no stories yet\n',
          );
        return EXIT.OK;
      });
    });

  program
    .command('sources')
    .description(
      'source profiles: per outlet, documents, languages, how often it carries agency copy or uncredited copies, how often independent outlets confirm its stories',
    )
    .addOption(dataOpt())
    .option('--language <code>', 'only documents in this language (ISO 639-1)', (v: string) => {
      if (!/^[a-z]{2,3}$/.test(v))
        throw new InvalidArgumentError('expected a language code such as en, ru, tr');
      return v;
    })
    .option('--outlet <name>', 'only outlets whose name contains this')
    .option('--limit <n>', 'how many', int('--limit', 10000), 50)
    .option('--offset <n>', 'skip this many', int('--offset', 10_000_000), 0)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit sources\n  $ orbit sources --language ru --json\n  $ orbit sources --outlet trend',
    )
    .action(async (o) => {
      process.exitCode = await withStore(o, async (store) => {
        const all = filterProfiles(
          sourceProfiles(await store.sourceInput({ language: o.language })),
          o.outlet,
        );
        const items = all.slice(o.offset, o.offset + o.limit);
        if (o.json) {
          json({ items, total: all.length, limit: o.limit, offset: o.offset });
          return EXIT.OK;
        }
        const pct = (x: { documents: number; share: number }) =>
          x.documents ? `${Math.round(x.share * 100)}% (${x.documents})` : '-';
        process.stdout.write(
          items.length
            ? `${table(
                items.map((p) => [
                  truncate(p.outlet, 28),
                  p.kind ?? '-',
                  String(p.documents),
                  p.languages.map((l) => `${l.language} ${l.documents}`).join(', '),
                  pct(p.agencyCopy),
                  pct(p.uncreditedCopies),
                  pct(p.confirmed),
                ]),
                ['outlet', 'kind', 'docs', 'languages', 'agency copy', 'uncredited copies', 'confirmed'],
              )}\n`
            : 'no outlets known yet (documents without an identified outlet are not profiled)\n',
        );
        return EXIT.OK;
      });
    });

  program
    .command('story')
    .description('one story: its documents and how they copy each other')
    .argument('<id>', 'story id (from `orbit stories`)')
    .addOption(dataOpt())
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ orbit story s-3fa2c1d9')
    .action(async (id: string, o) => {
      process.exitCode = await withStore(o, async (store) => {
        const [story] = await store.stories({ id });
        if (!story)
          throw new OrbitError(
            'ORBIT_E_UNKNOWN_ID',
            `no story with id ${id}`,
            'list stories with `orbit stories`',
          );
        // Copy links join their two documents into one story: a link touching the story lies inside it.
        const links = await store.links({ docs: story.documents });
        const why = (await store.storyLinks(story.documents)).filter(
          (l) => !l.reasons.every((r) => r.startsWith('in one story')),
        );
        const docs = await Promise.all(story.documents.map((d) => store.getDocument(d)));
        if (o.json) {
          json({
            story,
            documents: docs.map(
              (d) => d && { id: d.id, title: d.title, outlet: d.outlet, published: d.published },
            ),
            links,
            why,
          });
          return EXIT.OK;
        }
        const out = [
          `${story.title}  (${story.documents.length} documents, ${story.firstDay ?? '?'} … ${story.lastDay ?? '?'})`,
          '',
        ];
        for (const d of docs) {
          if (!d) continue;
          const copyOf = links
            .filter((l) => l.from === d.id && l.type !== 'same_story')
            .map((l) => `${l.type} of ${l.to.slice(0, 12)} (${l.score.toFixed(2)})`);
          out.push(
            `  ${d.id.slice(0, 12)} ${d.published?.slice(0, 10) ?? '----------'} ${truncate(d.outlet ?? '?', 18)} ${truncate(d.title ?? d.source, 60)}${copyOf.length ? `  ← ${copyOf.join('; ')}` : ''}`,
          );
        }
        if (why.length) out.push('', 'Why together:');
        for (const l of why)
          out.push(
            `  ${l.from.slice(0, 12)} ${l.type === 'rewrite' ? 'rewrites' : '~'} ${l.to.slice(0, 12)}: ${l.reasons.join('; ')}`,
          );
        process.stdout.write(`${out.join('\n')}\n`);
        return EXIT.OK;
      });
    });

  program
    .command('timeline')
    .description('events in date order, each with its sources')
    .addOption(dataOpt())
    .option('--entity <name>', 'only events involving this entity')
    .option('--from <date>', 'from this date', isoDate)
    .option('--to <date>', 'to this date', isoDate)
    .option('--type <type>', 'PLOVER type: CONSULT, AID, ASSAULT, …')
    .option('--limit <n>', 'how many', int('--limit', 100000), 200)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit timeline --entity Kyrgyzstan --from 2021-04-01 --to 2021-06-30\n  $ orbit timeline --type CONSULT',
    )
    .action(async (o) => {
      process.exitCode = await withStore(o, async (store) => {
        const entity = o.entity ? (await entityOrFail(store, o.entity)).id : undefined;
        const events = await listEvents(store, {
          entity,
          type: o.type,
          from: o.from,
          to: o.to,
          limit: o.limit,
        });
        if (o.json) {
          json(events);
          return EXIT.OK;
        }
        // an inferred date reads "by <date>"; a mode other than asserted is said before the summary
        for (const e of events) process.stdout.write(`${timelineLine(e)}\n`);
        if (!events.length) process.stdout.write('no events match\n');
        return EXIT.OK;
      });
    });

  program
    .command('alignment')
    .description('which way a country leans toward each bloc, per month, explained with evidence')
    .argument('[country]', 'country name (all countries when omitted)')
    .addOption(dataOpt())
    .option('--bloc <id>', 'russia | turkey | china | west')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ orbit alignment Kazakhstan\n  $ orbit alignment --bloc turkey')
    .action(async (country: string | undefined, o) => {
      process.exitCode = await withStore(o, async (store) => {
        const entity = country ? (await entityOrFail(store, country)).id : undefined;
        const scores = await listAlignment(store, { entity, bloc: o.bloc });
        if (o.json) {
          json(scores);
          return EXIT.OK;
        }
        const n = await names(
          store,
          scores.map((s) => s.entity),
        );
        for (const s of scores) {
          const dir = s.score > 0.05 ? 'toward' : s.score < -0.05 ? 'away from' : 'neutral to';
          process.stdout.write(
            `${n.get(s.entity) ?? s.entity} ${s.period}: ${s.score >= 0 ? '+' : ''}${s.score.toFixed(2)} — ${dir} the ${s.bloc} bloc (${s.evidence.length} evidence span${s.evidence.length === 1 ? '' : 's'})\n`,
          );
          for (const line of s.explanation ?? []) process.stdout.write(`    ${line}\n`);
          for (const ev of s.evidence.slice(0, 3))
            process.stdout.write(
              `    “${truncate(ev.text ?? '', 140)}” [${ev.document.slice(0, 12)} ${ev.start}-${ev.end}]\n`,
            );
        }
        if (!scores.length) process.stdout.write('no alignment evidence yet\n');
        return EXIT.OK;
      });
    });

  program
    .command('brief')
    .description(
      'a briefing for a period: top stories, key events, notable quotes, alignment shifts — every line cited',
    )
    .addOption(dataOpt())
    .option('--from <date>', 'from this date', isoDate)
    .option('--to <date>', 'to this date', isoDate)
    .option('--entity <name>', 'focus on this entity')
    .option('--format <format>', 'md | html', 'md')
    .option('--out <file>', 'write to a file')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orbit brief --from 2022-01-01 --to 2022-01-31\n  $ orbit brief --entity Kazakhstan --format html --out kz.html',
    )
    .action(async (o) => {
      if (o.format !== 'md' && o.format !== 'html')
        throw new OrbitError(
          'ORBIT_E_USAGE',
          `unknown format ${o.format}`,
          'use --format md or --format html',
        );
      if (o.out) checkWritable(o.out);
      process.exitCode = await withStore(o, async (store) => {
        const entity = o.entity ? (await entityOrFail(store, o.entity)).id : undefined;
        const scope = { from: o.from ?? null, to: o.to ?? null, entity: entity ?? null };
        const text = buildBriefing(await briefingSlice(store, scope), { ...scope, format: o.format });
        if (o.out) writeOutput(o.out, text);
        else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        return EXIT.OK;
      });
    });

  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json, /docs) and the web UI')
    .addOption(dataOpt())
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option(
      '--port <port>',
      `port (0 = any free port; default ${DEFAULT_PORT})`,
      int('--port', 65535),
      DEFAULT_PORT,
    )
    .addHelpText(
      'after',
      `\nExamples:\n  $ orbit serve\n  $ orbit serve --port 0                             # any free port (printed)\n  $ ORBIT_API_TOKEN=secret orbit serve --port 8080   # enables POST /api/ingest\n\nBinds 127.0.0.1 unless --host is given. No CORS headers are sent. A port already in use\nis ORBIT_E_PORT_IN_USE (exit 2): pick another with --port.`,
    )
    .action(async (o) => {
      const { Store } = await import('../store/store.js');
      const { serve } = await import('../server/serve.js');
      const { PACKAGE_ROOT } = await import('./paths.js');
      // The database on its own thread: the HTTP event loop stays free for connections.
      const store = await Store.open({ data: o.data, thread: true });
      // A port in use (ORBIT_E_PORT_IN_USE): close the store, so the process exits with the error.
      const server = await serve({ store, host: o.host, port: o.port, packageRoot: PACKAGE_ROOT }).catch(
        async (e) => {
          await store.close().catch(() => undefined);
          throw e;
        },
      );
      process.stdout.write(`listening on ${server.url}\n`);
      // SIGTERM must stop the server even when a request is stuck in the store: requests in
      // flight get a few seconds to finish, then the process exits (the lock goes with it).
      const stop = async () => {
        const grace = new Promise((r) => setTimeout(r, 5000).unref());
        await Promise.race([server.close().catch(() => undefined), grace]);
        await Promise.race([store.close().catch(() => undefined), grace]);
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
