/**
 * Faults in a workbook's table parts that Excel repairs on opening ("We found a problem with some
 * content") and a strict reader refuses, found so a shareable copy can say it carries them rather than
 * pass them on in silence (docs/files.md, "samen share"). The rules are those the schema and Excel
 * state for a `tableColumn`: no `dxfId` attribute (ECMA-376 knows `dataDxfId`, `headerRowDxfId`,
 * `totalsRowDxfId`), and a `custom` total carries its `totalsRowFormula`.
 */
import type JSZip from "jszip";
import { attribute } from "../xlsx/package-parts";
import { unescapeXml } from "./samen-formula";

const TABLE = /<(?:[\w.-]+:)?table\b[^>]*>/;
const COLUMN = /<((?:[\w.-]+:)?)tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1tableColumn>)/g;

/** Per fault, a Dutch line naming the table and the column. */
export function tableFaults(xml: string): string[] {
  const table = TABLE.exec(xml);
  if (!table) return [];
  const name = unescapeXml(attribute(table[0], "displayName") ?? attribute(table[0], "name") ?? "?");
  const faults: string[] = [];
  for (const [, prefix, attributes, content = ""] of xml.matchAll(COLUMN)) {
    const column = unescapeXml(attribute(` ${attributes}`, "name") ?? "?");
    if (attribute(` ${attributes}`, "dxfId") !== undefined)
      faults.push(`tabel ${name}, kolom "${column}": opmaak als dxfId, een kenmerk dat Excel niet kent`);
    if (
      attribute(` ${attributes}`, "totalsRowFunction") === "custom" &&
      !content.includes(`<${prefix}totalsRowFormula`)
    )
      faults.push(`tabel ${name}, kolom "${column}": een eigen totaal zonder formule`);
  }
  return faults;
}

/** The faults of every table part in the package, in part order. */
export async function packageTableFaults(zip: JSZip): Promise<string[]> {
  const parts = Object.values(zip.files).filter((file) => !file.dir && /(^|\/)tables\/[^/]+\.xml$/.test(file.name));
  let faults: string[] = [];
  for (const part of parts.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true })))
    faults = faults.concat(tableFaults(await part.async("string")));
  return faults;
}
