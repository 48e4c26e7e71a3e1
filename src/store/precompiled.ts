// The build writes the JSON Schema validators as code (dist/lib/validators.cjs, ajv standalone),
// which saves every process and lint worker about 100 ms of schema compilation; loading them needs
// no Ajv, so lint's fast path never loads it. Running from the TypeScript sources there is no such
// file and validators are compiled at first use.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { usePrecompiled } from '../core/load/validate.js';

let validators: Readonly<Record<string, ValidateFunction>> | undefined;

/** The precompiled validators by schema id; none when running from the sources. */
function precompiledValidators(): Readonly<Record<string, ValidateFunction>> {
  if (!validators) {
    const file = new URL('./validators.cjs', import.meta.url);
    validators = existsSync(file)
      ? (createRequire(import.meta.url)(file.pathname) as Record<string, ValidateFunction>)
      : {};
  }
  return validators;
}

let registered = false;

/** Hands the precompiled validators to the loader (once); it compiles only what is missing. */
export function registerValidators(): void {
  if (registered) return;
  registered = true;
  usePrecompiled(precompiledValidators());
}
