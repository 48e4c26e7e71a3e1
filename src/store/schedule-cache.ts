// A cache of replayed cards ($REHEARSE_HOME/cache/schedule.json), so `due` and `plan` need not
// replay every attempt of a long history each time. It is only a shortcut: each entry carries a
// fingerprint of the attempts it stands for and is used only when they still match (see
// core/schedule/cards.ts), so deleting or corrupting the file changes nothing but speed. Reading
// or writing it never fails a command.
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Card } from 'ts-fsrs';
import { type Checkpoint, SCHEDULER_ID } from '../core/schedule/cards.js';
import { ensurePrivateDir } from './data-dir.js';
import { dataDir } from './paths.js';
import { writeFileSafeSync } from './safe-write.js';

const FORMAT = 1;

export function scheduleCacheFile(env: Readonly<Record<string, string | undefined>>): string {
  return path.join(dataDir(env), 'cache', 'schedule.json');
}

interface StoredCheckpoint {
  n: number;
  key: string;
  card: Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };
}

function revive(c: StoredCheckpoint): Checkpoint | undefined {
  const card = c?.card;
  if (!card || typeof c.n !== 'number' || typeof c.key !== 'string') return undefined;
  const due = new Date(card.due);
  if (Number.isNaN(due.getTime())) return undefined;
  return {
    n: c.n,
    key: c.key,
    card: {
      ...card,
      due,
      ...(card.last_review ? { last_review: new Date(card.last_review) } : {}),
    } as Card,
  };
}

export function readScheduleCache(
  env: Readonly<Record<string, string | undefined>>,
): Map<string, Checkpoint> {
  const out = new Map<string, Checkpoint>();
  try {
    const file = scheduleCacheFile(env);
    if (!lstatSync(file).isFile()) return out;
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (data?.format !== FORMAT || data.scheduler !== SCHEDULER_ID) return out;
    for (const [id, stored] of Object.entries(data.cards ?? {})) {
      const checkpoint = revive(stored as StoredCheckpoint);
      if (checkpoint) out.set(id, checkpoint);
    }
  } catch {
    // Missing or unreadable: start from nothing.
  }
  return out;
}

const same = (a: Checkpoint | undefined, b: Checkpoint) => a?.key === b.key;

/** Writes the checkpoints (merged over what was read) when any changed. */
export function writeScheduleCache(
  env: Readonly<Record<string, string | undefined>>,
  before: ReadonlyMap<string, Checkpoint>,
  now: ReadonlyMap<string, Checkpoint>,
): void {
  if ([...now].every(([id, c]) => same(before.get(id), c))) return;
  const merged = new Map([...before, ...now]);
  try {
    const file = scheduleCacheFile(env);
    // Private directories only; never over something that is not a regular file (a device or
    // pipe would be written in place by safe-write, which a cache has no business doing).
    ensurePrivateDir(dataDir(env));
    ensurePrivateDir(path.dirname(file));
    try {
      if (!lstatSync(file).isFile()) return;
    } catch {
      // not there yet
    }
    const cards = Object.fromEntries(
      [...merged].map(([id, c]) => [
        id,
        {
          n: c.n,
          key: c.key,
          card: {
            ...c.card,
            due: c.card.due.toISOString(),
            ...(c.card.last_review ? { last_review: c.card.last_review.toISOString() } : {}),
          },
        },
      ]),
    );
    writeFileSafeSync(file, JSON.stringify({ format: FORMAT, scheduler: SCHEDULER_ID, cards }), {
      mode: 0o600,
    });
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}
