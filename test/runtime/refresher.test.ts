import { Refresher } from "../../src/runtime/refresher";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("Refresher", () => {
  test("a burst of triggers during a run folds into one more run, which starts after the last trigger", async () => {
    const gates = [deferred(), deferred()];
    const started: number[] = [];
    let edits = 0;
    const refresher = new Refresher(async () => {
      started.push(edits);
      await gates[started.length - 1].promise;
    });
    const first = refresher.trigger();
    edits = 3;
    const during = [refresher.trigger(), refresher.trigger(), refresher.trigger()];
    gates[0].resolve();
    gates[1].resolve();
    await Promise.all([first, ...during]);
    expect(started).toEqual([0, 3]);
  });

  test("a trigger after a finished run runs again", async () => {
    let runs = 0;
    const refresher = new Refresher(async () => {
      runs++;
    });
    await refresher.trigger();
    await refresher.trigger();
    expect(runs).toBe(2);
  });
});
