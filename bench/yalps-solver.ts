/**
 * YALPS (pure JavaScript branch and bound) behind the same MipSolver interface as HiGHS: the bench's
 * second opinion on every optimum. It is a dev dependency and never ships.
 */
import { solve, type Constraint } from "yalps";
import type { LinearProgram, MipOutcome, MipSolver } from "../src/model/fit/program";

export const yalpsSolver: MipSolver = {
  name: "YALPS",
  solve(program: LinearProgram, timeLimitSeconds: number): MipOutcome {
    const variables = new Map<string, Map<string, number>>();
    for (const name of [...program.binaries, ...program.naturals]) variables.set(name, new Map());
    for (const term of program.objective) variables.get(term.variable)!.set("objective", term.coefficient);
    const constraints = new Map<string, Constraint>();
    program.rows.forEach((row, i) => {
      constraints.set(`r${i}`, { min: row.min, max: row.max });
      for (const term of row.terms) variables.get(term.variable)!.set(`r${i}`, term.coefficient);
    });
    const solution = solve(
      {
        direction: "minimize",
        objective: "objective",
        constraints,
        variables,
        binaries: program.binaries,
        integers: program.naturals,
      },
      { timeout: timeLimitSeconds * 1000, maxIterations: Number.POSITIVE_INFINITY, includeZeroVariables: true },
    );
    const values = Object.fromEntries(solution.variables);
    switch (solution.status) {
      case "optimal":
        return { status: "optimal", values };
      case "infeasible":
        return { status: "infeasible", values };
      case "timedout":
        return { status: "time-limit", values };
      default:
        return { status: "failed", values };
    }
  },
};
