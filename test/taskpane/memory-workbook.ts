/** A PaneWorkbook kept in memory, recording what the views asked of it. */
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanQueries } from "../../src/model/functions/queries";
import { normalizePlanName } from "../../src/model/plans/resolver";
import { invalid, ok, type Result } from "../../src/model/result";
import type { SavedPlan } from "../../src/model/schema";
import type { PlanState } from "../../src/runtime/live-plan";
import { LiveValue } from "../../src/runtime/live-value";
import type { ShareOutcome } from "../../src/runtime/shareable-copy";
import type { LoadPlan, LoadSummary } from "../../src/excel/load-model";
import type { PaneWorkbook } from "../../src/taskpane/workbook";
import type { CopyOffer, LoadSource } from "../../src/load/load-source";
import type { Finding } from "../../src/validate";
import type { SheetLayout } from "../../src/layout";

export class MemoryWorkbook implements PaneWorkbook {
  scenarios: SavedPlan[] = [];
  findings: Finding[] = [];
  selections: string[] = [];
  checks = 0;
  refreshes = 0;
  plan: PlanState = ok(new PlanQueries(LETTER_PLAN));
  /** What the next Deelbare kopie answers, and how often it was asked. */
  shareResult: Result<{ replaced: number }> = ok({ replaced: 0 });
  shares = 0;
  readonly shareOutcome = new LiveValue<ShareOutcome>();

  async makeShareableCopy(): Promise<Result<{ replaced: number }>> {
    this.shares++;
    this.shareOutcome.update({ state: "done", result: this.shareResult });
    return this.shareResult;
  }

  watchShareableCopy(listener: (outcome: ShareOutcome) => void): () => void {
    return this.shareOutcome.subscribe(listener);
  }

  watchPlan(listener: (state: PlanState) => void): () => void {
    listener(this.plan);
    return () => undefined;
  }

  preview: LoadPlan = { parts: [] };
  summary: LoadSummary = { lines: [], created: [], updated: [], leftAlone: [] };
  /** What "Uit deze werkmap" finds, and the source of every preview, in order. */
  copy: CopyOffer = { kind: "none" };
  previews: (LoadSource | undefined)[] = [];
  /** The options of every load, in order. */
  loads: { overwriteEdits: boolean; source?: LoadSource }[] = [];
  /** Resolves a pending load when the test says so, to see the progress indicator. */
  holdLoad: Promise<void> = Promise.resolve();

  async findCopy(): Promise<Result<CopyOffer>> {
    return ok(this.copy);
  }

  async planLoad(source?: LoadSource): Promise<Result<LoadPlan>> {
    this.previews.push(source);
    return ok(this.preview);
  }

  async loadModel(options: { overwriteEdits: boolean; source?: LoadSource }): Promise<Result<LoadSummary>> {
    this.loads.push(options);
    await this.holdLoad;
    return ok(this.summary);
  }

  async refresh(): Promise<void> {
    this.refreshes++;
  }

  async readScenarios(): Promise<Result<SavedPlan[]>> {
    return ok(this.scenarios.map((scenario) => ({ ...scenario })));
  }

  async saveScenario(scenario: SavedPlan, _planYears: readonly number[]): Promise<Result<void>> {
    this.scenarios = [...this.without(scenario.name), scenario];
    return ok(undefined);
  }

  async renameScenario(from: string, to: string): Promise<Result<void>> {
    const found = this.scenarios.find((scenario) => normalizePlanName(scenario.name) === normalizePlanName(from));
    if (!found) return invalid(`Scenario "${from}" bestaat niet.`);
    this.scenarios = [...this.without(from), { ...found, name: to }];
    return ok(undefined);
  }

  async deleteScenario(name: string): Promise<Result<void>> {
    this.scenarios = this.without(name);
    return ok(undefined);
  }

  async check(): Promise<Result<Finding[]>> {
    this.checks++;
    return ok(this.findings);
  }

  async selectCell(sheet: string, cell: string): Promise<Result<void>> {
    this.selections.push(`${sheet}!${cell}`);
    return ok(undefined);
  }

  /** Every Besluitnotitie written, in order, with the replace flag it came with. */
  notities: { sheet: SheetLayout; replace: boolean }[] = [];

  async writeNotitie(sheet: SheetLayout, replace: boolean): Promise<Result<"written" | "exists">> {
    const exists = this.notities.some((written) => written.sheet.name.toLowerCase() === sheet.name.toLowerCase());
    if (exists && !replace) return ok("exists");
    this.notities.push({ sheet, replace });
    return ok("written");
  }

  private without(name: string): SavedPlan[] {
    return this.scenarios.filter((scenario) => normalizePlanName(scenario.name) !== normalizePlanName(name));
  }
}
