/**
 * The brute force behind the optimizer's tests, independent of the formulation: it tries every subset
 * of cuts (and every start year, or every subset of proposals), keeps those whose room is ≥ 0 in 2024,
 * 2025 and 2026, and orders them by the mode's goals as PRODUCT.md words them. With the random small
 * instances fast-check draws.
 */
import fc from "fast-check";
import type { FitInstance, FitMode, FitProposal } from "../../../src/model/fit/instance";

export const YEARS = [2024, 2025, 2026] as const;
export type Y = (typeof YEARS)[number];

export interface Plan {
  cut: boolean[];
  start: (Y | null)[];
}

/** Cost of a proposal in a year, written out from PRODUCT.md: one-off in the start year, structural from it on. */
function cost(p: FitProposal, start: Y | null, year: Y): number {
  if (start === null || year < start) return 0;
  return (year === start ? p.incidental : 0) + p.structural;
}

export function room(instance: FitInstance, plan: Plan): number[] {
  return YEARS.map(
    (year) =>
      instance.room[year] +
      instance.actions.reduce((sum, a, i) => sum + (plan.cut[i] ? a.amounts[year] : 0), 0) -
      instance.proposals.reduce((sum, p, j) => sum + cost(p, plan.start[j], year), 0),
  );
}

export function goals(instance: FitInstance, mode: FitMode, plan: Plan): number[] {
  const euros = instance.actions.reduce(
    (sum, a, i) => sum + (plan.cut[i] ? a.amounts[2024] + a.amounts[2025] + a.amounts[2026] : 0),
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
    (sum, p, j) => sum + YEARS.reduce((s, y) => s + cost(p, plan.start[j], y), 0),
    0,
  );
  return [-kept("Meest kansrijk"), -kept("Kansrijk"), -used];
}

function* subsets(n: number): Generator<boolean[]> {
  for (let mask = 0; mask < 2 ** n; mask++) yield Array.from({ length: n }, (_, i) => ((mask >> i) & 1) === 1);
}

function* startChoices(proposals: readonly FitProposal[], j = 0): Generator<Y[]> {
  if (j === proposals.length) {
    yield [];
    return;
  }
  for (const rest of startChoices(proposals, j + 1)) {
    for (const year of YEARS.filter((y) => y >= proposals[j].startYear)) yield [year, ...rest];
  }
}

export function* plans(instance: FitInstance, mode: FitMode): Generator<Plan> {
  const fixedStart = instance.proposals.map((p) => p.startYear);
  if (mode === "kiezen") {
    for (const keep of subsets(instance.proposals.length)) {
      // Proposals without an estimate stay in (PRODUCT.md).
      if (keep.some((k, j) => !k && !instance.proposals[j].estimated)) continue;
      yield { cut: instance.actions.map(() => false), start: keep.map((k, j) => (k ? fixedStart[j] : null)) };
    }
    return;
  }
  const starts = mode === "uitstellen" ? [...startChoices(instance.proposals)] : [fixedStart];
  for (const cut of subsets(instance.actions.length)) for (const start of starts) yield { cut, start };
}

export const lexLess = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};

/** The optimum's goals, or the least total shortfall when nothing fits. */
export function bruteForce(instance: FitInstance, mode: FitMode): { best: number[] } | { leastShort: number } {
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

const amount = fc.integer({ min: 0, max: 8 }).map((n) => n * 25_000);
const yearAmounts = fc.record({ 2024: amount, 2025: amount, 2026: amount });
const proposal = fc
  .record({
    number: fc.integer({ min: 1, max: 33 }),
    startYear: fc.constantFrom<Y>(2024, 2025, 2026),
    priority: fc.constantFrom("Meest kansrijk" as const, "Kansrijk" as const),
    incidental: fc.integer({ min: 0, max: 12 }).map((n) => n * 25_000),
    structural: fc.integer({ min: 0, max: 6 }).map((n) => n * 25_000),
    estimated: fc.boolean(),
  })
  .map((p) => (p.estimated ? p : { ...p, incidental: 0, structural: 0 }));
export const instance = (actions: number, proposals: number) =>
  fc.record({
    room: yearAmounts,
    proposals: fc.array(proposal, { minLength: 1, maxLength: proposals }),
    actions: fc.array(fc.record({ numbers: fc.constant([1]), amounts: yearAmounts }), { maxLength: actions }),
  });

/** Every plan that fits with the best goals, as the set of its decisions ("cut|start" keys). */
export function allOptima(instance: FitInstance, mode: FitMode): Plan[] {
  let best: number[] | undefined;
  let optima: Plan[] = [];
  for (const plan of plans(instance, mode)) {
    if (room(instance, plan).some((v) => v < 0)) continue;
    const g = goals(instance, mode, plan);
    if (best === undefined || lexLess(g, best)) [best, optima] = [g, [plan]];
    else if (!lexLess(best, g)) optima.push(plan);
  }
  return optima;
}

export const planKey = (plan: Plan) => JSON.stringify([plan.cut, plan.start]);
