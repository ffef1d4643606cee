/**
 * docs/handleiding.md shows pictures the e2e run makes (test/e2e/guide-pictures.ts): each one it shows must
 * be in docs/, a real PNG, and every picture the e2e run copies must be one the guide uses.
 */
import fs from "node:fs";
import path from "node:path";
import { GUIDE_PICTURES } from "../e2e/guide-pictures";

const DOCS = path.join(__dirname, "..", "..", "docs");
const guide = fs.readFileSync(path.join(DOCS, "handleiding.md"), "utf8");
const shown = [...guide.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);

describe("the pictures of docs/handleiding.md", () => {
  test("the guide shows pictures", () => {
    expect(shown.length).toBeGreaterThanOrEqual(8);
  });

  test.each(shown)("%s is there and is a PNG", (picture) => {
    const file = path.join(DOCS, picture);
    expect({ picture, there: fs.existsSync(file) }).toEqual({ picture, there: true });
    expect(fs.readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  test("every picture the e2e run makes for the guide is shown in it", () => {
    const made = [...Object.values(GUIDE_PICTURES), "werkmap-begroting.png"].map((name) => `img/${name}`);
    expect(made.filter((picture) => !shown.includes(picture))).toEqual([]);
  });
});
