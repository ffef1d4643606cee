/**
 * Checks an .xlsx against the ECMA-376 transitional schemas with xmllint, as a strict consumer would:
 * every XML part of the package against the schema of its root element's namespace (test/schemas/ooxml,
 * README there). Markup Compatibility is applied first as Excel applies it: content of the namespaces
 * a part declares `mc:Ignorable` (x14ac, xr, …) is set aside, and of an `mc:AlternateContent` only the
 * `mc:Fallback` is kept, since a transitional consumer understands none of the choices' extensions.
 * `xml:space` is checked here and then set aside: XML 1.0 gives it to every element, Excel writes
 * `<t xml:space="preserve">` in every workbook, but sml.xsd types `t` as a simple type, which admits
 * no attribute at all (the Open XML SDK's validator also exempts the xml namespace).
 *
 * One helper for every writer's test (`samen workbook` with or without `--from`/`--notitie`, `samen share`,
 * Deelbare kopie): `expectSchemaValid(bytes)`.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { expect } from "@jest/globals";
import JSZip from "jszip";
import { SaxesParser, type SaxesTagNS } from "saxes";

const run = promisify(execFile);
const SCHEMAS = join(__dirname, "..", "schemas", "ooxml");
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The schema for a part, by the namespace of its root element. */
const SCHEMA_OF: Record<string, string> = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "sml.xsd",
  "http://schemas.openxmlformats.org/package/2006/content-types": "opc-contentTypes.xsd",
  "http://schemas.openxmlformats.org/package/2006/relationships": "opc-relationships.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "dml-chart.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "dml-spreadsheetDrawing.xsd",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "shared-documentPropertiesExtended.xsd",
  "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties": "shared-documentPropertiesCustom.xsd",
};
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
/** Core properties import the Dublin Core schemas, which no permissively licensed copy here holds. */
const UNCHECKED = new Set(["http://schemas.openxmlformats.org/package/2006/metadata/core-properties"]);

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");

interface Applied {
  xml: string;
  rootNamespace: string;
}

/**
 * A part's XML after Markup Compatibility: elements and attributes of ignorable namespaces dropped, `mc:`
 * attributes dropped, `mc:AlternateContent` replaced by its fallback's content.
 */
export function applyMarkupCompatibility(xml: string): Applied {
  const parser = new SaxesParser({ xmlns: true });
  const out: string[] = [];
  /** Per open element: whether it is written, and the namespaces ignorable within it. */
  const stack: Array<{ written: boolean; skipping: boolean; ignorable: Set<string> }> = [];
  let rootNamespace = "";
  parser.on("opentag", (tag: SaxesTagNS) => {
    const parent = stack.at(-1);
    const ignorable = new Set(parent?.ignorable);
    const declared = Object.values(tag.attributes).find((a) => a.uri === MC && a.local === "Ignorable")?.value ?? "";
    for (const prefix of declared.split(/\s+/).filter(Boolean)) ignorable.add(parser.resolve(prefix) ?? "");
    if (!parent) rootNamespace = tag.uri;
    const inMc = tag.uri === MC;
    const skipping = (parent?.skipping ?? false) || ignorable.has(tag.uri) || (inMc && tag.local === "Choice");
    // AlternateContent and Fallback are unwrapped: their kept content is written in their place.
    const written = !skipping && !inMc;
    stack.push({ written, skipping, ignorable });
    if (!written) return;
    const space = Object.values(tag.attributes).find((a) => a.uri === XML_NAMESPACE && a.local === "space");
    if (space && space.value !== "preserve" && space.value !== "default")
      throw new Error(`xml:space="${space.value}" op <${tag.name}>`);
    const attributes = Object.values(tag.attributes)
      .filter((attribute) => attribute.uri !== MC && attribute.uri !== XML_NAMESPACE && !ignorable.has(attribute.uri))
      .filter((attribute) => !(attribute.prefix === "xmlns" && attribute.local === "mc"))
      .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
    out.push(`<${tag.name}${attributes.join("")}>`);
  });
  parser.on("closetag", (tag) => {
    if (stack.pop()?.written) out.push(`</${tag.name}>`);
  });
  parser.on("text", (text) => {
    if (stack.at(-1)?.written) out.push(escapeText(text));
  });
  parser.write(xml).close();
  return { xml: out.join(""), rootNamespace };
}

export interface SchemaCheck {
  /** xmllint's messages, each starting with the part's path in the package. */
  violations: string[];
  /** XML parts no schema here covers (core properties), by path. */
  unchecked: string[];
}

export async function checkAgainstSchemas(bytes: Uint8Array): Promise<SchemaCheck> {
  const zip = await JSZip.loadAsync(bytes);
  const dir = await mkdtemp(join(tmpdir(), "samen-ooxml-"));
  const bySchema = new Map<string, string[]>();
  const violations: string[] = [];
  const unchecked: string[] = [];
  try {
    for (const part of Object.values(zip.files)) {
      if (part.dir || !/\.(xml|rels)$/.test(part.name)) continue;
      let applied: Applied;
      try {
        applied = applyMarkupCompatibility(await part.async("string"));
      } catch (error) {
        violations.push(`${part.name}: geen goed gevormde XML (${String(error)})`);
        continue;
      }
      const schema = SCHEMA_OF[applied.rootNamespace];
      if (!schema) {
        if (UNCHECKED.has(applied.rootNamespace)) unchecked.push(part.name);
        else violations.push(`${part.name}: geen schema voor de namespace "${applied.rootNamespace}"`);
        continue;
      }
      const path = join(dir, part.name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, applied.xml);
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), part.name]);
    }
    for (const [schema, parts] of bySchema) violations.push(...(await xmllint(dir, schema, parts)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { violations, unchecked };
}

async function xmllint(dir: string, schema: string, parts: string[]): Promise<string[]> {
  const args = ["--noout", "--nonet", "--schema", join(SCHEMAS, schema), ...parts];
  const stderr = await run("xmllint", args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
    (result) => result.stderr,
    (error: { stderr?: string; code?: number }) => {
      // xmllint exits 3 when a file does not validate; any other failure is no verdict.
      if (error.code !== 3 || error.stderr === undefined) throw error;
      return error.stderr;
    },
  );
  return stderr
    .split("\n")
    .filter((line) => line !== "" && !/ validates$/.test(line) && !/ fails to validate$/.test(line));
}

/** Fails with every violation listed when any part of the package breaks its schema. */
export async function expectSchemaValid(bytes: Uint8Array): Promise<void> {
  const { violations, unchecked } = await checkAgainstSchemas(bytes);
  expect(violations).toEqual([]);
  expect(unchecked.filter((part) => part !== "docProps/core.xml")).toEqual([]);
}
