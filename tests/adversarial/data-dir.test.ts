// The data directory is treated as ssh treats ~/.ssh: a symlink, a directory of another user or one
// others can write is refused with what to fix, and nothing is chmod-ed or written through a link.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import {
  answerOnce,
  hasCommand,
  isRoot,
  newEnv,
  PACK,
  rehearse,
  savedTo,
  sessionFiles,
  temp,
  unless,
} from './harness.js';

const NOBODY = 65534;

describe('symbolic links are never followed for data', () => {
  it('a data directory that is a link is refused, and its target keeps its mode', () => {
    const e = newEnv();
    const shared = temp();
    chmodSync(shared, 0o1777);
    symlinkSync(shared, e.home);
    const r = answerOnce(e);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a symbolic link; .*replace the link with a directory/);
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(sessionFiles(path.join(shared, 'sessions'))).toEqual([]);
  });

  it('a sessions directory that is a link is refused, and its target keeps its mode', () => {
    const e = newEnv();
    mkdirSync(e.home, { mode: 0o700 });
    const shared = temp();
    chmodSync(shared, 0o1777);
    symlinkSync(shared, path.join(e.home, 'sessions'));
    const r = answerOnce(e);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a symbolic link');
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
  });

  it('review --rate does not write through a session file that is a link', () => {
    const e = newEnv();
    expect(answerOnce(e).code).toBe(0);
    const [file] = sessionFiles(path.join(e.home, 'sessions'));
    const victim = path.join(temp(), 'victim.yaml');
    writeFileSync(victim, readFileSync(file as string));
    const before = readFileSync(victim, 'utf8');
    execFileSync('ln', ['-sf', victim, file as string]);
    const r = rehearse(e, ['review', path.basename(file as string, '.yaml'), '--rate', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe(before);
    expect(lstatSync(file as string).isSymbolicLink()).toBe(true);
  });
});

describe('directories others can write, or that belong to others, are refused', () => {
  it('a group-writable data directory: refused, with the chmod that fixes it', () => {
    const e = newEnv();
    mkdirSync(e.home);
    chmodSync(e.home, 0o770);
    const r = answerOnce(e);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`run "chmod 700 ${e.home}"`);
    expect(statSync(e.home).mode & 0o777).toBe(0o770);
  });

  it.skipIf(unless(isRoot, 'chown to another user needs root'))(
    'a data directory owned by another user is refused',
    () => {
      const e = newEnv();
      mkdirSync(e.home, { mode: 0o700 });
      chownSync(e.home, NOBODY, NOBODY);
      const r = answerOnce(e);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/belongs to another user \(uid 65534\)/);
    },
  );

  it.skipIf(
    unless(isRoot && hasCommand('setpriv'), 'running as another user needs root and setpriv'),
  )('run as nobody, a data directory made by root is refused as belonging to root', () => {
    const e = newEnv();
    mkdirSync(e.home, { mode: 0o700 });
    chmodSync(path.dirname(e.home), 0o755);
    const tmp = temp();
    chmodSync(tmp, 0o1777);
    const run = spawnSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        BIN,
        'practice',
        PACK,
        '--ids',
        'input-validation',
        '--plain',
      ],
      {
        cwd: ROOT,
        input: 'answer\n.\n3\n',
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', REHEARSE_HOME: e.home, TMPDIR: tmp },
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/belongs to another user \(uid 0\)/);
  });
});

describe('where the data directory is', () => {
  it('HOME= (empty) is refused rather than saving under the current directory', () => {
    const e = newEnv();
    const cwd = temp();
    const r = spawnSync(process.execPath, [BIN, 'practice', PACK, '--plain'], {
      cwd,
      input: 'a\n.\n',
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        NO_COLOR: '1',
        HOME: '',
        TMPDIR: e.tmp,
        XDG_DATA_HOME: '',
      },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/relative path \(is HOME empty\?\)/);
    expect(spawnSync('ls', ['-A', cwd], { encoding: 'utf8' }).stdout).toBe('');
  });
});

describe('the fallback directory is new, private and found again', () => {
  it('a planted /tmp/rehearse-<uid> link is ignored; the fallback is made with a unique name', () => {
    const e = newEnv();
    // The data directory cannot be made: a file stands where its parent should be.
    writeFileSync(e.home, 'not a directory');
    e.home = path.join(e.home, 'rehearse');
    const uid = process.getuid?.() ?? 0;
    const planted = temp();
    symlinkSync(planted, path.join(e.tmp, `rehearse-${uid}`));
    symlinkSync(planted, path.join(e.tmp, `rehearse-${uid}-planted`));
    const r = answerOnce(e);
    expect(r.code).toBe(0);
    const where = savedTo(r.stdout) as string;
    expect(r.stderr).toContain(`saving to ${where} instead`);
    const base = path.dirname(path.dirname(where));
    expect(path.dirname(base)).toBe(e.tmp);
    expect(path.basename(base)).toMatch(new RegExp(`^rehearse-${uid}-\\w{6}$`));
    expect(lstatSync(base).isDirectory()).toBe(true);
    expect(statSync(base).mode & 0o777).toBe(0o700);
    expect(statSync(path.dirname(where)).mode & 0o777).toBe(0o700);
    expect(statSync(where).mode & 0o777).toBe(0o600);
    expect(sessionFiles(path.join(planted, 'sessions'))).toEqual([]);
    // review and report find it there, by id and by default.
    const id = path.basename(where, '.yaml');
    expect(rehearse(e, ['review', id]).code).toBe(0);
    expect(rehearse(e, ['review']).stdout).toContain('input-validation');
  });
});
