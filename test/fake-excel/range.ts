/** Range: values, formulas and number formats in bulk, as 2-D arrays the size of the range. */
import { boxAddress, type Box } from "./address";
import { ClientObject } from "./client-object";
import { cellKey, type FakeContext } from "./context";
import { OfficeError, type SheetState } from "./state";
import { WorksheetProxy } from "./worksheet";
import type { FakeRangeFont, Surface } from "./office-surface";

export interface RangeTarget {
  sheet: SheetState;
  box: Box;
}

const RANGE_PROPERTIES = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
  "valueTypes",
] as const;

/**
 * Dutch display of a number under a format such as `"€" #,##0;"€" -#,##0;"-"`, as `range.text` shows
 * it in Dutch Excel: sections for positive, negative and zero (a missing negative section puts the sign
 * in front), quoted literals kept, the `,` of `#,##0` shown as `.`.
 */
function displayText(value: unknown, format: string): string {
  if (typeof value !== "number" || !format.includes("#,##0"))
    return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  const sections = format.match(/(?:"[^"]*"|[^;"])+/g) ?? [format];
  const rounded = Math.round(value);
  const section = rounded < 0 ? sections[1] : rounded === 0 ? sections[2] : sections[0];
  const sign = rounded < 0 && section === undefined ? "-" : "";
  const digits = Math.abs(rounded)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (
    sign +
    (section ?? sections[0]).replace(/"([^"]*)"|#,##0/g, (...groups: (string | undefined)[]) => groups[1] ?? digits)
  );
}

export class RangeProxy extends ClientObject<RangeTarget> implements Surface<Excel.Range, "Excel.Range"> {
  protected readonly properties = RANGE_PROPERTIES;
  readonly format: RangeFormatProxy;

  constructor(context: FakeContext, locate: () => RangeTarget | null, nullable = false) {
    super(context, locate, nullable);
    this.format = new RangeFormatProxy(context, this);
  }

  private get host() {
    return this.context.host;
  }

