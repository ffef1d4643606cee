/**
 * Just enough of Excel's formula language to judge totals: numbers, cell and range references (also on
 * other sheets), + - * /, parentheses, SUM and SUBTOTAL(9|109, …), errors written in (#REF!, NA()), and
 * simple structured references (`Begroting[2024]`). Files written by scripts often carry no cached results; this fills them in.
 * Anything else is "unsupported" (null), never a guess.
 */
import { cellAt, columnNumber, forEachCellIn, type GridCell, type GridSheet, type GridWorkbook } from "./grid";

export interface Area {
  /** null: the formula's own sheet. */
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Node =
  | { type: "number"; value: number }
  | { type: "error"; code: string }
  | { type: "area"; area: Area }
  | { type: "structured"; table: string | null; column: string }
  | { type: "call"; name: string; args: Node[] }
  | { type: "negate"; operand: Node }
  | { type: "binary"; operator: "+" | "-" | "*" | "/"; left: Node; right: Node };

const TOKEN =
  /\s*(?:((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)?\[([^[\]]+)\]|([A-Za-z_][\w.]*)\s*\(|([-+*/(),])|(#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!)))/y;

type Token =
  | { kind: "area"; area: Area }
  | { kind: "number"; value: number }
  | { kind: "structured"; table: string | null; column: string }
  | { kind: "function"; name: string }
  | { kind: "symbol"; symbol: string }
  /** An error written into the formula, as Excel leaves `=SUM(#REF!)` after a deleted row. */
  | { kind: "error"; code: string };

function areaOf(sheetPart: string | undefined, ref: string): Area {
  const [from, to = from] = ref.split(":").map((part) => {
    const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(part) as RegExpExecArray;
    return { row: Number(match[2]), col: columnNumber(match[1]) };
  });
  const sheet = sheetPart
    ? sheetPart
        .slice(0, -1)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'")
    : null;
  return {
    sheet,
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

function tokenize(formula: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.trim();
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) return null;
    const [, sheetPart, ref, number, table, column, name, symbol, error] = match;
    if (ref) tokens.push({ kind: "area", area: areaOf(sheetPart, ref) });
    else if (number) tokens.push({ kind: "number", value: Number(number) });
    else if (column) tokens.push({ kind: "structured", table: table ?? null, column });
    else if (name) tokens.push({ kind: "function", name: name.toUpperCase() });
    else if (symbol) tokens.push({ kind: "symbol", symbol });
    else if (error) tokens.push({ kind: "error", code: error });
    else return null;
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node | null {
    const node = this.expression();
    return node && this.index === this.tokens.length ? node : null;
  }

  private peekSymbol(): string | null {
    const token = this.tokens[this.index];
    return token?.kind === "symbol" ? token.symbol : null;
  }

  private expression(): Node | null {
    let left = this.term();
    while (left && (this.peekSymbol() === "+" || this.peekSymbol() === "-")) {
      const operator = this.peekSymbol() as "+" | "-";
      this.index++;
      const right = this.term();
      left = right ? { type: "binary", operator, left, right } : null;
    }
    return left;
  }

  private term(): Node | null {
    let left = this.factor();
    while (left && (this.peekSymbol() === "*" || this.peekSymbol() === "/")) {
      const operator = this.peekSymbol() as "*" | "/";
      this.index++;
      const right = this.factor();
      left = right ? { type: "binary", operator, left, right } : null;
    }
    return left;
  }

  private factor(): Node | null {
    const token = this.tokens[this.index++];
    if (!token) return null;
    if (token.kind === "number") return { type: "number", value: token.value };
    if (token.kind === "error") return { type: "error", code: token.code };
    if (token.kind === "area") return { type: "area", area: token.area };
    if (token.kind === "structured") return { type: "structured", table: token.table, column: token.column };
    if (token.kind === "function") return this.call(token.name);
    if (token.symbol === "-" || token.symbol === "+") {
      const operand = this.factor();
      return operand && (token.symbol === "-" ? { type: "negate", operand } : operand);
    }
    if (token.symbol !== "(") return null;
    const inner = this.expression();
    return inner && this.peekSymbol() === ")" ? (this.index++, inner) : null;
  }

  private call(name: string): Node | null {
    const args: Node[] = [];
    if (this.peekSymbol() === ")") {
      this.index++;
      return { type: "call", name, args };
    }
    for (;;) {
      const arg = this.expression();
      if (!arg) return null;
      args.push(arg);
      const symbol = this.peekSymbol();
      this.index++;
      if (symbol === ")") return { type: "call", name, args };
      if (symbol !== ",") return null;
    }
  }
}

function parseFormula(formula: string): Node | null {
  const tokens = tokenize(formula.replace(/^=/, ""));
  return tokens ? new Parser(tokens).parse() : null;
}

/** Where a formula stands: a bare `[2024]` means a column of the table around this cell. */
export interface Home {
  sheet: GridSheet;
  row: number;
  col: number;
}

/**
 * Resolves `Table[Column]` (or `[Column]` inside the table, as Excel shows a totals row) to the column's
 * data cells, or null when no such table is known.
 */
export type StructuredResolver = (table: string | null, column: string, home: Home) => Area | null;

/** Every area a formula reads; null when the formula is not in the supported subset. */
export function referencesOf(formula: string, home: Home, resolve: StructuredResolver = () => null): Area[] | null {
  const root = parseFormula(formula);
  if (!root) return null;
  const areas: Area[] = [];
  let resolved = true;
  const visit = (node: Node): void => {
    if (node.type === "area") areas.push(node.area);
    else if (node.type === "structured") {
      const area = resolve(node.table, node.column, home);
      if (area) areas.push(area);
      else resolved = false;
    } else if (node.type === "call") node.args.forEach(visit);
    else if (node.type === "negate") visit(node.operand);
    else if (node.type === "binary") {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(root);
  return resolved ? areas : null;
}

/** A computed value: a number, an Excel error, or null when the formula is outside the subset. */
export type Computed = { number: number } | { error: string } | null;

const NUMERIC_TEXT = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** Evaluates formulas of one workbook, remembering results so a total over totals stays linear. */
export class FormulaEvaluator {
  private readonly sheets = new Map<string, GridSheet>();
  private readonly memo = new Map<string, Computed>();
  private readonly pending = new Set<string>();

  constructor(
    workbook: GridWorkbook,
    private readonly resolve: StructuredResolver = () => null,
  ) {
    for (const sheet of workbook.sheets) this.sheets.set(sheet.name.toLowerCase(), sheet);
  }

  /** The value of a cell as Excel would compute it: the cached result first, else the formula. */
  valueOf(sheet: GridSheet, row: number, col: number): Computed | { text: string } | { blank: true } {
    const cell = cellAt(sheet, row, col);
    if (!cell) return { blank: true };
    if (cell.error) return { error: cell.error };
    if (typeof cell.value === "number") return { number: cell.value };
    if (typeof cell.value === "string" && cell.value !== "") return { text: cell.value };
    if (typeof cell.value === "boolean") return { text: String(cell.value) };
    if (cell.formula !== undefined) return this.evaluateCell(sheet, row, col, cell);
    return { blank: true };
  }

  private evaluateCell(sheet: GridSheet, row: number, col: number, cell: GridCell): Computed {
    const key = `${sheet.name}\u0000${row}\u0000${col}`;
    if (this.memo.has(key)) return this.memo.get(key) ?? null;
    if (this.pending.has(key)) return { error: "#REF!" };
    this.pending.add(key);
    const root = parseFormula(cell.formula ?? "");
    const result = root ? this.scalar(root, { sheet, row, col }) : null;
    this.pending.delete(key);
    this.memo.set(key, result);
    return result;
  }

  private sheetOf(area: Area, home: Home): GridSheet | null {
    return area.sheet === null ? home.sheet : (this.sheets.get(area.sheet.toLowerCase()) ?? null);
  }

  /** A single cell in arithmetic: blank is 0, numeric text is coerced, other text is #VALUE!. */
  private scalar(node: Node, home: Home): Computed {
    switch (node.type) {
      case "number":
        return { number: node.value };
      case "error":
        return { error: node.code };
      case "negate": {
        const operand = this.scalar(node.operand, home);
        return operand && "number" in operand ? { number: -operand.number } : operand;
      }
      case "binary":
        return this.binary(node.operator, this.scalar(node.left, home), this.scalar(node.right, home));
      case "call":
        return this.call(node, home);
      case "structured":
        return null;
      case "area": {
        const { area } = node;
        const sheet = this.sheetOf(area, home);
        if (!sheet) return { error: "#REF!" };
        if (area.top !== area.bottom || area.left !== area.right) return { error: "#VALUE!" };
        const value = this.valueOf(sheet, area.top, area.left);
        if (value === null || "number" in value || "error" in value) return value;
        if ("blank" in value) return { number: 0 };
        const text = value.text.trim();
        return NUMERIC_TEXT.test(text) ? { number: Number(text.replace(",", ".")) } : { error: "#VALUE!" };
      }
    }
  }

  private binary(operator: "+" | "-" | "*" | "/", left: Computed, right: Computed): Computed {
    if (left === null || right === null) return null;
    if ("error" in left) return left;
    if ("error" in right) return right;
    if (operator === "+") return { number: left.number + right.number };
    if (operator === "-") return { number: left.number - right.number };
    if (operator === "*") return { number: left.number * right.number };
    return right.number === 0 ? { error: "#DIV/0!" } : { number: left.number / right.number };
  }

  private call(node: Extract<Node, { type: "call" }>, home: Home): Computed {
    let args = node.args;
    if (node.name === "NA" && args.length === 0) return { error: "#N/A" };
    if (node.name === "SUBTOTAL") {
      const kind = args[0];
      if (kind?.type !== "number" || (kind.value !== 9 && kind.value !== 109)) return null;
      args = args.slice(1);
    } else if (node.name !== "SUM") return null;
    let total = 0;
    for (const arg of args) {
      const value = this.sumArgument(arg, home);
      if (value === null || "error" in value) return value;
      total += value.number;
    }
    return { number: total };
  }

  /** SUM skips text and blanks in references, as Excel does: a number typed as text is left out. */
  private sumArgument(node: Node, home: Home): Computed {
    let area: Area | null = null;
    if (node.type === "area") area = node.area;
    else if (node.type === "structured") area = this.resolve(node.table, node.column, home);
    else return this.scalar(node, home);
    if (!area) return null;
    const sheet = this.sheetOf(area, home);
    if (!sheet) return { error: "#REF!" };
    let total = 0;
    let failed: Computed | undefined;
    // Only the cells present can hold values (a blank adds nothing): SUM(A1:XFD1048576) costs no more
    // than the data.
    forEachCellIn(sheet, area.top, area.left, area.bottom, area.right, (_cell, row, col) => {
      if (failed !== undefined) return;
      const value = this.valueOf(sheet, row, col);
      if (value === null || "error" in value) failed = value;
      else if ("number" in value) total += value.number;
    });
    return failed !== undefined ? failed : { number: total };
  }
}
