/**
 * The price of each choice on the letter, worked out by hand from Bijlage 1 and 2 (the reasoning beside
 * each case). A price is FIT with one more requirement or one row fewer, whose optimality the brute
 * force of optimize.test.ts proves for every requirement kind.
 */
import type { FitEngine } from "../../../src/model/fit/engine";
import { readFitRequest } from "../../../src/model/fit/fit-plan";
import { loadFitEngine } from "../../../src/model/fit/load-engine";
import { PlanQueries } from "../../../src/model/functions/queries";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";

const queries = new PlanQueries(LETTER_PLAN);
let engine: FitEngine;
beforeAll(async () => {
  engine = await loadFitEngine();
}, 60_000);

function pricesFor(...args: unknown[]) {
  const request = readFitRequest(queries, args);
  if (!request.ok) throw new Error(request.message);
  const answer = engine.fitPlan(queries, request.value);
  if (!answer.ok) throw new Error(answer.message);
  return { answer: answer.value, prices: engine.prices(queries, request.value, answer.value) };
}

describe("the price of each choice, on the letter", () => {
  // 9 and 31 each hold € 300.000 in 2025 only: keeping the one the answer cuts means cutting the other,
  // at the same cost. Every other row of the answer is needed: keeping it costs more or nothing fits.
  it("schrappen: keeping 9 or 31 is as good as the answer", () => {
    const { answer, prices } = pricesFor("meest kansrijk", "schrappen", "3, 9, 13, 15, 16, 17, 20, 22, 25, 26, 30, 31");
    const tied = answer.plan.cuts.includes(9) ? 9 : 31;
    const other = tied === 9 ? 31 : 9;
    const price = prices.find((p) => p.subject === `actie ${tied}`)!;
    expect(price.text).toBe(`actie ${tied} houden: schrap ${other}`);
    for (const p of prices.filter((p) => p !== price)) expect(p.text).not.toMatch(/even goed|^[^:]*: schrap \d+$/);
  });

  // kiezen drops 3, 7 and 10 (docs/contracts/requirements.md): keeping any of them at 2024 (no cuts, no delays in kiezen)
  // means other proposals fall out, or nothing fits; the price says which.
  it("kiezen: every dropped proposal has a price naming what falls out instead, or no plan", () => {
    const { prices } = pricesFor("meest kansrijk", "kiezen");
    expect(prices.map((p) => p.subject)).toEqual(["voorstel 3", "voorstel 7", "voorstel 10"]);
    for (const p of prices)
      expect(p.text).toMatch(/^voorstel \d+ houden: (\d+(, \d+)*( en \d+)? (valt|vallen) af|geen plan past)/);
  });
});
