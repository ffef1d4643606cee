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
import { callsSamen, unescapeXml } from "./samen-formula";
import { replaceSamenFormulas } from "./sheet-values";

export interface SharedCopy {
  bytes: Uint8Array;
  /** Cells whose SAMEN formula became its value, as `Blad!A1`. */
  replaced: string[];
}

const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b[^>]*?\/?>/g;
const TYPE_END = { officeDocument: "/officeDocument", worksheet: "/worksheet", calcChain: "/calcChain" };
/** How many cells a message names before it counts the rest. */
const NAMED_CELLS = 10;

interface Relationship {
  xml: string;
  type: string;
  target: string;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(RELATIONSHIP)].map(([tag]) => ({
    xml: tag,
    type: attribute(tag, "Type") ?? "",
    target: attribute(tag, "Target") ?? "",
  }));
}

/** A relationship's target as a path in the zip, relative to the folder of the part that names it. */
function partPath(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  return (await zip.file(path)?.async("string")) ?? null;
}

function listed(cells: readonly string[]): string {
  const named = cells.slice(0, NAMED_CELLS).join(", ");
  return cells.length > NAMED_CELLS ? `${named} en nog ${cells.length - NAMED_CELLS}` : named;
}

interface Sheet {
  name: string;
  path: string;
}

async function sheetsOf(zip: JSZip, workbookPath: string, workbookRels: Relationship[]): Promise<Sheet[] | null> {
  const workbook = await text(zip, workbookPath);
  if (workbook === null) return null;
  const byId = new Map(workbookRels.map((rel) => [attribute(rel.xml, "Id"), rel]));
  const sheets: Sheet[] = [];
  for (const [tag] of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*?\/?>/g)) {
    // The relationship id's prefix is whatever the writer bound the relationships namespace to, usually r.
    const rel = byId.get(attribute(tag, "[\\w.-]+:id"));
    if (rel?.type.endsWith(TYPE_END.worksheet))
      sheets.push({ name: unescapeXml(attribute(tag, "name") ?? "?"), path: partPath(workbookPath, rel.target) });
  }
  return sheets;
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
  const rootRels = await text(zip, "_rels/.rels");
  const document = rootRels && relationships(rootRels).find((rel) => rel.type.endsWith(TYPE_END.officeDocument));
  if (!document) return invalid(NOT_A_WORKBOOK);
  const workbookPath = partPath("", document.target);
  const workbookRels = relationships((await text(zip, relsPathOf(workbookPath))) ?? "");
  const sheets = await sheetsOf(zip, workbookPath, workbookRels);
  if (!sheets) return invalid(NOT_A_WORKBOOK);

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
  if (changed.size === 0) return ok({ bytes, replaced });
  for (const [path, xml] of changed) zip.file(path, xml);
  await dropCalcChain(zip, workbookPath, workbookRels);
  const copy = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return ok({ bytes: copy, replaced });
}
