/**
 * Optimality of Dekking zoeken against the brute force of brute-force.ts; when nothing fits, the least
 * total shortfall, and the requirements without each of which a plan fits.
 */
import fc from "fast-check";
import { loadFitEngine } from "../../../src/model/fit/load-engine";
import type { FitInstance, FitMode } from "../../../src/model/fit/instance";
import { optimize } from "../../../src/model/fit/optimize";
import type { MipSolver } from "../../../src/model/fit/program";
import { resolveRequirements } from "../../../src/model/requirements/resolve";
import { bruteForce, goals, holds, room, sized, textOf, THEMES, type Spec, type Tagged } from "./brute-force";

let solver: MipSolver;
beforeAll(async () => {
  solver = (await loadFitEngine()).solver;
  // Compiling HiGHS's WebAssembly takes seconds on a busy machine.
}, 60_000);

function checkAgainstBruteForce(
  base: Omit<FitInstance, "requirements">,
  proposals: Tagged[],
  specs: Spec[],
  mode: FitMode,
): void {
  const resolved = resolveRequirements(specs.map(textOf).join("; "), {
    planProposals: proposals,
    themes: THEMES,
    proposalNumbers: new Set(proposals.map((p) => p.number)),
  });
  if (!resolved.ok) throw new Error(resolved.message);
  const instance: FitInstance = { ...base, requirements: resolved.value };
  const outcome = optimize(instance, mode, solver);
  const expected = bruteForce(instance, proposals, specs, mode);
  if ("best" in expected) {
    expect(outcome.kind).toBe("fits");
    if (outcome.kind !== "fits") return;
    const plan = { cut: [...outcome.choice.cut], start: [...outcome.choice.startYears] };
    expect(room(instance, plan).every((v) => v >= 0)).toBe(true);
    expect(specs.filter((s) => !holds(s, proposals, plan)).map(textOf)).toEqual([]);
    expect(goals(instance, mode, plan)).toEqual(expected.best);
  } else if ("conflict" in expected) {
    expect(outcome).toEqual({ kind: "conflict", binding: expected.binding });
  } else {
    expect(outcome.kind).toBe("short");
    if (outcome.kind !== "short") return;
    const plan = { cut: [...outcome.choice.cut], start: [...outcome.choice.startYears] };
    expect(specs.filter((s) => !holds(s, proposals, plan)).map(textOf)).toEqual([]);
    expect(room(instance, plan).reduce((sum, v) => sum + Math.max(0, -v), 0)).toBe(expected.leastShort);
    expect(outcome.binding).toEqual(expected.binding);
  }
}

const SIZES: Record<FitMode, [number, number]> = {
  schrappen: [7, 5],
  uitstellen: [4, 4],
  kiezen: [0, 7],
  afwegen: [3, 4],
};

describe.each<FitMode>(["schrappen", "uitstellen", "kiezen", "afwegen"])(
  "%s: the solver's optimum is the brute force's",
  (mode) => {
    it.each([0, 3])("on random small plans with up to %i requirements", (requirements) => {
      const [actions, proposals] = SIZES[mode];
      fc.assert(
        fc.property(sized(actions, proposals, requirements), ({ specs, ...random }) => {
          const { proposals: tagged } = random;
          checkAgainstBruteForce(random, tagged, specs, mode);
        }),
        { numRuns: requirements === 0 ? 40 : 80 },
      );
    });
  },
);

describe("an instance not in whole euros is refused before the solver sees it", () => {
  const whole: FitInstance = {
    years: [2027, 2028],
    room: { 2027: 100_000, 2028: 0 },
    proposals: [
      { number: 1, startYear: 2027, priority: "Meest kansrijk", incidental: 25_000, structural: 0, estimated: true },
    ],
    actions: [{ numbers: [1], amounts: { 2027: 50_000, 2028: 50_000 } }],
    requirements: [],
  };
  // A solver that is never to be called: a NaN bound made HiGHS run without end.
  const untouchable: MipSolver = {
    name: "niet aanroepen",
    solve: () => {
      throw new Error("the solver was called");
    },
  };

  it.each<[string, FitInstance]>([
    ["a plan year missing from the room", { ...whole, room: { 2027: 100_000 } }],
    ["NaN in the room", { ...whole, room: { 2027: Number.NaN, 2028: 0 } }],
    ["a fraction of a euro in an action", { ...whole, actions: [{ numbers: [1], amounts: { 2027: 0.5, 2028: 0 } }] }],
    ["an infinite cost", { ...whole, proposals: [{ ...whole.proposals[0], structural: Number.POSITIVE_INFINITY }] }],
  ])("%s", (_, instance) => {
    expect(optimize(instance, "schrappen", untouchable)).toEqual({ kind: "unsolved", reason: "failed" });
  });

  it("the same instance in whole euros is searched", () => {
    expect(optimize(whole, "schrappen", solver).kind).toBe("fits");
  });
});
