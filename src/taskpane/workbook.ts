/**
 * What the task pane asks of the open workbook, as one interface: the views stay free of Office.js, and
 * their tests can hand them a workbook of their own. `officeWorkbook` is the Office.js implementation.
 */
import { deleteScenario, readScenarios, renameScenario, saveScenario } from "../excel/scenario-store";
import { readGridFromExcel } from "../excel/read-grid";
import { livePlan, makeShareableCopy, refreshLiveValues, shareOutcome, type ShareOutcome } from "../runtime";
import type { PlanState } from "../runtime/live-plan";
import { invalid, ok, type Result } from "../model/result";
import type { SavedPlan } from "../model/schema";
import { validateGrid, type Finding } from "../validate";
import { loadModel, planLoad, type LoadPlan, type LoadSummary } from "../excel/load-model";
import { copyInWorkbook, planOfSource } from "../excel/copy-source";
import { offerOf, type CopyOffer, type LoadSource } from "../load/load-source";
import { writeNotitie } from "../excel/write-notitie";
import type { SheetLayout } from "../layout";

export interface PaneWorkbook {
  /** The plan as the workbook's model tables hold it (the letter's until they exist), now and after edits. */
  watchPlan(listener: (state: PlanState) => void): () => void;
  /** Reads the workbook again after the pane changed it, so the plan and every SAMEN cell follow. */
  refresh(): Promise<void>;
  readScenarios(): Promise<Result<SavedPlan[]>>;
  /** `planYears`: the start years the workbook's horizon allows. */
  saveScenario(scenario: SavedPlan, planYears: readonly number[]): Promise<Result<void>>;
  renameScenario(from: string, to: string): Promise<Result<void>>;
  deleteScenario(name: string): Promise<Result<void>>;
  /** Whether the validator finds a copy of Bijlage 2 here, and whether a model can be made of it. */
  findCopy(): Promise<Result<CopyOffer>>;
  /** What the model from `source` (default the letter) would change in the workbook: nothing is written. */
  planLoad(source?: LoadSource): Promise<Result<LoadPlan>>;
  loadModel(options: { overwriteEdits: boolean; source?: LoadSource }): Promise<Result<LoadSummary>>;
  check(): Promise<Result<Finding[]>>;
  selectCell(sheet: string, cell: string): Promise<Result<void>>;
  /** Deelbare kopie: a new workbook with every SAMEN formula as its value; this one stays as it is. */
  makeShareableCopy(): Promise<Result<{ replaced: number }>>;
  /**
   * Writes the Besluitnotitie on its own sheet and shows it; "exists" (nothing written) when the sheet is
   * there already and `replace` is false, so the pane can ask before an officer's note is replaced.
   */
  writeNotitie(sheet: SheetLayout, replace: boolean): Promise<Result<"written" | "exists">>;
  /** The outcome of the last Deelbare kopie, from the pane or the ribbon, now and after each. */
  watchShareableCopy(listener: (outcome: ShareOutcome) => void): () => void;
}

const EXCEL_FAILED = "Excel kon de opdracht niet uitvoeren. Sluit een cel die u bewerkt en probeer het opnieuw.";

/** Excel refuses calls while a cell is being edited, among other things: the officer gets Dutch, not a stack. */
async function inExcel<T>(work: (context: Excel.RequestContext) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await Excel.run(work);
  } catch {
    return invalid(EXCEL_FAILED);
  }
}

export const officeWorkbook: PaneWorkbook = {
  makeShareableCopy: () => makeShareableCopy(),
  watchShareableCopy: (listener) => shareOutcome.subscribe(listener),
  watchPlan(listener) {
    const unsubscribe = livePlan.subscribe(listener);
    void refreshLiveValues();
    return unsubscribe;
  },
  refresh: () => refreshLiveValues(),
  readScenarios: () => inExcel(readScenarios),
  saveScenario: (scenario, planYears) => inExcel((context) => saveScenario(context, scenario, planYears)),
  renameScenario: (from, to) => inExcel((context) => renameScenario(context, from, to)),
  deleteScenario: (name) => inExcel((context) => deleteScenario(context, name)),
  findCopy: () => inExcel(async (context) => ok(offerOf(await copyInWorkbook(context)))),
  planLoad: (source = "brief") =>
    inExcel(async (context) => {
      const plan = await planOfSource(context, source);
      return plan.ok ? ok(await planLoad(context, plan.value)) : plan;
    }),
  loadModel: ({ overwriteEdits, source = "brief" }) =>
    inExcel(async (context) => {
      const plan = await planOfSource(context, source);
      return plan.ok ? ok(await loadModel(context, { overwriteEdits, plan: plan.value })) : plan;
    }),
  check: () => inExcel(async (context) => ok(validateGrid(await readGridFromExcel(context)))),
  writeNotitie: (sheet, replace) => inExcel((context) => writeNotitie(context, sheet, replace)),
  selectCell: (sheet, cell) =>
    inExcel(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
      return ok(undefined);
    }),
};
