/**
 * A mixed-integer program as data, so one formulation can be handed to any solver (HiGHS in the
 * product, another one in the benchmark's cross-check). Every coefficient and bound is a whole number.
 */
export interface Term {
  variable: string;
  coefficient: number;
}

/** `Σ terms ≥ min` and/or `Σ terms ≤ max`. */
export interface Row {
  terms: readonly Term[];
  min?: number;
  max?: number;
}

export interface LinearProgram {
  /** Minimized. */
  objective: readonly Term[];
  rows: readonly Row[];
  binaries: readonly string[];
  /** Integer variables ≥ 0 without an upper bound (the shortfall of a year). */
  naturals: readonly string[];
}

export type MipStatus = "optimal" | "infeasible" | "time-limit" | "failed";

export interface MipOutcome {
  status: MipStatus;
  /** Each variable's value as the solver gives it (floating point, to be rounded and re-checked). */
  values: Readonly<Record<string, number>>;
}

export interface MipSolver {
  readonly name: string;
  solve(program: LinearProgram, timeLimitSeconds: number): MipOutcome;
}

export function valueOf(terms: readonly Term[], values: Readonly<Record<string, number>>): number {
  return terms.reduce((sum, term) => sum + term.coefficient * Math.round(values[term.variable] ?? 0), 0);
}

export function variablesOf(program: LinearProgram): string[] {
  return [...program.binaries, ...program.naturals];
}
