/**
 * The exact search: the mode's goals solved one after another, each optimum fixed as a constraint
 * before the next goal (integer coefficients, so fixing it is exact). First a best try that allows a
 * shortfall: if even the least total shortfall is above zero, no plan fits and the best try says by
 * how much each year stays short, and which requirements bind (those without which a plan fits).
 * Every answer is decoded and checked again with integer arithmetic.
 */
import {
  fits,
  inWholeEuros,
  meetsRequirements,
  roomAfter,
  type FitChoice,
  type FitInstance,
  type FitMode,
  type FitYearAmounts,
} from "./instance";
import { formulate, fittingProgram, shortfallGoals, shortfallProgram, type Formulation } from "./formulate";
import {
  valueOf,
  variablesOf,
  type LinearProgram,
  type MipOutcome,
  type MipSolver,
  type Row,
  type Term,
} from "./program";

/** A solve blocks the runtime it runs in (Excel's, for a cell): never longer than this in all. */
export const FIT_TIME_LIMIT_SECONDS = 5;

export type FitOutcome =
  | { kind: "fits"; choice: FitChoice; room: FitYearAmounts; optimum: ProvenOptimum }
  /** No plan fits; `binding`: the requirements (their texts) without each of which one would. */
  | { kind: "short"; choice: FitChoice; room: FitYearAmounts; binding: string[] }
  /** The requirements contradict each other, whatever the money. */
  | { kind: "conflict"; binding: string[] }
  | { kind: "unsolved"; reason: "time-limit" | "failed" };

type Build = (formulation: Formulation, objective: readonly Term[], fixed: readonly Row[]) => LinearProgram;

export function optimize(
  instance: FitInstance,
  mode: FitMode,
  solver: MipSolver,
  limitSeconds: number = FIT_TIME_LIMIT_SECONDS,
  now: () => number = Date.now,
): FitOutcome {
  if (!inWholeEuros(instance)) return { kind: "unsolved", reason: "failed" };
  const deadline = now() + limitSeconds * 1000;
  const secondsLeft = () => (deadline - now()) / 1000;
  const formulation = formulate(instance, mode);
  const search = (build: Build, goals: readonly (readonly Term[])[]) =>
    lexicographic(formulation, build, goals, solver, secondsLeft);

  const feasible = anyPlanFits(instance, mode, solver, secondsLeft);
  if (feasible !== true) {
    if (feasible !== false) return { kind: "unsolved", reason: feasible };
    const binding = bindingRequirements(instance, mode, solver, secondsLeft);
    if (!Array.isArray(binding)) return { kind: "unsolved", reason: binding };
    const bestTry = search(shortfallProgram, shortfallGoals(formulation));
    if (!bestTry.ok) return bestTry.reason === "infeasible" ? { kind: "conflict", binding } : unsolved(bestTry.reason);
    const choice = formulation.decode(bestTry.values);
    return { kind: "short", choice, room: roomAfter(instance, choice), binding };
  }
  const best = search(fittingProgram, formulation.goals);
  if (!best.ok) return unsolved(best.reason);
  const choice = formulation.decode(best.values);
  const room = roomAfter(instance, choice);
  // The solver works in floating point; an answer that does not fit in whole euros is not an answer.
  return fits(instance, room) && meetsRequirements(instance, choice)
    ? { kind: "fits", choice, room, optimum: { formulation, fixed: best.fixed, values: best.values } }
    : { kind: "unsolved", reason: "failed" };
}

/** What the search proved: every goal's optimum as a row, so further plans can be sought at that optimum. */
export interface ProvenOptimum {
  formulation: Formulation;
  fixed: readonly Row[];
  values: Readonly<Record<string, number>>;
}

const unsolved = (reason: SearchFailure): FitOutcome => ({
  kind: "unsolved",
  reason: reason === "time-limit" ? "time-limit" : "failed",
});

type SearchFailure = "time-limit" | "failed" | "infeasible";

/** Whether some plan fits every year and meets the requirements: the least total shortfall is zero. */
function anyPlanFits(
  instance: FitInstance,
  mode: FitMode,
  solver: MipSolver,
  secondsLeft: () => number,
): boolean | "time-limit" | "failed" {
  const formulation = formulate(instance, mode);
  const least = lexicographic(
    formulation,
    shortfallProgram,
    shortfallGoals(formulation).slice(0, 1),
    solver,
    secondsLeft,
  );
  if (!least.ok) return least.reason === "infeasible" ? false : least.reason;
  const choice = formulation.decode(least.values);
  return fits(instance, roomAfter(instance, choice)) && meetsRequirements(instance, choice);
}

/** The requirements without each of which (the others kept) some plan fits: one feasibility search each. */
function bindingRequirements(
  instance: FitInstance,
  mode: FitMode,
  solver: MipSolver,
  secondsLeft: () => number,
): string[] | "time-limit" | "failed" {
  const binding: string[] = [];
  for (const requirement of instance.requirements) {
    const without = { ...instance, requirements: instance.requirements.filter((other) => other !== requirement) };
    const fitsWithout = anyPlanFits(without, mode, solver, secondsLeft);
    if (typeof fitsWithout === "string") return fitsWithout;
    if (fitsWithout) binding.push(requirement.text);
  }
  return binding;
}

type Search =
  { ok: true; values: Readonly<Record<string, number>>; fixed: readonly Row[] } | { ok: false; reason: SearchFailure };

function lexicographic(
  formulation: Formulation,
  build: Build,
  goals: readonly (readonly Term[])[],
  solver: MipSolver,
  secondsLeft: () => number,
): Search {
  const fixed: Row[] = [];
  let values: Readonly<Record<string, number>> | undefined;
  for (const goal of goals) {
    if (goal.length === 0 && values !== undefined) continue;
    const seconds = secondsLeft();
    if (seconds <= 0) return { ok: false, reason: "time-limit" };
    const outcome = solveProgram(solver, build(formulation, goal, fixed), seconds);
    if (outcome.status !== "optimal") return { ok: false, reason: outcome.status };
    values = outcome.values;
    fixed.push({ terms: goal, max: valueOf(goal, values) });
  }
  return values === undefined ? { ok: false, reason: "failed" } : { ok: true, values, fixed };
}

/** Rows without a variable are checked here; a program without variables needs no solver. */
export function solveProgram(solver: MipSolver, program: LinearProgram, seconds: number): MipOutcome {
  const constant = program.rows.filter((row) => row.terms.length === 0);
  if (constant.some((row) => (row.min !== undefined && row.min > 0) || (row.max !== undefined && row.max < 0))) {
    return { status: "infeasible", values: {} };
  }
  const rows = program.rows.filter((row) => row.terms.length > 0);
  if (variablesOf(program).length === 0) return { status: "optimal", values: {} };
  return solver.solve({ ...program, rows }, seconds);
}
