import { render } from '@inquirer/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AnswerEditorConfig, answerEditor } from '../../src/ui/prompts/answer-editor.js';

// Fake the clock but keep setImmediate (and microtasks) real, as Inquirer's own tests do:
// the prompt renders on setImmediate/microtask boundaries.
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
// Many tests look at a screen and leave the prompt open; close each one when its test ends, so
// that no prompt is still pending (and rejected unhandled) when the worker process exits.
const open: AbortController[] = [];
afterEach(() => {
  for (const controller of open.splice(0)) controller.abort();
  vi.useRealTimers();
});

const CURSOR = (text: string) => `\u001b[7m${text}\u001b[27m`;
const ctrl = (name: string) => ({ name, ctrl: true });

async function start(extra: Partial<AnswerEditorConfig> = {}) {
  const controller = new AbortController();
  open.push(controller);
  const rendered = await render(
    answerEditor,
    {
      header: 'Question 1 of 3\n\nTell me about a conflict you resolved.',
      status: () => 'Answer 2:00 left',
      ...extra,
    },
    { signal: controller.signal },
  );
  // An aborted prompt rejects with AbortPromptError: expected at the end of the test.
  rendered.answer.catch(() => {});
  return rendered;
}

/** Lets the microtask that renders a burst of keys run, and waits for that render. */
const settle = async (nextRender: () => Promise<void>) => {
  await nextRender();
};

describe('answerEditor: typing and finishing', () => {
  it('shows header, text with the cursor, status with word count, hints', async () => {
    const { events, getScreen, nextRender } = await start({ initial: 'My first' });
    events.type(' answer');
    await settle(nextRender);
    const screen = getScreen();
    expect(screen).toContain('Tell me about a conflict you resolved.');
    expect(screen).toContain('My first answer');
    expect(screen).toContain('Answer 2:00 left  │  3 words');
    expect(screen).toContain('Enter newline · Ctrl+D submit · Ctrl+E editor · Ctrl+X skip');
    expect(getScreen({ raw: true })).toContain(`My first answer${CURSOR(' ')}`);
  });

  it('Enter inserts a newline and Ctrl+D submits the exact text', async () => {
    const { answer, events } = await start();
    events.type('First line');
    events.keypress('enter');
    events.type('  second line\t');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({
      action: 'submit',
      text: 'First line\n  second line\t',
    });
  });

  it('Ctrl+D on an empty line submits (readline does not swallow it as end of input)', async () => {
    const { answer, events } = await start();
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: '' });
  });

  it('Ctrl+X skips and still returns the text', async () => {
    const { answer, events, getScreen, nextRender } = await start({ initial: 'half an answer' });
    events.keypress(ctrl('x'));
    await expect(answer).resolves.toEqual({ action: 'skip', text: 'half an answer' });
    await settle(nextRender);
    expect(getScreen()).toContain('Skipped (3 words kept).');
  });

  it('edits with arrows, word jumps and deletions', async () => {
    const { answer, events } = await start({ initial: 'one two three' });
    events.keypress({ name: 'left', ctrl: true }); // before "three"
    events.keypress('backspace'); // "one twothree"
    events.keypress({ name: 'b', meta: true }); // before "twothree"
    events.type('2 ');
    events.keypress('home');
    events.keypress('delete');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'ne 2 twothree' });
  });
});

