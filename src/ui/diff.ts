// A unified diff of a file before and after fixes, for `lint --fix-dry-run`.
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', {
    context: 2,
  }).replace(/^={60,}\n/, '');
}
