/**
 * One worksheet's XML with every SAMEN formula replaced by its cached value, and nothing else touched:
 * the text outside the replaced cells is kept character for character (other formulas, styles, the
 * order and spelling of attributes). Worksheet XML is regular enough for this: cells do not nest, and
 * element content never holds a raw `<`.
 *
 * - A plain or array formula is a SAMEN formula when its text calls one; a shared formula's followers
 *   (`<f t="shared" si="0"/>`) are when their leader's text does. The other cells of an array formula's
 *   range hold only values already and stay as they are.
 * - The cell keeps its style; a number, boolean or error keeps its type; a text result (`t="str"`, a
 *   type only formulas have) becomes an inline string. `cm`, the cell metadata that marks a dynamic
 *   array formula, goes with the formula.
 * - A SAMEN formula without a cached value is reported, not guessed: see `uncached`.
 */
import { callsSamen, unescapeXml } from "./samen-formula";

export interface SheetReplacement {
  xml: string;
  /** Cells whose SAMEN formula was replaced by its value, as `A1` addresses in sheet order. */
  replaced: string[];
  /** SAMEN cells with no cached value in the file; when any, `xml` is the input unchanged. */
  uncached: string[];
}

const SHEET_DATA = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1sheetData>)/;
const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const FORMULA = /<((?:[\w.-]+:)?)f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1f>)/;
const VALUE = /<((?:[\w.-]+:)?)v\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1v>)/;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(text: string): Map<string, string> {
  return new Map([...text.matchAll(ATTRIBUTE)].map((match) => [match[1], match[2] ?? match[3]]));
}

interface Cell {
  start: number;
  end: number;
  prefix: string;
  attributes: string;
  content: string;
}

interface FormulaCell extends Cell {
  formula: RegExpExecArray;
  kind: string;
  sharedIndex: string | undefined;
  text: string;
}

function formulaCells(sheetData: string, offset: number): FormulaCell[] {
  const cells: FormulaCell[] = [];
  for (const match of sheetData.matchAll(CELL)) {
    const content = match[3] ?? "";
    const formula = FORMULA.exec(content);
    if (!formula) continue;
    const formulaAttributes = attributes(formula[2]);
    cells.push({
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      prefix: match[1],
      attributes: match[2],
      content,
      formula,
      kind: formulaAttributes.get("t") ?? "normal",
      sharedIndex: formulaAttributes.get("si"),
      text: unescapeXml(formula[3] ?? ""),
    });
  }
  return cells;
}

function isSamenCell(cell: FormulaCell, samenShared: ReadonlySet<string>): boolean {
  if (cell.kind === "shared" && cell.sharedIndex !== undefined && cell.text.trim() === "")
    return samenShared.has(cell.sharedIndex);
  return callsSamen(cell.text);
}

/** The cell with its formula taken out; null when the file holds no value for it. */
function valueCell(cell: FormulaCell): string | null {
  const type = attributes(cell.attributes).get("t") ?? "n";
  const value = VALUE.exec(cell.content);
  const cached = value?.[2];
  if (cached === undefined || (cached === "" && type !== "str")) return null;
  let attrs = cell.attributes.replace(/\s+cm\s*=\s*(?:"[^"]*"|'[^']*')/, "");
  let content = cell.content.replace(cell.formula[0], "");
  if (type === "str") {
    attrs = attrs.replace(/(\bt\s*=\s*)(["'])str\2/, "$1$2inlineStr$2");
    const p = cell.prefix;
    content = content.replace(value![0], `<${p}is><${p}t xml:space="preserve">${cached}</${p}t></${p}is>`);
  }
  return `<${cell.prefix}c${attrs}>${content}</${cell.prefix}c>`;
}

function addressOf(cell: Cell): string {
  return attributes(cell.attributes).get("r") ?? "?";
}

export function replaceSamenFormulas(xml: string): SheetReplacement {
  const sheetData = SHEET_DATA.exec(xml);
  if (!sheetData?.[2]) return { xml, replaced: [], uncached: [] };
  const offset = sheetData.index + sheetData[0].indexOf(">") + 1;
  const cells = formulaCells(sheetData[2], offset);
  const samenShared = new Set(
    cells
      .filter((cell) => cell.kind === "shared" && cell.sharedIndex !== undefined && callsSamen(cell.text))
      .map((cell) => cell.sharedIndex!),
  );
  const samen = cells.filter((cell) => isSamenCell(cell, samenShared));
  const replacements = samen.map((cell) => ({ cell, text: valueCell(cell) }));
  const uncached = replacements.filter(({ text }) => text === null).map(({ cell }) => addressOf(cell));
  if (uncached.length > 0) return { xml, replaced: [], uncached };
  let result = "";
  let at = 0;
  for (const { cell, text } of replacements) {
    result += xml.slice(at, cell.start) + text;
    at = cell.end;
  }
  return { xml: result + xml.slice(at), replaced: samen.map(addressOf), uncached: [] };
}
