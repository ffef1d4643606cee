/** The workbook: worksheets, tables, the selection and the application (calculation). */
import type { FakeContext } from "./context";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";
import type { Surface } from "./office-surface";

export class ApplicationProxy implements Surface<Excel.Application, "Excel.Application"> {
  constructor(private readonly context: FakeContext) {}

  /** Counted by the host: a sync in which this was queued is a sync with calculation suspended. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue(() => this.context.host.requestCalculationSuspension());
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.queue(() => undefined);
  }

  /** A full calculation (Ctrl+Alt+F9, Ctrl+Alt+Shift+F9) calculates every cell again; "Recalculate" only what changed. */
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.context.queue(() =>
      calculationType === "Recalculate"
        ? this.context.host.calculation({ type: "recalculate" })
        : this.context.host.calculate("all"),
    );
  }
}

export class WorkbookProxy implements Surface<Excel.Workbook, "Excel.Workbook"> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, null);
    this.application = new ApplicationProxy(context);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => this.context.host.state.selection);
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const selection = this.context.host.state.selection;
      return selection && { sheet: selection.sheet, box: { ...selection.box, rows: 1, cols: 1 } };
    });
  }
}
