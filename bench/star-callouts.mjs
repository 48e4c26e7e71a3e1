// How often STAR balance calls out a missing Action or Result on answers that have one: the strong
// and medium answers to behavioral questions in the labelled coverage set (stories with an action
// and, mostly, an outcome). Every such call-out is one a careful reader would question.
// Run: node bench/star-callouts.mjs
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { importSrc } from './lib/import-src.mjs';

const { starBalance } = await importSrc('src/core/compare/star.ts');
const read = (path) => parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const kinds = new Map(
  ['behavioral-general', 'product-security-engineer'].flatMap((pack) =>
    read(`questions/${pack}.yaml`).questions.map((q) => [q.id, q.kind]),
  ),
);
const stories = read('tests/fixtures/coverage/labelled.yaml').answers.filter(
  (a) =>
    kinds.get(a.question) === 'behavioral' &&
    /strong|story|medium/.test(a.style) &&
    !/keyword/.test(a.style),
);
const count = (prefix) =>
  stories.filter((a) => starBalance(a.answer).notes.some((n) => n.startsWith(prefix))).length;
console.log(`${stories.length} strong or medium answers to behavioral questions`);
console.log(`"No Action found": ${count('No Action')}`);
console.log(`"No Result":       ${count('No Result')}`);
