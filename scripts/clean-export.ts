/**
 * Clean every text file of a folder with the clean stage only and write an export-v1 JSON with
 * just `documents` filled (other arrays empty), for scoring metadata and cleaning quickly:
 *
 *   npx vite-node scripts/clean-export.ts ../shared/corpus/seeds /tmp/seeds-export.json
 *   node ../shared/eval/score.mjs --export /tmp/seeds-export.json --gold ../shared/gold/seeds.gold.json
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../src/clean/index.js';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: vite-node scripts/clean-export.ts <folder of .txt/.html files> <out.json>');
  process.exit(2);
}
const documents = readdirSync(dir)
  .filter((f) => statSync(join(dir, f)).isFile())
  .sort()
  .map((f) => {
    const body = readFileSync(join(dir, f), 'utf8');
    const a = cleanDocument({
      id: f,
      source: join(dir, f),
      format: /\.html?$/i.test(f) ? 'html' : 'text',
      body,
      encoding: 'utf-8',
      bytes: Buffer.byteLength(body),
      hints: {},
    });
    const { id, source, title, published, author, outlet, originalSource, language, text } = a;
    return { id, source, title, published, author, outlet, originalSource, language, text };
  });
const empty: never[] = [];
writeFileSync(
  out,
  JSON.stringify(
    {
      version: 1,
      generatedAt: new Date().toISOString(),
      documents,
      entities: empty,
      mentions: empty,
      quotes: empty,
      events: empty,
      relations: empty,
      links: empty,
      stories: empty,
      alignment: empty,
    },
    null,
    1,
  ),
);
console.log(`${documents.length} documents -> ${out}`);
