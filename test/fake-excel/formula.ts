/**
 * A small formula evaluator so the fake host can show computed values: numbers, text, cell and range
 * references (with sheet names), structured references to tables (Table[Col], [Col],
 * Table[[#Totals],[Col]]), + - * / &, SUM, SUBTOTAL(109|9, …) and functions a test registers (such as
 * SAMEN.TOTAL). Anything else evaluates to #NAME?, as in Excel without the add-in.
 */
import { parseBox, splitSheet, type Box } from "./address";
import type { CellValue, SheetState, TableState, WorkbookState } from "./state";

export type CustomFunction = (...args: unknown[]) => unknown;
type Value = CellValue | Value[];

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w.(])|([A-Za-z_][\w.]*)?(\[(?:[^[\]]|\[[^\]]*\])*\])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)|([-+*/&(),;]))/y;

interface Token {
  kind: "string" | "ref" | "structured" | "number" | "name" | "op";
  text: string;
  table?: string;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (!match) throw new FormulaError("#NAME?");
    const [, string, sheetRef, ref, table, structured, number, name, op] = match;
    if (string !== undefined) tokens.push({ kind: "string", text: string.slice(1, -1).replace(/""/g, '"') });
    else if (sheetRef !== undefined || ref !== undefined) tokens.push({ kind: "ref", text: sheetRef ?? ref });
    else if (structured !== undefined) tokens.push({ kind: "structured", text: structured, table });
    else if (number !== undefined) tokens.push({ kind: "number", text: number });
    else if (name !== undefined) tokens.push({ kind: "name", text: name });
    else tokens.push({ kind: "op", text: op });
  }
  return tokens;
}

export class FormulaEngine {
  private readonly visiting = new Set<string>();

  constructor(
    private readonly workbook: WorkbookState,
    private readonly functions: Map<string, CustomFunction>,
  ) {}

  /** The value a cell shows: its own value, or its formula's result. */
  valueOf(sheet: SheetState, row: number, col: number): CellValue {
    const cell = sheet.cell(row, col);
    if (!cell) return "";
    if (cell.formula === undefined) return cell.value;
    if (cell.saved !== undefined) return cell.saved;
    const key = `${sheet.id}:${row},${col}`;
    if (this.visiting.has(key)) return 0;
    this.visiting.add(key);
    try {
      const result = new Evaluation(
        this,
        sheet,
        this.workbook.tableAt(sheet, row, col),
        tokenize(cell.formula.slice(1)),
      ).run();
      return Array.isArray(result) ? (flatten(result)[0] ?? 0) : result;
    } catch (error) {
      return error instanceof FormulaError ? error.code : "#VALUE!";
    } finally {
      this.visiting.delete(key);
    }
  }

  call(name: string, args: Value[]): Value {
    const upper = name.toUpperCase();
    if (upper === "SUM") return sum(args);
    if (upper === "SUBTOTAL") {
      const [code, ...rest] = args;
      if (Number(code) !== 109 && Number(code) !== 9) throw new FormulaError("#VALUE!");
      return sum(rest);
    }
    const custom = this.functions.get(upper);
    if (!custom) throw new FormulaError("#NAME?");
    const result = custom(...args);
    if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
    throw new FormulaError("#VALUE!");
  }

  rangeValues(sheet: SheetState, box: Box): Value[] {
    const values: Value[] = [];
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++) values.push(this.valueOf(sheet, r, c));
    return values;
  }

  get tables(): WorkbookState {
    return this.workbook;
  }
}

function flatten(values: Value[]): CellValue[] {
  return values.flatMap((value) => (Array.isArray(value) ? flatten(value) : [value]));
}

/** SUM skips text and booleans inside ranges, as Excel does: a number typed as text is left out. */
function sum(args: Value[]): number {
  let total = 0;
  for (const arg of args) {
    if (Array.isArray(arg)) {
      for (const value of flatten(arg)) {
        if (typeof value === "string" && value.startsWith("#")) throw new FormulaError(value);
        if (typeof value === "number") total += value;
      }
    } else total += toNumber(arg);
  }
  return total;
}

function toNumber(value: Value): number {
  if (Array.isArray(value)) return toNumber(flatten(value)[0] ?? 0);
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value.startsWith("#")) throw new FormulaError(value);
  if (value.trim() === "") return 0;
  const number = Number(value);
  if (Number.isNaN(number)) throw new FormulaError("#VALUE!");
  return number;
}

