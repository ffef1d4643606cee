/**
 * FIT(plan, [mode], [actions], [estimate], [requirements]): the arguments read, the instance taken from the plan as
 * the workbook holds it, the optimizer run, and its answer checked through GAP for every year before
 * it is given as the canonical text of the plan that fits.
 */
import { isMissing, toChoice, toInteger, toText, type Arg } from "../functions/args";
import { formatEuros } from "../money/format";
import { ESTIMATES, type EstimateEnd } from "../plans/costs";
import { printPlan, type ResolvedPlan } from "../plans/resolver";
import type { PlanQueries } from "../functions/queries";
import { invalid, notAvailable, ok, type Result } from "../result";
import type { Action } from "../schema";
import { cuttableRows, defaultCuttable } from "./cuttable";
import { enumerateOptima } from "./enumerate";
import {
  FIT_MODES,
  type FitChoice,
  type FitInstance,
  type FitMode,
  type FitYear,
  type FitYearAmounts,
} from "./instance";
import { FIT_TIME_LIMIT_SECONDS, optimize, type FitOutcome } from "./optimize";
import { proposalForms, themesOf } from "../schema";
import { resolveRequirements, type ResolvedRequirement } from "../requirements/resolve";
import type { MipSolver } from "./program";

export interface FitRequest {
  plan: ResolvedPlan;
  mode: FitMode;
  /** The action rows that may be cut, none of them cut by the plan already. */
  allowed: readonly Action[];
  estimate: EstimateEnd;
  /** As the officer wrote them ("" for none), and read against the plan. */
  requirementsText: string;
  requirements: readonly ResolvedRequirement[];
}

export interface FitAnswer {
  plan: ResolvedPlan;
  /** Its canonical text, as FIT returns it. */
  text: string;
  /** GAP of each year, through the formula library. */
  room: FitYearAmounts;
}

export const NOT_WHOLE_EUROS = "Dekking zoeken heeft geen plan gevonden dat in hele euro's sluit.";

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

/** The fifth argument, read against the plan (docs/contracts/requirements.md). */
export function readRequirements(
  queries: PlanQueries,
  plan: ResolvedPlan,
  text: string,
): Result<ResolvedRequirement[]> {
  const proposals = new Map(queries.plan.proposals.map((proposal) => [proposal.number, proposal]));
  return resolveRequirements(text, {
    planProposals: plan.proposals.map(({ number }) => {
      const proposal = proposals.get(number)!;
      return { number, theme: proposal.theme, forms: proposalForms(proposal) };
    }),
    themes: themesOf(queries.plan.proposals),
    proposalNumbers: new Set(proposals.keys()),
  });
}

export function readFitRequest(queries: PlanQueries, args: readonly Arg[]): Result<FitRequest> {
  const [planArg, modeArg, actionsArg, estimateArg, requirementsArg] = args;
  const plan = queries.resolvePlan(planArg);
  if (!plan.ok) return plan;
  const mode = toChoice(modeArg, "De modus", FIT_MODES, "schrappen");
  if (!mode.ok) return mode;
  const allowed = readActions(queries, plan.value, actionsArg);
  if (!allowed.ok) return allowed;
  const estimate = toChoice(estimateArg, "De raming", ESTIMATES, "laag");
  if (!estimate.ok) return estimate;
  const text = isMissing(requirementsArg) ? ok("") : toText(requirementsArg, "De eisen");
  if (!text.ok) return text;
  const requirements = readRequirements(queries, plan.value, text.value);
  if (!requirements.ok) return requirements;
  return ok({
    plan: plan.value,
    mode: mode.value,
    allowed: allowed.value,
    estimate: estimate.value,
    requirementsText: text.value,
    requirements: requirements.value,
  });
}

export function instanceOf(queries: PlanQueries, request: FitRequest): FitInstance {
  const end = request.estimate === "laag" ? "low" : "high";
  const costs = new Map(queries.costedProposals().map((entry) => [entry.proposal.number, entry]));
  const years = queries.figures(request.plan, request.estimate).years;
  const room = {} as FitYearAmounts;
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
    requirements: request.requirements,
  };
}

