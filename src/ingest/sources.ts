/** Turns command-line paths (files, directories, globs, "-") into a list of input files. */
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';

export type SourceEntry = { path: string; exists: boolean };

const GLOB_CHARS = /[*?[\]{}]/;

/** Project files that sit beside articles in a folder but are never articles themselves. */
const NOT_ARTICLES = /(^|\/)(README|LICENSE|LICENCE|CHANGELOG|CONTRIBUTING)(\.[a-z]+)?$/i;

/**
 * Directories are walked recursively; hidden files and folders, and README/LICENSE/CHANGELOG
 * files, are skipped (a file named explicitly is always read). Order is stable.
 */
export async function expandInputs(inputs: string[]): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  const seen = new Set<string>();
  const push = (p: string, exists = true) => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push({ path: p, exists });
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      push('-');
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      st = await stat(input);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const files = await fg('**/*', {
        cwd: input,
        onlyFiles: true,
        dot: false,
        absolute: false,
        followSymbolicLinks: false,
      });
      for (const f of files.sort()) if (!NOT_ARTICLES.test(f)) push(`${input.replace(/\/+$/, '')}/${f}`);
    } else if (st) {
      push(input);
    } else if (GLOB_CHARS.test(input)) {
      const files = await fg(input, { onlyFiles: true, dot: false });
      if (!files.length) push(input, false);
      for (const f of files.sort()) push(f);
    } else {
      push(input, false);
    }
  }
  return out;
}
