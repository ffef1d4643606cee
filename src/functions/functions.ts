/**
 * The SAMEN formula library. Each function is a thin wrapper over the model's function table; the
 * metadata (functions.json) is generated from these JSDoc blocks at build time and the plugin's loader
 * appends the CustomFunctions.associate call for every one of them. Every function streams, so its cell
 * follows edits in the model tables without a manual recalculation.
 */
import "./zod-without-eval";
import { start, stream, streamCheck } from "../runtime";
import { toColumn, toNumber, toScalar, toTextColumn } from "./cell-value";

// The runtime starts with the page, not with the first cell Excel invokes: after a reload Excel invokes
// none (docs/fake-host.md), and the start asks it to calculate the SAMEN cells again.
void start();

/**
 * The programme total of a year (budget lines a to h), or one budget line.
 * @customfunction
 * @param year A year of the workbook (a year column of Begroting).
 * @param [line] A budget line by its letter ("a"), or an action line ("actielijn 1").
 * @param invocation Streaming invocation.
 */
export function total(year: number, line: string, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream("TOTAL", [year, line], invocation, toNumber);
}

/**
 * The frame of the programme for a year (2,000,000 euros).
 * @customfunction
 * @param year A year of the workbook (a year column of Begroting).
 * @param invocation Streaming invocation.
 */
export function budget(year: number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream("BUDGET", [year], invocation, toNumber);
}

/**
 * The reserve for follow-up actions in a year (the line "Reservering …", h in the letter).
 * @customfunction
 * @param year A year of the workbook (a year column of Begroting).
 * @param invocation Streaming invocation.
 */
export function reserve(year: number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream("RESERVE", [year], invocation, toNumber);
}

/**
 * The total of an action line from its detail table, in a year or over all years.
 * @customfunction
 * @param line Action line, 1 to 5.
 * @param [year] A year of the workbook; without it the sum over all years.
 * @param invocation Streaming invocation.
 */
export function actielijn(line: number, year: number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream("ACTIELIJN", [line, year], invocation, toNumber);
}

/**
 * The amount of one action, in a year or over all years.
 * @customfunction
 * @param action Action number, 1 to 32.
 * @param [year] A year of the workbook; without it the sum over all years.
 * @param invocation Streaming invocation.
 */
export function action(action: number, year: number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream("ACTION", [action, year], invocation, toNumber);
}

/**
 * A field of a proposal of Bijlage 1: its cost text by default. "acties", "actielijnen" and "voorstellen" list what the proposal and its appraisal name ("22, 24, 25"), "gereserveerd" the euros the appraisal says the plan already reserves.
 * @customfunction
 * @param proposal Proposal number, 1 to 33.
 * @param [field] "kosten", "thema", "prioriteit", "omschrijving", "toelichting", "status", "incidenteel", "structureel", "hoog", "bron", "acties", "actielijnen", "voorstellen" or "gereserveerd".
 * @param invocation Streaming invocation.
 */
export function proposal(
  proposal: number,
  field: string,
  invocation: CustomFunctions.StreamingInvocation<number | string>,
): void {
  stream("PROPOSAL", [proposal, field], invocation, toScalar);
}

/**
 * What a plan costs, in a year or over the plan years: each proposal from its own start year.
 * @customfunction
 * @param plan A plan: "meest kansrijk", "kansrijk", "alle", a saved scenario, proposals such as "3 vanaf 2025, 13", with "zonder 10" or "schrap 26".
 * @param [year] A plan year; without it the sum over the plan years.
 * @param [kind] "totaal" (default), "incidenteel" or "structureel".
 * @param [estimate] "laag" (default) or "hoog".
 * @param invocation Streaming invocation.
 */
export function cost(
  plan: number | string,
  year: number,
  kind: string,
  estimate: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream("COST", [plan, year, kind, estimate], invocation, toNumber);
}

/**
 * What the cuts of a plan free for the reserve, in a year or over the plan years.
 * @customfunction
 * @param plan A plan: "meest kansrijk", "kansrijk", "alle", a saved scenario, proposals such as "3 vanaf 2025, 13", with "zonder 10" or "schrap 26".
 * @param [year] A plan year; without it the sum over the plan years.
 * @param invocation Streaming invocation.
 */
