// The generated session history the history and schedule benchmarks share: `count` sessions of
// 10 questions (ids question-0 … question-9) with ~200-word answers, about 35 KB a file, one an
// hour from 1 January 2026, written as rehearse writes them (digest line included).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importSrc } from './import-src.mjs';

const { serializeSession } = await importSrc('src/store/session-file.ts');

const words =
  'we validated inputs threat model firmware signed update patient safety risk sbom components monitored vulnerability disclosure team'.split(
    ' ',
  );
export const text = (n, seed) =>
  Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ');

export const QUESTIONS = 10;
export const prompt = (q) => `Question ${q}: ${text(20, q)}?`;
export const keyPoints = (q) => [text(3, q), text(4, q + 1), text(3, q + 2)];

export function writeSessions(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let s = 0; s < count; s++) {
    const started = new Date(Date.UTC(2026, 0, 1) + s * 3_600_000).toISOString();
    const id = `${started.slice(0, 10).replaceAll('-', '')}-${started.slice(11, 19).replaceAll(':', '')}-${String(s).padStart(4, '0')}`;
    const questions = Array.from({ length: QUESTIONS }, (_, q) => ({
      id: `question-${q}`,
      status: q === 9 && s % 5 === 0 ? 'skipped' : 'answered',
      prompt: prompt(q),
      answer: `${text(120, s + q)}\n${text(60, s)}`,
      example_answer: `${text(150, q)}\n`,
      key_points: keyPoints(q),
      coverage: { covered: [text(3, q)], missed: [text(4, q + 1), text(3, q + 2)] },
      self_rating: 1 + ((s + q) % 5),
      mode: 'typed',
      prep_seconds: 12,
      prep_limit_seconds: 30,
      answer_seconds: 100 + ((s * q) % 120),
      time_limit_seconds: 180,
      overtime_seconds: Math.max(0, ((s * q) % 120) - 80),
      timed_out: false,
      source: { file: 'questions/pack.yaml', line: 5 + q * 20 },
      tags: [`tag-${q % 4}`, 'common'],
      kind: 'technical',
      difficulty: 'medium',
    }));
    const record = {
      version: 1,
      id,
      tool: 'rehearse bench',
      status: 'finished',
      started_at: started,
      ended_at: started,
      elapsed_seconds: 1500,
      settings: {
        filters: {},
        order: 'file',
        timer: true,
        on_timeout: 'soft',
        reveal: 'each',
        aloud: false,
        bell: false,
      },
      sources: [{ path: 'questions/pack.yaml', sha256: '0'.repeat(64) }],
      questions,
    };
    writeFileSync(path.join(dir, `${id}.yaml`), serializeSession(record));
  }
}
