import type { Io } from '../base/io.js';
import { formatDuration } from '../core/duration.js';
import { filterQuestions } from '../core/questions/bank.js';
import type { Difficulty, Kind } from '../core/questions/schema.js';
import { resolveTimes } from '../core/questions/timing.js';
import { plural } from '../core/text/plural.js';
import { colourFor } from '../ui/colour.js';
import { escapeJsonText } from '../ui/reporters/escape.js';
import { renderTable } from '../ui/table.js';
import { loadQuestions } from './load-questions.js';

export interface ListOptions {
  tag?: string[];
  difficulty?: Difficulty[];
  kind?: Kind[];
  json?: boolean;
}

export async function list(io: Io, paths: string[], options: ListOptions): Promise<void> {
  const { questions: all } = await loadQuestions(io, paths);
  const shown = filterQuestions(all, {
    tags: options.tag,
    difficulties: options.difficulty,
    kinds: options.kind,
  });
  if (options.json) {
    const out = shown.map((q) => ({
      ...q.question,
      file: q.file,
      line: q.span.line,
      ...resolveTimes(q),
    }));
    io.stdout.write(`${escapeJsonText(JSON.stringify(out, null, 2))}\n`);
    return;
  }
  const c = colourFor(io.stdout, io.env);
  const rows = shown.map((q) => {
    const t = resolveTimes(q);
    return [
      q.question.id,
      q.question.kind ?? '',
      q.question.difficulty ?? '',
      `${formatDuration(t.prepSeconds)} + ${formatDuration(t.answerSeconds)}`,
      (q.question.tags ?? []).join(', '),
    ];
  });
  const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : Number.POSITIVE_INFINITY;
  io.stdout.write(
    renderTable(['ID', 'KIND', 'DIFFICULTY', 'PREP + ANSWER', 'TAGS'], rows, {
      width,
      header: c.bold,
    }),
  );
  const files = new Set(shown.map((q) => q.file)).size;
  io.stdout.write(
    c.dim(`${shown.length} of ${plural(all.length, 'question')} from ${plural(files, 'file')}\n`),
  );
}
