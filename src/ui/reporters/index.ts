// Every lint output format, by name.
import type { ChalkInstance } from 'chalk';
import type { LintReport } from '../../core/lint/report.js';
import { compact } from './compact.js';
import type { Format } from './formats.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export function render(
  format: Format,
  report: LintReport,
  c: ChalkInstance,
  version: string,
): string {
  switch (format) {
    case 'stylish':
      return stylish(report, c);
    case 'compact':
      return compact(report);
    case 'json':
      return json(report);
    case 'sarif':
      return sarif(report, version);
    case 'junit':
      return junit(report);
    case 'github':
      return github(report);
  }
}
