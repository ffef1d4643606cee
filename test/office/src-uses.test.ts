/**
 * What `npm run check:office` finds in src/, held against what depends on it. The fake Excel host covers
 * every member: SURFACE must name each one of a class or interface (the fake's classes implement
 * SURFACE with Office.js's signatures, which `npm run typecheck` checks), and the fake's globals must
 * carry each namespace function and enum value. The table in docs/office-apis.md is the script's own output.
 */
import fs from "fs";
import path from "path";
import { collectOfficeUses, declaredSets, markdownTable, type OfficeUse } from "../../scripts/office-api-sets";
import { createFakeExcel } from "../fake-excel";
import { SURFACE } from "../fake-excel/office-surface";

const ROOT = path.resolve(__dirname, "../..");

/** `Excel.Range.values` → ["Excel.Range", "values"]. */
function split(member: string): [string, string] {
  const at = member.lastIndexOf(".");
  return [member.slice(0, at), member.slice(at + 1)];
}

describe("the fake Excel host against what the add-in uses of Office.js", () => {
  let uses: OfficeUse[];
  beforeAll(() => {
    uses = collectOfficeUses(path.join(ROOT, "src"), ROOT);
  }, 120_000);

  test("every Excel and OfficeExtension member the add-in uses is in the fake's SURFACE", () => {
    const surface = SURFACE as Record<string, readonly string[]>;
    const members = uses.filter((use) => use.kind === "member" && /^(Excel|OfficeExtension)\./.test(use.member));
    expect(members.length).toBeGreaterThan(40);
    const missing = members
      .map((use) => use.member)
      .filter((member) => {
        const [owner, name] = split(member);
        return !surface[owner]?.includes(name);
      });
    expect(missing).toEqual([]);
  });

  test("SURFACE names nothing the add-in does not use, so it stays the add-in's list", () => {
    const used = new Set(uses.map((use) => use.member));
    const unused = Object.entries(SURFACE).flatMap(([owner, names]) =>
      names.map((name) => `${owner}.${name}`).filter((member) => !used.has(member)),
    );
    expect(unused).toEqual([]);
  });

  test("the fake's Excel and Office globals carry every namespace function and enum value used", () => {
    const fake = createFakeExcel();
    const globals: Record<string, unknown> = { Excel: fake.Excel, Office: fake.Office };
    const lookup = (member: string): unknown =>
      member.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], globals);
    const absent = uses
      .filter((use) => (use.kind === "namespace" || use.kind === "enum") && /^(Excel|Office)\./.test(use.member))
      .map((use) => use.member)
      .filter((member) => lookup(member) === undefined);
    expect(absent).toEqual([]);
  });

  test("docs/office-apis.md's table of API sets is what `npx tsx scripts/office-api-sets.ts --markdown` prints", () => {
    const readme = fs.readFileSync(path.join(ROOT, "docs", "office-apis.md"), "utf8");
    const declared = declaredSets(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    expect(readme).toContain(`${markdownTable(uses, declared)}\n`);
  });
});
