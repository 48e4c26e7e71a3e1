import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScript } from '../../src/store/scripts.js';

const dir = fileURLToPath(new URL('../fixtures/interview/', import.meta.url));
const brief = async (name: string) =>
  (await loadScript(`${dir}${name}`, dir)).problems.map((p) => `${p.line}:${p.column} ${p.rule}`);

describe('interview script checks, with positions', () => {
  it.each([
    ['good.interview.yaml', []],
    ['dangling.interview.yaml', ['9:13 unknown-question', '10:19 unknown-criterion']],
    [
      'bad.interview.yaml',
      [
        '2:11 over-budget',
        '3:22 missing-source',
        '7:11 over-budget',
        '8:15 unknown-criterion',
        '13:9 invalid-value',
      ],
    ],
    ['nope.interview.yaml', ['1:1 unreadable']],
    ['levels.interview.yaml', []],
    ['levels-mismatch.interview.yaml', ['15:9 invalid-value']],
  ])('%s', async (name, expected) =>
    expect((await brief(name)).sort()).toEqual([...expected].sort()),
  );

  it('names what is wrong in words', async () => {
    const messages = (await loadScript(`${dir}bad.interview.yaml`, dir)).problems.map(
      (p) => p.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        "sections add up to 13:00, more than the interview's duration of 10:00",
        'criterion "depht" is not in the rubric (it has depth)',
        'section "one" has 8:00 but its questions\' own times add up to 9:00',
        'section id "one" is used twice',
      ]),
    );
  });

  it("says when a criterion's own levels are scored differently from the scale", async () => {
    const messages = (await loadScript(`${dir}levels-mismatch.interview.yaml`, dir)).problems.map(
      (p) => p.message,
    );
    expect(messages).toEqual([
      'criterion "depth" has levels scored 1, 3 but the scale is scored 1, 2; use the same scores',
    ]);
  });
});
