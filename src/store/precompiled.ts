// The build writes the JSON Schema validators as code (dist/lib/validators.cjs, ajv standalone),
// which saves every process and lint worker about 100 ms of schema compilation. Running from the
// TypeScript sources there is no such file and validators are compiled at first use.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { usePrecompiled } from '../core/load/validate.js';

let loaded = false;

export function loadPrecompiledValidators(): void {
  if (loaded) return;
  loaded = true;
  const file = new URL('./validators.cjs', import.meta.url);
  if (!existsSync(file)) return;
  usePrecompiled(createRequire(import.meta.url)(file.pathname) as Record<string, ValidateFunction>);
}
