// Helpers for command definitions. Definitions stay light: they import no command code, only
// describe flags; the action imports the implementation when the command actually runs.
import { InvalidArgumentError, Option } from 'commander';
import { DIFFICULTIES, KINDS } from '../../core/questions/schema-constants.js';

/** Repeatable, comma-separated list flag: `--tag a,b --tag c` → [a, b, c]. An empty item
 * (`--tag ''`, `--ids a,,b`) is refused: silently ignoring it would widen the selection. */
export function collect(value: string, previous: string[] = []): string[] {
  const items = value.split(',').map((v) => v.trim());
  if (items.some((v) => v === ''))
    throw new InvalidArgumentError(
      value.trim() === '' ? 'An empty value is not allowed.' : `"${value}" has an empty item.`,
    );
  return [...previous, ...items];
}

/** A comma-separated flag whose every item must be one of `choices`. */
function listOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, `${description} (${choices.join(', ')})`).argParser(
    (value: string, previous: string[] = []) => {
      const items = collect(value, previous);
      const bad = items.find((i) => !choices.includes(i));
      if (bad !== undefined) {
        throw new InvalidArgumentError(`"${bad}" is not one of ${choices.join(', ')}`);
      }
      return items;
    },
  );
}

export const filterOptions = () => [
  new Option(
    '-t, --tag <tags>',
    'only questions with any of these tags (repeatable, comma-separated)',
  ).argParser(collect),
  listOption('-d, --difficulty <levels>', 'only these difficulties', DIFFICULTIES),
  listOption('-k, --kind <kinds>', 'only these kinds', KINDS),
];