describe('answerEditor: pastes', () => {
  it('a multi-line paste (many keypresses) inserts newlines and never submits', async () => {
    const { answer, events, getScreen, nextRender } = await start();
    events.type('line one\r\nline two\rline three\n');
    await settle(nextRender);
    expect(getScreen()).toContain('line one\nline two\nline three');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({
      action: 'submit',
      text: 'line one\nline two\nline three\n',
    });
  });

  it('a paste delivered as one keypress sequence is inserted whole, CRLF normalised', async () => {
    const { answer, events, input } = await start({ initial: '> ' });
    input.emit('keypress', null, { sequence: 'first\r\nsecond\rthird' });
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: '> first\nsecond\nthird' });
  });

  it('inside a bracketed paste even Ctrl+D and Enter are text', async () => {
    const { answer, events } = await start();
    events.type('\u001b[200~one\rtwo\u0004\u001b[201~');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'one\ntwo\u0004' });
  });

  it('a pasted escape sequence shows harmlessly but is returned raw', async () => {
    const { answer, events, getScreen, nextRender } = await start();
    const pasted = 'title \u001b]0;pwned\u0007 red \u001b[31mX\u001b[0m';
    events.type(pasted);
    await settle(nextRender);
    const raw = getScreen({ raw: true });
    expect(raw).toContain('title ␛]0;pwned␇ red ␛[31mX␛[0m');
    for (const unsafe of ['\u001b]', '\u0007', '\u001b[31m', '\u001b[0m'])
      expect(raw).not.toContain(unsafe);
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: pasted });
  });
});

describe('answerEditor: clock and callbacks', () => {
  it('re-reads the status line on every tick', async () => {
    const started = Date.now();
    const { events, getScreen, nextRender } = await start({
      status: () => `Answer ${120 - Math.floor((Date.now() - started) / 1000)}s left`,
    });
    expect(getScreen()).toContain('Answer 120s left');
    vi.advanceTimersByTime(5000);
    await settle(nextRender);
    expect(getScreen()).toContain('Answer 115s left');
    events.keypress(ctrl('d'));
  });

  it("onTick returning 'submit' ends with action 'timeout' and the text so far", async () => {
    const started = Date.now();
    const onTick = vi.fn((): 'submit' | 'continue' =>
      Date.now() - started >= 3000 ? 'submit' : 'continue',
    );
    const { answer, events, getScreen, nextRender } = await start({ onTick, tickMs: 500 });
    events.type('almost done');
    vi.advanceTimersByTime(3000);
    await expect(answer).resolves.toEqual({ action: 'timeout', text: 'almost done' });
    expect(onTick).toHaveBeenCalledTimes(6);
    await settle(nextRender);
    expect(getScreen()).toContain('Time is up: answer submitted (2 words).');
  });

  it('calls onChange with the text once per input chunk', async () => {
    const onChange = vi.fn();
    const { events, nextRender } = await start({ onChange });
    events.type('ab');
    await settle(nextRender);
    events.type('c');
    events.keypress('left'); // a move is not a change
    await settle(nextRender);
    events.keypress('backspace');
    await settle(nextRender);
    expect(onChange.mock.calls).toEqual([['ab'], ['abc'], ['ac']]);
    events.keypress(ctrl('d'));
  });
});

describe('answerEditor: external editor (Ctrl+E)', () => {
  it('replaces the text with what the editor returns', async () => {
    const openEditor = vi.fn(async (text: string) => `${text}, then edited\n`);
    const { answer, events, getScreen, nextRender } = await start({ initial: 'draft', openEditor });
    events.keypress(ctrl('e'));
    await settle(nextRender);
    expect(openEditor).toHaveBeenCalledWith('draft');
    expect(getScreen()).toContain('draft, then edited');
    events.type('!');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'draft, then edited!' });
  });

  it('keeps the clock running, does not draw over the editor, and times out when it closes', async () => {
    let close: (text: string) => void = () => {};
    const openEditor = () => new Promise<string>((resolve) => (close = resolve));
    const started = Date.now();
    const onTick = vi.fn((): 'submit' | 'continue' =>
      Date.now() - started >= 2000 ? 'submit' : 'continue',
    );
    const { answer, events, getScreen, getFullOutput, nextRender } = await start({
      initial: 'draft',
      openEditor,
      onTick,
    });
    events.keypress(ctrl('e'));
    await settle(nextRender);
    expect(getScreen()).toContain(
      'Save and close the editor to come back; the clock keeps running.',
    );
    const drawn = (await getFullOutput({ raw: true })).length;
    vi.advanceTimersByTime(3000);
    expect(onTick).toHaveBeenCalledTimes(12);
    expect((await getFullOutput({ raw: true })).length).toBe(drawn);
    close('edited in vim\n');
    await expect(answer).resolves.toEqual({ action: 'timeout', text: 'edited in vim' });
  });

  it('shows why the editor could not start and keeps the text', async () => {
    const openEditor = async () => {
      throw new Error('spawn nonexistent-editor ENOENT');
    };
    const { answer, events, getScreen, nextRender } = await start({ initial: 'kept', openEditor });
    events.keypress(ctrl('e'));
    await settle(nextRender); // the editor fails at once: one settle sees both renders
    expect(getScreen()).toContain('Could not open the editor: spawn nonexistent-editor ENOENT');
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({ action: 'submit', text: 'kept' });
  });
});

