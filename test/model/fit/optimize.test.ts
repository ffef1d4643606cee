/** Optimality of Dekking zoeken against the brute force of brute-force.ts, on random small plans. */
import fc from "fast-check";
import { loadFitEngine } from "../../../src/model/fit/load-engine";
import type { FitInstance, FitMode } from "../../../src/model/fit/instance";
import { optimize } from "../../../src/model/fit/optimize";
import type { MipSolver } from "../../../src/model/fit/program";
import { bruteForce, goals, instance, room } from "./brute-force";

let solver: MipSolver;
beforeAll(async () => {
  solver = (await loadFitEngine()).solver;
  // Compiling HiGHS's WebAssembly takes seconds on a busy machine.
}, 60_000);

function checkAgainstBruteForce(instance: FitInstance, mode: FitMode): void {
  const outcome = optimize(instance, mode, solver);
  const expected = bruteForce(instance, mode);
  if ("best" in expected) {
    expect(outcome.kind).toBe("fits");
    if (outcome.kind !== "fits") return;
    const plan = { cut: [...outcome.choice.cut], start: [...outcome.choice.startYears] };
    expect(room(instance, plan).every((v) => v >= 0)).toBe(true);
    expect(goals(instance, mode, plan)).toEqual(expected.best);
  } else {
    expect(outcome.kind).toBe("short");
    if (outcome.kind !== "short") return;
    const plan = { cut: [...outcome.choice.cut], start: [...outcome.choice.startYears] };
    expect(room(instance, plan).reduce((sum, v) => sum + Math.max(0, -v), 0)).toBe(expected.leastShort);
  }
}

describe.each<FitMode>(["schrappen", "uitstellen", "kiezen"])(
  "%s: the solver's optimum is the brute force's",
  (mode) => {
    it("on random small plans", () => {
      fc.assert(
        fc.property(instance(mode === "uitstellen" ? 5 : 7, mode === "uitstellen" ? 3 : 7), (random) => {
          checkAgainstBruteForce(random, mode);
        }),
        { numRuns: 60 },
      );
    });
  },
);
