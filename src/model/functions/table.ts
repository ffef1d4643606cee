/**
 * The SAMEN formula library by name, over the queries: one table that the command line and the Excel
 * wrappers both call, so `samen fn GAP …` and `=SAMEN.GAP(…)` cannot disagree.
 */
import type { Arg } from "./args";
import type { FitEngine } from "../fit/engine";
import type { PlanQueries } from "./queries";
import { invalid, notAvailable, type Result } from "../result";

export type FunctionValue = number | string | number[] | string[];

/** What a function needs beyond the plan: FIT its engine, which callers load on first use (load-engine.ts). */
export interface FunctionContext {
  fitEngine?: FitEngine;
}

interface FunctionSpec {
  params: readonly string[];
  required: number;
  needsFitEngine?: true;
  call(queries: PlanQueries, args: readonly Arg[], context: FunctionContext): Result<FunctionValue>;
}

const NO_ENGINE = notAvailable("Dekking zoeken heeft zijn rekenmodule niet; voer de formule opnieuw in.");

export const MODEL_FUNCTIONS = {
  TOTAL: { params: ["jaar", "regel"], required: 1, call: (q, a) => q.total(a[0], a[1]) },
  BUDGET: { params: ["jaar"], required: 1, call: (q, a) => q.budget(a[0]) },
  RESERVE: { params: ["jaar"], required: 1, call: (q, a) => q.reserve(a[0]) },
  ACTIELIJN: { params: ["actielijn", "jaar"], required: 1, call: (q, a) => q.actionLine(a[0], a[1]) },
  ACTION: { params: ["actie", "jaar"], required: 1, call: (q, a) => q.action(a[0], a[1]) },
  PROPOSAL: { params: ["voorstel", "veld"], required: 1, call: (q, a) => q.proposal(a[0], a[1]) },
  COST: {
    params: ["plan", "jaar", "soort", "raming"],
    required: 1,
    call: (q, a) => q.cost(a[0], a[1], a[2], a[3]),
  },
  FREED: { params: ["plan", "jaar"], required: 1, call: (q, a) => q.freed(a[0], a[1]) },
  GAP: {
    params: ["plan", "jaar", "raming", "cumulatief"],
    required: 1,
    call: (q, a) => q.gap(a[0], a[1], a[2], a[3]),
  },
  UNKNOWN: { params: ["plan"], required: 1, call: (q, a) => q.unknown(a[0]) },
  PROPOSALS: { params: ["plan"], required: 1, call: (q, a) => q.proposalNumbers(a[0]) },
  FIT: {
    params: ["plan", "modus", "acties", "raming", "eisen"],
    required: 1,
    needsFitEngine: true,
    call: (q, a, c) => (c.fitEngine ? c.fitEngine.fit(q, a) : NO_ENGINE),
  },
  FITS: {
    params: ["plan", "modus", "acties", "raming", "eisen", "max"],
    required: 1,
    needsFitEngine: true,
    call: (q, a, c) => (c.fitEngine ? c.fitEngine.fits(q, a) : NO_ENGINE),
  },
} as const satisfies Record<string, FunctionSpec>;

export type ModelFunctionName = keyof typeof MODEL_FUNCTIONS;

export function isModelFunction(name: string): name is ModelFunctionName {
  return Object.hasOwn(MODEL_FUNCTIONS, name);
}

export function needsFitEngine(name: ModelFunctionName): boolean {
  const spec: FunctionSpec = MODEL_FUNCTIONS[name];
  return spec.needsFitEngine === true;
}

export function usageOf(name: ModelFunctionName): string {
  const spec: FunctionSpec = MODEL_FUNCTIONS[name];
  const params = spec.params.map((param, i) => (i < spec.required ? param : `[${param}]`));
  return `${name}(${params.join("; ")})`;
}

/** Calls a function by name; a wrong number of arguments is a #VALUE! like any other bad argument. */
export function callModelFunction(
  queries: PlanQueries,
  name: ModelFunctionName,
  args: readonly Arg[],
  context: FunctionContext = {},
): Result<FunctionValue> {
  const spec: FunctionSpec = MODEL_FUNCTIONS[name];
  if (args.length < spec.required || args.length > spec.params.length) {
    return invalid(`Verkeerd aantal argumenten: gebruik ${usageOf(name)}.`);
  }
  return spec.call(queries, args, context);
}
