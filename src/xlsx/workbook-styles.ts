/**
 * What a workbook's shared parts say about its cells: the shared strings, and per style index the
 * number format (ECMA-376 §18.8.30 numbers the built-in ones; a workbook defines the rest in numFmts).
 */
import { SaxesParser } from "saxes";

const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Each `<si>`'s text, its runs joined; phonetic runs (`rPh`) are no part of the text shown. */
export function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const parser = new SaxesParser();
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    if (name === "si") current = "";
    else if (name === "rPh") phonetic++;
    else if (name === "t" && phonetic === 0) inText = true;
  });
  parser.on("text", (chunk) => {
    if (inText && current !== null) current += chunk;
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") {
      strings.push(current ?? "");
      current = null;
    }
  });
  parser.write(xml).close();
  return strings;
}

/** The number format of each cell style (`cellXfs`), by index. */
export function cellNumberFormats(xml: string | null): string[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const formats: string[] = [];
  const parser = new SaxesParser();
  let inCellXfs = false;
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (name === "numFmt") custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
    else if (name === "cellXfs") inCellXfs = true;
    else if (name === "xf" && inCellXfs) {
      const id = Number(attributes.numFmtId ?? 0);
      formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
    }
  });
  parser.on("closetag", (tag) => {
    if (local(tag.name) === "cellXfs") inCellXfs = false;
  });
  parser.write(xml).close();
  return formats;
}

/** A number in this format shows a date or time (the test ExcelJS and Excel's own apply). */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
