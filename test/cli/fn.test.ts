import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIO } from "../support/capture-io";

const root = path.resolve(__dirname, "../..");

describe("samen fn", () => {
  it("prints the bare value of the letter's figures", async () => {
    const io = captureIO();
    expect(await main(["fn", "GAP", "meest kansrijk", "2024"], io)).toBe(0);
    expect(io.stdout).toEqual(["-675000"]);
  });

  it("accepts the SAMEN. prefix and lower case names", async () => {
    const io = captureIO();
    expect(await main(["fn", "samen.reserve", "2026"], io)).toBe(0);
    expect(io.stdout).toEqual(["1050000"]);
  });

  it("spills PROPOSALS one number a line", async () => {
    const io = captureIO();
    expect(await main(["fn", "PROPOSALS", "3,13"], io)).toBe(0);
    expect(io.stdout).toEqual(["3", "13"]);
  });

  it.each([
    [["6", "acties"], "22, 24, 25, 26, 27, 28, 29"],
    [["13", "gereserveerd"], "600000"],
  ])("prints PROPOSAL %p as the letter's appraisal says: %s", async (args, expected) => {
    const io = captureIO();
    expect(await main(["fn", "PROPOSAL", ...args], io)).toBe(0);
    expect(io.stdout).toEqual([expected]);
  });

  it("prints FIT's plan text, and its #N/A naming the years still short", async () => {
    const io = captureIO();
    expect(await main(["fn", "FIT", "meest kansrijk", "kiezen"], io)).toBe(0);
    // Worked out in test/model/fit/fit-letter.test.ts: 3, 7 and 10 do not fit beside 9, 11, 13 and 21.
    expect(io.stdout).toEqual(["1, 2, 6, 8, 9, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27"]);
    const short = captureIO();
    expect(await main(["fn", "FIT", "meest kansrijk", "schrappen", "9, 26"], short)).toBe(1);
    expect(short.stdout).toEqual([
      "#N/A: Geen plan past (schrappen): ook het plan met het kleinste tekort heeft in 2024 € 675.000 en in 2025 € 50.000 tekort.",
    ]);
  });

  it("prints every plan of FITS one a line, as PROPOSALS", async () => {
    const io = captureIO();
    expect(
      await main(["fn", "FITS", "meest kansrijk", "schrappen", "3, 9, 13, 15, 16, 17, 20, 22, 25, 26, 30, 31"], io),
    ).toBe(0);
    // Worked out in test/model/fit/enumerate.test.ts: 9 or 31, each € 300.000 in 2025, is a tie.
    const plans = "1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27; schrap 3, 4";
    expect([...io.stdout].sort()).toEqual([
      `${plans}, 15, 16, 17, 22, 25, 30, 31`,
      `${plans}, 9, 15, 16, 17, 22, 25, 30`,
    ]);
  });

  it("prints a typed failure with its Excel error and exits 1", async () => {
    const io = captureIO();
    expect(await main(["fn", "GAP", "x"], io)).toBe(1);
    expect(io.stdout[0]).toMatch(/^#N\/A: Onbekend scenario "x"/);
    const bad = captureIO();
    expect(await main(["fn", "TOTAL", "twee"], bad)).toBe(1);
    expect(bad.stdout[0]).toMatch(/^#VALUE!: Het jaar moet een geheel getal zijn/);
  });

  it("answers an unknown function or command with Dutch usage and exit 2", async () => {
    const io = captureIO();
    expect(await main(["fn", "SOM", "1"], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/Onbekende functie "SOM"[\s\S]*Gebruik: samen fn/);
    const none = captureIO();
    expect(await main(["fn"], none)).toBe(2);
    expect(none.stderr.join("\n")).toMatch(/Gebruik: samen fn/);
    const command = captureIO();
    expect(await main(["rekenen"], command)).toBe(2);
    expect(command.stderr.join("\n")).toMatch(/Onbekende opdracht "rekenen"/);
  });

  it("runs as the package's bin, as `npx samen` does", () => {
    const bin = path.join(root, "bin/samen.js");
    expect(execFileSync(process.execPath, [bin, "fn", "TOTAL", "2024"], { encoding: "utf8" })).toBe("2000000\n");
    const failed = spawnSync(process.execPath, [bin, "fn", "ACTION", "40"], { encoding: "utf8" });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^#N\/A: Onbekende actie 40/);
    expect(failed.stderr).toBe("");
  });
});
