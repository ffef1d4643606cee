/**
 * Nothing lost: `samen workbook` never replaces a file without --force, whatever the file holds, and
 * what it writes with --force is the model, clean by the validator. (That `samen validate` leaves
 * every file byte-identical is checked on each file of broken-files.test.ts.)
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { captureIO } from "../support/capture-io";

// The first command run here loads the writer and the validator, transpiled by ts-jest on a cold cache (a
// clean clone, as in CI): that alone took 8 s of the default 5.
jest.setTimeout(30_000);

const dir = mkdtempSync(path.join(tmpdir(), "samen-nothing-lost-"));
let counter = 0;

const fingerprint = (file: string) => ({
  sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
  mtime: statSync(file).mtimeMs,
  files: readdirSync(dir).sort(),
});

async function run(...argv: string[]) {
  const io = captureIO();
  const exit = await main(argv, io);
  return { exit, stdout: io.stdout.join("\n"), stderr: io.stderr.join("\n") };
}

describe("samen workbook never overwrites without --force", () => {
  it("refuses any existing file (empty, text, a workbook, random bytes; any case of .xlsx), leaving it as it was", async () => {
    const contents = fc.oneof(
      fc.constant(new Uint8Array(0)),
      fc.string().map((text) => new TextEncoder().encode(text)),
      fc.uint8Array({ maxLength: 2_000 }),
    );
    await fc.assert(
      fc.asyncProperty(contents, fc.constantFrom(".xlsx", ".XLSX", ".Xlsx"), async (bytes, extension) => {
        const file = path.join(dir, `werk-${++counter}${extension}`);
        writeFileSync(file, bytes);
        const before = fingerprint(file);
        const answer = await run("workbook", file);
        expect(answer.exit).toBe(2);
        expect(answer.stderr).toMatch(/bestaat al en wordt niet overschreven.*--force/);
        expect(fingerprint(file)).toEqual(before);
      }),
      { numRuns: 12 },
    );
  });

  it("refuses an officer's own workbook, then replaces it with --force by a model without errors", async () => {
    const file = path.join(dir, "begroting.xlsx");
    expect((await run("workbook", file)).exit).toBe(0);
    const written = fingerprint(file);
    expect((await run("workbook", file)).exit).toBe(2);
    expect(fingerprint(file)).toEqual(written);

    writeFileSync(file, "mijn eigen aantekeningen");
    expect((await run("workbook", file, "--force")).exit).toBe(0);
    expect(readdirSync(path.dirname(file)).filter((name) => name.includes("begroting"))).toEqual(["begroting.xlsx"]);
    const validated = await run("validate", file);
    // The letter's one slip (proposal 12's appraisal puts action 13 in action line 3) is its only finding.
    expect(validated.stdout).toMatch(/0 fouten, 1 waarschuwing, 0 meldingen/);
    expect(validated.stdout).toContain("appraisal-link");
    expect(validated.exit).toBe(0);
  });

  it("answers in Dutch when the target is a folder, with or without --force, and leaves the folder alone", async () => {
    const folder = path.join(dir, "map.xlsx");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "binnen.txt"), "blijft");
    for (const options of [[], ["--force"]]) {
      const answer = await run("workbook", folder, ...options);
      expect(answer.exit).toBe(2);
      expect(answer.stderr).toMatch(/bestaat al|Kon .* niet schrijven/);
      expect(answer.stderr).not.toMatch(/\n\s+at |Error:/);
    }
    expect(readFileSync(path.join(folder, "binnen.txt"), "utf8")).toBe("blijft");
  });

  it("answers in Dutch when the folder of the target does not exist, and creates nothing", async () => {
    const answer = await run("workbook", path.join(dir, "bestaat-niet", "uit.xlsx"));
    expect(answer.exit).toBe(2);
    expect(answer.stderr).toMatch(/Kon .* niet schrijven.*Bestaat de map/);
    expect(readdirSync(dir)).not.toContain("bestaat-niet");
  });
});
