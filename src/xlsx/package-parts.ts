/**
 * The parts of an .xlsx package and how they name each other (OPC relationships): shared by the reader
 * of workbook content (read-grid.ts) and the shareable copy (src/share), which both work on the zip.
 */
import type JSZip from "jszip";

export interface Relationship {
  xml: string;
  id: string;
  type: string;
  target: string;
}

const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b[^>]*?\/?>/g;
export const TYPE_END = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  calcChain: "/calcChain",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
};

export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

export function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(RELATIONSHIP)].map(([tag]) => ({
    xml: tag,
    id: attribute(tag, "Id") ?? "",
    type: attribute(tag, "Type") ?? "",
    target: attribute(tag, "Target") ?? "",
  }));
}

/** A relationship's target as a path in the zip, relative to the folder of the part that names it. */
export function partPath(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

export function relsPathOf(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

export async function text(zip: JSZip, path: string): Promise<string | null> {
  return (await zip.file(path)?.async("string")) ?? null;
}

export interface SheetPart {
  name: string;
  path: string;
}

export interface WorkbookParts {
  workbookPath: string;
  workbookXml: string;
  workbookRels: Relationship[];
  sheets: SheetPart[];
}

/** The workbook part, its relationships and its worksheets in tab order; null when there is no workbook. */
export async function workbookParts(zip: JSZip, unescape: (text: string) => string): Promise<WorkbookParts | null> {
  const rootRels = await text(zip, "_rels/.rels");
  const document = rootRels && relationships(rootRels).find((rel) => rel.type.endsWith(TYPE_END.officeDocument));
  if (!document) return null;
  const workbookPath = partPath("", document.target);
  const workbookXml = await text(zip, workbookPath);
  if (workbookXml === null) return null;
  const workbookRels = relationships((await text(zip, relsPathOf(workbookPath))) ?? "");
  const byId = new Map(workbookRels.map((rel) => [rel.id, rel]));
  const sheets: SheetPart[] = [];
  for (const [tag] of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*?\/?>/g)) {
    // The relationship id's prefix is whatever the writer bound the relationships namespace to, usually r.
    const rel = byId.get(attribute(tag, "[\\w.-]+:id") ?? "");
    if (rel?.type.endsWith(TYPE_END.worksheet))
      sheets.push({ name: unescape(attribute(tag, "name") ?? "?"), path: partPath(workbookPath, rel.target) });
  }
  return { workbookPath, workbookXml, workbookRels, sheets };
}
