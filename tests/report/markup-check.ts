// Independent readers for the reports' output, used to check what a browser or a Markdown
// renderer would see: which tags and attributes the HTML has, and where Markdown fences are.

export interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Opening tags of an HTML document, outside the <style> element (whose CSS contains `>`). */
export function tagsOf(document: string): Tag[] {
  const withoutCss = document.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  return [...withoutCss.matchAll(/<([a-zA-Z][\w-]*)((?:\s[^>]*)?)>/g)].map((m) => ({
    name: (m[1] as string).toLowerCase(),
    attributes: Object.fromEntries(
      [...(m[2] ?? '').matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)].map((a) => [
        (a[1] as string).toLowerCase(),
        a[2] ?? '',
      ]),
    ),
  }));
}

/** Markdown split per CommonMark's fence rules: text outside fences, and each fence's content. */
export function splitFences(markdown: string): { outside: string[]; blocks: string[] } {
  const outside: string[] = [];
  const blocks: string[] = [];
  let open: { char: string; length: number; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      const closes =
        fence &&
        fence[1]?.[0] === open.char &&
        (fence[1]?.length ?? 0) >= open.length &&
        (fence[2] ?? '').trim() === '';
      if (closes) {
        blocks.push(open.lines.join('\n'));
        open = undefined;
      } else open.lines.push(line);
    } else if (fence && !(fence[1]?.[0] === '`' && (fence[2] ?? '').includes('`'))) {
      open = { char: fence[1]?.[0] as string, length: fence[1]?.length ?? 0, lines: [] };
    } else outside.push(line);
  }
  if (open) blocks.push(open.lines.join('\n'));
  return { outside, blocks };
}

/** Characters that start links, images, code or raw HTML and are not backslash-escaped. */
export function unescapedMarkup(line: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (char === '\\') i++;
    else if ('[]`<'.includes(char)) found.push(char);
  }
  return found;
}

/** Reverses mdInline's escaping, to check no text was lost. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
