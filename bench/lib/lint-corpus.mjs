// Writes N question files of five questions each, in the format users write by hand: every
// field used, block scalars for prose, flow lists for tags. Deterministic, so runs compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const KINDS = ['behavioral', 'technical', 'situational', 'system-design', 'role-fit'];
const LEVELS = ['easy', 'medium', 'hard'];

function question(file, q) {
  const id = `pack-${file}-question-${q}`;
  return `  - id: ${id}
    kind: ${KINDS[(file + q) % KINDS.length]}
    difficulty: ${LEVELS[(file * 7 + q) % LEVELS.length]}
    tags: [topic-${q}, area-${file % 17}]
    prep_time: ${20 + q * 5}s
    answer_time: ${2 + (q % 3)}m
    prompt: |
      Question ${q} of pack ${file}: describe a time you had to balance delivery speed
      against security review, and what you would do differently next time.
    example_answer: |
      I would start from the risk: what could go wrong, for whom, and how likely it is.
      Then agree with the team on the smallest review that covers it, ship behind a flag,
      and schedule the rest of the review before general availability.
    key_points:
      - risk stated in terms of impact
      - smallest review that covers the risk
      - feature flag or staged rollout
      - follow-up review scheduled
    follow_ups:
      - What if the deadline could not move?
    interviewer:
      look_for: [trade-offs made explicit]
      red_flags: [security as an afterthought]
`;
}

export function questionFile(file) {
  let text = `# yaml-language-server: $schema=../schema/question-file.schema.json
version: 1
title: Generated pack ${file}
role: Benchmark engineer
defaults:
  prep_time: 30s
  answer_time: 3m
questions:
`;
  for (let q = 0; q < 5; q++) text += question(file, q);
  return text;
}

/** Writes `count` files into `dir` (created); returns their total size in bytes. */
export function writeCorpus(dir, count) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = questionFile(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `pack-${String(i).padStart(5, '0')}.yaml`), text);
  }
  return bytes;
}
