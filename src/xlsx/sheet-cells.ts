/**
 * The cells of one worksheet part, read with a SAX parser straight from its XML: the value shown (a
 * formula's cached result), the formula (a shared formula's followers as they read in their own cell),
 * and the style index. Merged-over cells are left out, as Excel shows nothing there.
 */
import { SaxesParser } from "saxes";
import { columnNumber, slideFormula } from "./shared-formula";

export interface RawCell {
  row: number;
  column: number;
  /** `t`: s (shared string), str, inlineStr, b, e, d, or n. */
  type: string;
  value: string | null;
  formula: string | null;
  style: number;
}

const ADDRESS = /^([A-Z]{1,3})(\d+)$/;

interface Leader {
  row: number;
  column: number;
  formula: string;
}

export function sheetCells(xml: string): RawCell[] {
  const parser = new SaxesParser();
  const cells: RawCell[] = [];
  const merged: string[] = [];
  const leaders = new Map<string, Leader>();
  let cell: RawCell | null = null;
  let text: string | null = null;
  let formula: { shared: string | null; leader: boolean } | null = null;
  let inInline = false;
  let nextRow = 0;
  let nextColumn = 0;
  const local = (name: string) => name.slice(name.indexOf(":") + 1);

  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (name === "row") {
      nextRow = attributes.r ? Number(attributes.r) : nextRow + 1;
      nextColumn = 0;
    } else if (name === "c") {
      const address = ADDRESS.exec(attributes.r ?? "");
      const [row, column] = address ? [Number(address[2]), columnNumber(address[1])] : [nextRow, nextColumn + 1];
      nextColumn = column;
      cell = { row, column, type: attributes.t ?? "n", value: null, formula: null, style: Number(attributes.s ?? 0) };
    } else if (cell && name === "f") {
      formula = { shared: attributes.t === "shared" ? (attributes.si ?? null) : null, leader: "ref" in attributes };
      text = "";
    } else if (cell && (name === "v" || (name === "t" && inInline))) {
      text = cell.value ?? "";
    } else if (cell && name === "is") {
      inInline = true;
    } else if (name === "mergeCell" && attributes.ref) {
      merged.push(attributes.ref);
    }
  });
  parser.on("text", (chunk) => {
    if (text !== null) text += chunk;
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (!cell) return;
    if (name === "f" && formula) {
      if (formula.shared !== null && text === "") {
        const leader = leaders.get(formula.shared);
        if (leader) cell.formula = slideFormula(leader.formula, cell.row - leader.row, cell.column - leader.column);
      } else {
        cell.formula = text;
        if (formula.shared !== null)
          leaders.set(formula.shared, { row: cell.row, column: cell.column, formula: text! });
      }
      formula = null;
      text = null;
    } else if (name === "v" || (name === "t" && inInline)) {
      cell.value = text;
      text = null;
    } else if (name === "is") {
      inInline = false;
    } else if (name === "c") {
      if (cell.value !== null || cell.formula !== null) cells.push(cell);
      cell = null;
    }
  });
  parser.write(xml).close();
  return merged.length === 0 ? cells : withoutMergedOver(cells, merged);
}

function withoutMergedOver(cells: RawCell[], merged: string[]): RawCell[] {
  const areas = merged.map((ref) => {
    const [from, to = from] = ref.split(":").map((address) => ADDRESS.exec(address));
    return from && to
      ? { top: Number(from[2]), left: columnNumber(from[1]), bottom: Number(to[2]), right: columnNumber(to[1]) }
      : null;
  });
  return cells.filter(
    (cell) =>
      !areas.some(
        (area) =>
          area &&
          cell.row >= area.top &&
          cell.row <= area.bottom &&
          cell.column >= area.left &&
          cell.column <= area.right &&
          (cell.row !== area.top || cell.column !== area.left),
      ),
  );
}