const listed = (items: readonly string[], joiner: string) =>
  items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} ${joiner} ${items[items.length - 1]}`;

/** "Een plan past wel zonder de eis "per thema 1"." — the requirements without each of which one fits. */
function bindingSentence(binding: readonly string[]): string {
  if (binding.length === 0) return "";
  return ` Een plan past wel zonder de eis ${listed(
    binding.map((text) => `"${text}"`),
    "of zonder de eis",
  )}.`;
}

/** The #N/A text when no plan fits: each plan year short in the best try, by how much, and what binds. */
export function noFitMessage(
  years: readonly FitYear[],
  mode: FitMode,
  outcome: Extract<FitOutcome, { kind: "short" | "conflict" }>,
): string {
  if (outcome.kind === "conflict") {
    return `Geen plan voldoet aan de eisen (${mode}), wat het ook kost.${bindingSentence(outcome.binding)}`;
  }
  const { room } = outcome;
  const short = years.filter((year) => room[year] < 0).map((year) => `in ${year} ${formatEuros(-room[year])}`);
  return `Geen plan past (${mode}): ook het plan met het kleinste tekort heeft ${listed(short, "en")} tekort.${bindingSentence(outcome.binding)}`;
}

function unsolvedMessage(reason: "time-limit" | "failed"): string {
  return reason === "time-limit"
    ? `Dekking zoeken vond binnen ${FIT_TIME_LIMIT_SECONDS} seconden geen bewezen beste plan; kies minder acties.`
    : NOT_WHOLE_EUROS;
}

export function fitPlan(queries: PlanQueries, request: FitRequest, solver: MipSolver): Result<FitAnswer> {
  const instance = instanceOf(queries, request);
  const outcome = optimize(instance, request.mode, solver);
  if (outcome.kind === "short" || outcome.kind === "conflict") {
    return notAvailable(noFitMessage(instance.years, request.mode, outcome));
  }
  if (outcome.kind === "unsolved") return notAvailable(unsolvedMessage(outcome.reason));
  return answerOf(queries, request, instance, outcome.choice);
}

/** Every optimal plan, FIT's answer first, at most `max`; the search bounded by FIT's time limit. */
export function fitPlans(
  queries: PlanQueries,
  request: FitRequest,
  solver: MipSolver,
  max: number,
): Result<FitAnswer[]> {
  const instance = instanceOf(queries, request);
  const outcome = enumerateOptima(instance, request.mode, solver, max);
  if (outcome.kind === "short" || outcome.kind === "conflict") {
    return notAvailable(noFitMessage(instance.years, request.mode, outcome));
  }
  if (outcome.kind === "unsolved") {
    return notAvailable(
      outcome.reason === "time-limit"
        ? `Alle beste plannen zoeken duurde langer dan ${FIT_TIME_LIMIT_SECONDS} seconden; kies minder acties of een kleiner maximum.`
        : NOT_WHOLE_EUROS,
    );
  }
  const answers: FitAnswer[] = [];
  for (const choice of outcome.choices) {
    const answer = answerOf(queries, request, instance, choice);
    if (!answer.ok) return answer;
    answers.push(answer.value);
  }
  return ok(answers);
}

/** A decision of the search as a plan of the formula library: the request's plan with its cuts and start years. */
export function answerOf(
  queries: PlanQueries,
  request: FitRequest,
  instance: FitInstance,
  choice: FitChoice,
): Result<FitAnswer> {
  const plan = planOf(queries, request, instance, choice);
  if (!plan.ok) return plan;
  return checkThroughGap(queries, plan.value, request.estimate, instance.years);
}

/** The request's plan with the choice's cuts and start years. */
export function planOf(
  queries: PlanQueries,
  request: FitRequest,
  instance: FitInstance,
  choice: FitChoice,
): Result<ResolvedPlan> {
  const proposals = instance.proposals.flatMap(({ number }, j) => {
    const startYear = choice.startYears[j];
    return startYear === null ? [] : [{ number, startYear }];
  });
  const cuts = [
    ...request.plan.cuts,
    ...instance.actions.flatMap((action, i) => (choice.cut[i] ? action.numbers : [])),
  ];
  return queries.makePlan(proposals, cuts);
}

/**
 * The answer as any formula would see it: its text resolved again, GAP ≥ 0 in every year. An empty plan
 * (kiezen leaving every proposal out) has the empty text, which GAP refuses: its figures then.
 */
function checkThroughGap(
  queries: PlanQueries,
  plan: ResolvedPlan,
  estimate: EstimateEnd,
  years: readonly FitYear[],
): Result<FitAnswer> {
  const text = printPlan(plan);
  const figures = queries.figures(plan, estimate).years;
  const room = {} as FitYearAmounts;
  for (const year of years) {
    const gap = text === "" ? ok(figures.find((f) => f.year === year)!.gap) : queries.gap(text, year, estimate);
    if (!gap.ok || gap.value < 0) return notAvailable(NOT_WHOLE_EUROS);
    room[year] = gap.value;
  }
  return ok({ plan, text, room });
}

const answers = new WeakMap<PlanQueries, Map<string, Result<string | string[]>>>();
const MAX_CACHED_ANSWERS = 1_000;

/** One solve per plan state, function and arguments, however many cells ask. */
function cached<T extends string | string[]>(
  queries: PlanQueries,
  name: string,
  args: readonly Arg[],
  answer: () => Result<T>,
): Result<T> {
  const key = JSON.stringify([name, ...args.map((arg) => (arg === undefined ? null : arg))]);
  let cache = answers.get(queries);
  if (!cache) answers.set(queries, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit as Result<T>;
  const result = answer();
  if (cache.size >= MAX_CACHED_ANSWERS) cache.clear();
  cache.set(key, result);
  return result;
}

/** FIT as the formula library calls it. */
export function fit(queries: PlanQueries, args: readonly Arg[], solver: MipSolver): Result<string> {
  return cached(queries, "FIT", args, () => {
    const request = readFitRequest(queries, args);
    const answer = request.ok ? fitPlan(queries, request.value, solver) : request;
    return answer.ok ? ok(answer.value.text) : answer;
  });
}

const MAX_PLANS = 100;

/** FITS as the formula library calls it: FIT's arguments, then `max` (default 10, at most 100). */
export function fits(queries: PlanQueries, args: readonly Arg[], solver: MipSolver): Result<string[]> {
  const max = isMissing(args[5]) ? ok(10) : toInteger(args[5], "Het maximum");
  if (!max.ok) return max;
  if (max.value < 1 || max.value > MAX_PLANS) {
    return invalid(`Het maximum moet tussen 1 en ${MAX_PLANS} liggen, niet ${max.value}.`);
  }
  return cached(queries, "FITS", args, () => {
    const request = readFitRequest(queries, args);
    if (!request.ok) return request;
    const answers = fitPlans(queries, request.value, solver, max.value);
    return answers.ok ? ok(answers.value.map((answer) => answer.text)) : answers;
  });
}
