// Every importer on fixtures written in the styles people actually have (career-site copy, guides in
// Markdown, spreadsheets, Anki exports), each quirk a row. The output must load with no errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  type ImportedDocument,
  type ImportFormat,
  ImportSyntaxError,
  importDocument,
} from '../../src/core/import/index.js';
import { buildQuestionFile } from '../../src/core/import/question-file.js';
import { decodeUtf8 } from '../../src/core/load/decode.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { questionFileText } from '../../src/store/question-file-out.js';

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const bytes = (name: string) => readFileSync(new URL(name, FIXTURES));
function read(name: string): string {
  const decoded = decodeUtf8(bytes(name));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.text;
}

interface Expected {
  prompt: string | RegExp;
  answer?: string | RegExp | null;
  tags?: string[];
  kind?: string;
  difficulty?: string;
  answer_time?: string;
  key_points?: string[];
  line?: number;
}

interface Case {
  file: string;
  format: ImportFormat;
  title?: string;
  description?: RegExp;
  questions: Expected[];
}

const SEED_ANSWER_3 =
  'For compliance with IEC 62304, I maintain thorough documentation throughout the software development process. This includes detailed design specifications, risk analysis reports, and validation and verification plans.\n\nRegular audits and reviews by a separate team ensure that all documents meet the stringent standards required for medical device software, as outlined in IEC 62304.';

