// Quality gates for the bundled packs: they lint clean, hold enough questions, share no sentence
// with the document the security pack was first drafted from, and their example answers are
// written as a candidate would speak rather than by pasting the key points in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDuration } from '../../src/core/duration.js';
import { ROOT, runBinary } from '../helpers/run-cli.js';

const QUESTIONS = path.join(ROOT, 'questions');
const PACKS = readdirSync(QUESTIONS).filter(
  (f) => f.endsWith('.yaml') && !f.includes('.interview.'),
);

type KeyPoint = string | { point: string; also?: string[] };
interface Question {
  id: string;
  kind?: string;
  answer_time?: string;
  example_answer?: string;
  key_points?: KeyPoint[];
}

function questionsOf(file: string): Question[] {
  return (parse(readFileSync(path.join(QUESTIONS, file), 'utf8')) as { questions: Question[] })
    .questions;
}

/** Lower case, punctuation and line breaks folded to single spaces. */
function fold(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

function runs(text: string, length: number): Set<string> {
  const words = fold(text).trim().split(' ');
  const out = new Set<string>();
  for (let i = 0; i + length <= words.length; i++) out.add(words.slice(i, i + length).join(' '));
  return out;
}

describe('the bundled packs', () => {
  it('lint clean with no warnings', () => {
    const result = runBinary(['lint', 'questions/', '--max-warnings', '0']);
    expect(result.stdout + result.stderr).not.toMatch(/warning|error/i);
    expect(result.code).toBe(0);
  });

  it.each([
    ['product-security-engineer.yaml', 28],
    ['behavioral-general.yaml', 12],
  ])('%s holds at least %i questions', (file, min) => {
    expect(questionsOf(file).length).toBeGreaterThanOrEqual(min);
  });

  it.each(PACKS)('%s: system-design questions allow 6 to 8 minutes to answer', (file) => {
    const times = questionsOf(file)
      .filter((q) => q.kind === 'system-design')
      .map((q) => [q.id, parseDuration(q.answer_time ?? '') ?? 0] as const);
    for (const [id, seconds] of times) {
      expect(seconds, id).toBeGreaterThanOrEqual(6 * 60);
      expect(seconds, id).toBeLessThanOrEqual(8 * 60);
    }
  });

  it.each(PACKS)(
    '%s: at most 5 percent of key points appear word for word in their own example answer',
    (file) => {
      let points = 0;
      const verbatim: string[] = [];
      for (const q of questionsOf(file)) {
        const answer = fold(q.example_answer ?? '');
        for (const kp of q.key_points ?? []) {
          const point = typeof kp === 'string' ? kp : kp.point;
          points++;
          if (answer.includes(fold(point))) verbatim.push(`${q.id}: ${point}`);
        }
      }
      expect(points).toBeGreaterThan(0);
      expect(verbatim.length / points, verbatim.join('\n')).toBeLessThanOrEqual(0.05);
    },
  );
});

// CI checks the clone out beside a shared/ directory holding the seed documents; a checkout
// without it cannot run this comparison, so it says why it skipped.
const SEED_DIR = process.env.REHEARSE_SEED_DIR ?? path.resolve(ROOT, '../shared/seed');
const SEED = path.join(SEED_DIR, 'product-security-engineer.txt');
const haveSeed = existsSync(SEED);
if (!haveSeed) console.log(`skipping the seed comparison: ${SEED} is absent`);

describe.skipIf(!haveSeed)('the security pack and its seed document', () => {
  it('share no run of ten words (case and punctuation folded)', () => {
    const seed = runs(readFileSync(SEED, 'utf8'), 10);
    expect(seed.size).toBeGreaterThan(0);
    for (const file of PACKS) {
      const shared = [...runs(readFileSync(path.join(QUESTIONS, file), 'utf8'), 10)].filter((r) =>
        seed.has(r),
      );
      expect(shared, file).toEqual([]);
    }
  });
});
