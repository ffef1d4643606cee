/**
 * FIT(plan, [mode], [actions], [estimate]): the arguments read, the instance taken from the plan as
 * the workbook holds it, the optimizer run, and its answer checked through GAP for every year before
 * it is given as the canonical text of the plan that fits.
 */
import { isMissing, toChoice, toText, type Arg } from "../functions/args";
import { formatEuros } from "../money/format";
import { ESTIMATES, type EstimateEnd } from "../plans/costs";
import { printPlan, type ResolvedPlan } from "../plans/resolver";
import type { PlanQueries } from "../functions/queries";
import { invalid, notAvailable, ok, type Result } from "../result";
import type { Action } from "../schema";
import { cuttableRows, defaultCuttable } from "./cuttable";
import { FIT_MODES, type FitInstance, type FitMode, type FitYearAmounts } from "./instance";
import { FIT_TIME_LIMIT_SECONDS, optimize } from "./optimize";
import type { MipSolver } from "./program";

export interface FitRequest {
  plan: ResolvedPlan;
  mode: FitMode;
  /** The action rows that may be cut, none of them cut by the plan already. */
  allowed: readonly Action[];
  estimate: EstimateEnd;
}

export interface FitAnswer {
  plan: ResolvedPlan;
  /** Its canonical text, as FIT returns it. */
  text: string;
  /** GAP of each year, through the formula library. */
  room: FitYearAmounts;
}

const NOT_WHOLE_EUROS = "Dekking zoeken heeft geen plan gevonden dat in hele euro's sluit.";

const ACTION_LIST = /^\d+(?:\s*(?:,|\ben\b|\s)\s*\d+)*$/;

function readActions(queries: PlanQueries, plan: ResolvedPlan, arg: Arg): Result<Action[]> {
  if (isMissing(arg)) return ok(defaultCuttable(queries, plan));
  const text = toText(arg, "De acties");
  if (!text.ok) return text;
  if (!ACTION_LIST.test(text.value)) {
    return invalid(`De acties moeten een lijst van actienummers zijn, zoals "9, 26", niet "${text.value}".`);
  }
  const rows: Action[] = [];
  for (const digits of text.value.split(/\s*(?:,|\ben\b|\s)\s*/).filter((part) => part !== "")) {
    const row = queries.actionRows().get(Number(digits));
    if (!row) {
      const highest = [...queries.actionRows().keys()].reduce((a, b) => Math.max(a, b), -Infinity);
      return notAvailable(`Onbekende actie ${digits} in "${text.value}": er zijn acties 1 tot en met ${highest}.`);
    }
    rows.push(row);
  }
  return ok(cuttableRows(queries, plan, rows));
}

export function readFitRequest(queries: PlanQueries, args: readonly Arg[]): Result<FitRequest> {
  const [planArg, modeArg, actionsArg, estimateArg] = args;
  const plan = queries.resolvePlan(planArg);
  if (!plan.ok) return plan;
  const mode = toChoice(modeArg, "De modus", FIT_MODES, "schrappen");
  if (!mode.ok) return mode;
  const allowed = readActions(queries, plan.value, actionsArg);
  if (!allowed.ok) return allowed;
  const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
  if (!estimate.ok) return estimate;
  return ok({ plan: plan.value, mode: mode.value, allowed: allowed.value, estimate: estimate.value });
}

export function instanceOf(queries: PlanQueries, request: FitRequest): FitInstance {
  const end = request.estimate === "laag" ? "low" : "high";
  const costs = new Map(queries.costedProposals().map((entry) => [entry.proposal.number, entry]));
  const years = queries.figures(request.plan, request.estimate).years;
  const room: FitYearAmounts = {};
  for (const figures of years) room[figures.year] = figures.reserve + figures.freed;
  return {
    years: queries.horizon.planYears,
    room,
    proposals: request.plan.proposals.map(({ number, startYear }) => {
      const { proposal, cost } = costs.get(number)!;
      const estimated = cost.incidental !== null && cost.structural !== null;
      return {
        number,
        startYear,
        priority: proposal.priority,
        incidental: estimated ? cost.incidental![end] : 0,
        structural: estimated ? cost.structural![end] : 0,
        estimated,
      };
    }),
    actions: request.allowed.map((row) => ({ numbers: row.numbers, amounts: row.amounts })),
  };
}

function shortfallMessage(mode: FitMode, years: readonly number[], room: FitYearAmounts): string {
  const short = years.filter((year) => room[year] < 0).map((year) => `in ${year} ${formatEuros(-room[year])}`);
  const list = short.length === 1 ? short[0] : `${short.slice(0, -1).join(", ")} en ${short[short.length - 1]}`;
  return `Geen plan past (${mode}): ook het plan met het kleinste tekort heeft ${list} tekort.`;
}

export function fitPlan(queries: PlanQueries, request: FitRequest, solver: MipSolver): Result<FitAnswer> {
  const instance = instanceOf(queries, request);
  const outcome = optimize(instance, request.mode, solver);
  if (outcome.kind === "short") return notAvailable(shortfallMessage(request.mode, instance.years, outcome.room));
  if (outcome.kind === "unsolved") {
    return notAvailable(
      outcome.reason === "time-limit"
        ? `Dekking zoeken vond binnen ${FIT_TIME_LIMIT_SECONDS} seconden geen bewezen beste plan; kies minder acties.`
        : NOT_WHOLE_EUROS,
    );
  }
  const { choice } = outcome;
  const proposals = instance.proposals.flatMap(({ number }, j) => {
    const startYear = choice.startYears[j];
    return startYear === null ? [] : [{ number, startYear }];
  });
  const cuts = [
    ...request.plan.cuts,
    ...instance.actions.flatMap((action, i) => (choice.cut[i] ? action.numbers : [])),
  ];
  const plan = queries.makePlan(proposals, cuts);
  if (!plan.ok) return plan;
  return checkThroughGap(queries, plan.value, request.estimate);
}

/**
 * The answer as any formula would see it: its text resolved again, GAP ≥ 0 in every year. An empty plan
 * (kiezen leaving every proposal out) has the empty text, which GAP refuses: its figures then.
 */
function checkThroughGap(queries: PlanQueries, plan: ResolvedPlan, estimate: EstimateEnd): Result<FitAnswer> {
  const text = printPlan(plan);
  const figures = queries.figures(plan, estimate).years;
  const room: FitYearAmounts = {};
  for (const year of queries.horizon.planYears) {
    const gap = text === "" ? ok(figures.find((f) => f.year === year)!.gap) : queries.gap(text, year, estimate);
    if (!gap.ok || gap.value < 0) return notAvailable(NOT_WHOLE_EUROS);
    room[year] = gap.value;
  }
  return ok({ plan, text, room });
}

const answers = new WeakMap<PlanQueries, Map<string, Result<string>>>();
const MAX_CACHED_ANSWERS = 1_000;

/** FIT as the formula library calls it: one solve per plan state and arguments, however many cells ask. */
export function fit(queries: PlanQueries, args: readonly Arg[], solver: MipSolver): Result<string> {
  const key = JSON.stringify(args.map((arg) => (arg === undefined ? null : arg)));
  let cache = answers.get(queries);
  if (!cache) answers.set(queries, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const request = readFitRequest(queries, args);
  const answer = request.ok ? fitPlan(queries, request.value, solver) : request;
  const result = answer.ok ? ok(answer.value.text) : answer;
  if (cache.size >= MAX_CACHED_ANSWERS) cache.clear();
  cache.set(key, result);
  return result;
}