const CASES: Case[] = [
  {
    file: 'seed-product-security.txt', // dense: no blank lines, no final newline, curly quotes, URL
    format: 'text',
    title: 'Product Security Engineer Interview Questions',
    description: /^Since the job responsibilities .* healthcare organization\.$/,
    questions: [
      {
        prompt: /^Can you describe a scenario .* mitigate it\?$/,
        answer: /defibrillator’s software/,
        line: 3,
      },
      {
        prompt: /^Tell me about a time when you influenced/,
        answer: /^In a project designing a new insulin pump/,
      },
      {
        prompt:
          'How do you ensure your design documentation meets the industry standards for medical device software, such as IEC 62304 (https://www.iso.org/standard/38421.html)? Can you describe the process you follow?',
        answer: SEED_ANSWER_3,
      },
      { prompt: /^Give an example of a security solution/, answer: /user convenience\.$/ },
    ],
  },
  {
    file: 'career-site-sre.txt', // BOM, CRLF, numbering, "Sample answer" without colon, blank lines
    format: 'text',
    title: 'Site Reliability Engineer Interview Questions and Answers',
    description:
      /^Hiring managers at companies like “CloudCo” \(https:\/\/cloudco\.example\/careers\).*\nUse the sample answers/s,
    questions: [
      {
        prompt: 'What’s the difference between an SLI, an SLO and an SLA?',
        answer:
          /^An SLI is a measurement.*“99\.9% over 28 days”\.\n\nAn SLA is the contract.*customer does\.$/s,
        line: 6,
      },
      {
        prompt: 'Tell me about an outage you led the response to.\nWhat would you do differently?',
        answer:
          /\n\nAfterwards I ran a blameless review \(see https:\/\/sre\.google\/sre-book\/postmortem-culture\/\)/,
      },
      {
        prompt: 'How do you decide when to page someone at 3 a.m.?',
        answer:
          'Only for symptoms users feel, tied to an SLO burn rate; everything else becomes a ticket.',
      },
    ],
  },
  {
    file: 'flashcards-qa.txt', // Q:/A: blocks, a two-line question, a list in an answer
    format: 'text',
    title: 'Behavioural flashcards',
    questions: [
      {
        prompt: 'Tell me about yourself.',
        answer: 'Two minutes: present role, past highlight, why this job.',
      },
      {
        prompt: 'Describe a conflict with a manager\nand how it ended.',
        answer: 'Situation, task, action, result.\n- stayed factual\n- agreed a next step',
      },
      { prompt: 'What is your greatest weakness?', answer: 'A real one, with what I do about it.' },
    ],
  },
  {
    file: 'inline-labels.txt', // "Answer: text" and "Example Answer – text" on the label line, a tab
    format: 'text',
    title: 'Data Engineer Questions',
    questions: [
      {
        prompt: 'Explain the difference between a data lake and a data warehouse.',
        answer:
          'A lake stores raw data in open formats; a warehouse stores modelled data for queries.',
      },
      { prompt: 'Why partition a large table?', answer: /^So queries read less data/ },
    ],
  },
  {
    file: 'outline.txt', // bulleted "- Question 1:" / "- Answer:" lines, blank lines between pairs
    format: 'text',
    title: 'Backend interview prep',
    questions: [
      { prompt: 'How do you version an API?', answer: /^In the URL for breaking changes/ },
      { prompt: 'How do you make a job idempotent?', answer: /^Give each run a key/, line: 6 },
    ],
  },
  {
    file: 'setext.md', // setext headings, "Question 1:" and "2)" numbering, closing #s, "## Answer"
    format: 'markdown',
    title: 'Setext title',
    questions: [
      { prompt: 'Why Go?', answer: 'Simple concurrency and fast builds.' },
      { prompt: 'What is a goroutine?', answer: 'A lightweight thread managed by the Go runtime.' },
    ],
  },
  {
    file: 'career-guide-asides.txt', // "Why interviewers ask…", "How to answer" notes between Q and A
    format: 'text',
    title: 'Customer Success Manager Interview Questions',
    questions: [
      { prompt: 'Why do you want to work in customer success?', answer: /^I like turning/ },
      {
        prompt: 'Tell me about a customer you turned around.',
        answer: /^A logistics client.*\n\nThey renewed for two years\.$/s,
      },
      { prompt: 'What metrics do you track?', answer: /^Net revenue retention/ },
    ],
  },
  {
    file: 'guide.md', // H1 title, grouping H2s skipped, H3/H4 questions, bold labels, links, lists
    format: 'markdown',
    title: 'Frontend Engineer Interview Guide',
    description:
      /^A guide to the frontend loop at Example Corp \(https:\/\/example\.com\/jobs\)\.$/,
    questions: [
      {
        prompt: 'What happens when you type a URL into the browser?',
        answer:
          /^DNS lookup, TCP and TLS handshakes, then the HTTP request\. The browser parses HTML/,
        line: 7,
      },
      {
        prompt: 'How do you make a page load faster?\n\nAssume a large single-page app.',
        answer:
          '- split the bundle and lazy-load routes\n- serve images in modern formats\n- measure with Lighthouse (https://developer.chrome.com/docs/lighthouse)',
      },
      {
        prompt: 'Tell me about a time you disagreed with a designer.',
        answer:
          'I explained the accessibility cost of the design with axe results, and we agreed a compromise.',
      },
    ],
  },
  {
    file: 'guide-asides.md', // "Why interviewers ask" paragraphs and "### How to answer" headings
    format: 'markdown',
    title: 'Nursing interview questions',
    questions: [
      { prompt: 'How do you handle a difficult patient?', answer: /^I listen first/ },
      {
        prompt: 'Why did you choose nursing?',
        answer: "My grandmother's nurses showed me how much care matters.",
      },
    ],
  },
  {
    file: 'with-key-points.md', // a "Key points:" list after the answer becomes key_points
    format: 'markdown',
    questions: [
      {
        prompt: 'How do you check a dataset before analysing it?',
        answer: /^I profile every column.*source\.$/,
        key_points: [
          'profile the columns',
          'duplicates and nulls',
          'reconcile totals with the source',
        ],
      },
    ],
  },
  {
    file: 'table.md', // a pipe table with a header row, <br> in a cell, an escaped \| and a link
    format: 'markdown',
    title: 'Team questions',
    questions: [
      {
        prompt: 'Why Go?',
        answer: 'Fast builds.\nSimple concurrency (https://go.dev).',
        tags: ['go', 'backend'],
        line: 5,
      },
      { prompt: 'What is a pipe | in shell?', answer: 'Connects commands.', tags: ['shell'] },
    ],
  },
  {
    file: 'headings-only.md', // no labels, an "### Example answer" heading, a question with no answer
    format: 'markdown',
    questions: [
      {
        prompt: 'Why do you want to work here?',
        answer:
          'Your mission matches what I care about.\n\nI have used the product for three years.',
      },
      { prompt: 'Describe your ideal team', answer: 'Small, trusted, and honest in reviews.' },
      { prompt: 'Where do you see yourself in five years?', answer: null },
    ],
  },
  {
    file: 'bold-questions.md', // questions as bold paragraphs, *Sample answer:* labels
    format: 'markdown',
    title: 'Product Manager questions',
    questions: [
      { prompt: 'How do you prioritise a roadmap?', answer: /^By impact on the goal/ },
      {
        prompt: 'How do you say no to a stakeholder?',
        answer: 'With the reason and what would change my mind.',
      },
    ],
  },
  {
    file: 'bold-flashcards.md', // **Q:** / **A:** paragraphs in Markdown, soft line breaks
    format: 'markdown',
    questions: [
      {
        prompt: 'What is a race condition?',
        answer: 'Two threads touch shared state without ordering.',
      },
      { prompt: 'What is a deadlock?', answer: 'Each waits for a lock the other holds.', line: 4 },
    ],
  },
  {
    file: 'blog-front-matter.md', // YAML front matter with the title, H2 questions, no labels
    format: 'markdown',
    title: 'Kubernetes interview questions',
    questions: [
      { prompt: 'What is a Pod?', answer: /^The smallest deployable unit/, line: 9 },
      { prompt: 'Why use a Deployment rather than bare Pods?', answer: /replicas/ },
    ],
  },
  {
    file: 'sheet-title-row.csv', // a title row above the header, ";" separators
    format: 'csv',
    title: 'Platform team questions',
    questions: [{ prompt: 'What is GitOps?', tags: ['gitops'], line: 3 }],
  },
  {
    file: 'excel-semicolon.csv', // BOM, CRLF, ";" separator, multi-line quoted cell, British kind
    format: 'csv',
    questions: [
      {
        prompt: 'Walk me through how you would design a URL shortener.',
        answer:
          'Start with the API and the read/write ratio.\n\nThen storage: a key-value store keyed by the short code.',
        tags: ['system-design', 'scalability'],
        key_points: ['API first', 'read/write ratio', 'key-value storage'],
        kind: 'system-design',
        difficulty: 'hard',
        answer_time: '5m',
        line: 2,
      },
      {
        prompt: 'Tell me about a mistake you made.',
        tags: ['behavioural'],
        kind: 'behavioral',
        answer_time: '2m',
        line: 5,
      },
    ],
  },
  {
    file: 'sheets.csv', // "," separator, doubled quotes, ";" tags, a blank row, no final newline
    format: 'csv',
    questions: [
      {
        prompt: 'What does "idempotent" mean for an API?',
        answer: /^Calling it twice/,
        tags: ['api', 'http'],
        answer_time: '1m30s',
      },
      {
        prompt: 'How would you debug a slow query?',
        tags: ['databases'],
        answer_time: '3m',
        line: 4,
      },
    ],
  },
  {
    file: 'anki-notes.txt', // #separator:tab, #html:true, notetype/deck/tags columns, entities, lists
    format: 'anki',
    questions: [
      {
        prompt: 'What is the principle of least privilege?',
        answer:
          'Give each user and process only the access it needs.\n\nReview grants regularly & remove what is unused.',
        tags: ['security', 'access-control'],
        line: 6,
      },
      {
        prompt: 'What does CSRF stand for, and how do you prevent it?',
        answer: 'Cross-site request forgery.\n- SameSite cookies\n- anti-CSRF tokens',
        tags: ['security', 'web-csrf'],
      },
    ],
  },
  {
    file: 'anki-columns.txt', // #columns:, ";" separator, #html:false, a cloze deletion
    format: 'anki',
    questions: [
      { prompt: 'Explain CAP in one sentence', tags: ['distributed-systems'] },
      { prompt: 'Raft is a consensus algorithm', answer: 'Leader election and log replication.' },
    ],
  },
];

