/**
 * `npm run bench`: prints one JSON object (and writes bench/results.json) with ratios and counts, not
 * bare times, so figures from different machines compare. A part that cannot be measured is null and
 * named, with the reason, under "failed". Nothing is invented.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchBundles, type BundleBench } from "./bundles";
import { benchCli, type CliBench } from "./cli";
import { benchFit, type FitBench } from "./fit";
import { benchFunctions, type FunctionsBench } from "./functions";
import { benchHorizon, type HorizonBench } from "./horizon";
import { benchSyncs, type SyncBench } from "./syncs";
import { benchValidate, type ValidateBench } from "./validate";

const TARGETS = {
  "functions.gap_ratio": 5,
  "syncs.load": 3,
  "syncs.validate": 2,
  "bundle.taskpane_gz": 300_000,
  "bundle.functions_gz": 60_000,
  "validate.ratio_100k": 1.5,
  "validate.growth": 1.1,
  "validate.wide_ratio": 1.5,
  "cli.fn_ratio": 3,
  "horizon.gap_ratio": 5,
  "horizon.syncs_load": 3,
  "horizon.syncs_validate": 2,
  "horizon.loaded_workbook_errors": 0,
} as const;

const failed: string[] = [];

async function attempt<T>(part: string, run: () => Promise<T>): Promise<T | null> {
  // Progress on stderr: stdout carries only the JSON.
  process.stderr.write(`bench: ${part}…\n`);
  try {
    return await run();
  } catch (error) {
    failed.push(`${part}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return null;
  }
}

function valueAt(results: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | null)?.[part], results);
}

async function main(): Promise<void> {
  const functions = await attempt<FunctionsBench>("functions", benchFunctions);
  const syncs = await attempt<SyncBench>("syncs", benchSyncs);
  const bundle = await attempt<BundleBench>("bundle", benchBundles);
  const validate = await attempt<ValidateBench>("validate", benchValidate);
  const cli = await attempt<CliBench>("cli", benchCli);
  const fit = await attempt<FitBench>("fit", benchFit);
  const horizon = await attempt<HorizonBench>("horizon", benchHorizon);

  const results: Record<string, unknown> = {
    functions: functions ?? { gap_ratio: null },
    syncs: syncs ?? { load: null, validate: null },
    bundle: bundle ?? { taskpane_gz: null, functions_gz: null },
    validate: validate ?? { ratio_100k: null, growth: null, wide_ratio: null, peak_mb_100k: null },
    cli: cli ?? { fn_ratio: null },
    fit: fit ?? { letter_ms: null, ten_times_ms: null, optimal_checked: null },
    horizon: horizon ?? { gap_ratio: null, syncs_load: null, syncs_validate: null, loaded_workbook_errors: null },
  };
  const targets = Object.fromEntries(
    Object.entries(TARGETS).map(([key, limit]) => {
      const value = valueAt(results, key);
      return [key, { limit, met: typeof value === "number" ? value <= limit : null }];
    }),
  );
  const output = {
    ...results,
    targets,
    failed,
    machine: { node: process.version, cpus: os.cpus().length, load_average_1m: Math.round(os.loadavg()[0] * 10) / 10 },
  };
  const json = JSON.stringify(output, null, 2);
  writeFileSync(path.join(__dirname, "results.json"), `${json}\n`);
  process.stdout.write(`${json}\n`);
}

void main();