class Evaluation {
  private position = 0;

  constructor(
    private readonly engine: FormulaEngine,
    private readonly sheet: SheetState,
    private readonly ownTable: TableState | null,
    private readonly tokens: Token[],
  ) {}

  run(): Value {
    const value = this.concatenation();
    if (this.position < this.tokens.length) throw new FormulaError("#NAME?");
    return value;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isOp(text: string): boolean {
    const token = this.peek();
    return token?.kind === "op" && token.text === text;
  }

  private concatenation(): Value {
    let left = this.additive();
    while (this.isOp("&")) {
      this.position++;
      left = `${scalarText(left)}${scalarText(this.additive())}`;
    }
    return left;
  }

  private additive(): Value {
    let left = this.multiplicative();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.tokens[this.position++].text;
      const right = toNumber(this.multiplicative());
      left = op === "+" ? toNumber(left) + right : toNumber(left) - right;
    }
    return left;
  }

  private multiplicative(): Value {
    let left = this.unary();
    while (this.isOp("*") || this.isOp("/")) {
      const op = this.tokens[this.position++].text;
      const right = toNumber(this.unary());
      if (op === "/" && right === 0) throw new FormulaError("#DIV/0!");
      left = op === "*" ? toNumber(left) * right : toNumber(left) / right;
    }
    return left;
  }

  private unary(): Value {
    if (this.isOp("-")) {
      this.position++;
      return -toNumber(this.unary());
    }
    if (this.isOp("+")) {
      this.position++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Value {
    const token = this.tokens[this.position++];
    if (!token) throw new FormulaError("#NAME?");
    switch (token.kind) {
      case "number":
        return Number(token.text);
      case "string":
        return token.text;
      case "ref":
        return this.reference(token.text);
      case "structured":
        return this.structured(token.table, token.text);
      case "name":
        return this.functionCall(token.text);
      case "op":
        if (token.text !== "(") throw new FormulaError("#NAME?");
        return this.closing(this.concatenation());
    }
  }

  private closing(value: Value): Value {
    if (!this.isOp(")")) throw new FormulaError("#NAME?");
    this.position++;
    return value;
  }

  private functionCall(name: string): Value {
    if (name.toUpperCase() === "TRUE" || name.toUpperCase() === "FALSE") return name.toUpperCase() === "TRUE";
    if (!this.isOp("(")) throw new FormulaError("#NAME?");
    this.position++;
    const args: Value[] = [];
    if (!this.isOp(")")) {
      do {
        if (args.length > 0) this.position++;
        args.push(this.concatenation());
      } while (this.isOp(",") || this.isOp(";"));
    }
    this.closing(0);
    return this.engine.call(name, args);
  }

  private reference(text: string): Value {
    const { sheet: sheetName, local } = splitSheet(text);
    const sheet = sheetName === null ? this.sheet : this.engine.tables.sheet(sheetName);
    const box = parseBox(local);
    if (!sheet || !box) throw new FormulaError("#REF!");
    const values = this.engine.rangeValues(sheet, box);
    return box.rows === 1 && box.cols === 1 ? values[0] : values;
  }

  private structured(tableName: string | undefined, text: string): Value {
    const table = tableName === undefined ? this.ownTable : this.engine.tables.table(tableName);
    if (!table) throw new FormulaError("#REF!");
    const parts = [...text.slice(1, -1).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]);
    const specifiers = parts.length > 0 ? parts : [text.slice(1, -1)];
    const column = specifiers.find((part) => !part.startsWith("#"));
    const totals = specifiers.includes("#Totals");
    const index =
      column === undefined ? -1 : table.headers().findIndex((header) => header.toLowerCase() === column.toLowerCase());
    if (column !== undefined && index < 0) throw new FormulaError("#REF!");
    const area = totals ? table.totalsBox : table.bodyBox;
    const box = index < 0 ? area : { ...area, col: table.left + index, cols: 1 };
    if (!totals && table.bodyRows === 0) return [];
    const values = this.engine.rangeValues(table.sheet, box);
    return totals && box.cols === 1 ? values[0] : values;
  }
}

function scalarText(value: Value): string {
  const scalar = Array.isArray(value) ? (flatten(value)[0] ?? "") : value;
  return typeof scalar === "boolean" ? (scalar ? "TRUE" : "FALSE") : String(scalar);
}