function check(doc: ImportedDocument, c: Case): void {
  if (c.title !== undefined) expect(doc.title).toBe(c.title);
  if (c.description) expect(doc.description).toMatch(c.description);
  expect(doc.questions.map((q) => q.prompt)).toHaveLength(c.questions.length);
  for (const [n, want] of c.questions.entries()) {
    const got = doc.questions[n];
    if (!got) throw new Error(`question ${n + 1} missing`);
    if (typeof want.prompt === 'string') expect(got.prompt).toBe(want.prompt);
    else expect(got.prompt).toMatch(want.prompt);
    if (want.answer === null) expect(got.example_answer).toBeUndefined();
    else if (typeof want.answer === 'string') expect(got.example_answer).toBe(want.answer);
    else if (want.answer) expect(got.example_answer).toMatch(want.answer);
    for (const key of ['tags', 'kind', 'difficulty', 'answer_time', 'key_points', 'line'] as const)
      if (want[key] !== undefined) expect(got[key], key).toEqual(want[key]);
  }
}

describe('importers, one fixture per style', () => {
  it.each(CASES)('$file reads as $format', (c) => {
    const text = read(c.file);
    expect(detectFormat(c.file, text).format).toBe(c.format);
    const doc = importDocument(text, c.format);
    check(doc, c);
    // The question file written from it loads with no errors (warnings for key points only).
    const built = buildQuestionFile([doc], { fallbackTitle: 'Imported' });
    const yaml = questionFileText(built.data, 'question-file.schema.json', built.withoutKeyPoints);
    const parsed = parseQuestionFile('out.yaml', new TextEncoder().encode(yaml));
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.questions).toHaveLength(c.questions.length);
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=question-file.schema.json');
    const warned = new Set(parsed.problems.map((p) => p.rule));
    expect(
      [...warned].every((r) => r === 'missing-key-points' || r === 'missing-example-answer'),
    ).toBe(true);
  });

  it('the seed keeps its two-paragraph answer whole, with nothing of the next question in it', () => {
    const doc = importDocument(read('seed-product-security.txt'), 'text');
    expect(doc.questions[2]?.example_answer).toBe(SEED_ANSWER_3);
    expect(doc.questions.some((q) => /job responsibilities/.test(q.prompt))).toBe(false);
  });

  it.each([
    ['a final newline', (t: string) => `${t}\n`],
    ['CRLF line ends and a BOM', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}\r\n\r\n`],
    ['trailing blank lines', (t: string) => `${t}\n\n\n`],
  ])('the seed with %s reads the same', (_, change) => {
    const plain = importDocument(read('seed-product-security.txt'), 'text');
    expect(importDocument(change(read('seed-product-security.txt')), 'text')).toEqual(plain);
  });

  it('asides in a dense document belong to neither the question nor the previous answer', () => {
    const text = [
      'Title',
      'Why this company?',
      'Why employers ask: to test research.',
      'Example answer:',
      'Your mission.',
      'What is your biggest strength?',
      'How to answer',
      'Pick one strength and prove it.',
      'Sample answer',
      'Calm under pressure.',
    ].join('\n');
    const doc = importDocument(text, 'text');
    expect(doc.questions.map((q) => [q.prompt, q.example_answer])).toEqual([
      ['Why this company?', 'Your mission.'],
      ['What is your biggest strength?', 'Calm under pressure.'],
    ]);
  });

  it.each([
    ['**1. Tell me about yourself**\nExample answer: Briefly.', 'Tell me about yourself'],
    ['- **Question 3:** Why us?\n- **Answer:** The mission.', 'Why us?'],
    ['__Why now?__\n\nSample response\n\nTiming.', 'Why now?'],
  ])('decorated question %j', (text, prompt) => {
    expect(importDocument(text, 'text').questions.map((q) => q.prompt)).toEqual([prompt]);
  });

  it('a first line as long as a paragraph is a preamble, not a title', () => {
    const intro =
      `${'This guide collects the questions we were asked most often. '.repeat(4)}`.trim();
    const doc = importDocument(`${intro}\nWhy us?\nAnswer: The mission.\n`, 'text');
    expect(doc.title).toBeUndefined();
    expect(doc.description).toBe(intro);
    expect(doc.questions).toHaveLength(1);
  });

  it('a "Key points:" list after a text answer becomes key points; without a list it stays text', () => {
    const doc = importDocument(
      [
        'Title',
        'Why this role?',
        'Example answer:',
        'The team ships weekly.',
        'Key points:',
        '- pace',
        '- ownership',
        'What do you need from a manager?',
        'Answer: Clear goals. Key points: none really.',
      ].join('\n'),
      'text',
    );
    expect(doc.questions.map((q) => [q.example_answer, q.key_points])).toEqual([
      ['The team ships weekly.', ['pace', 'ownership']],
      ['Clear goals. Key points: none really.', undefined],
    ]);
  });

  it('the same input gives the same ids, unique within the file', () => {
    const doc = importDocument(read('career-site-sre.txt'), 'text');
    const once = buildQuestionFile([doc, doc], { fallbackTitle: 'x' });
    const again = buildQuestionFile([doc, doc], { fallbackTitle: 'x' });
    const ids = (once.data.questions as { id: string }[]).map((q) => q.id);
    expect(ids).toEqual((again.data.questions as { id: string }[]).map((q) => q.id));
    expect(new Set(ids).size).toBe(6);
    expect(ids[0]).toBe('whats-difference-sli-slo-sla');
    expect(ids[3]).toBe('whats-difference-sli-slo-sla-2');
  });

  it('questions without key points get a comment saying what to add', () => {
    const doc = importDocument(read('excel-semicolon.csv'), 'csv');
    const built = buildQuestionFile([doc], { fallbackTitle: 'x' });
    expect(built.withoutKeyPoints).toEqual(['tell-mistake-made']);
    const yaml = questionFileText(built.data, 's.json', built.withoutKeyPoints);
    expect(yaml.match(/# key_points: add 3 to 6/g)).toHaveLength(1);
  });
});

describe('what cannot be placed or read', () => {
  it('a document with no question reports what was looked for and the lines it could not place', () => {
    const doc = importDocument(read('no-questions.txt'), 'text');
    expect(doc.questions).toEqual([]);
    expect(doc.lookedFor).toMatch(/Example answer:/);
    expect(doc.unplaced.map((u) => u.line)).toEqual([1, 2, 3]);
  });

  it.each([
    ['broken-quote.csv', 3, /closing quote/],
    ['no-question-column.csv', 1, /names no question column \(found: "name", "email"\)/],
  ])('%s is a positioned error', (file, line, message) => {
    let error: unknown;
    try {
      importDocument(read(file), 'csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportSyntaxError);
    expect((error as ImportSyntaxError).line).toBe(line);
    expect((error as ImportSyntaxError).message).toMatch(message);
  });

  it('an unknown kind or difficulty is left out with a warning at its row', () => {
    const doc = importDocument(read('excel-semicolon.csv'), 'csv');
    expect(doc.warnings).toEqual([
      { line: 5, message: 'difficulty "tricky" is not one of easy, medium, hard; left out' },
    ]);
    expect(doc.questions[1]?.difficulty).toBeUndefined();
  });
});

describe('format detection', () => {
  it.each([
    ['notes.txt', '#separator:tab\nQ\tA\n', 'anki'],
    ['deck.txt', 'What is DNS?\tName resolution\nWhat is TCP?\tA transport\n', 'anki'],
    ['sheet', 'Question,Answer\nWhy?,Because\n', 'csv'],
    ['guide', '# Title\n\n## Why?\n\nBecause.\n', 'markdown'],
    ['guide.txt', 'Title\nWhy?\nAnswer: because\n', 'text'],
    ['export.TSV', 'question\tanswer\n', 'csv'],
    ['tips.txt', 'Questions, answers and tips\nWhy?\nAnswer: because\n', 'text'],
  ])('%s is %s', (name, text, format) => {
    expect(detectFormat(name, text).format).toBe(format);
  });
});
