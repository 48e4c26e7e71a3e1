// What rehearse writes, it reads back: any text in an answer, a prompt or a key point, including
// noncharacters (U+FFFE, U+FFFF, U+FDD0…), C1 controls, DEL and lone surrogates, survives a save
// and a read, by both YAML readers in use (js-yaml for sessions, yaml for everything else).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSession } from '../../src/core/session/create.js';
import type { SessionRecord } from '../../src/core/session/record.js';
import { parseSession, serializeSession } from '../../src/store/session-file.js';
import { baseSettings, FakeClock, question } from '../session/fake-session.js';

const AWKWARD = fc.constantFrom(
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\uFDEF',
  '\u{1FFFE}',
  '\u{10FFFF}',
  '\u007F',
  '\u0085',
  '\u009B',
  '\u2028',
  '\u202E',
  '\uFEFF',
  '\u0000',
  '\u001B',
  '\uD800',
  '\uDFFF',
  '\r',
  '\t',
  '\n',
);
// Ordinary text with awkward characters mixed in anywhere.
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), AWKWARD), { maxLength: 20 })
  .map((parts) => parts.join(''));

describe('session files round-trip any text', () => {
  it('answers, drafts, prompts and key points come back exactly', () => {
    let reached = 0;
    fc.assert(
      fc.property(text, text, text, (answer, prompt, point) => {
        const r: SessionRecord = createSession({
          id: 's1',
          tool: 'rehearse test',
          startedAt: new FakeClock().wall(),
          settings: baseSettings,
          questions: [question('q1')],
          sources: [],
        });
        const q = r.questions[0] as SessionRecord['questions'][number];
        Object.assign(q, { answer, draft: `${answer}${point}`, prompt, key_points: [point] });
        const written = serializeSession(r);
        for (const back of [parseSession(written, 'x.yaml'), parse(written) as SessionRecord]) {
          expect(back.questions[0]).toMatchObject({
            answer,
            draft: `${answer}${point}`,
            prompt,
            key_points: [point],
          });
        }
        reached++;
      }),
      { numRuns: 500, seed: 14 },
    );
    console.log(`yaml round trip: ${reached} of 500 generated sessions reached the assertion`);
    expect(reached).toBe(500);
  });
});
