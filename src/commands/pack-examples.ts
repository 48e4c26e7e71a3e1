// The example answers of the packs a session was drawn from, so "terms you did not use" can be
// ranked by how specific they are to a question within its pack. Best effort: a pack file that
// has moved, changed or no longer loads only makes the ranking fall back to the session's own
// example answers.
import path from 'node:path';
import type { Io } from '../base/io.js';
import type { SessionRecord } from '../core/session/record.js';
import { BUNDLED_QUESTIONS } from '../store/paths.js';
import { loadSources } from '../store/sources.js';

export async function packExamples(io: Io, record: SessionRecord): Promise<string[]> {
  const examples: string[] = [];
  for (const source of record.sources ?? []) {
    // Recorded relative to where practice ran; the bundled packs also by their own folder.
    const candidates = [
      path.resolve(io.cwd, source.path),
      path.join(BUNDLED_QUESTIONS, path.basename(source.path)),
    ];
    for (const candidate of candidates) {
      try {
        const { files } = await loadSources([candidate], io.cwd);
        const questions = files.flatMap((f) => f.questions);
        if (questions.length === 0) continue;
        for (const q of questions)
          if (q.question.example_answer) examples.push(q.question.example_answer);
        break;
      } catch {
        // not there or not readable: try the next place
      }
    }
  }
  return examples;
}
