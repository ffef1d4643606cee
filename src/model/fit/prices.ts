/**
 * The price of each choice of an answer ("Waarom dit plan", docs/contracts/functions.md): for every
 * proposal the answer leaves out or delays, the best plan that keeps it at its own start year (the
 * requirement `vast N` added); for every row it cuts, the best plan that keeps that row (the row no
 * longer allowed). One more exact solve each, so a price is as proven as the answer itself.
 */
import { formatEuros } from "../money/format";
import type { PlanQueries } from "../functions/queries";
import type { Result } from "../result";
import type { Action } from "../schema";
import { fitPlan, type FitAnswer, type FitRequest } from "./fit-plan";
import type { MipSolver } from "./program";

export interface Price {
  /** "voorstel 10" or "actie 9" (the shared row: "actie 3 en 4"). */
  subject: string;
  /** The best plan that keeps it, or why there is none (a Dutch message). */
  alternative: Result<FitAnswer>;
  /** What keeping it costs against the answer, in the mode's goals: "7 en 11 vallen af; € 300.000 meer schrappen". */
  text: string;
}

const listed = (items: readonly (string | number)[]) =>
  items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;

function freedTotal(queries: PlanQueries, answer: FitAnswer, request: FitRequest): number {
  return queries.figures(answer.plan, request.estimate).years.reduce((sum, year) => sum + year.freed, 0);
}

/** The difference between the answer and the plan that keeps the subject, in words an officer uses. */
export function priceText(queries: PlanQueries, request: FitRequest, answer: FitAnswer, other: FitAnswer): string {
  const kept = new Map(other.plan.proposals.map((p) => [p.number, p.startYear]));
  const dropped = answer.plan.proposals.filter((p) => !kept.has(p.number)).map((p) => p.number);
  const later = answer.plan.proposals.filter((p) => (kept.get(p.number) ?? p.startYear) > p.startYear);
  const parts: string[] = [];
  if (dropped.length > 0) parts.push(`${listed(dropped)} ${dropped.length === 1 ? "valt" : "vallen"} af`);
  for (const p of later) parts.push(`${p.number} pas vanaf ${kept.get(p.number)}`);
  const more = freedTotal(queries, other, request) - freedTotal(queries, answer, request);
  if (more > 0) parts.push(`${formatEuros(more)} meer schrappen`);
  if (more < 0) parts.push(`${formatEuros(-more)} minder schrappen`);
  const newCuts = other.plan.cuts.filter((n) => !answer.plan.cuts.includes(n));
  if (newCuts.length > 0) parts.push(`schrap ${listed(newCuts)}`);
  return parts.length === 0 ? "even goed" : parts.join("; ");
}

function priced(
  queries: PlanQueries,
  request: FitRequest,
  answer: FitAnswer,
  subject: string,
  keeping: FitRequest,
  solver: MipSolver,
): Price {
  const alternative = fitPlan(queries, keeping, solver);
  const text = alternative.ok
    ? `${subject} houden: ${priceText(queries, request, answer, alternative.value)}`
    : `${subject} houden: geen plan past (${alternative.message})`;
  return { subject, alternative, text };
}

/** What each price asks: its subject and the request that keeps it. No solve yet. */
function pricedChoices(
  queries: PlanQueries,
  request: FitRequest,
  answer: FitAnswer,
): { subject: string; keeping: FitRequest }[] {
  const startOf = new Map(answer.plan.proposals.map((p) => [p.number, p.startYear]));
  const proposals = request.plan.proposals
    .filter(({ number, startYear }) => startOf.get(number) !== startYear)
    .map(({ number }) => ({
      subject: `voorstel ${number}`,
      keeping: {
        ...request,
        requirements: [
          ...request.requirements,
          { text: `vast ${number}`, rules: [{ kind: "on-time" as const, proposal: number }] },
        ],
      },
    }));
  const cutBefore = new Set(request.plan.cuts);
  const rows = new Set<Action>();
  for (const number of answer.plan.cuts) if (!cutBefore.has(number)) rows.add(queries.actionRows().get(number)!);
  const actions = [...rows].map((row) => ({
    subject: `actie ${row.numbers.join(" en ")}`,
    keeping: { ...request, allowed: request.allowed.filter((allowed) => allowed !== row) },
  }));
  return [...proposals, ...actions];
}

/** The prices one solve at a time, so the pane can paint between them. */
export function* priceSteps(
  queries: PlanQueries,
  request: FitRequest,
  answer: FitAnswer,
  solver: MipSolver,
): Generator<Price, void> {
  for (const { subject, keeping } of pricedChoices(queries, request, answer)) {
    yield priced(queries, request, answer, subject, keeping, solver);
  }
}

export function pricesOf(queries: PlanQueries, request: FitRequest, answer: FitAnswer, solver: MipSolver): Price[] {
  return [...priceSteps(queries, request, answer, solver)];
}
