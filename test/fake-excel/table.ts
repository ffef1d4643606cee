/** Tables (ListObjects): added over a range with a header row, named, with an optional totals row. */
import { splitSheet, type Box } from "./address";
import { ClientCollection, ClientObject, FakeEvent } from "./client-object";
import type { FakeContext } from "./context";
import { RangeProxy } from "./range";
import { OfficeError, type SheetState, type TableState } from "./state";
import { boxOrThrow, WorksheetProxy } from "./worksheet";
import type { Surface } from "./office-surface";

type TablePart = { table: TableState; index: number };

const TABLE_PROPERTIES = ["name", "id", "showTotals", "showHeaders", "style"] as const;

export class TableProxy extends ClientObject<TableState> implements Surface<Excel.Table, "Excel.Table"> {
  protected readonly properties = TABLE_PROPERTIES;
  readonly rows: TableRowCollectionProxy;
  readonly columns: TableColumnCollectionProxy;
  readonly onChanged: FakeEvent;

  constructor(context: FakeContext, locate: () => TableState | null, nullable = false) {
    super(context, locate, nullable, "The requested table doesn't exist.");
    this.rows = new TableRowCollectionProxy(context, this);
    this.columns = new TableColumnCollectionProxy(context, this);
    this.onChanged = new FakeEvent(context, () => this.required().handlers);
  }

  protected read(table: TableState, property: string): unknown {
    switch (property) {
      case "name":
        return table.name;
      case "id":
        return table.id;
      case "showTotals":
        return table.showTotals;
      case "showHeaders":
        return true;
      default:
        return table.style;
    }
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.write("name", name, (table) => this.context.host.state.renameTable(table, name));
  }
  get id(): string {
    return this.loaded("id");
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  set showTotals(show: boolean) {
    this.write("showTotals", show, (table) => {
      this.context.host.state.setShowTotals(table, show);
      this.context.host.changed(table.sheet, table.totalsBox);
    });
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(style: string) {
    this.write("style", style, (table) => (table.style = style));
  }

  /** A range of the table, fixed when first used in a sync (as Office.js resolves it). */
  part(pick: (table: TableState) => Box): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.required();
      return { sheet: table.sheet, box: pick(table) };
    });
  }

  getRange(): RangeProxy {
    return this.part((table) => table.box);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((table) => table.headerBox);
  }
  getDataBodyRange(): RangeProxy {
    return this.part((table) => table.bodyBox);
  }
  getTotalRowRange(): RangeProxy {
    return this.part((table) => {
      if (!table.showTotals) throw new OfficeError("InvalidOperation", `Table ${table.name} has no totals row.`);
      return table.totalsBox;
    });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.required().sheet);
  }

  delete(): void {
    this.act((table) => {
      const box = table.box;
      this.context.host.state.deleteTable(table, false);
      this.context.host.changed(table.sheet, box);
    });
  }

  convertToRange(): RangeProxy {
    let kept: { sheet: SheetState; box: Box } | null = null;
    this.act((table) => {
      kept = { sheet: table.sheet, box: table.box };
      this.context.host.state.deleteTable(table, true);
    });
    return new RangeProxy(this.context, () => kept);
  }
}

/** `workbook.tables` (every table) or `worksheet.tables` (the tables on one sheet). */
export class TableCollectionProxy
  extends ClientCollection<TableState, TableProxy>
  implements Surface<Excel.TableCollection, "Excel.TableCollection">
{
  protected readonly itemProperties = TABLE_PROPERTIES;
  readonly onChanged: FakeEvent;

  constructor(
    context: FakeContext,
    private readonly scope: (() => SheetState) | null,
  ) {
    super(context);
    this.onChanged = new FakeEvent(context, () => this.context.host.state.tableHandlers);
  }

  protected list(): TableState[] {
    const sheet = this.scope?.();
    return this.context.host.state.tables.filter((table) => !sheet || table.sheet === sheet);
  }

  protected itemProxy(table: TableState): TableProxy {
    return new TableProxy(this.context, () => table);
  }

  private find(name: string): TableState | null {
    return this.list().find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.context, () => this.find(name), true);
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, () => this.list()[index] ?? null);
  }

  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableState | null = null;
    this.context.queue(() => {
      const state = this.context.host.state;
      let sheet: SheetState | null;
      let box: Box;
      if (typeof address === "string") {
        const { sheet: named, local } = splitSheet(address);
        sheet = named !== null ? state.sheet(named) : (this.scope?.() ?? state.active);
        box = boxOrThrow(local);
      } else {
        ({ sheet, box } = address.required());
      }
      if (!sheet) throw new OfficeError("ItemNotFound", `The sheet of "${String(address)}" doesn't exist.`);
      created = state.addTable(sheet, box, hasHeaders);
      this.context.host.changed(sheet, created.box, "RowInserted");
    });
    return new TableProxy(this.context, () => created);
  }
}

export class TableRowProxy extends ClientObject<TablePart> implements Surface<Excel.TableRow, "Excel.TableRow"> {
  protected readonly properties = ["index", "values"] as const;

  protected read({ table, index }: TablePart, property: string): unknown {
    if (property === "index") return index;
    const row = table.top + 1 + index;
    return [
      Array.from({ length: table.width }, (_, c) => this.context.host.engine.valueOf(table.sheet, row, table.left + c)),
    ];
  }

