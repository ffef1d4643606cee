import fs from "fs";
import path from "path";
import { DIST, expectBuilt, readDist } from "../functions/build";
import { manifestResource, pageScripts } from "../support/dist-files";

const { checkManifest } = require("../../scripts/manifest-check") as { checkManifest: (xml: string) => string[] };

const { rewriteDevUrls } = require("../../scripts/urls") as { rewriteDevUrls: (text: string, url?: string) => string };

const SOURCE = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const count = (text: string, part: string) => text.split(part).length - 1;

describe("the production manifest", () => {
  beforeAll(expectBuilt);

  test("has every localhost URL rewritten, not only the first, and still passes the check", () => {
    const built = readDist("manifest.xml");
    expect(count(SOURCE, "https://localhost:3000/")).toBe(10);
    expect(count(built, "localhost")).toBe(0);
    expect(count(built, "https://samen.invalid/")).toBe(10);
    expect(checkManifest(built)).toEqual([]);
  });

  test("takes the address from SAMEN_PROD_URL, with or without the final slash", () => {
    const rewritten = rewriteDevUrls(SOURCE, "https://samen.jenv.nl/addin");
    expect(count(rewritten, "https://samen.jenv.nl/addin/functions.nl-NL.json")).toBe(1);
    expect(count(rewritten, "https://samen.jenv.nl/addin/")).toBe(10);
    expect(() => rewriteDevUrls(SOURCE, "http://samen.jenv.nl")).toThrow(
      'SAMEN_PROD_URL moet met https:// beginnen, niet "http://samen.jenv.nl".',
    );
  });

  test("dist holds what the manifest names: the pages, scripts, metadata and icons", () => {
    const names = [...SOURCE.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((match) => match[1]);
    const missing = names.filter((name) => !fs.existsSync(path.resolve(__dirname, "../../dist", name)));
    expect(missing).toEqual([]);
  });

  test("taskpane.html loads the functions first, then the commands and the pane: one shared runtime", () => {
    const scripts = pageScripts(DIST);
    expect(scripts).toEqual([
      manifestResource(DIST, "Functions.Script.Url"),
      expect.stringMatching(/^commands\.[0-9a-f]{20}\.js$/),
      expect.stringMatching(/^taskpane\.[0-9a-f]{20}\.js$/),
    ]);
  });
});
