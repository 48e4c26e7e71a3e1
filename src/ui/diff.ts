// A unified diff of a file before and after fixes, for `lint --fix-dry-run`.
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(file: string, before: string, after: string): string {
  // git's a/ and b/ prefixes for relative paths, so `git apply` takes the output as it is.
  const [a, b] = path.isAbsolute(file) ? [file, file] : [`a/${file}`, `b/${file}`];
  return createTwoFilesPatch(a, b, before, after, '', '', { context: 2 }).replace(/^={60,}\n/, '');
}
