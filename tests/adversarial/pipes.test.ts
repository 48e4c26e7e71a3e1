// Pipes: a reader of standard output that goes away does not stop answers arriving on standard
// input from being saved, and a run with nothing on standard input leaves no session behind.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { newEnv, PACK, readSession, rehearse, sessionFiles } from './harness.js';

describe('piping', () => {
  it('| head -1: the answer and rating that arrive are saved', () => {
    const e = newEnv();
    execFileSync(
      'sh',
      [
        '-c',
        `printf 'piped answer\\n.\\n3\\n' | "${process.execPath}" "${BIN}" practice ${PACK} --ids input-validation --plain | head -1 >/dev/null`,
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', REHEARSE_HOME: e.home, TMPDIR: e.tmp },
      },
    );
    const [file] = sessionFiles(path.join(e.home, 'sessions'));
    const record = readSession(file as string);
    expect(record.status).toBe('finished');
    expect(record.questions[0]).toMatchObject({ answer: 'piped answer', self_rating: 3 });
  });

  it('</dev/null creates no session file', () => {
    const e = newEnv();
    for (let i = 0; i < 2; i++) {
      const r = rehearse(e, ['practice', PACK, '--plain']);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('Continue with');
    }
    expect(sessionFiles(path.join(e.home, 'sessions'))).toEqual([]);
  });
});
