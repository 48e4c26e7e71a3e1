import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../src/ui/report/escape.js';
import { rating, timingBar, timingSummary, when } from '../../src/ui/report/format.js';
import { splitAtSpans } from '../../src/ui/report/highlight.js';
import { highlighted } from '../../src/ui/report/html-question.js';

const timing = (
  answerSeconds: number | undefined,
  limitSeconds: number | null,
  overtimeSeconds = 0,
) => ({
  ...(answerSeconds === undefined ? {} : { answerSeconds }),
  limitSeconds,
  overtimeSeconds,
  timedOut: overtimeSeconds > 0,
});

describe('escapeHtml and the html template', () => {
  it('escapes the five characters and shows control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('a\u001b[2Jb\r\nc\td\u0000')).toBe('a\u241b[2Jb\nc\td\u2400');
  });

  it('escapes every interpolation except Html values', () => {
    const markup = html`<p title="${'"x'}">${'<b>'}${html`<i>${'&'}</i>`}${[1, '<', html`<br>`]}${undefined}${false}</p>`;
    expect(markup.value).toBe('<p title="&quot;x">&lt;b&gt;<i>&amp;</i>1&lt;<br></p>');
    expect(html`${trusted('<hr>')}`.value).toBe('<hr>');
  });
});

describe('highlighting', () => {
  it('splits at spans, merging overlaps and ignoring spans outside the text', () => {
    expect(
      splitAtSpans('abcdefgh', [
        [6, 20],
        [1, 3],
        [2, 4],
        [5, 5],
        [-3, -1],
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'ef', marked: false },
      { text: 'gh', marked: true },
    ]);
    expect(splitAtSpans('', [[0, 3]])).toEqual([]);
  });

  it('cuts before escaping, so offsets count characters of the raw text', () => {
    // "script" is at offsets 1–7 of the raw text; after escaping it would be at 4–10.
    expect(
      highlighted('<script> & x', [
        [1, 7],
        [11, 12],
      ]).value,
    ).toBe('&lt;<mark>script</mark>&gt; &amp; <mark>x</mark>');
  });
});

describe('timing bar', () => {
  it('in time: used / limit, limit mark at the end', () => {
    expect(timingBar(timing(74, 120))).toEqual({
      inTimePercent: 61.67,
      overtimePercent: 0,
      limitPercent: 100,
    });
    expect(timingBar(timing(120, 120))).toEqual({
      inTimePercent: 100,
      overtimePercent: 0,
      limitPercent: 100,
    });
  });

  it('over time: the bar spans the whole answer time, the limit mark sits inside', () => {
    expect(timingBar(timing(117, 90, 27))).toEqual({
      inTimePercent: 76.92,
      overtimePercent: 23.08,
      limitPercent: 76.92,
    });
    expect(timingBar(timing(240, 60, 180))).toEqual({
      inTimePercent: 25,
      overtimePercent: 75,
      limitPercent: 25,
    });
  });

  it('no bar without a limit or a recorded time', () => {
    expect(timingBar(timing(45, null))).toBeUndefined();
    expect(timingBar(timing(undefined, 60))).toBeUndefined();
    expect(timingSummary(timing(45, null))).toBe('0:45 (no time limit)');
    expect(timingSummary(timing(undefined, 60))).toBe('not timed');
  });
});

describe('rating and dates', () => {
  it('stars and n/5', () => {
    expect(rating(3)).toEqual({ stars: '★★★☆☆', label: '3/5' });
    expect(rating(3.5)).toEqual({ stars: '★★★★☆', label: '3.5/5' });
    expect(rating(undefined)).toBeUndefined();
  });

  it('ISO timestamps in UTC to the minute; anything else as written', () => {
    expect(when('2026-11-26T18:24:41.480Z')).toEqual({
      text: '2026-11-26 18:24 UTC',
      iso: '2026-11-26T18:24:41.480Z',
    });
    expect(when('yesterday <b>')).toEqual({ text: 'yesterday <b>' });
  });
});