  private matrix<V>(target: RangeTarget, cellValue: (row: number, col: number) => V): V[][] {
    const { box } = target;
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.cols }, (_, c) => cellValue(box.row + r, box.col + c)),
    );
  }

  protected read(target: RangeTarget, property: string): unknown {
    const { sheet, box } = target;
    const state = this.host.state;
    switch (property) {
      case "address":
      case "addressLocal":
        return state.address(sheet, box);
      case "values":
        return this.matrix(target, (r, c) => this.host.engine.valueOf(sheet, r, c));
      case "formulas":
        return this.matrix(target, (r, c) => {
          const cell = sheet.cell(r, c);
          if (!cell) return "";
          if (cell.formula !== undefined) return cell.formula;
          return cell.prefixed ? `'${cell.value}` : cell.value;
        });
      case "numberFormat":
        return this.matrix(target, (r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      case "text":
        return this.matrix(target, (r, c) =>
          displayText(this.host.engine.valueOf(sheet, r, c), sheet.cell(r, c)?.numberFormat ?? "General"),
        );
      case "valueTypes":
        return this.matrix(target, (r, c) => {
          const value = this.host.engine.valueOf(sheet, r, c);
          if (value === "") return "Empty";
          if (typeof value === "number") return "Double";
          if (typeof value === "boolean") return "Boolean";
          return value.startsWith("#") ? "Error" : "String";
        });
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.cols;
      case "rowIndex":
        return box.row;
      case "columnIndex":
        return box.col;
      case "cellCount":
        return box.rows * box.cols;
    }
    throw new OfficeError("InvalidArgument", property);
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values, (target) =>
      this.writeCells(target, values, (s, r, c, v) => this.host.state.writeValue(s, r, c, v)),
    );
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.write("formulas", formulas, (target) =>
      this.writeCells(target, formulas, (s, r, c, v) => this.host.state.writeFormula(s, r, c, v)),
    );
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (target) =>
      this.writeCells(target, formats, (s, r, c, v) => this.host.state.writeNumberFormat(s, r, c, v), false),
    );
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }

  /** A 2-D array must match the range; a single value fills every cell (as Office.js allows). */
  private writeCells(
    target: RangeTarget,
    input: unknown,
    put: (sheet: SheetState, row: number, col: number, value: unknown) => void,
    reportsChange = true,
  ): void {
    const { sheet, box } = target;
    const rows = Array.isArray(input) ? (input as unknown[][]) : null;
    if (rows && (rows.length !== box.rows || rows.some((row) => !Array.isArray(row) || row.length !== box.cols))) {
      throw new OfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${boxAddress(box)}).`,
      );
    }
    for (let r = 0; r < box.rows; r++)
      for (let c = 0; c < box.cols; c++) put(sheet, box.row + r, box.col + c, rows ? rows[r][c] : input);
    if (reportsChange) this.host.changed(sheet, box);
  }

  private derived(make: (target: RangeTarget) => Box): RangeProxy {
    return new RangeProxy(this.context, () => {
      const target = this.required();
      const box = make(target);
      if (box.row < 0 || box.col < 0 || box.rows < 1 || box.cols < 1)
        throw new OfficeError("InvalidArgument", "The range is outside the sheet.");
      return { sheet: target.sheet, box };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived(({ box }) => ({ row: box.row + row, col: box.col + column, rows: 1, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived(({ box }) => ({ ...box, rows: box.rows + deltaRows, cols: box.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived(({ box }) => ({ ...box, row: box.row + rowOffset, col: box.col + columnOffset }));
  }
  getRow(row: number): RangeProxy {
    return this.derived(({ box }) => ({ ...box, row: box.row + row, rows: 1 }));
  }
  getColumn(column: number): RangeProxy {
    return this.derived(({ box }) => ({ ...box, col: box.col + column, cols: 1 }));
  }
  getLastRow(): RangeProxy {
    return this.derived(({ box }) => ({ ...box, row: box.row + box.rows - 1, rows: 1 }));
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.required().sheet);
  }

  select(): void {
    this.act((target) => {
      this.host.state.selection = { ...target };
      this.host.state.active = target.sheet;
    });
  }

  /** Calculates the range again: its streaming cells are invoked anew, a result saved in the file gives way. */
  calculate(): void {
    this.act(({ sheet, box }) => {
      const cells = new Set<string>();
      for (let r = box.row; r < box.row + box.rows; r++)
        for (let c = box.col; c < box.col + box.cols; c++) cells.add(cellKey(sheet, r, c));
      this.host.calculate(cells);
    });
  }

  clear(): void {
    this.act((target) => {
      this.host.state.clear(target.sheet, target.box);
      this.host.changed(target.sheet, target.box);
    });
  }
}

/** Range.format: column widths (kept per sheet) and the look of cells (recorded for inspection). */
export class RangeFormatProxy implements Surface<Excel.RangeFormat, "Excel.RangeFormat"> {
  readonly font: FakeRangeFont;
  readonly fill: Record<string, unknown>;

  constructor(
    private readonly context: FakeContext,
    private readonly range: RangeProxy,
  ) {
    // Records any property written, so the members Office.js has beyond those typed can be recorded too.
    this.font = this.recorder("font") as unknown as FakeRangeFont;
    this.fill = this.recorder("fill");
  }

  private recorder(group: string): Record<string, unknown> {
    return new Proxy<Record<string, unknown>>(
      {},
      {
        set: (_object, key, value) => {
          this.context.queue(() => {
            const { sheet, box } = this.range.required();
            sheet.styles.push({ address: boxAddress(box), property: `${group}.${String(key)}`, value });
          });
          return true;
        },
      },
    );
  }

  set columnWidth(width: number) {
    this.context.queue(() => {
      const { sheet, box } = this.range.required();
      for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, width);
    });
  }

  set wrapText(wrap: boolean) {
    this.record("wrapText", wrap);
  }

  set horizontalAlignment(alignment: string) {
    this.record("horizontalAlignment", alignment);
  }

  private record(property: string, value: unknown): void {
    this.context.queue(() => {
      const { sheet, box } = this.range.required();
      sheet.styles.push({ address: boxAddress(box), property, value });
    });
  }

  /** Autofit has no fonts to measure here: it widens to the longest text, at about 7 points a character. */
  autofitColumns(): void {
    this.context.queue(() => {
      const { sheet, box } = this.range.required();
      for (let c = box.col; c < box.col + box.cols; c++) {
        let longest = 8;
        for (let r = box.row; r < box.row + Math.min(box.rows, 10_000); r++)
          longest = Math.max(longest, String(sheet.cell(r, c)?.value ?? "").length);
        sheet.columnWidths.set(c, Math.min(longest, 80) * 7);
      }
    });
  }

  autofitRows(): void {
    this.context.queue(() => this.range.required());
  }
}
