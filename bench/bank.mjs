// Generates question banks in the three ways real banks are written, for bench/lint.mjs:
//   stringify  the `yaml` library's own output (yaml.stringify): long text folded over several
//              lines as plain or double-quoted scalars;
//   hand       hand-written: literal and folded block scalars, flow lists, comments;
//   dump       js-yaml's dump (folded `>-` blocks, its own quoting).
// Every file is clean (no problems) and ids and prompts are unique across the whole bank.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { stringify } from 'yaml';

export const STYLES = ['stringify', 'hand', 'dump'];

const words =
  'we validated every input at the boundary threat model firmware signed update patient safety risk sbom components monitored vulnerability disclosure team clinical harm encryption transit rest keys rotated: logged # reviewed'.split(
    ' ',
  );
const text = (n, seed) =>
  Array.from({ length: n }, (_, i) => words[(i * 7 + seed * 3) % words.length])
    .join(' ')
    .replace(/^[#:]+ ?/, 'so ')
    .replace(/[:#]$/, '.');

function pack(f) {
  return {
    title: `Generated pack ${f}`,
    role: 'Product Security Engineer',
    defaults: { prep_time: '30s', answer_time: '3m' },
    questions: Array.from({ length: 5 }, (_, q) => ({
      id: `pack-${f}-question-${q}`,
      kind: 'technical',
      difficulty: 'medium',
      tags: ['threat-modelling', 'firmware'],
      answer_time: '4m',
      prompt: `${text(25, f + q)} (${f}.${q})?`,
      example_answer: `${text(90, f * 5 + q)}\n${text(60, q)}`,
      key_points: [text(4, q), text(4, q + 1), text(3, q + 2)],
      follow_ups: [`${text(9, q)}?`],
      interviewer: { look_for: [text(5, q)], red_flags: [text(4, q + 3)] },
    })),
  };
}

// Long single-line text makes yaml.stringify fold it over lines (plain, or double-quoted when it
// holds ": " or " #").
const flat = (data) => ({
  ...data,
  questions: data.questions.map((q) => ({
    ...q,
    example_answer: q.example_answer.replace('\n', ' '),
  })),
});

const flow = (list) =>
  `[${list.map((s) => (/[:#,[\]{}]/.test(s) ? JSON.stringify(s) : s)).join(', ')}]`;

function hand(data) {
  let out = `# yaml-language-server: $schema=../schema/question-file.schema.json\n# Hand-written pack.\ntitle: ${data.title}\nrole: ${data.role}\ndefaults: { prep_time: 30s, answer_time: 3m }\nquestions:\n`;
  for (const q of data.questions) {
    out += `  # ${q.id}\n  - id: ${q.id}\n    kind: ${q.kind}\n    difficulty: ${q.difficulty}  # guess\n    tags: ${flow(q.tags)}\n    answer_time: ${q.answer_time}\n    prompt: >\n      ${q.prompt}\n    example_answer: |\n      ${q.example_answer.replace('\n', '\n      ')}\n    key_points: ${flow(q.key_points)}\n    follow_ups:\n      - ${JSON.stringify(q.follow_ups[0])}\n    interviewer:\n      look_for: ${flow(q.interviewer.look_for)}\n      red_flags: ${flow(q.interviewer.red_flags)}\n`;
  }
  return out;
}

export const write = {
  stringify: (data) => stringify(flat(data)),
  hand,
  dump: (data) => dump(flat(data)),
};

/** Writes n files into dir; `style` is one of STYLES or 'mixed' (round robin). */
export function generate(dir, n, style, offset = 0) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const f = offset + i;
    const s = style === 'mixed' ? STYLES[f % STYLES.length] : style;
    writeFileSync(path.join(dir, `pack-${String(f).padStart(5, '0')}.yaml`), write[s](pack(f)));
  }
}
