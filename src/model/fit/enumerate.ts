/**
 * Every optimal plan (FITS, docs/contracts/functions.md): the first is FIT's own answer; each further
 * one is sought at the proven optimum of every goal, with each plan found so far excluded by a no-good
 * row over the yes/no decisions (at least one decision differs). When that program is infeasible, no
 * other plan is as good: the list is complete. The whole search shares FIT's time limit.
 */
import { fits, meetsRequirements, roomAfter, type FitChoice, type FitInstance, type FitMode } from "./instance";
import { fittingProgram } from "./formulate";
import { FIT_TIME_LIMIT_SECONDS, optimize, solveProgram, type FitOutcome } from "./optimize";
import type { Row } from "./program";

export type EnumerateOutcome = { kind: "fits"; choices: FitChoice[] } | Exclude<FitOutcome, { kind: "fits" }>;

/** `Σ_{b=1} (1 − b) + Σ_{b=0} b ≥ 1`: the decisions of `values` may not all come back. */
function excluding(binaries: readonly string[], values: Readonly<Record<string, number>>): Row {
  const on = binaries.filter((name) => Math.round(values[name] ?? 0) === 1);
  return {
    terms: binaries.map((variable) => ({ variable, coefficient: on.includes(variable) ? -1 : 1 })),
    min: 1 - on.length,
  };
}

export function enumerateOptima(
  instance: FitInstance,
  mode: FitMode,
  solver: Parameters<typeof optimize>[2],
  max: number,
  limitSeconds: number = FIT_TIME_LIMIT_SECONDS,
  now: () => number = Date.now,
): EnumerateOutcome {
  const deadline = now() + limitSeconds * 1000;
  const first = optimize(instance, mode, solver, limitSeconds, now);
  if (first.kind !== "fits") return first;
  const { formulation, fixed, values } = first.optimum;
  const choices = [first.choice];
  const exclusions = [excluding(formulation.binaries, values)];
  while (choices.length < max && formulation.binaries.length > 0) {
    const seconds = (deadline - now()) / 1000;
    if (seconds <= 0) return { kind: "unsolved", reason: "time-limit" };
    const outcome = solveProgram(solver, fittingProgram(formulation, [], [...fixed, ...exclusions]), seconds);
    if (outcome.status === "infeasible") break;
    if (outcome.status !== "optimal") {
      return { kind: "unsolved", reason: outcome.status === "time-limit" ? "time-limit" : "failed" };
    }
    const choice = formulation.decode(outcome.values);
    // Checked again in whole euros, as FIT's own answer is.
    if (!fits(instance, roomAfter(instance, choice)) || !meetsRequirements(instance, choice)) {
      return { kind: "unsolved", reason: "failed" };
    }
    choices.push(choice);
    exclusions.push(excluding(formulation.binaries, outcome.values));
  }
  return { kind: "fits", choices };
}
