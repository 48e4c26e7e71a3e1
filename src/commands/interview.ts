// `rehearse interview SCRIPT`: runs a scripted interview and saves a scorecard.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { InputError, Interrupted, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { onProcessExitPaths } from '../cli/signals.js';
import { VERSION } from '../cli/version.js';
import { type InterviewUi, runInterview } from '../core/interview/run-interview.js';
import { planInterview } from '../core/interview/schedule.js';
import type { Scorecard } from '../core/interview/scorecard.js';
import type { LoadedQuestion } from '../core/load/parse-file.js';
import { compareProblems } from '../core/problem.js';
import { keyPointText } from '../core/questions/key-points.js';
import { SCRIPT_FILE } from '../core/questions/schema-constants.js';
import { resolveTimes } from '../core/questions/timing.js';
import { systemClock } from '../core/session/clock.js';
import { sessionId } from '../core/session/create.js';
import { scorecardsDir } from '../store/paths.js';
import { scorecardStore } from '../store/scorecard-file.js';
import { type LoadedScript, loadScript } from '../store/scripts.js';
import { colourFor } from '../ui/colour.js';
import { renderScorecardSummary } from '../ui/interview/summary.js';
import { sanitizeForTerminal } from '../ui/sanitize.js';
import { usePlain } from './run-and-save.js';

export interface InterviewOptions {
  candidate?: string;
  plain?: boolean;
}

async function readScript(
  io: Io,
  file: string,
): Promise<LoadedScript & { script: NonNullable<LoadedScript['script']> }> {
  const loaded = await loadScript(path.resolve(io.cwd, file), io.cwd);
  const errors = loaded.problems.filter((p) => p.severity === 'error').sort(compareProblems);
  if (errors.length || !loaded.script) {
    throw new InputError(
      `the interview script has ${errors.length} error${errors.length === 1 ? '' : 's'}; run "rehearse lint ${file}" for details`,
      errors,
    );
  }
  return loaded as LoadedScript & { script: NonNullable<LoadedScript['script']> };
}

function newScorecard(
  loaded: LoadedScript & { script: NonNullable<LoadedScript['script']> },
  byId: Map<string, LoadedQuestion>,
  candidate: string | undefined,
  absolute: string,
): Scorecard {
  const plan = planInterview(loaded.script, (id) =>
    byId.get(id) ? resolveTimes(byId.get(id) as LoadedQuestion).answerSeconds : undefined,
  );
  const now = Date.now();
  return {
    version: 1,
    kind: 'scorecard',
    id: sessionId(now, Math.random),
    tool: `rehearse ${VERSION}`,
    status: 'in-progress',
    script: {
      title: loaded.script.title,
      ...(loaded.script.role ? { role: loaded.script.role } : {}),
      file: absolute,
      sha256: createHash('sha256')
        .update(loaded.text ?? '')
        .digest('hex'),
      duration_seconds: plan.durationSeconds,
    },
    ...(candidate ? { candidate } : {}),
    started_at: new Date(now).toISOString(),
    elapsed_seconds: 0,
    position: 0,
    questions: plan.items.map((item) => {
      const q = byId.get(item.questionId) as LoadedQuestion;
      return {
        id: item.questionId,
        section: item.sectionId,
        status: 'pending',
        prompt: q.question.prompt,
        notes: '',
        follow_up_notes: [],
        key_points: (q.question.key_points ?? []).map((k) => ({
          point: keyPointText(k),
          ticked: false,
        })),
        seconds: 0,
        budget_seconds: item.budgetSeconds,
        source: { file: q.file, line: q.span.line },
      };
    }),
    scores: [],
  };
}

/** Without --candidate, the interviewer is asked for a name; an empty answer leaves it out. */
async function askCandidate(io: Io, given: string | undefined): Promise<string | undefined> {
  if (given !== undefined) return given;
  const { lineInput } = await import('../ui/prompts/line-input.js');
  const { ExitPromptError } = await import('@inquirer/core');
  const name = await lineInput(
    { message: "Candidate's name (Enter to leave it blank):" },
    { input: io.stdin, output: io.stdout as NodeJS.WritableStream },
  ).catch((error: unknown) => {
    if (error instanceof ExitPromptError)
      throw new Interrupted('cancelled before the interview started; nothing was saved');
    throw error;
  });
  return name.trim() || undefined;
}

/** Runs (or continues) an interview until it ends or is interrupted; saves on every exit path. */
export async function conductInterview(
  io: Io,
  scriptFile: string,
  card: Scorecard | undefined,
  options: InterviewOptions,
): Promise<void> {
  const loaded = await readScript(io, scriptFile);
  const byId = new Map(loaded.sources.flatMap((s) => s.questions).map((q) => [q.question.id, q]));
  const absolute = path.resolve(io.cwd, scriptFile);
  const plain = usePlain(io, options.plain);
  const candidate = card || plain ? options.candidate : await askCandidate(io, options.candidate);
  const scorecard = card ?? newScorecard(loaded, byId, candidate, absolute);
  if (
    card &&
    card.script.sha256 !==
      createHash('sha256')
        .update(loaded.text ?? '')
        .digest('hex')
  ) {
    io.stderr.write(
      'rehearse: the interview script changed since this interview started; continuing with the saved questions.\n',
    );
  }
  const plan = planInterview(
    loaded.script,
    (id) => scorecard.questions.find((q) => q.id === id)?.budget_seconds,
  );
  const store = scorecardStore(scorecardsDir(io.env));
  store.checkSafe();
  // A resumed interview open in another terminal is refused before any screen is drawn.
  if (card) {
    const note = store.lock(store.pathFor(card.id));
    if (note) io.stderr.write(`rehearse: ${sanitizeForTerminal(note)}\n`);
  }
  const c = colourFor(io.stdout, io.env);
  const saveSync = (x: Scorecard) => {
    const report = store.saveSync(x);
    if (report.fallback)
      io.stderr.write(
        `${c.yellow(sanitizeForTerminal(`rehearse: ${report.fallback.reason}\nrehearse: saving to ${report.fallback.path} instead.`))}\n`,
      );
  };
  const ui: InterviewUi & { close?: () => void } = plain
    ? (await import('../ui/interview/plain-ui.js')).plainInterviewUi(io)
    : (await import('../ui/interview/terminal-ui.js')).terminalInterviewUi(io, c);
  const dispose = onProcessExitPaths(() => saveSync(scorecard));
  try {
    saveSync(scorecard);
    await runInterview(loaded.script, plan, scorecard, {
      ui,
      clock: systemClock,
      save: async (x) => saveSync(x),
      guidance: (id) => {
        const q = byId.get(id)?.question;
        return {
          followUps: q?.follow_ups ?? [],
          lookFor: q?.interviewer?.look_for ?? [],
          redFlags: q?.interviewer?.red_flags ?? [],
        };
      },
    });
  } catch (error) {
    saveSync(scorecard);
    throw error;
  } finally {
    dispose();
    ui.close?.();
    store.release();
  }
  io.stdout.write(
    `\n${renderScorecardSummary(scorecard, loaded.script, store.pathFor(scorecard.id), c)}\n`,
  );
}

export async function interview(
  io: Io,
  scriptFile: string,
  options: InterviewOptions,
): Promise<void> {
  if (!SCRIPT_FILE.test(scriptFile)) {
    throw new UsageError(
      `"${scriptFile}" is not an interview script: scripts are named *.interview.yaml (see docs/interview-script.md)`,
    );
  }
  await conductInterview(io, scriptFile, undefined, options);
}
