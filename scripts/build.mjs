// Builds dist/ with esbuild: one ESM entry (dist/cli/run.js) plus lazily loaded chunks, with the
// dependencies bundled in. Measured faster to start than tsc's one-file-per-module output (see
// bench/startup.mjs). Type-checking is `npm run check` (tsc --noEmit).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/run.ts'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  chunkNames: '[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (commander, ajv, …) still call require() for Node built-ins.
  banner: { js: "import { createRequire as __rehearseRequire } from 'node:module'; const require = __rehearseRequire(import.meta.url);" },
});
