// Benchmark: the cost of ONE keystroke in the answer editor, a 50-word and a 5,000-word answer in
// the same run. Targets: ≤ 2 ms per key at 5,000 words, median ratio 5,000/50 ≤ 2.
// Run: node bench/keystroke.mjs [keys-per-case]   (the modules are bundled from src/ on the fly)
//
// Each measured key types "x" and is followed by an unmeasured Backspace, so the answer keeps its
// size. All cases are measured interleaved, key by key, in a shuffled order each round, so
// machine noise and garbage-collection pauses fall on them alike.
// Two ways, both measured per key:
//   frame  – the pure path the prompt runs for a key: TextBuffer update + LayoutCache (re-wraps
//            the edited line) + renderFrame (the visible screen string). No Inquirer.
//   prompt – the real prompt, the whole way: the byte goes into its input stream, Node readline
//            parses it, the keypress handler edits, the microtask calls onChange with the whole
//            text (as the autosave does) and renders, Inquirer's ScreenManager re-wraps and
//            writes the screen; timing stops when the frame reaches the output stream. The
//            streams are plain in-memory ones rather than @inquirer/testing's render(), which
//            keeps every frame it is sent (three copies) and would make the run measure its
//            own growing heap.
import { PerformanceObserver } from 'node:perf_hooks';
import { PassThrough, Writable } from 'node:stream';
import { importSrc } from './lib/import-src.mjs';

const { answerEditor } = await importSrc('src/ui/prompts/answer-editor.ts');
const { backspace, fromText, insert } = await importSrc('src/ui/editor/text-buffer.ts');
const { renderFrame, screenRows, textWidth } = await importSrc('src/ui/editor/view.ts');
const { LayoutCache } = await importSrc('src/ui/editor/layout.ts');

const iterations = Number(process.argv[2] ?? 2000);
const warmup = 300;
const TERMINAL = { columns: 80, rows: 24 };
const HEADER =
  'Question 3 of 8  ·  behavioural · medium · teamwork\n\n' +
  'Tell me about a time you disagreed with a senior colleague about a technical decision.\n' +
  'What did you do, and what happened?';
const STATUS = 'Answer 4:12 left  │  Session 31:05 left';

// --- Realistic text: sentences of 8–20 words, paragraphs of 60–120 words -------------------
let seed = 0x2f6b1d;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const VOCABULARY = (
  'the a to and of in that we I it was for on with my team as this but they our be had not ' +
  'project deadline customer service database migration decided because however instead ' +
  'engineer manager review design proposal latency outage incident rollback release tests ' +
  'agreed disagreed measured improved reduced performance trade-off risk budget schedule ' +
  'quickly carefully clearly data metrics users feedback meeting documented shared explained ' +
  'results week month quarter production staging feature critical simple complex approach ' +
  'senior colleague stakeholder priority impact ownership learned would could should first ' +
  "then finally eventually together we'd didn't it's system architecture service's"
).split(' ');
const PUNCTUATION = ['.', '.', '.', '!', '?', ';', ':'];

