import { readFileSync } from 'node:fs';

// Inlined by the build (scripts/build.mjs); read from package.json when running from source.
declare const __REHEARSE_VERSION__: string | undefined;

export const VERSION: string =
  typeof __REHEARSE_VERSION__ === 'string'
    ? __REHEARSE_VERSION__
    : (
        JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
          version: string;
        }
      ).version;
