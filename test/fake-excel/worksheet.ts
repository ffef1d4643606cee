/** Worksheets and the worksheet collection. */
import { parseBox, splitSheet, type Box } from "./address";
import { ClientCollection, ClientObject, FakeEvent } from "./client-object";
import type { FakeContext } from "./context";
import { ChartCollectionProxy } from "./chart";
import { PageLayoutProxy } from "./page-layout";
import { RangeProxy } from "./range";
import { OfficeError, type SheetState } from "./state";
import { TableCollectionProxy } from "./table";
import type { Surface } from "./office-surface";

const SHEET_PROPERTIES = ["name", "id", "position", "visibility"] as const;

export function boxOrThrow(local: string): Box {
  const box = parseBox(local);
  if (!box)
    throw new OfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: "${local}".`,
    );
  return box;
}

export class WorksheetProxy extends ClientObject<SheetState> implements Surface<Excel.Worksheet, "Excel.Worksheet"> {
  protected readonly properties = SHEET_PROPERTIES;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: FreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly onChanged: FakeEvent;

  constructor(context: FakeContext, locate: () => SheetState | null, nullable = false) {
    super(context, locate, nullable, "The requested worksheet doesn't exist.");
    this.tables = new TableCollectionProxy(context, () => this.required());
    this.charts = new ChartCollectionProxy(context, this);
    this.freezePanes = new FreezePanesProxy(context, this);
    this.pageLayout = new PageLayoutProxy(context, () => this.required());
    this.onChanged = new FakeEvent(context, () => this.required().handlers);
  }

  protected read(sheet: SheetState, property: string): unknown {
    switch (property) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.host.state.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.write("name", name, (sheet) => this.context.host.state.renameSheet(sheet, name));
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(visibility: string) {
    this.write("visibility", visibility, (sheet) => (sheet.visibility = visibility));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.required();
      const local = address === undefined ? "A1:XFD1048576" : splitSheet(address).local;
      return { sheet, box: boxOrThrow(local) };
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, () => ({
      sheet: this.required(),
      box: { row, col: column, rows: rowCount, cols: columnCount },
    }));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Like Office.js: the used range of an empty sheet is A1; the OrNullObject variant is a null object. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.required();
      return { sheet, box: sheet.usedBox(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.required();
        const box = sheet.usedBox(valuesOnly);
        return box ? { sheet, box } : null;
      },
      true,
    );
  }

  activate(): void {
    this.act((sheet) => (this.context.host.state.active = sheet));
  }

  delete(): void {
    this.act((sheet) => {
      this.context.host.state.deleteSheet(sheet);
      this.context.host.worksheetEvent("WorksheetDeleted", sheet);
    });
  }
}

export class FreezePanesProxy implements Surface<Excel.WorksheetFreezePanes, "Excel.WorksheetFreezePanes"> {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: WorksheetProxy,
  ) {}

  freezeRows(count = 1): void {
    this.context.queue(() => (this.sheet.required().frozenRows = count));
  }

  unfreeze(): void {
    this.context.queue(() => (this.sheet.required().frozenRows = 0));
  }
}

export class WorksheetCollectionProxy
  extends ClientCollection<SheetState, WorksheetProxy>
  implements Surface<Excel.WorksheetCollection, "Excel.WorksheetCollection">
{
  protected readonly itemProperties = SHEET_PROPERTIES;
  readonly onChanged: FakeEvent;
  readonly onAdded: FakeEvent;
  readonly onDeleted: FakeEvent;

  constructor(context: FakeContext) {
    super(context);
    this.onChanged = new FakeEvent(context, () => this.context.host.state.sheetHandlers);
    this.onAdded = new FakeEvent(context, () => this.context.host.state.sheetAddedHandlers);
    this.onDeleted = new FakeEvent(context, () => this.context.host.state.sheetDeletedHandlers);
  }

  protected list(): SheetState[] {
    return [...this.context.host.state.sheets];
  }

  protected itemProxy(sheet: SheetState): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheet);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.host.state.sheet(name));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.host.state.sheet(name), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.host.state.active);
  }

  add(name?: string): WorksheetProxy {
    let created: SheetState | null = null;
    this.context.queue(() => {
      created = this.context.host.state.addSheet(name);
      this.context.host.worksheetEvent("WorksheetAdded", created);
    });
    return new WorksheetProxy(this.context, () => created);
  }
}
