/**
 * The exact search: the mode's goals solved one after another, each optimum fixed as a constraint
 * before the next goal (integer coefficients, so fixing it is exact). First a best try that allows a
 * shortfall: if even the least total shortfall is above zero, no plan fits and the best try says by
 * how much each year stays short. Every answer is decoded and scored again with integer arithmetic.
 */
import { fits, roomAfter, type FitChoice, type FitInstance, type FitMode, type FitYearAmounts } from "./instance";
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
  | { kind: "fits"; choice: FitChoice; room: FitYearAmounts }
  | { kind: "short"; choice: FitChoice; room: FitYearAmounts }
  | { kind: "unsolved"; reason: "time-limit" | "failed" };

type Build = (formulation: Formulation, objective: readonly Term[], fixed: readonly Row[]) => LinearProgram;

export function optimize(
  instance: FitInstance,
  mode: FitMode,
  solver: MipSolver,
  limitSeconds: number = FIT_TIME_LIMIT_SECONDS,
  now: () => number = Date.now,
): FitOutcome {
  const deadline = now() + limitSeconds * 1000;
  const formulation = formulate(instance, mode);
  const search = (build: Build, goals: readonly (readonly Term[])[]) =>
    lexicographic(formulation, build, goals, solver, () => (deadline - now()) / 1000);

  const leastShortfall = search(shortfallProgram, shortfallGoals(formulation).slice(0, 1));
  if (!leastShortfall.ok) return { kind: "unsolved", reason: leastShortfall.reason };
  if (!fits(instance, roomAfter(instance, formulation.decode(leastShortfall.values)))) {
    const bestTry = search(shortfallProgram, shortfallGoals(formulation));
    if (!bestTry.ok) return { kind: "unsolved", reason: bestTry.reason };
    const choice = formulation.decode(bestTry.values);
    return { kind: "short", choice, room: roomAfter(instance, choice) };
  }
  const best = search(fittingProgram, formulation.goals);
  if (!best.ok) return { kind: "unsolved", reason: best.reason };
  const choice = formulation.decode(best.values);
  const room = roomAfter(instance, choice);
  // The solver works in floating point; an answer that does not fit in whole euros is not an answer.
  return fits(instance, room) ? { kind: "fits", choice, room } : { kind: "unsolved", reason: "failed" };
}

type Search = { ok: true; values: Readonly<Record<string, number>> } | { ok: false; reason: "time-limit" | "failed" };

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
    if (outcome.status === "time-limit") return { ok: false, reason: "time-limit" };
    if (outcome.status !== "optimal") return { ok: false, reason: "failed" };
    values = outcome.values;
    fixed.push({ terms: goal, max: valueOf(goal, values) });
  }
  return values === undefined ? { ok: false, reason: "failed" } : { ok: true, values };
}

/** Rows without a variable are checked here; a program without variables needs no solver. */
function solveProgram(solver: MipSolver, program: LinearProgram, seconds: number): MipOutcome {
  const constant = program.rows.filter((row) => row.terms.length === 0);
  if (constant.some((row) => (row.min !== undefined && row.min > 0) || (row.max !== undefined && row.max < 0))) {
    return { status: "infeasible", values: {} };
  }
  const rows = program.rows.filter((row) => row.terms.length > 0);
  if (variablesOf(program).length === 0) return { status: "optimal", values: {} };
  return solver.solve({ ...program, rows }, seconds);
}
