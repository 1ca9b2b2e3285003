// serve's index follower (src/cli/follow-index.ts): indexes built one at a time for the newest
// pages, published in serve's queue only while their pages are served. Indexes here are fakes
// whose building ends when the test says, so each order of events is set, not raced.
import { describe, expect, test } from "vitest";
import { indexFollower, type IndexTold } from "../../src/cli/follow-index.ts";
import type { FollowingIndex } from "../../src/cli/build.ts";

interface Fake {
  started: boolean;
  published: boolean;
  finish(): void;
  fail(message: string): void;
  start: () => FollowingIndex;
}

function fake(log: string[], name: string): Fake {
  let finish = () => {};
  let fail = (_: string) => {};
  const f: Fake = {
    started: false,
    published: false,
    finish: () => finish(),
    fail: (m) => fail(m),
    start: () => {
      f.started = true;
      log.push(`start ${name}`);
      const done = new Promise<{ records: number; bundles: number; rebuilt: number; seconds: number }>((resolve, reject) => {
        finish = () => resolve({ records: 1, bundles: 1, rebuilt: 1, seconds: 0 });
        fail = (m) => reject(new Error(m));
      });
      return {
        done,
        publish: async () => {
          f.published = true;
          log.push(`publish ${name}`);
        },
      };
    },
  };
  return f;
}

function setup() {
  const log: string[] = [];
  let queue = Promise.resolve();
  const follower = indexFollower((job) => {
    const turn = queue.then(job);
    queue = turn.catch(() => undefined);
    return turn;
  });
  const told = (name: string): IndexTold => ({ updated: () => log.push(`updated ${name}`), failed: (e) => log.push(`failed ${name}: ${e.message}`) });
  const settle = () => new Promise((r) => setTimeout(r, 10));
  return { log, follower, told, settle };
}

describe("serve's index follows the newest pages, one at a time", () => {
  test("one rebuild: its index starts, is published when built, and is told", async () => {
    const { log, follower, told, settle } = setup();
    const a = fake(log, "a");
    follower.pagesPublished(a.start, told("a"));
    a.finish();
    await settle();
    expect(log).toEqual(["start a", "publish a", "updated a"]);
  });

  test("pages published while an index is built: that one is dropped, the newest starts after it", async () => {
    const { log, follower, told, settle } = setup();
    const [a, b, c] = [fake(log, "a"), fake(log, "b"), fake(log, "c")];
    follower.pagesPublished(a.start, told("a"));
    follower.pagesPublished(b.start, told("b"));
    follower.pagesPublished(c.start, told("c"));
    await settle();
    // One at a time: b and c wait for a; b's pages are no longer served when a is done.
    expect(log).toEqual(["start a"]);
    a.finish();
    await settle();
    expect(log).toEqual(["start a", "start c"]);
    c.finish();
    await settle();
    expect(log).toEqual(["start a", "start c", "publish c", "updated c"]);
    expect([a.published, b.started, c.published]).toEqual([false, false, true]);
  });

  test("a failure is told while its pages are served, and not once they are not", async () => {
    const { log, follower, told, settle } = setup();
    const [a, b, c] = [fake(log, "a"), fake(log, "b"), fake(log, "c")];
    follower.pagesPublished(a.start, told("a"));
    a.fail("Pagefind did not start");
    await settle();
    follower.pagesPublished(b.start, told("b"));
    follower.pagesPublished(c.start, told("c"));
    b.fail("Pagefind did not start");
    await settle();
    c.finish();
    await settle();
    expect(log).toEqual(["start a", "failed a: Pagefind did not start", "start b", "start c", "publish c", "updated c"]);
  });

  test("pages published with their own index (a build's) make the one being built out of date", async () => {
    const { log, follower, told, settle } = setup();
    const a = fake(log, "a");
    follower.pagesPublished(a.start, told("a"));
    follower.pagesPublished(undefined, told("none"));
    a.finish();
    await settle();
    expect(log).toEqual(["start a"]);
  });

  test("an index is published in its turn: after a rebuild already in the queue", async () => {
    const log: string[] = [];
    let queue = Promise.resolve();
    let release = () => {};
    queue = queue.then(() => new Promise<void>((r) => (release = () => (log.push("rebuild done"), r()))));
    const follower = indexFollower((job) => {
      const turn = queue.then(job);
      queue = turn.catch(() => undefined);
      return turn;
    });
    const a = fake(log, "a");
    follower.pagesPublished(a.start, { updated: () => log.push("updated a"), failed: () => {} });
    a.finish();
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual(["start a"]);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual(["start a", "rebuild done", "publish a", "updated a"]);
  });
});
