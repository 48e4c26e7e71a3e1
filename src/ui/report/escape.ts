// The one gate for session text on its way into HTML. Reports are built with the `html` tagged
// template, which escapes every interpolated value unless it is already `Html` (made by this
// module), so forgetting to escape is not possible: raw text never becomes markup by accident.
import { sanitizeForTerminal } from '../sanitize.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Markup that is safe to insert as is: only this module and `html` create it. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Text as it should read on the page: Windows line ends become newlines, and control characters
 * (escape sequences, NUL, bidirectional overrides) are shown as visible symbols such as ␛ rather
 * than silently dropped, so a reviewer sees exactly what the file holds.
 */
export function visibleText(text: string): string {
  return sanitizeForTerminal(text.replace(/\r\n/g, '\n'));
}

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // false/null/undefined render as nothing so `cond && html`...`` reads naturally.
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** Tagged template: literal parts are trusted markup, every interpolation is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup from this codebase (the stylesheet); never pass session text. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
