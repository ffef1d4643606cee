/** The request context: a queue of work that only `sync()` carries out, one counted round trip each. */
import { intersects, type Box } from "./address";
import { FormulaEngine, type CustomFunction } from "./formula";
import { OfficeError, WorkbookState, type CellValue, type Handler, type SheetState } from "./state";
import { WorkbookProxy } from "./workbook";
import type { Surface } from "./office-surface";

export interface Change {
  sheet: SheetState;
  box: Box;
  changeType: string;
}

/**
 * What Excel's calculation does that the custom-functions host (custom-functions.ts) follows: a
 * recalculation after every change, an explicit calculation of some cells or of all, a click on one of
 * the add-in's ribbon buttons, and the add-in's runtime reloading while the workbook stays open.
 */
export type CalculationEvent =
  | { type: "recalculate" }
  | { type: "calculate"; cells: ReadonlySet<string> | "all" }
  | { type: "ribbon" }
  | { type: "reload" };

export function cellKey(sheet: SheetState, row: number, col: number): string {
  return `${sheet.id}!${row},${col}`;
}

/** Shared by every context of one fake workbook: the state, the counters, the event plumbing. */
export class Host {
  readonly state = new WorkbookState();
  readonly functions = new Map<string, CustomFunction>();
  readonly engine = new FormulaEngine(this.state, this.functions);
  syncs = 0;
  suspendedSyncs = 0;
  /** The most an answer to one sync may carry, in bytes of JSON (Excel on the web: about 5 MB). */
  responseLimit: number | null = null;
  private running: Promise<unknown>[] = [];
  private changes: Change[] = [];
  private sheetEvents: Array<{ handlers: Handler[]; args: Record<string, unknown> }> = [];
  private suspendRequested = false;
  readonly calculationListeners: Array<(event: CalculationEvent) => void> = [];

  calculation(event: CalculationEvent): void {
    for (const listener of this.calculationListeners) listener(event);
  }

  /** Calculates cells again, as `range.calculate()` or a full calculation does: a saved result gives way. */
  calculate(cells: ReadonlySet<string> | "all"): void {
    for (const sheet of this.state.sheets)
      for (const [position, cell] of sheet.cells)
        if (cells === "all" || cells.has(`${sheet.id}!${position}`)) delete cell.saved; // position is "row,col"
    this.calculation({ type: "calculate", cells });
  }

  /** Every formula cell, with a way to evaluate it now (for the custom-functions host's recalculation). */
  formulaCells(): { key: string; evaluate: () => CellValue }[] {
    return this.state.sheets.flatMap((sheet) =>
      [...sheet.cells]
        .filter(([, cell]) => cell.formula !== undefined)
        .map(([position]) => {
          const [row, col] = position.split(",").map(Number);
          return { key: cellKey(sheet, row, col), evaluate: () => this.engine.valueOf(sheet, row, col) };
        }),
    );
  }

  requestCalculationSuspension(): void {
    this.suspendRequested = true;
  }

  changed(sheet: SheetState, box: Box, changeType = "RangeEdited"): void {
    this.changes.push({ sheet, box, changeType });
  }

  /** The worksheet collection's onAdded / onDeleted, fired once the sync that added or deleted the sheet ends. */
  worksheetEvent(type: "WorksheetAdded" | "WorksheetDeleted", sheet: SheetState): void {
    const handlers = type === "WorksheetAdded" ? this.state.sheetAddedHandlers : this.state.sheetDeletedHandlers;
    this.sheetEvents.push({ handlers: [...handlers], args: { type, source: "Local", worksheetId: sheet.id } });
  }

  beginSync(): void {
    this.syncs++;
    this.suspendRequested = false;
  }

  endSync(): void {
    if (this.suspendRequested) this.suspendedSyncs++;
    this.suspendRequested = false;
    const changes = this.changes.splice(0);
    if (changes.length > 0) this.calculation({ type: "recalculate" });
    if (changes.length > 0) this.running.push(Promise.resolve().then(() => this.dispatch(changes, "Local")));
    const events = this.sheetEvents.splice(0);
    if (events.length > 0) {
      const calls = () =>
        Promise.all(events.flatMap(({ handlers, args }) => handlers.map((handler) => call(handler, args))));
      this.running.push(Promise.resolve().then(calls));
    }
  }

  /** Fires onChanged on the sheets and tables a change touches, and on the collections. */
  async dispatch(changes: Change[], triggerSource: string): Promise<void> {
    const calls: unknown[] = [];
    for (const { sheet, box, changeType } of changes) {
      const address = `${this.state.address(sheet, box).split("!")[1]}`;
      const base = { changeType, source: "Local", triggerSource, address, worksheetId: sheet.id };
      const sheetArgs = { ...base, type: "WorksheetChanged" };
      for (const handler of [...sheet.handlers, ...this.state.sheetHandlers]) calls.push(call(handler, sheetArgs));
      for (const table of this.state.tables) {
        if (table.sheet !== sheet || !intersects(table.box, box)) continue;
        const tableArgs = { ...base, type: "TableChanged", tableId: table.id };
        for (const handler of [...table.handlers, ...this.state.tableHandlers]) calls.push(call(handler, tableArgs));
      }
    }
    await Promise.all(calls);
  }

  /** Waits until every event handler the host fired so far has finished. */
  async settle(): Promise<void> {
    while (this.running.length > 0) await Promise.all(this.running.splice(0));
  }
}

async function call(handler: Handler, args: Record<string, unknown>): Promise<unknown> {
  return handler(args);
}

export class FakeContext
  implements
    Surface<Excel.RequestContext, "Excel.RequestContext">,
    Surface<OfficeExtension.ClientRequestContext, "OfficeExtension.ClientRequestContext">
{
  readonly workbook: WorkbookProxy;
  private pending: Array<() => void> = [];

  constructor(readonly host: Host) {
    this.workbook = new WorkbookProxy(this);
  }

  get application(): WorkbookProxy["application"] {
    return this.workbook.application;
  }

  queue(work: () => void): void {
    this.pending.push(work);
  }

  /** A loaded value on its way back: handed to its proxy only when the whole answer is sent. */
  deliver(value: unknown, apply: () => void): void {
    this.answerBytes += JSON.stringify(value ?? null).length;
    this.answer.push(apply);
  }

  private answer: Array<() => void> = [];
  private answerBytes = 0;

  /**
   * Carries out the queued work in order; the first failure rejects the sync and drops the rest. An
   * answer past the host's response limit fails the whole sync, as Excel does: nothing it loaded arrives.
   */
  async sync(): Promise<void> {
    await Promise.resolve();
    this.host.beginSync();
    const work = this.pending.splice(0);
    [this.answer, this.answerBytes] = [[], 0];
    try {
      for (const item of work) item();
      const limit = this.host.responseLimit;
      if (limit !== null && this.answerBytes > limit) {
        throw new OfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit. Please refer to the documentation: " +
            '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        );
      }
      for (const apply of this.answer) apply();
    } catch (error) {
      throw error instanceof OfficeError ? error : new OfficeError("GeneralException", String(error));
    } finally {
      this.host.endSync();
    }
  }
}
