import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const { checkManifest } = require("../../scripts/manifest-check") as { checkManifest: (xml: string) => string[] };

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The manifest with one text replaced; fails the test if the text is not there exactly once. */
function broken(from: string, to: string): string {
  expect(MANIFEST.split(from)).toHaveLength(2);
  return MANIFEST.replace(from, to);
}

function lineOf(xml: string, text: string): number {
  return xml.slice(0, xml.indexOf(text)).split("\n").length;
}

describe("the offline manifest check", () => {
  test("passes manifest.xml", () => {
    expect(checkManifest(MANIFEST)).toEqual([]);
  });

  test("a resid without a definition", () => {
    const definition =
      '<bt:String id="RefreshButton.Label" DefaultValue="Refresh">\n          <bt:Override Locale="nl-NL" Value="Vernieuwen" />\n        </bt:String>';
    const xml = broken(definition, "");
    expect(checkManifest(xml)).toEqual([
      `regel ${lineOf(xml, '<Label resid="RefreshButton.Label"')}: resid "RefreshButton.Label" wordt gebruikt maar is nergens gedefinieerd.`,
      `regel ${lineOf(xml, '<Title resid="RefreshButton.Label"')}: resid "RefreshButton.Label" wordt gebruikt maar is nergens gedefinieerd.`,
    ]);
  });

  test("a definition nobody uses", () => {
    const xml = broken(
      '<bt:String id="Group.Label" DefaultValue="Samen" />',
      '<bt:String id="Group.Label" DefaultValue="Samen" />\n<bt:String id="Oud.Label" DefaultValue="Oud" />',
    );
    expect(checkManifest(xml)).toEqual([
      `regel ${lineOf(xml, "Oud.Label")}: resource "Oud.Label" is gedefinieerd maar wordt nergens gebruikt.`,
    ]);
  });

  test("functions running outside the shared runtime", () => {
    const xml = broken(
      '<Page>\n              <SourceLocation resid="Taskpane.Url" />',
      '<Page>\n              <SourceLocation resid="Functions.Script.Url" />',
    );
    expect(checkManifest(xml)).toEqual([
      `regel ${lineOf(xml, '<SourceLocation resid="Functions.Script.Url" />\n            </Page>')}: de pagina van de functies (Page) gebruikt "Functions.Script.Url", maar de gedeelde runtime is "Taskpane.Url".`,
    ]);
  });

  test("a runtime that names another page than the task pane", () => {
    const xml = broken(
      '<Runtime resid="Taskpane.Url" lifetime="long" />',
      '<Runtime resid="Functions.Script.Url" lifetime="long" />',
    );
    const problems = checkManifest(xml);
    expect(problems).toContain(
      `regel ${lineOf(xml, "<FunctionFile")}: het bestand van de knoppen (FunctionFile) gebruikt "Taskpane.Url", maar de gedeelde runtime is "Functions.Script.Url".`,
    );
    expect(problems).toContain(
      `regel ${lineOf(xml, "<DefaultSettings>") + 1}: DefaultSettings/SourceLocation (https://localhost:3000/taskpane.html) is niet de pagina van de gedeelde runtime (https://localhost:3000/functions.js).`,
    );
  });

  test("a short-lived runtime, another namespace, a missing requirement set, a string where a URL belongs", () => {
    let xml = broken('lifetime="long"', 'lifetime="short"');
    xml = xml.replace('DefaultValue="SAMEN"', 'DefaultValue="CONTOSO"');
    xml = xml.replace('<Set Name="SharedRuntime" MinVersion="1.1" />', "");
    xml = xml.replace(
      '<Script>\n              <SourceLocation resid="Functions.Script.Url" />',
      '<Script>\n              <SourceLocation resid="Group.Label" />',
    );
    expect(checkManifest(xml)).toEqual([
      `regel ${lineOf(xml, 'resid="Group.Label" />\n            </Script>')}: SourceLocation verwijst naar "Group.Label", een tekst; hier hoort een URL.`,
      `regel ${lineOf(xml, 'id="Functions.Script.Url"')}: resource "Functions.Script.Url" is gedefinieerd maar wordt nergens gebruikt.`,
      `regel ${lineOf(xml, "<Runtime ")}: de Runtime moet lifetime="long" hebben, zodat de functies blijven draaien.`,
      `regel ${lineOf(xml, "<Namespace ")}: de naamruimte van de functies moet "SAMEN" zijn, niet "CONTOSO".`,
      "De vereiste set SharedRuntime 1.1 is niet gedeclareerd in Requirements.",
    ]);
  });

  test("XML that is not well formed names line and column", () => {
    const xml = broken("</Permissions>", "</Permission>");
    expect(checkManifest(xml)).toEqual([
      expect.stringMatching(new RegExp(`^Geen geldige XML: ${lineOf(xml, "</Permission>")}:\\d+: `)),
    ]);
  });

  test("npm run validate passes offline and fails with the message on a broken copy", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, broken('lifetime="long"', 'lifetime="short"'));
    const script = path.join(ROOT, "scripts/validate-manifest.js");
    const good = spawnSync("node", [script, path.join(ROOT, "manifest.xml"), "--offline"], { encoding: "utf8" });
    expect([good.status, good.stdout.trim()]).toEqual([
      0,
      `${path.join(ROOT, "manifest.xml")}: offline controle geslaagd.`,
    ]);
    const bad = spawnSync("node", [script, file, "--offline"], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('de Runtime moet lifetime="long" hebben');
  });
});
