// Turns the paths a user typed (files, directories, globs) into the YAML files they name. Kept
// apart from parsing so that a warm `lint --cache` run loads no parser.
import { type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../base/errors.js';
import { fsReason } from './fs-errors.js';
import { BUNDLED_QUESTIONS } from './paths.js';
import { uniqueFiles, walkYamlFiles } from './walk.js';

/** Every character that can make a glob pattern, in any of the syntaxes tinyglobby reads. */
const GLOB_CHARACTER = /[*?[\]{}()!+@]/;

/** Every YAML file the inputs name, sorted, without duplicates. Missing inputs are usage errors. */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const targets = inputs.length ? inputs : [BUNDLED_QUESTIONS];
  const found = new Set<string>();
  for (const input of targets) {
    const absolute = path.resolve(cwd, input);
    // The glob library costs about 25 ms to load: only a name with a glob character may need it.
    const globs = GLOB_CHARACTER.test(input) ? await import('tinyglobby') : undefined;
    if (globs?.isDynamicPattern(input)) {
      const matches = await globs.glob(input, { cwd, absolute: true, onlyFiles: true });
      const yaml = uniqueFiles(matches.filter((m) => /\.ya?ml$/i.test(m)).sort());
      if (yaml.length === 0) throw new InputError(`no YAML files match "${input}"`);
      for (const m of yaml) found.add(path.normalize(m));
      continue;
    }
    let info: Stats;
    try {
      info = statSync(absolute);
    } catch (error) {
      throw new InputError(`cannot read "${input}": ${fsReason(error)}`);
    }
    if (info.isDirectory()) {
      const matches = walkYamlFiles(absolute);
      if (matches.length === 0)
        throw new InputError(`no .yaml or .yml files in directory "${input}"`);
      for (const m of matches) found.add(m); // normalised by the walk
    } else {
      // Whatever it is (a FIFO, a device), the reader refuses it with a reason.
      found.add(absolute);
    }
  }
  return [...found].sort();
}
