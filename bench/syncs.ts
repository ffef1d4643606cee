/**
 * syncs.*: `context.sync()` calls of a full model load and of reading the loaded workbook for
 * validation, counted by the fake Excel host (test/fake-excel). Round trips are what an officer waits
 * for in Excel on the web, whatever the size of the workbook.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { validateGrid } from "../src/validate";
import type { GridWorkbook } from "../src/validate/grid";

const ROOT = path.resolve(__dirname, "..");
const PARTS = {
  fake: path.join(ROOT, "test/fake-excel/index.ts"),
  loader: path.join(ROOT, "src/excel/load-model.ts"),
  reader: path.join(ROOT, "src/excel/read-grid.ts"),
};

export interface SyncBench {
  load: number | null;
  validate: number | null;
  /** Errors the validator finds in the workbook the loader wrote: 0 when loader and validator agree. */
  loaded_workbook_errors: number | null;
  missing: string[];
}

interface Fake {
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  Office: unknown;
  syncCount(): number;
  resetSyncCount(): void;
}

/** Loaded by path: the loader and the fake are other helpers' parts and may not exist yet. */
function load<T>(file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as T;
}

export async function benchSyncs(): Promise<SyncBench> {
  const missing = Object.entries(PARTS)
    .filter(([, file]) => !existsSync(file))
    .map(([, file]) => path.relative(ROOT, file));
  if (missing.length > 0) return { load: null, validate: null, loaded_workbook_errors: null, missing };

  const fake = load<{ createFakeExcel(): Fake }>(PARTS.fake).createFakeExcel();
  const { loadModel } = load<{
    loadModel(context: Excel.RequestContext, options: { overwriteEdits: boolean }): Promise<unknown>;
  }>(PARTS.loader);
  const { readGridFromExcel } = load<{
    readGridFromExcel(context: Excel.RequestContext): Promise<GridWorkbook>;
  }>(PARTS.reader);
  // Office.js code reads enums from the globals Excel and Office, as in the add-in.
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });

  fake.resetSyncCount();
  await fake.Excel.run((context) => loadModel(context, { overwriteEdits: false }));
  const loadSyncs = fake.syncCount();
  fake.resetSyncCount();
  const grid = await fake.Excel.run((context) => readGridFromExcel(context));
  const validateSyncs = fake.syncCount();
  const errors = validateGrid(grid).filter((finding) => finding.severity === "error").length;
  return { load: loadSyncs, validate: validateSyncs, loaded_workbook_errors: errors, missing: [] };
}