describe('answerEditor: window, wrapping and wide characters', () => {
  it('shows only the rows around the cursor, with "more lines" indicators', async () => {
    const initial = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n');
    const { events, getScreen, nextRender } = await start({
      initial,
      terminalSize: () => ({ columns: 80, rows: 16 }),
    });
    const screen = getScreen();
    // 16 rows: 3 header + 2 indicator lines + status + hints + 1 spare → 8 text rows.
    expect(screen).toContain('↑ 92 more lines');
    expect(screen).toContain('line 93\n');
    expect(screen).toContain('line 100');
    expect(screen).not.toContain('line 92\n');
    expect(screen.split('\n').length).toBeLessThanOrEqual(16);
    events.keypress({ name: 'home', ctrl: true });
    await settle(nextRender);
    expect(getScreen()).toContain('↓ 92 more lines');
    expect(getScreen()).toContain('line 1\n');
    events.keypress(ctrl('d'));
  });

  it('word-wraps to the terminal width and re-wraps on resize', async () => {
    const size = { columns: 21, rows: 24 };
    const { events, getScreen, nextRender } = await start({
      initial: 'the quick brown fox jumps over the lazy dog',
      terminalSize: () => size,
    });
    expect(getScreen()).toContain('the quick brown fox\njumps over the lazy\ndog');
    size.columns = 31;
    vi.advanceTimersByTime(250);
    await settle(nextRender);
    expect(getScreen()).toContain('the quick brown fox jumps over\nthe lazy dog');
    events.keypress(ctrl('d'));
  });

  it('puts the cursor on whole emoji and CJK characters', async () => {
    const { answer, events, getScreen, nextRender } = await start({
      terminalSize: () => ({ columns: 21, rows: 24 }),
    });
    events.type('字😀👩‍👩‍👧x');
    events.keypress('left');
    events.keypress('left');
    events.keypress('left');
    await settle(nextRender);
    expect(getScreen({ raw: true })).toContain(`字${CURSOR('😀')}👩‍👩‍👧x`);
    events.keypress('left');
    events.keypress('backspace'); // nothing before 字
    events.keypress('delete');
    await settle(nextRender);
    expect(getScreen({ raw: true })).toContain(`${CURSOR('😀')}👩‍👩‍👧x`);
    events.type('字'.repeat(12)); // 24 cells: a row (20 cells) holds 10 wide characters
    await settle(nextRender);
    expect(getScreen({ raw: true })).toContain(`${'字'.repeat(10)}\n字字${CURSOR('😀')}👩‍👩‍👧x`);
    events.keypress('up');
    await settle(nextRender);
    expect(getScreen({ raw: true })).toContain(`字字${CURSOR('字')}${'字'.repeat(7)}\n`);
    events.keypress(ctrl('d'));
    await expect(answer).resolves.toEqual({
      action: 'submit',
      text: `${'字'.repeat(12)}😀👩‍👩‍👧x`,
    });
  });
});
