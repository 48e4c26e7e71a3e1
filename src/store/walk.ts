// Finds the YAML files under a directory. Symbolic links are followed (a bank may link packs in
// from elsewhere) but a directory is entered once: a link back up (`loop/a/up -> ..`) or a cycle
// of links is skipped, so no file is read twice and the walk always ends. Hidden entries and
// node_modules are left out, as globs leave them out.
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

const YAML_NAME = /\.ya?ml$/i;

const under = (dir: string, name: string) =>
  dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;

/** The YAML files under root (an absolute path), sorted by name within each directory. */
export function walkYamlFiles(root: string): string[] {
  const found: string[] = [];
  const entered = new Set<string>();
  const files = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch {
      return;
    }
    if (entered.has(real)) return;
    entered.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      // A name from readdir holds no separator, and dir and real are normalised already: joining
      // by hand is path.join's result without its cost, which shows over thousands of files.
      const full = under(dir, entry.name);
      let isDir = entry.isDirectory();
      let key = under(real, entry.name);
      if (entry.isSymbolicLink()) {
        // The link's target decides; a dangling link to a YAML name is kept so it is reported.
        try {
          isDir = statSync(full).isDirectory();
          key = realpathSync.native(full);
        } catch {
          isDir = false;
        }
      }
      if (isDir) visit(full);
      else if (YAML_NAME.test(entry.name) && !files.has(key)) {
        files.add(key);
        found.push(full);
      }
    }
  };
  visit(path.resolve(root));
  return found;
}

/** The same file reached by two names (links) is kept once, under the first name. */
export function uniqueFiles(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    let key = file;
    try {
      key = realpathSync.native(file);
    } catch {
      // dangling or unreadable: keep it, the reader says why
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