  get index(): number {
    return this.loaded("index");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { table, index } = this.required();
      return { sheet: table.sheet, box: { row: table.top + 1 + index, col: table.left, rows: 1, cols: table.width } };
    });
  }

  delete(): void {
    this.act(({ table, index }) => {
      this.context.host.state.deleteTableRow(table, index);
      this.context.host.changed(table.sheet, table.box, "RowDeleted");
    });
  }
}

/** Rows and columns: items addressed by their index in the table. */
abstract class TablePartCollection<P extends ClientObject<TablePart>> extends ClientCollection<TablePart, P> {
  constructor(
    context: FakeContext,
    protected readonly table: TableProxy,
  ) {
    super(context);
  }

  protected abstract size(table: TableState): number;
  protected abstract part(locate: () => TablePart | null, nullable: boolean): P;

  protected list(): TablePart[] {
    const table = this.table.required();
    return Array.from({ length: this.size(table) }, (_, index) => ({ table, index }));
  }

  protected itemProxy(target: TablePart): P {
    return this.part(() => target, false);
  }

  getItemAt(index: number): P {
    return this.part(() => {
      const table = this.table.required();
      return index >= 0 && index < this.size(table) ? { table, index } : null;
    }, false);
  }
}

export class TableRowCollectionProxy
  extends TablePartCollection<TableRowProxy>
  implements Surface<Excel.TableRowCollection, "Excel.TableRowCollection">
{
  protected readonly itemProperties = ["index", "values"] as const;

  protected size(table: TableState): number {
    return table.bodyRows;
  }

  protected part(locate: () => TablePart | null, nullable: boolean): TableRowProxy {
    return new TableRowProxy(this.context, locate, nullable);
  }

  /**
   * Inserts inside the table, as Office.js does by default; `alwaysInsert: false` (Excel may then write
   * into empty rows below the table instead of shifting them) is not modelled.
   */
  add(index?: number | null, values?: string | number | boolean | (string | number | boolean)[][]): TableRowProxy {
    let added: TablePart | null = null;
    this.context.queue(() => {
      const table = this.table.required();
      const rows = Array.isArray(values) ? values : [new Array(table.width).fill(values ?? "")];
      const at = index ?? table.bodyRows;
      this.context.host.state.insertTableRows(table, at, rows);
      added = { table, index: at };
      this.context.host.changed(table.sheet, table.box, "RowInserted");
    });
    return new TableRowProxy(this.context, () => added, false);
  }
}

export class TableColumnProxy extends ClientObject<TablePart> {
  protected readonly properties = ["name", "index", "values"] as const;

  protected read({ table, index }: TablePart, property: string): unknown {
    if (property === "index") return index;
    if (property === "name") return table.headers()[index];
    const box = table.box;
    return Array.from({ length: box.rows }, (_, r) => [
      this.context.host.engine.valueOf(table.sheet, box.row + r, table.left + index),
    ]);
  }

  get name(): string {
    return this.loaded("name");
  }
  get index(): number {
    return this.loaded("index");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }

  private column(pick: (table: TableState) => Box): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { table, index } = this.required();
      return { sheet: table.sheet, box: { ...pick(table), col: table.left + index, cols: 1 } };
    });
  }

  getRange(): RangeProxy {
    return this.column((table) => table.box);
  }
  getHeaderRowRange(): RangeProxy {
    return this.column((table) => table.headerBox);
  }
  getDataBodyRange(): RangeProxy {
    return this.column((table) => table.bodyBox);
  }
  getTotalRowRange(): RangeProxy {
    return this.column((table) => {
      if (!table.showTotals) throw new OfficeError("InvalidOperation", `Table ${table.name} has no totals row.`);
      return table.totalsBox;
    });
  }
}

export class TableColumnCollectionProxy
  extends TablePartCollection<TableColumnProxy>
  implements Surface<Excel.TableColumnCollection, "Excel.TableColumnCollection">
{
  protected readonly itemProperties = ["name", "index", "values"] as const;

  protected size(table: TableState): number {
    return table.width;
  }

  protected part(locate: () => TablePart | null, nullable: boolean): TableColumnProxy {
    return new TableColumnProxy(this.context, locate, nullable);
  }

  private byName(name: string): TablePart | null {
    const table = this.table.required();
    const index = table.headers().findIndex((header) => header.toLowerCase() === name.toLowerCase());
    return index < 0 ? null : { table, index };
  }

  getItem(name: string): TableColumnProxy {
    return this.part(() => this.byName(name), false);
  }

  getItemOrNullObject(name: string): TableColumnProxy {
    return this.part(() => this.byName(name), true);
  }

  /** Only at the right edge (index null or the width), as the add-in uses it. */
  add(
    index?: number | null,
    values?: string | number | boolean | (string | number | boolean)[][],
    name?: string,
  ): TableColumnProxy {
    let added: TablePart | null = null;
    this.context.queue(() => {
      const table = this.table.required();
      // One value fills the column: the header too when no name is given, as a 2-D array would.
      const rows = table.box.rows - (name === undefined ? 0 : 1);
      const cells =
        values === undefined || Array.isArray(values) ? values : Array.from({ length: rows }, () => [values]);
      if (index !== null && index !== undefined && index !== table.width) {
        throw new OfficeError("InvalidArgument", "The fake host adds table columns only at the right edge.");
      }
      this.context.host.state.appendTableColumn(table, name, cells);
      added = { table, index: table.width - 1 };
      this.context.host.changed(table.sheet, table.box, "ColumnInserted");
    });
    return this.part(() => added, false);
  }
}