export function freed(
  plan: number | string,
  year: number,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream("FREED", [plan, year], invocation, toNumber);
}

/**
 * The reserve plus what the cuts free minus the cost of a plan: negative is a shortfall.
 * @customfunction
 * @param plan A plan: "meest kansrijk", "kansrijk", "alle", a saved scenario, proposals such as "3 vanaf 2025, 13", with "zonder 10" or "schrap 26".
 * @param [year] A plan year; without it the sum over the plan years.
 * @param [estimate] "laag" (default) or "hoog".
 * @param [cumulative] TRUE: the running sum from the first plan year up to and including the year.
 * @param invocation Streaming invocation.
 */
export function gap(
  plan: number | string,
  year: number,
  estimate: string,
  cumulative: boolean,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream("GAP", [plan, year, estimate, cumulative], invocation, toNumber);
}

/**
 * How many proposals of a plan have no cost estimate yet.
 * @customfunction
 * @param plan A plan: "meest kansrijk", "kansrijk", "alle", a saved scenario, proposals such as "3 vanaf 2025, 13", with "zonder 10" or "schrap 26".
 * @param invocation Streaming invocation.
 */
export function unknown(plan: number | string, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream("UNKNOWN", [plan], invocation, toNumber);
}

/**
 * The proposal numbers of a plan, spilled as a column.
 * @customfunction
 * @param plan A plan: "meest kansrijk", "kansrijk", "alle", a saved scenario, proposals such as "3 vanaf 2025, 13", with "zonder 10" or "schrap 26".
 * @param invocation Streaming invocation.
 */
export function proposals(plan: number | string, invocation: CustomFunctions.StreamingInvocation<number[][]>): void {
  stream("PROPOSALS", [plan], invocation, toColumn);
}

/**
 * The best plan that fits the reserve in every plan year, found exactly: its canonical text.
 * @customfunction
 * @param plan A plan: "meest kansrijk", "kansrijk", "alle", a saved scenario, proposals such as "3 vanaf 2025, 13", with "zonder 10" or "schrap 26".
 * @param [mode] "schrappen" (default: least euros of actions cut), "uitstellen" (also later start years), "kiezen" (keep the best subset of proposals) or "afwegen" (all three at once).
 * @param [actions] The actions that may be cut, such as "9, 26"; default every action with an amount in the plan years that no proposal of the plan builds on.
 * @param [estimate] "laag" (default) or "hoog".
 * @param [requirements] Requirements such as "per thema 1; vast 9; 24 met 23; hoogstens 1 van 11, 31".
 * @param invocation Streaming invocation.
 */
export function fit(
  plan: number | string,
  mode: string,
  actions: number | string,
  estimate: string,
  requirements: string,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  stream("FIT", [plan, mode, actions, estimate, requirements], invocation, toScalar);
}

/**
 * Every plan that is as good as FIT's answer, spilled as a column, FIT's answer first.
 * @customfunction
 * @param plan A plan: "meest kansrijk", "kansrijk", "alle", a saved scenario, proposals such as "3 vanaf 2025, 13", with "zonder 10" or "schrap 26".
 * @param [mode] "schrappen" (default), "uitstellen", "kiezen" or "afwegen", as for FIT.
 * @param [actions] The actions that may be cut, such as "9, 26"; default as for FIT.
 * @param [estimate] "laag" (default) or "hoog".
 * @param [requirements] Requirements, as for FIT.
 * @param [max] At most this many plans, 1 to 100 (default 10).
 * @param invocation Streaming invocation.
 */
export function fits(
  plan: number | string,
  mode: string,
  actions: number | string,
  estimate: string,
  requirements: string,
  max: number,
  invocation: CustomFunctions.StreamingInvocation<string[][]>,
): void {
  stream("FITS", [plan, mode, actions, estimate, requirements, max], invocation, toTextColumn);
}

/**
 * The number of validation errors in this workbook: 0 means consistent. Warnings do not count.
 * @customfunction
 * @param invocation Streaming invocation.
 */
export function check(invocation: CustomFunctions.StreamingInvocation<number>): void {
  streamCheck(invocation, toNumber);
}
