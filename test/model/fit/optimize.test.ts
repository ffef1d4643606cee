/**
 * Optimality of Dekking zoeken against a brute force written here, independent of the formulation:
 * it tries every subset of cuts (and every start year, or every subset of proposals), keeps those whose
 * room is ≥ 0 in every plan year (the letter's 2024, 2025 and 2026, or a random run of one to four
 * years), and orders them by the mode's goals as PRODUCT.md words them.
 */
import fc from "fast-check";
import { loadFitEngine } from "../../../src/model/fit/load-engine";
import type { FitInstance, FitMode, FitProposal } from "../../../src/model/fit/instance";
import { optimize } from "../../../src/model/fit/optimize";
import type { MipSolver } from "../../../src/model/fit/program";

interface Plan {
  cut: boolean[];
  start: (number | null)[];
}

/** Cost of a proposal in a year, written out from PRODUCT.md: one-off in the start year, structural from it on. */
function cost(p: FitProposal, start: number | null, year: number): number {
  if (start === null || year < start) return 0;
  return (year === start ? p.incidental : 0) + p.structural;
}

function room(instance: FitInstance, plan: Plan): number[] {
  return instance.years.map(
    (year) =>
      instance.room[year] +
      instance.actions.reduce((sum, a, i) => sum + (plan.cut[i] ? a.amounts[year] : 0), 0) -
      instance.proposals.reduce((sum, p, j) => sum + cost(p, plan.start[j], year), 0),
  );
}

function goals(instance: FitInstance, mode: FitMode, plan: Plan): number[] {
  const euros = instance.actions.reduce(
    (sum, a, i) => sum + (plan.cut[i] ? instance.years.reduce((s, y) => s + a.amounts[y], 0) : 0),
    0,
  );
  const count = plan.cut.filter(Boolean).length;
  if (mode === "schrappen") return [euros, count];
  if (mode === "uitstellen") {
    const delay = instance.proposals.reduce((sum, p, j) => sum + (plan.start[j]! - p.startYear), 0);
    return [euros, delay, count];
  }
  const kept = (priority: string) =>
    instance.proposals.filter((p, j) => p.priority === priority && plan.start[j] !== null).length;
  const used = instance.proposals.reduce(
    (sum, p, j) => sum + instance.years.reduce((s, y) => s + cost(p, plan.start[j], y), 0),
    0,
  );
  return [-kept("Meest kansrijk"), -kept("Kansrijk"), -used];
}

function* subsets(n: number): Generator<boolean[]> {
  for (let mask = 0; mask < 2 ** n; mask++) yield Array.from({ length: n }, (_, i) => ((mask >> i) & 1) === 1);
}

function* startChoices(years: readonly number[], proposals: readonly FitProposal[], j = 0): Generator<number[]> {
  if (j === proposals.length) {
    yield [];
    return;
  }
  for (const rest of startChoices(years, proposals, j + 1)) {
    for (const year of years.filter((y) => y >= proposals[j].startYear)) yield [year, ...rest];
  }
}

function* plans(instance: FitInstance, mode: FitMode): Generator<Plan> {
  const fixedStart = instance.proposals.map((p) => p.startYear);
  if (mode === "kiezen") {
    for (const keep of subsets(instance.proposals.length)) {
      // Proposals without an estimate stay in (PRODUCT.md).
      if (keep.some((k, j) => !k && !instance.proposals[j].estimated)) continue;
      yield { cut: instance.actions.map(() => false), start: keep.map((k, j) => (k ? fixedStart[j] : null)) };
    }
    return;
  }
  const starts = mode === "uitstellen" ? [...startChoices(instance.years, instance.proposals)] : [fixedStart];
  for (const cut of subsets(instance.actions.length)) for (const start of starts) yield { cut, start };
}

const lexLess = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};

/** The optimum's goals, or the least total shortfall when nothing fits. */
function bruteForce(instance: FitInstance, mode: FitMode): { best: number[] } | { leastShort: number } {
  let best: number[] | undefined;
  let leastShort = Infinity;
  for (const plan of plans(instance, mode)) {
    const r = room(instance, plan);
    const short = r.reduce((sum, v) => sum + Math.max(0, -v), 0);
    leastShort = Math.min(leastShort, short);
    if (short > 0) continue;
    const g = goals(instance, mode, plan);
    if (best === undefined || lexLess(g, best)) best = g;
  }
  return best ? { best } : { leastShort };
}

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

const amount = fc.integer({ min: 0, max: 8 }).map((n) => n * 25_000);
const LETTER_PLAN_YEARS = [2024, 2025, 2026];
/** The letter's plan years, or a random run of one to four plan years from 2024 to 2034. */
const planYears = fc.oneof(
  fc.constant(LETTER_PLAN_YEARS),
  fc
    .record({ first: fc.integer({ min: 2024, max: 2030 }), length: fc.integer({ min: 1, max: 4 }) })
    .map(({ first, length }) => Array.from({ length }, (_, i) => first + i)),
);
const yearAmounts = (years: readonly number[]) =>
  fc.tuple(...years.map(() => amount)).map((values) => Object.fromEntries(years.map((y, i) => [y, values[i]])));
const proposal = (years: readonly number[]) =>
  fc
    .record({
      number: fc.integer({ min: 1, max: 33 }),
      startYear: fc.constantFrom(...years),
      priority: fc.constantFrom("Meest kansrijk", "Kansrijk"),
      incidental: fc.integer({ min: 0, max: 12 }).map((n) => n * 25_000),
      structural: fc.integer({ min: 0, max: 6 }).map((n) => n * 25_000),
      estimated: fc.boolean(),
    })
    .map((p) => (p.estimated ? p : { ...p, incidental: 0, structural: 0 }));
const instance = (actions: number, proposals: number): fc.Arbitrary<FitInstance> =>
  planYears.chain((years) =>
    fc.record({
      years: fc.constant(years),
      room: yearAmounts(years),
      proposals: fc.array(proposal(years), { minLength: 1, maxLength: proposals }),
      actions: fc.array(fc.record({ numbers: fc.constant([1]), amounts: yearAmounts(years) }), { maxLength: actions }),
    }),
  );

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
