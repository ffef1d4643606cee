/**
 * A shareable copy of a workbook: every SAMEN formula replaced by the value the file holds for it, so
 * a colleague without the add-in sees the same figures and no `#NAME?` after a recalculation. One core
 * for `samen share` and the ribbon's "Deelbare kopie". It works on the zip and the sheets' XML, never
 * through a spreadsheet library's model: every part other than the sheets with SAMEN formulas is copied
 * as it is (charts, styles, tables, pictures), and in those sheets only the SAMEN cells change.
 *
 * The calculation chain (`xl/calcChain.xml`, Excel's remembered order of formulas) is dropped when a
 * formula is replaced: it may not name a cell without a formula, and Excel rebuilds it on opening.
 * A SAMEN cell without a cached value (openpyxl writes formulas without results) is refused, naming
 * the cells: the copy would otherwise carry a blank or a guess where the officer's figure belongs.
 */
import JSZip from "jszip";
import { invalid, ok, type Result } from "../model/result";
import { partPath, relsPathOf, text, TYPE_END, workbookParts, type Relationship } from "../xlsx/package-parts";
import { callsSamen, unescapeXml } from "./samen-formula";
import { packageTableFaults } from "./table-faults";
import { replaceSamenFormulas } from "./sheet-values";

export interface SharedCopy {
  bytes: Uint8Array;
  /** Cells whose SAMEN formula became its value, as `Blad!A1`. */
  replaced: string[];
  /** Faults of the file's table parts, which the copy carries as they are (table-faults.ts). */
  faults: string[];
}

/** How many cells a message names before it counts the rest. */
const NAMED_CELLS = 10;

function listed(cells: readonly string[]): string {
  const named = cells.slice(0, NAMED_CELLS).join(", ");
  return cells.length > NAMED_CELLS ? `${named} en nog ${cells.length - NAMED_CELLS}` : named;
}

async function dropCalcChain(zip: JSZip, workbookPath: string, workbookRels: Relationship[]): Promise<void> {
  const chain = workbookRels.find((rel) => rel.type.endsWith(TYPE_END.calcChain));
  if (!chain) return;
  const relsPath = relsPathOf(workbookPath);
  zip.file(relsPath, (await text(zip, relsPath))!.replace(chain.xml, ""));
  const chainPath = partPath(workbookPath, chain.target);
  zip.remove(chainPath);
  const types = await text(zip, "[Content_Types].xml");
  const override = new RegExp(
    `<Override\\b[^>]*?PartName\\s*=\\s*["']/${chainPath.replace(/[.[\]]/g, "\\$&")}["'][^>]*?/>`,
  );
  if (types !== null) zip.file("[Content_Types].xml", types.replace(override, ""));
}

/** Any formula element anywhere in a part, read more loosely than the replacement reads cells. */
const ANY_FORMULA = /<(?:[\w.-]+:)?f\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?f\s*>/g;

/**
 * Whether a sheet, after its replacement, still holds a SAMEN call anywhere: the copy must not say it
 * replaced every SAMEN formula while one the cell reader did not recognise stays behind.
 */
function stillCallsSamen(xml: string): boolean {
  for (const [, formula] of xml.matchAll(ANY_FORMULA)) if (callsSamen(unescapeXml(formula))) return true;
  return false;
}

const NOT_A_WORKBOOK = "Dit bestand is geen Excel-werkmap (.xlsx): het is niet te openen als werkmap.";

export async function shareableCopy(bytes: Uint8Array): Promise<Result<SharedCopy>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return invalid(NOT_A_WORKBOOK);
  }
  const parts = await workbookParts(zip, unescapeXml);
  if (!parts) return invalid(NOT_A_WORKBOOK);
  const { workbookPath, workbookRels, sheets } = parts;

  const replaced: string[] = [];
  const uncached: string[] = [];
  const changed = new Map<string, string>();
  const leftOver: string[] = [];
  for (const sheet of sheets) {
    const xml = await text(zip, sheet.path);
    if (xml === null) continue;
    const result = replaceSamenFormulas(xml);
    for (const cell of result.uncached) uncached.push(`${sheet.name}!${cell}`);
    for (const cell of result.replaced) replaced.push(`${sheet.name}!${cell}`);
    if (result.replaced.length > 0) changed.set(sheet.path, result.xml);
    if (result.uncached.length === 0 && stillCallsSamen(result.xml)) leftOver.push(sheet.name);
  }
  if (leftOver.length > 0) {
    return invalid(
      `In ${listed(leftOver)} staan SAMEN-formules die niet te vervangen zijn: het blad is anders opgebouwd dan ` +
        "Excel het schrijft. Open de werkmap in Excel, sla haar op en maak dan de deelbare kopie.",
    );
  }
  if (uncached.length > 0) {
    return invalid(
      `Deze SAMEN-formules hebben in het bestand geen berekende waarde: ${listed(uncached)}. ` +
        "Open de werkmap in Excel met Samen, laat de formules rekenen en sla haar op; maak dan de deelbare kopie.",
    );
  }
  const faults = await packageTableFaults(zip);
  if (changed.size === 0) return ok({ bytes, replaced, faults });
  for (const [path, xml] of changed) zip.file(path, xml);
  await dropCalcChain(zip, workbookPath, workbookRels);
  const copy = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return ok({ bytes: copy, replaced, faults });
}
