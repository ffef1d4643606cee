/**
 * syncs.*: `context.sync()` calls of a full model load and of reading the loaded workbook for
 * validation, counted by the fake Excel host (test/fake-excel). Round trips are what an officer waits
 * for in Excel on the web, so they must not grow with the workbook: the load is counted on an empty
 * workbook, with 1 000 saved scenarios (10 000 rows), and again over an edited workbook.
 */
import { LETTER_PLAN } from "../src/model/letter/dataset";
import type { SavedPlan } from "../src/model/schema";
import { loadModel } from "../src/excel/load-model";
import { readGridFromExcel } from "../src/excel/read-grid";
import { validateGrid } from "../src/validate";
import { createFakeExcel, type FakeExcel } from "../test/fake-excel";

export interface SyncBench {
  load: number;
  load_10k_scenario_rows: number;
  reload_over_edit: number;
  validate: number;
  /** Errors the validator finds in the workbook the loader wrote: 0 when loader and validator agree. */
  loaded_workbook_errors: number;
}

async function syncsOf(fake: FakeExcel, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<number> {
  fake.resetSyncCount();
  await fake.Excel.run(batch);
  return fake.syncCount();
}

const MANY_SCENARIOS: SavedPlan[] = Array.from({ length: 1_000 }, (_, i) => ({
  name: `Scenario ${i + 1}`,
  parts: Array.from({ length: 10 }, (_, j) => ({
    kind: "proposal" as const,
    proposal: ((i + j * 3) % LETTER_PLAN.proposals.length) + 1,
    startYear: 2024 + (i % 3),
  })),
}));

export async function benchSyncs(): Promise<SyncBench> {
  const fake = createFakeExcel();
  // Office.js code reads enums from the globals Excel and Office, as in the add-in.
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  const load = await syncsOf(fake, (context) => loadModel(context, { overwriteEdits: false }));
  let grid: Awaited<ReturnType<typeof readGridFromExcel>> | undefined;
  const validate = await syncsOf(fake, async (context) => (grid = await readGridFromExcel(context)));
  const errors = validateGrid(grid!).filter((finding) => finding.severity === "error").length;

  const letterValue = fake.values("Begroting", "C2")[0][0];
  await fake.userEdit("Begroting", "C2", [[123_456]]);
  const reload = await syncsOf(fake, (context) => loadModel(context, { overwriteEdits: true }));
  if (fake.values("Begroting", "C2")[0][0] !== letterValue) throw new Error("the reload did not restore the edit");

  const large = createFakeExcel();
  Object.assign(globalThis, { Excel: large.Excel, Office: large.Office });
  const loadLarge = await syncsOf(large, (context) =>
    loadModel(context, { overwriteEdits: false, scenarios: MANY_SCENARIOS }),
  );
  return {
    load,
    load_10k_scenario_rows: loadLarge,
    reload_over_edit: reload,
    validate,
    loaded_workbook_errors: errors,
  };
}
