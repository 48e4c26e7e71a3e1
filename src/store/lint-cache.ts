// `rehearse lint --cache`, after ESLint's: each question file's lint result is kept, keyed by the
// file's metadata (size, modification and change times, inode: the default) or its content (a
// hash), and by the tool's version and the schema's hash. A file whose key still matches is not
// parsed again; a changed or new file always is. The checks across files (duplicate ids and
// prompts) still run over every file, from the kept ids, prompts and positions. Interview scripts
// are never cached: their problems depend on the files they name.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { readRegularFile } from './read-file.js';
import { describeFsError, writeFileSafeSync } from './safe-write.js';

export type CacheStrategy = 'metadata' | 'content';

/** Far above any real cache (about 1 KB per file), still a bound on what is read. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;
const CACHE_NAME = 'lint-cache.json';

interface Entry<T> {
  /** metadata: size, mtime, ctime and inode; content: a hash of the bytes. */
  key: string;
  shown: string;
  result: T;
}

interface CacheFile<T> {
  /** Tool version, schema hash and strategy: any change discards every entry. */
  stamp: string;
  files: Record<string, Entry<T>>;
}

/** Where the cache lives by default: node_modules/.cache/rehearse/ when the project has a
 * node_modules directory (as ESLint's tooling conventions do), else the platform cache directory. */
function defaultCacheLocation(cwd: string): string {
  const modules = path.join(cwd, 'node_modules');
  const dir = existsSync(modules)
    ? path.join(modules, '.cache', 'rehearse')
    : envPaths('rehearse', { suffix: '' }).cache;
  return path.join(dir, CACHE_NAME);
}

/** A location that is a directory (or is written with a trailing slash) holds the cache file. */
export function resolveCacheLocation(location: string | undefined, cwd: string): string {
  if (location === undefined) return defaultCacheLocation(cwd);
  const absolute = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= statSync(absolute).isDirectory();
  } catch {
    // not there yet: a file of that name
  }
  return isDir ? path.join(absolute, CACHE_NAME) : absolute;
}

const metadataKey = (info: Stats) =>
  `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}:${info.dev}`;

export class LintCache<T> {
  private readonly previous: Record<string, Entry<T>>;
  private readonly next: Record<string, Entry<T>> = {};
  /** Files looked up; when every one was a hit and no file went away, there is nothing to save. */
  private looked = 0;
  private hits = 0;

  constructor(
    readonly location: string,
    private readonly stamp: string,
    private readonly strategy: CacheStrategy,
  ) {
    this.previous = this.read();
  }

  private read(): Record<string, Entry<T>> {
    const bytes = readRegularFile(this.location, MAX_CACHE_BYTES);
    if (!bytes.ok) return {};
    try {
      const { buffer, byteOffset, byteLength } = bytes.bytes;
      const text = Buffer.from(buffer, byteOffset, byteLength).toString('utf8');
      const data = JSON.parse(text) as CacheFile<T>;
      return data.stamp === this.stamp && data.files && typeof data.files === 'object'
        ? data.files
        : {};
    } catch {
      return {}; // a damaged cache is only a slower run
    }
  }

  /** The file's key now, or undefined when it cannot be had (the file is then linted). */
  private keyOf(absolute: string): string | undefined {
    try {
      if (this.strategy === 'metadata') {
        const info = statSync(absolute);
        return info.isFile() ? metadataKey(info) : undefined;
      }
      const read = readRegularFile(absolute);
      return read.ok ? createHash('sha1').update(read.bytes).digest('hex') : undefined;
    } catch {
      return undefined;
    }
  }

  /** The kept result when the file is unchanged since it was kept; else the file's key now, to
   * pass to keep() once it is linted. */
  lookup(absolute: string, shown: string): { kept: T } | { key: string | undefined } {
    this.looked++;
    const key = this.keyOf(absolute);
    const kept = this.previous[absolute];
    if (key === undefined || !kept || kept.key !== key || kept.shown !== shown) return { key };
    this.hits++;
    this.next[absolute] = kept;
    return { kept: kept.result };
  }

  /** Keeps a fresh result under the key the file had before it was read (lookup's), so that a
   * change made while it was linted shows next time. */
  keep(absolute: string, shown: string, key: string | undefined, result: T): void {
    if (key !== undefined) this.next[absolute] = { key, shown, result };
  }

  /** Writes the cache; a failure is reported, never fatal (the cache only saves time). */
  save(): string | undefined {
    if (this.hits === this.looked && this.hits === Object.keys(this.previous).length)
      return undefined;
    const data: CacheFile<T> = { stamp: this.stamp, files: this.next };
    try {
      mkdirSync(path.dirname(this.location), { recursive: true });
      // Atomic onto a regular file; never through a link or over a device (safe-write.ts).
      writeFileSafeSync(this.location, JSON.stringify(data), { mode: 0o644 });
      return undefined;
    } catch (error) {
      return describeFsError(error, `the lint cache ${this.location}`);
    }
  }
}

/** The JSON Schemas shipped in schema/ (a test keeps them equal to the TypeBox source); read
 * rather than built, so a warm run loads neither TypeBox nor the parser. */
const SCHEMA_FILES = ['question-file.schema.json', 'interview-script.schema.json'].map((name) =>
  fileURLToPath(new URL(`../../schema/${name}`, import.meta.url)),
);

/** What makes every kept result stale: the tool version, the schemas, the strategy and the shape
 * of what is kept. */
export function cacheStamp(version: string, strategy: string, format: number): string {
  const hash = createHash('sha256');
  for (const file of SCHEMA_FILES) {
    const read = readRegularFile(file);
    hash.update(read.ok ? read.bytes : `missing ${file}`);
  }
  return `${version}:${hash.digest('hex').slice(0, 16)}:${strategy}:${format}`;
}