function sentence(words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(VOCABULARY));
  if (words > 10 && random() < 0.5) out[Math.floor(words / 2)] += ',';
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}${pick(PUNCTUATION)}`;
}

function paragraph(words) {
  const out = [];
  for (let left = words; left > 0; ) {
    const n = Math.min(left, 8 + Math.floor(random() * 13));
    out.push(sentence(n));
    left -= n;
  }
  return out.join(' ');
}

function answer(totalWords, { singleParagraph = false } = {}) {
  if (singleParagraph) return paragraph(totalWords);
  const paragraphs = [];
  for (let left = totalWords; left > 0; ) {
    const n = Math.min(left, 60 + Math.floor(random() * 61));
    paragraphs.push(paragraph(n));
    left -= n;
  }
  return paragraphs.join('\n\n');
}

// --- Statistics ------------------------------------------------------------------------------
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

// --- frame: the pure per-key path ------------------------------------------------------------
function frameSubject(text, where) {
  const cache = new LayoutCache();
  const headerRows = screenRows(HEADER, TERMINAL.columns);
  let buffer = fromText(text, where === 'end' ? text.length : Math.floor(text.length / 2));
  let top = 0;
  let lines = 0;
  const key = (edit) => {
    buffer = edit(buffer);
    const layout = cache.layout(buffer.lines, textWidth(TERMINAL.columns));
    const frame = renderFrame({
      buffer,
      layout,
      header: HEADER,
      headerRows,
      status: STATUS,
      hints: 'Enter newline · Ctrl+D submit · Ctrl+E editor · Ctrl+X skip',
      ...TERMINAL,
      top,
      dim: (s) => s,
    });
    top = frame.top;
    lines = frame.screen.split('\n').length;
  };
  key((b) => b); // the first layout wraps every line
  return {
    type() {
      key((b) => insert(b, 'x'));
      if (cache.lastWrapped !== 1) throw new Error(`re-wrapped ${cache.lastWrapped} lines`);
    },
    undo: () => key(backspace),
    screenLines: () => lines,
    close() {},
  };
}

// --- prompt: the real prompt, in-memory terminal streams ---------------------------------
const HIDE_CURSOR = '\u001b[?25l'; // ends every frame the editor draws

async function promptSubject(text, where) {
  let rendered = () => {};
  let lines = 0;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (chunk.includes(HIDE_CURSOR)) {
        lines = chunk.toString().split('\n').length;
        rendered();
      }
      done();
    },
  });
  Object.assign(output, TERMINAL);
  const input = new PassThrough();
  const drafts = { latest: '' };
  const answer = answerEditor(
    {
      header: HEADER,
      initial: text,
      status: () => STATUS,
      tickMs: 3_600_000, // no clock ticks during the measurement
      terminalSize: () => TERMINAL,
      onChange: (latest) => {
        drafts.latest = latest; // as the session's autosave does: the whole text after each key
      },
    },
    { input, output },
  );
  const press = (bytes) =>
    new Promise((resolve) => {
      rendered = resolve;
      input.write(bytes);
    });
  if (where === 'middle') {
    const rows = Math.round(text.length / 70); // about the rows at 80 columns
    await press(`\u001b[1;5H${'\u001b[B'.repeat(rows / 2)}`); // Ctrl+Home, then Down
  }
  return {
    type: () => press('x'),
    undo: () => press('\u007f'),
    screenLines: () => lines,
    async close() {
      input.write('\u0004');
      await answer;
    },
  };
}

// --- Run -------------------------------------------------------------------------------------
const texts = [
  ['50 words', answer(50)],
  ['5,000 words', answer(5000)],
  ['5,000 words, one paragraph', answer(5000, { singleParagraph: true })],
];
const fmt = (us) => `${us.toFixed(1).padStart(7)} µs`;
console.log(
  `One keystroke, terminal ${TERMINAL.columns}×${TERMINAL.rows}, ${iterations} keys per case ` +
    `(after ${warmup} warm-up keys), cases interleaved; node ${process.version}\n`,
);

// Garbage-collection pauses, reported so a slow p95 can be told apart from slow code.
const gc = { pauses: 0, ms: 0, longest: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.pauses++;
    gc.ms += entry.duration;
    gc.longest = Math.max(gc.longest, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

const results = {};
for (const mode of ['frame', 'prompt']) {
  Object.assign(gc, { pauses: 0, ms: 0, longest: 0 });
  const subjects = [];
  for (const where of ['end', 'middle'])
    for (const [name, text] of texts) {
      const subject =
        mode === 'frame' ? frameSubject(text, where) : await promptSubject(text, where);
      subjects.push({ id: `${mode}/${where}/${name}`, mode, where, name, subject, samples: [] });
    }
  const order = [...subjects];
  for (let i = 0; i < warmup + iterations; i++) {
    for (let j = order.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [order[j], order[k]] = [order[k], order[j]];
    }
    for (const s of order) {
      const start = performance.now();
      await s.subject.type();
      const us = (performance.now() - start) * 1000;
      if (i >= warmup) s.samples.push(us);
      await s.subject.undo();
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // lets the GC observer report
  const keys = 2 * (warmup + iterations) * subjects.length;
  console.log(
    `${mode}: ${keys} key renders; GC ${gc.pauses} pauses, ${gc.ms.toFixed(0)} ms in all, ` +
      `longest ${gc.longest.toFixed(1)} ms`,
  );
  for (const s of subjects) {
    const r = { ...summarise(s.samples), lines: s.subject.screenLines() };
    results[s.id] = r;
    await s.subject.close();
    console.log(
      `${s.mode.padEnd(6)} ${s.where.padEnd(6)} ${s.name.padEnd(27)} median ${fmt(r.median)}  ` +
        `p95 ${fmt(r.p95)}   screen ${r.lines} lines`,
    );
  }
}

console.log('');
let ok = true;
for (const mode of ['frame', 'prompt']) {
  for (const where of ['end', 'middle']) {
    const small = results[`${mode}/${where}/50 words`];
    const large = results[`${mode}/${where}/5,000 words`];
    const worst = results[`${mode}/${where}/5,000 words, one paragraph`];
    const ratio = large.median / small.median;
    const pass = large.median <= 2000 && large.p95 <= 2000 && ratio <= 2;
    ok &&= pass;
    console.log(
      `${mode.padEnd(6)} ${where.padEnd(6)} ratio 5,000/50 (median) ${ratio.toFixed(2)}×, ` +
        `5,000 words p95 ${(large.p95 / 1000).toFixed(3)} ms: ${pass ? 'OK' : 'MISSES TARGET'}` +
        `   (one paragraph: ${(worst.median / small.median).toFixed(2)}×, p95 ${(worst.p95 / 1000).toFixed(3)} ms)`,
    );
  }
}
console.log('targets: ≤ 2 ms per key at 5,000 words, ratio ≤ 2');
process.exitCode = ok ? 0 : 1;
