// Regenerates schema/question-file.schema.json from the TypeBox definitions (run: npm run schema).
import { writeFileSync } from 'node:fs';
import { questionFileJsonSchema } from '../dist/core/questions/schema.js';

const target = new URL('../schema/question-file.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(questionFileJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
