// The report's only stylesheet, inlined in a <style> element (the CSP allows inline styles and
// nothing else). System fonts only: the report must render offline, from a file, forever.
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --text: #1d232b; --muted: #58616d; --line: #d5dbe2; --page: #f4f6f8; --card: #fff;
  --panel: #fafbfc; --accent: #2b59c3; --good: #1d7a3a; --bad: #b3261e;
  --over: #c2410c; --over-light: #f08a4b; --mark: #ffe58a; --mark-text: inherit;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --text: #e4e8ee; --muted: #a3acb8; --line: #3a424d; --page: #15191e; --card: #1d2228;
    --panel: #232931; --accent: #7fa4ff; --good: #5cc27d; --bad: #ff8a80;
    --over: #ff9a52; --over-light: #c2410c; --mark: #6b5400; --mark-text: #fff6d5;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; padding: 2rem 1.5rem 3rem; background: var(--page); color: var(--text);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", sans-serif;
}
.page { max-width: 72rem; margin: 0 auto; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 1.75rem; }
h2 { font-size: 1.2rem; font-weight: 650; }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin-bottom: .5rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .9em; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.session { margin-bottom: 1.5rem; }
.session .subtitle { margin: .25rem 0 1rem; color: var(--muted); overflow-wrap: anywhere; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; margin: 0 0 1rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: .75rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.summary li { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .9rem; }
.summary .label { display: block; font-size: .8rem; color: var(--muted); }
.summary .value { font-size: 1.15rem; font-weight: 650; }
.note { border-left: 4px solid var(--accent); background: var(--card); padding: .6rem 1rem; margin: 0 0 1rem; border-radius: 0 .4rem .4rem 0; }
.toc { margin: 0; padding-left: 1.5rem; }
.toc a { color: var(--accent); }
.question { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: 1.25rem 1.5rem 1.5rem; margin: 0 0 1.5rem; }
.question > header { margin-bottom: 1rem; }
.question h2 { display: flex; gap: .6rem; align-items: baseline; overflow-wrap: anywhere; }
.num { flex: none; display: inline-block; min-width: 1.8rem; text-align: center; border-radius: 1rem; background: var(--accent); color: var(--card); font-size: .9rem; padding: .05rem .45rem; }
.tags { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; margin: .6rem 0 0; font-size: .85rem; color: var(--muted); }
.tags li { border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; overflow-wrap: anywhere; }
.answers { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; margin-bottom: 1rem; }
.answer { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: .9rem 1rem; }
.answer.example { border-style: dashed; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.empty { font-style: italic; color: var(--muted); margin: 0; }
.note-title { margin-top: 1rem; }
.attempts { margin-top: 1.25rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.attempt-list { margin: 0; padding-left: 1.5rem; }
.attempt-list li + li { margin-top: .75rem; }
.attempt-list .muted { margin: 0 0 .3rem; }
mark { background: var(--mark); color: var(--mark-text); border-radius: .2em; padding: 0 .1em; }
.details { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem 1.5rem; }
.details .column { min-width: 0; }
.details section + section { margin-top: 1.25rem; }
.details p { margin: 0 0 .4rem; }
.points, .star { list-style: none; padding: 0; margin: 0; }
.points li, .star li { display: flex; gap: .5rem; margin-bottom: .3rem; overflow-wrap: anywhere; }
.sym { flex: none; font-weight: 700; width: 1.1rem; text-align: center; }
.covered .sym, .found .sym { color: var(--good); }
.missed .sym, .absent .sym { color: var(--bad); }
.partly .sym { color: var(--accent); }
.bar { position: relative; display: flex; height: .9rem; border: 1px solid var(--muted); border-radius: .3rem; overflow: hidden; margin: .2rem 0 .4rem; background: var(--panel); }
.bar .in-time { background: var(--accent); }
.bar .overtime { background: repeating-linear-gradient(135deg, var(--over) 0 .35rem, var(--over-light) .35rem .7rem); }
.bar .limit { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px; background: var(--text); }
.over-text { color: var(--over); font-weight: 650; }
.stars { font-size: 1.3rem; letter-spacing: .1em; color: #b7791f; }
.words dl, .delivery dl { margin: 0; }
.words dt, .delivery dt { color: var(--muted); font-size: .85rem; }
.words dd, .delivery dd { margin: 0 0 .5rem; }
.delivery .notes { margin: .2rem 0 0; padding-left: 1.1rem; color: var(--muted); font-size: .9rem; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0; margin: 0; }
.chips li { background: var(--panel); border: 1px solid var(--line); border-radius: .3rem; padding: 0 .4rem; font-size: .9rem; overflow-wrap: anywhere; }
.chips .n { color: var(--muted); font-size: .8rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
footer { color: var(--muted); font-size: .85rem; }
@media screen and (max-width: 699.98px) {
  body { padding: 1rem .75rem 2rem; font-size: 15px; }
  .question { padding: 1rem; }
  .answers { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  body { background: none; color: #000; padding: 0; font-size: 11pt; }
  .toc { display: none; }
  .question { border: none; border-top: 2px solid #000; border-radius: 0; padding: 1rem 0 0; break-inside: avoid-page; }
  .question > header, h3 { break-after: avoid-page; }
  .answer, .summary li, .chips li, .note { background: none; }
  .answers { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  /* Highlights must survive printers that drop backgrounds: underline and bold as well. */
  mark { background: none; color: inherit; font-weight: 700; text-decoration: underline 2px; }
  .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .num { background: none; color: #000; border: 1px solid #000; }
}
`;
