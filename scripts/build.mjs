// Builds dist/ with esbuild, in two parts, because start-up time is a feature (bench/startup.mjs):
//   dist/cli/run.js  the shell: commander, the command definitions and error reporting, in ONE
//                    file, so `rehearse --help` loads two modules (this and bin/rehearse.js);
//   dist/lib/*.js    one entry per command implementation, with shared chunks, imported by the
//                    shell only when that command runs.
// Type-checking is separate: `npm run check` runs tsc --noEmit.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
rmSync(`${root}dist`, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // REHEARSE_NO_MINIFY=1 keeps names readable in CPU profiles.
  minify: !process.env.REHEARSE_NO_MINIFY,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS dependencies still use require() for Node's built-ins (commander, ajv) and
  // __filename (some CommonJS dependencies read it).
  banner: {
    js: [
      "import { createRequire as __rehearseRequire } from 'node:module';",
      "import { fileURLToPath as __rehearsePath } from 'node:url';",
      'const require = __rehearseRequire(import.meta.url);',
      'const __filename = __rehearsePath(import.meta.url);',
    ].join(' '),
  },
};

// The shell's `import('../../commands/x.js')` becomes `import('../lib/x.js')`, left to run time.
const lazyCommands = {
  name: 'lazy-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/commands\/[a-z-]+\.js$/ }, (args) =>
      args.importer.includes('/src/cli/commands/')
        ? { path: args.path.replace('../../commands/', '../lib/'), external: true }
        : undefined,
    );
  },
};

// commander loads child_process at start-up for external subcommands, which rehearse never uses;
// loading it costs about 6 ms of every start, so the shell gets it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/')
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      loader: 'js',
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
    }));
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/run.ts'],
  outfile: 'dist/cli/run.js',
  define: { __REHEARSE_VERSION__: JSON.stringify(version) },
  plugins: [lazyCommands, lazyChildProcess],
});

const commands = readdirSync(`${root}src/cli/commands`)
  .flatMap((f) => [
    ...readFileSync(`${root}src/cli/commands/${f}`, 'utf8').matchAll(
      /import\('\.\.\/\.\.\/commands\/([a-z-]+)\.js'\)/g,
    ),
  ])
  .map((m) => m[1]);
await build({
  ...common,
  // lint-worker runs in lint's worker threads (lint-pool.ts).
  entryPoints: [...new Set([...commands, 'lint-worker'])].map((name) => `src/commands/${name}.ts`),
  outdir: 'dist/lib',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  define: { __REHEARSE_VERSION__: JSON.stringify(version) },
});

// The JSON Schema validators as code (ajv standalone), with the options validate.ts compiles with.
const schemas = await build({
  stdin: {
    contents: `export { questionFileJsonSchema, SCHEMA_ID } from './src/core/questions/schema.ts';
export { interviewScriptJsonSchema, SCRIPT_SCHEMA_ID } from './src/core/interview/script-schema.ts';
export { EDITOR_KEYWORDS } from './src/core/questions/editor-hints.ts';
export { sessionFileJsonSchema, SESSION_SCHEMA_ID } from './src/core/session/record-schema.ts';
export { scorecardJsonSchema, SCORECARD_SCHEMA_ID } from './src/core/interview/scorecard-schema.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const s = await import(
  `data:text/javascript;base64,${Buffer.from(schemas.outputFiles[0].text).toString('base64')}`
);
const { Ajv } = await import('ajv');
const standaloneCode = (await import('ajv/dist/standalone/index.js')).default;
const ajv = new Ajv({
  allErrors: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
  code: { source: true },
});
// Editors' keywords (readable messages, snippets) are annotations to Ajv, as in validate.ts.
ajv.addVocabulary([...s.EDITOR_KEYWORDS]);
ajv.addSchema(s.questionFileJsonSchema(), s.SCHEMA_ID);
ajv.addSchema(s.interviewScriptJsonSchema(), s.SCRIPT_SCHEMA_ID);
ajv.addSchema(s.sessionFileJsonSchema());
ajv.addSchema(s.scorecardJsonSchema());
const ids = [s.SCHEMA_ID, s.SCRIPT_SCHEMA_ID, s.SESSION_SCHEMA_ID, s.SCORECARD_SCHEMA_ID];
writeFileSync(
  `${root}dist/lib/validators.cjs`,
  standaloneCode(ajv, Object.fromEntries(ids.map((id) => [id, id]))),
);
