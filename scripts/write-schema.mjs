// Regenerates the JSON Schemas in schema/ from the TypeBox definitions (run: npm run schema).
// Runs the TypeScript sources through esbuild so it needs no build of its own.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  stdin: {
    contents: `export { questionFileJsonSchema } from './src/core/questions/schema.ts';
export { interviewScriptJsonSchema } from './src/core/interview/script-schema.ts';`,
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { questionFileJsonSchema, interviewScriptJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);
for (const [name, schema] of [
  ['question-file', questionFileJsonSchema()],
  ['interview-script', interviewScriptJsonSchema()],
]) {
  const target = new URL(`../schema/${name}.schema.json`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
