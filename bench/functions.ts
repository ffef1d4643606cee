/**
 * functions.gap_ratio: 100 000 GAP evaluations through the formula library (the path `=SAMEN.GAP(…)`
 * and `samen fn GAP` take) over 100 000 sums of a 33-number array, the cheapest thing a worksheet does
 * with the same data. Both run in small alternating batches, so a busy machine slows both alike; the
 * ratio is the median of the batch pairs' ratios.
 */
import { loadBundledModel, type BundledModel } from "./bundle-model";
import { median, round, timeMs } from "./stats";

const EVALUATIONS = 100_000;
const BATCH = 5_000;
const ROUNDS = 7;

/** What officers type: built-in plans by name, a list, a plan with start years and cuts, with and without year and estimate. */
const GAP_CALLS: ReadonlyArray<readonly unknown[]> = [
  ["meest kansrijk", 2024],
  ["Meest kansrijk", 2025, "hoog"],
  ["kansrijk", null],
  ["alle", 2026, "laag"],
  ["3,13", 2024],
  ["3 vanaf 2025, 13; schrap 26", 2025, "laag", true],
];

export interface FunctionsBench {
  gap_ratio: number;
  gap_ns: number;
  sum33_ns: number;
}

export async function benchFunctions(): Promise<FunctionsBench> {
  const model = await loadBundledModel();
  return benchGap(model, new model.PlanQueries(model.LETTER_PLAN), GAP_CALLS);
}

/** GAP calls against the sums of the 33 proposals' costs, in alternating batches: the ratio and the times. */
export function benchGap(
  { callModelFunction }: BundledModel,
  queries: InstanceType<BundledModel["PlanQueries"]>,
  calls: ReadonlyArray<readonly unknown[]>,
): FunctionsBench {
  // The 33 proposals' low first-year costs: a real column of the workbook.
  const column = queries.costedProposals().map(({ cost }) => (cost.incidental?.low ?? 0) + (cost.structural?.low ?? 0));

  // Each batch keeps a local total and hands it out once, so no boxed number is written per call.
  const sums = (): number => {
    let all = 0;
    for (let i = 0; i < BATCH; i++) {
      let total = 0;
      for (let j = 0; j < column.length; j++) total += column[j];
      all += total;
    }
    return all;
  };
  const gaps = (): number => {
    let all = 0;
    for (let i = 0; i < BATCH; i++) {
      const result = callModelFunction(queries, "GAP", calls[i % calls.length]);
      if (result.ok) all += result.value as number;
    }
    return all;
  };

  let sink = 0;
  const pairs: Array<{ sum: number; gap: number }> = [];
  for (let round = -1; round < ROUNDS; round++) {
    for (let done = 0; done < EVALUATIONS; done += BATCH) {
      const sum = timeMs(() => (sink += sums()));
      const gap = timeMs(() => (sink += gaps()));
      if (round >= 0) pairs.push({ sum, gap }); // round -1 warms the JIT up
    }
  }
  if (!Number.isFinite(sink)) throw new Error("bench: the sums went wrong");
  const perCall = (ms: number) => round((ms * 1e6) / BATCH, 1);
  return {
    gap_ratio: round(median(pairs.map((pair) => pair.gap / pair.sum)), 2),
    gap_ns: perCall(median(pairs.map((pair) => pair.gap))),
    sum33_ns: perCall(median(pairs.map((pair) => pair.sum))),
  };
}
