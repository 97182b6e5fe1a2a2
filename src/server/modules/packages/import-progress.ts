/**
 * Where the imports running on this server are, for the web page's progress bar: the page names
 * its import with an id of its own (`POST /packages/import?progressId=…`) and asks
 * `GET /packages/imports/{id}` while the POST runs. Kept in the memory of the process that
 * serves the POST (the import's service runs there whichever thread owns the database), for a
 * while after it ends, bounded in number; only the user who started an import sees it.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { ImportProgress } from './package-import.service.ts';

export interface TrackedImport extends ImportProgress {
  id: string;
  /** succeeded / failed once the POST has answered; running before. */
  outcome: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
}

interface Entry {
  owner: string;
  state: TrackedImport;
  finishedMs: number | null;
}

/** How long a finished import stays visible, and how many are kept at most. */
const KEEP_FINISHED_MS = 10 * 60_000;
const MAX_TRACKED = 200;

const tracked = new Map<string, Entry>();

/** Who an import belongs to: the user, or the label of a system actor. */
const ownerOf = (actor: Actor) => actor.userId ?? `label:${actor.label}`;

function prune(now: number) {
  for (const [id, entry] of tracked)
    if (entry.finishedMs !== null && now - entry.finishedMs > KEEP_FINISHED_MS) tracked.delete(id);
  // Oldest first (a Map keeps insertion order): the bound holds even if imports never finish.
  while (tracked.size > MAX_TRACKED) tracked.delete(tracked.keys().next().value!);
}

/**
 * Starts tracking an import under the page's id; returns the listener to give importPackage and
 * the function to call when it ends. An id already in use by another user is not taken over.
 */
export function trackImport(actor: Actor, id: string) {
  const now = Date.now();
  prune(now);
  const existing = tracked.get(id);
  if (existing && existing.owner !== ownerOf(actor)) return { onProgress: () => {}, finish: () => {} };
  const entry: Entry = {
    owner: ownerOf(actor),
    finishedMs: null,
    state: {
      id,
      phase: 'checking',
      kind: null,
      recordsDone: 0,
      recordsTotal: 0,
      outcome: 'running',
      startedAt: new Date(now).toISOString(),
      finishedAt: null,
    },
  };
  tracked.delete(id);
  tracked.set(id, entry);
  return {
    onProgress: (progress: ImportProgress) => {
      entry.state = { ...entry.state, ...progress };
    },
    finish: (outcome: 'succeeded' | 'failed') => {
      entry.finishedMs = Date.now();
      entry.state = { ...entry.state, outcome, finishedAt: new Date(entry.finishedMs).toISOString() };
    },
  };
}

/** The import of this id, if this actor started it and it is still kept. */
export function findTrackedImport(actor: Actor, id: string): TrackedImport | null {
  prune(Date.now());
  const entry = tracked.get(id);
  return entry && entry.owner === ownerOf(actor) ? { ...entry.state } : null;
}
