/**
 * The part of Dekking zoeken that is loaded on first use (load-engine.ts): HiGHS with its WebAssembly,
 * the formulation and the search. Webpack gives this module and everything only it imports a chunk of
 * its own, so neither the functions bundle nor the task pane's first load carries them.
 */
import loadHighs from "highs";
import type { Arg } from "../functions/args";
import type { PlanQueries } from "../functions/queries";
import type { Result } from "../result";
import { fit, fitPlan, fitPlans, fits, type FitAnswer, type FitRequest } from "./fit-plan";
import { highsSolver } from "./highs-solver";
import { priceSteps, pricesOf, type Price } from "./prices";
import type { MipSolver } from "./program";
import { reserveCurve, type CurveEnd, type CurvePoint } from "./reserve-curve";

export interface FitEngine {
  solver: MipSolver;
  /** FIT as the formula library calls it: its arguments as given, the canonical text or a failure. */
  fit(queries: PlanQueries, args: readonly Arg[]): Result<string>;
  /** FITS: every optimal plan's canonical text, FIT's first. */
  fits(queries: PlanQueries, args: readonly Arg[]): Result<string[]>;
  /** The same search for the pane, which gives a request and wants the plan as well as its text. */
  fitPlan(queries: PlanQueries, request: FitRequest): Result<FitAnswer>;
  /** Every optimal plan of that request, FIT's answer first, at most `max` (FITS for the pane). */
  fitPlans(queries: PlanQueries, request: FitRequest, max: number): Result<FitAnswer[]>;
  /** The price of each choice of an answer to that request. */
  prices(queries: PlanQueries, request: FitRequest, answer: FitAnswer): Price[];
  /** The same prices, one solve per `next()`, for a pane that paints between them. */
  priceSteps(queries: PlanQueries, request: FitRequest, answer: FitAnswer): Generator<Price, void>;
  /** The reserve curve of a request, a point per step (reserve-curve.ts). */
  reserveCurve(queries: PlanQueries, request: FitRequest): Generator<CurvePoint, CurveEnd>;
}

/**
 * In the pane the build puts highs.wasm beside taskpane.html, and a relative URL is fetched from there;
 * in Node (the command line, the tests) HiGHS reads it from its own package.
 */
const HIGHS_OPTIONS = globalThis.process?.versions?.node ? {} : { locateFile: (file: string) => file };

let created: Promise<FitEngine> | undefined;

/** One engine per process: HiGHS's module cannot be instantiated twice in one JavaScript realm. */
export function createFitEngine(): Promise<FitEngine> {
  created ??= loadHighs(HIGHS_OPTIONS).then((highs) => {
    const solver = highsSolver(highs);
    return {
      solver,
      fit: (queries, args) => fit(queries, args, solver),
      fits: (queries, args) => fits(queries, args, solver),
      fitPlan: (queries, request) => fitPlan(queries, request, solver),
      fitPlans: (queries, request, max) => fitPlans(queries, request, solver, max),
      prices: (queries, request, answer) => pricesOf(queries, request, answer, solver),
      priceSteps: (queries, request, answer) => priceSteps(queries, request, answer, solver),
      reserveCurve: (queries, request) => reserveCurve(queries, request, solver),
    };
  });
  created.catch(() => (created = undefined));
  return created;
}
