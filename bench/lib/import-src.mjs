// Benchmarks measure the real code: this bundles a TypeScript module from src/ with esbuild (as
// the build does) into a temporary file and imports it, so a bench needs no extra build step.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;

export async function importSrc(modulePath) {
  const out = await build({
    entryPoints: [path.join(root, modulePath)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    packages: 'external',
    logLevel: 'warning',
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-src-'));
  // Inside the project so that bare imports resolve from its node_modules.
  const file = path.join(root, 'bench', 'lib', `.${path.basename(dir)}.mjs`);
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    (await import('node:fs')).rmSync(file, { force: true });
  }
}
