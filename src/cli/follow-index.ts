// serve's search index, after its pages (build.ts publishes a rebuild's pages first): one index
// built at a time, for the newest pages. A save made while an index is built shows its pages at
// once, and the index for them starts when that one is done; an index is published only while
// its pages are still the ones served (a later rebuild's index, holding every save, follows
// instead), and in serve's queue, so that no two publishes overlap. One at a time also bounds
// the work: an editor saving every second (autosave) starts no pile of Pagefind processes.
import type { FollowingIndex } from "./build.ts";
import type { IndexOutcome } from "../outputs/search-index.ts";

export interface IndexTold {
  /** The index is out, `seconds` after its pages were. */
  updated(indexed: IndexOutcome, seconds: number): void;
  failed(error: Error): void;
}

export interface IndexFollower {
  /** A rebuild published its pages; `start`, its index (none with --no-search, nor from a build
   *  that published its index with its pages). */
  pagesPublished(start: (() => FollowingIndex) | undefined, told: IndexTold): void;
}

/** `inTurn` runs a job in serve's queue, after the rebuilds before it. */
export function indexFollower(inTurn: (job: () => Promise<void>) => Promise<void>): IndexFollower {
  let served = 0;
  let wanted: { start: () => FollowingIndex; pages: number; at: number; told: IndexTold } | undefined;
  let running = false;
  const run = async () => {
    running = true;
    while (wanted) {
      const { start, pages, at, told } = wanted;
      wanted = undefined;
      try {
        const index = start();
        const indexed = await index.done;
        let published = false;
        await inTurn(async () => {
          if (pages !== served) return;
          await index.publish();
          published = true;
        });
        if (published) told.updated(indexed, (performance.now() - at) / 1000);
      } catch (e) {
        if (pages === served) told.failed(e as Error);
      }
    }
    running = false;
  };
  return {
    pagesPublished(start, told) {
      served++;
      wanted = start && { start, pages: served, at: performance.now(), told };
      if (wanted && !running) void run();
    },
  };
}
