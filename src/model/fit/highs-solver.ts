/** HiGHS (compiled to WebAssembly, package `highs`) behind the MipSolver interface. */
import type loadHighs from "highs";
import type { LinearProgram, MipOutcome, MipSolver, Row, Term } from "./program";

type Highs = Awaited<ReturnType<typeof loadHighs>>;
type HighsOptions = Parameters<Highs["solve"]>[1];

export function highsSolver(highs: Highs): MipSolver {
  return {
    name: "HiGHS",
    solve(program: LinearProgram, timeLimitSeconds: number): MipOutcome {
      const solution = highs.solve(toLpFormat(program), {
        output_flag: false,
        time_limit: timeLimitSeconds,
        // Integer goals: a relative gap of 0 makes "optimal" mean proven optimal.
        mip_rel_gap: 0,
        mip_abs_gap: 0,
        // RENS and RINS, the sub-MIP heuristics, took most of the time on the programs that fix an earlier
        // goal (their first solution is already at that goal's optimum); optimality is proven without them.
        mip_heuristic_run_rens: false,
        mip_heuristic_run_rins: false,
        // The package's option types list "not every option in every upstream HiGHS release"; HiGHS itself
        // refuses a name it does not know, so a renamed option fails every FIT test.
      } as HighsOptions);
      const values: Record<string, number> = {};
      for (const [name, column] of Object.entries(solution.Columns)) values[name] = column.Primal;
      switch (solution.Status) {
        case "Optimal":
          return { status: "optimal", values };
        case "Infeasible":
          return { status: "infeasible", values };
        case "Time limit reached":
          return { status: "time-limit", values };
        default:
          return { status: "failed", values };
      }
    },
  };
}

/** CPLEX LP text, the model format HiGHS reads; long sums are wrapped over lines. */
export function toLpFormat(program: LinearProgram): string {
  const variables = [...program.binaries, ...program.naturals];
  const objective = program.objective.length > 0 ? program.objective : [{ variable: variables[0], coefficient: 0 }];
  const lines = ["Minimize", ` obj: ${sum(objective)}`, "Subject To"];
  // concat, not push(...): a spread over a large program's variables can overflow the stack.
  const sections = [
    lines,
    ...program.rows.map((row, i) => constraints(row, `r${i}`)),
    program.naturals.length > 0 ? ["Bounds", ...program.naturals.map((name) => ` ${name} >= 0`)] : [],
    program.binaries.length > 0 ? ["Binary", ...wrap(program.binaries)] : [],
    program.naturals.length > 0 ? ["General", ...wrap(program.naturals)] : [],
    ["End"],
  ];
  return sections.flat().join("\n");
}

function constraints(row: Row, name: string): string[] {
  const left = sum(row.terms);
  if (row.min !== undefined && row.min === row.max) return [` ${name}: ${left} = ${row.min}`];
  const lines: string[] = [];
  if (row.min !== undefined) lines.push(` ${name}_min: ${left} >= ${row.min}`);
  if (row.max !== undefined) lines.push(` ${name}_max: ${left} <= ${row.max}`);
  return lines;
}

function sum(terms: readonly Term[]): string {
  const parts = terms.map(
    (term, i) => `${term.coefficient < 0 ? "-" : i === 0 ? "" : "+"} ${Math.abs(term.coefficient)} ${term.variable}`,
  );
  return wrap(parts).join("\n").trim();
}

function wrap(parts: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 16) lines.push(`  ${parts.slice(i, i + 16).join(" ")}`);
  return lines;
}
