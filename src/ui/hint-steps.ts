// The --hints flow, shared by the terminal and plain UIs: before the example answer, the key
// points are shown one at a time, and after each the candidate may add lines to the answer. The
// lines are kept apart from the answer (see HintView), so coverage before and after can be compared.
import type { HintView } from '../core/session/run-session.js';
import { sanitizeInline } from './sanitize.js';

export const HINT_DONE = '.';

export const HINT_PROMPT = `Add a line to your answer (empty line: next hint, "${HINT_DONE}": done)`;

/**
 * `ask` reads one line (undefined at end of input or on quit); `say` prints one. Returns when the
 * candidate is done or every hint has been shown and an empty line given.
 */
export async function runHintSteps(
  view: HintView,
  ask: (message: string) => Promise<string | undefined>,
  say: (text: string) => void,
): Promise<void> {
  const added: string[] = [];
  say(
    `Hints: ${view.points.length} key point${view.points.length === 1 ? '' : 's'}, one at a time.`,
  );
  for (const [i, point] of view.points.entries()) {
    say(`Hint ${i + 1} of ${view.points.length}: ${sanitizeInline(point)}`);
    view.onShown(i + 1);
    for (;;) {
      const line = await ask(HINT_PROMPT);
      if (line === undefined || line === HINT_DONE) return;
      if (line === '') break;
      added.push(line);
      view.onAddition(added.join('\n'));
    }
  }
}
