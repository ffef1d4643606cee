/**
 * The hostile corpus (issue 23, docs/hostile-input.md): each case is generated here and run through the
 * real command line. Each ends as promised: the documented exit code, a Dutch message and no stack, the
 * input's hash unchanged and no file left behind, memory bounded (peak RSS of the run) and time bounded
 * as a ratio to reading a plain file of the same size.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readZip, repeatedEntry, writeZip, type ZipEntry } from "../corpus/zip";
import { BIN, newDir, samen, snapshot, STACK, startSamen, type Run } from "./cli";
import { writeActionsWorkbook } from "../../bench/actions-workbook";

// Each case starts Node once or twice (about a second each on a loaded machine); the slowest ones write
// a workbook first.
jest.setTimeout(60_000);

/** Memory for a run that refuses its input before unpacking it: Node with ExcelJS loaded, and a margin. */
const REFUSING_MIB = 300;
/** A refusal may take this many times as long as reading a plain file of the same size. */
const TIME_RATIO = 3;

let small: ZipEntry[];
let smallFile: string;
const dir = newDir("corpus");

beforeAll(async () => {
  smallFile = path.join(dir, "klein.xlsx");
  await writeActionsWorkbook(smallFile, 40);
  small = readZip(readFileSync(smallFile));
  execFileSync(process.execPath, [BIN, "--version"]); // builds the bundle once, outside the timed runs
});

/** The promises every case keeps, whatever its exit code. */
function expectKept(run: Run, exit: number, message: RegExp, where: "stdout" | "stderr" = "stderr"): void {
  expect({ status: run.status, message: run[where] }).toEqual({
    status: exit,
    message: expect.stringMatching(message),
  });
  expect(run.stdout + run.stderr).not.toMatch(STACK);
}

/** A plain (non-zip) file of `bytes` bytes: what reading that much costs, as the yardstick of time. */
function plainRun(bytes: number): Run {
  const plain = path.join(newDir("plain"), "gewoon.xlsx");
  writeFileSync(plain, Buffer.alloc(bytes, "a"));
  return samen(["validate", plain]);
}

describe("a zip that lies", () => {
  it("an end record counting 4 entries while the directory holds 5 (the fifth a 300 MiB bomb) is refused before unpacking", () => {
    const parts = small.slice(0, 4);
    const bytes = writeZip([...parts, repeatedEntry("xl/media/image1.png", 300)]);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(4, end + 8);
    bytes.writeUInt16LE(4, end + 10);
    const folder = newDir("liar");
    const file = path.join(folder, "leugen.xlsx");
    writeFileSync(file, bytes);
    const before = snapshot(folder);
    const run = samen(["validate", file]);
    expectKept(run, 2, /beschadigd.*telt 4 onderdelen, maar er staan er 5 in/);
    expect(run.peakMiB).toBeLessThan(REFUSING_MIB);
    expect(run.seconds).toBeLessThan(TIME_RATIO * Math.max(plainRun(bytes.length).seconds, 0.5));
    expect(snapshot(folder)).toEqual(before);
  });

  it("a local entry the directory does not name (hidden between two named ones) is refused", () => {
    const named = writeZip(small.slice(0, 2));
    const hidden = writeZip([repeatedEntry("xl/verborgen.xml", 1)]);
    // The hidden entry's local part goes between the named ones' data and their directory.
    const end = named.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const directoryAt = named.readUInt32LE(end + 16);
    const hiddenLocal = hidden.subarray(
      0,
      hidden.readUInt32LE(hidden.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16),
    );
    const bytes = Buffer.concat([named.subarray(0, directoryAt), hiddenLocal, named.subarray(directoryAt)]);
    const moved = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(directoryAt + hiddenLocal.length, moved + 16);
    const file = path.join(newDir("hidden"), "verborgen.xlsx");
    writeFileSync(file, bytes);
    expectKept(samen(["validate", file]), 2, /beschadigd.*niet in de inhoudsopgave/);
  });

  it("a 300 MiB bomb whose sizes are all true is refused by the size limit, memory bounded", () => {
    const file = path.join(newDir("bomb"), "bom.xlsx");
    writeFileSync(file, writeZip([...small, repeatedEntry("xl/media/image1.png", 300)]));
    const run = samen(["validate", file]);
    expectKept(run, 2, /zip-bom/);
    expect(run.peakMiB).toBeLessThan(REFUSING_MIB);
  });
});

describe("files that are no files", () => {
  it("a device that never ends (/dev/zero) is refused at once", () => {
    const run = samen(["validate", "/dev/zero"]);
    expectKept(run, 2, /geen gewoon bestand/);
    expect(run.peakMiB).toBeLessThan(REFUSING_MIB);
    expect(run.seconds).toBeLessThan(TIME_RATIO * Math.max(plainRun(1).seconds, 0.5));
  });

  it("a FIFO without a writer is refused at once, not waited on", () => {
    const fifo = path.join(newDir("fifo"), "pijp.xlsx");
    execFileSync("mkfifo", [fifo]);
    expectKept(samen(["validate", fifo]), 2, /geen gewoon bestand/);
    expectKept(samen(["share", fifo, path.join(path.dirname(fifo), "uit.xlsx")]), 2, /geen gewoon bestand/);
  });

  it("a folder named .xlsx is refused", () => {
    const folder = path.join(newDir("folder"), "map.xlsx");
    mkdirSync(folder);
    expectKept(samen(["validate", folder]), 2, /geen gewoon bestand/);
  });
});

describe("writes that cannot lose data", () => {
  function sourceIn(folder: string): string {
    mkdirSync(folder, { recursive: true });
    const source = path.join(folder, "a.xlsx");
    writeFileSync(source, readFileSync(smallFile));
    return source;
  }

  it("share --force onto its own source through a linked folder is refused; the source keeps its hash", () => {
    const base = newDir("symlink");
    const source = sourceIn(path.join(base, "same"));
    symlinkSync(path.join(base, "same"), path.join(base, "link"));
    const before = snapshot(path.join(base, "same"));
    const run = samen(["share", source, path.join(base, "link", "a.xlsx"), "--force"]);
    expectKept(run, 2, /ander bestand zijn dan het origineel/);
    expect(snapshot(path.join(base, "same"))).toEqual(before);
  });

  it("share --force onto a file linked to the source (symbolic or hard) is refused", () => {
    const base = newDir("links");
    const source = sourceIn(base);
    symlinkSync(source, path.join(base, "zacht.xlsx"));
    linkSync(source, path.join(base, "hard.xlsx"));
    const before = snapshot(base);
    for (const output of ["zacht.xlsx", "hard.xlsx"])
      expectKept(
        samen(["share", source, path.join(base, output), "--force"]),
        2,
        /ander bestand zijn dan het origineel/,
      );
    expect(snapshot(base)).toEqual(before);
  });

  it("a dangling symbolic link is not replaced without --force, and nothing is created where it points", () => {
    const base = newDir("dangling");
    const source = sourceIn(base);
    symlinkSync(path.join(base, "nergens.xlsx"), path.join(base, "uit.xlsx"));
    const before = snapshot(base);
    for (const args of [
      ["share", source, path.join(base, "uit.xlsx")],
      ["workbook", path.join(base, "uit.xlsx")],
    ])
      expectKept(samen(args), 2, /koppeling naar een bestand dat niet bestaat.*--force/);
    expect(snapshot(base)).toEqual(before);
  });

  it("two writers at once to the same new file, without --force: one writes, the other refuses", async () => {
    const base = newDir("race");
    const source = sourceIn(base);
    const output = path.join(base, "kopie.xlsx");
    const runs = await Promise.all([startSamen(["share", source, output]).done, startSamen(["workbook", output]).done]);
    const written = runs.filter((run) => run.status === 0);
    expect(written).toHaveLength(1);
    const refused = runs.find((run) => run.status !== 0)!;
    expectKept(refused, 2, /niet overschreven/);
    // The file is what the winner wrote, whole: share's copy of an untouched source is the source itself.
    const winnerShared = written[0].stdout.includes("SAMEN");
    if (winnerShared) expect(readFileSync(output)).toEqual(readFileSync(source));
    else expect(samen(["validate", output]).status).toBe(0);
    expect(Object.keys(snapshot(base)).sort()).toEqual(["a.xlsx", "kopie.xlsx"]);
  });

  it("a write stopped by SIGINT or SIGTERM at any moment leaves no temporary file, and no half file", async () => {
    const base = newDir("stopped");
    for (const [i, signal] of (["SIGTERM", "SIGINT", "SIGTERM", "SIGINT"] as const).entries()) {
      const output = path.join(base, `stop-${i}.xlsx`);
      const started = startSamen(["workbook", output]);
      await new Promise((resolve) => setTimeout(resolve, 400 + 300 * i));
      // A run that has already finished is not stopped: it must then have written a whole, valid file.
      spawnSync("pkill", [`-${signal.slice(3)}`, "-P", String(started.child.pid)]);
      const run = await started.done;
      expect(run.stdout + run.stderr).not.toMatch(STACK);
      // A signal after the finished file was linked into place stops the run but leaves that file whole;
      // before it, nothing is left. Either way no half file: whatever stands there validates, and a run
      // its handler stopped says which of the two happened.
      if (run.status === 0 || existsSync(output)) expect(samen(["validate", output]).status).toBe(0);
      if (run.status === 2) {
        expect(run.stderr).toContain(
          existsSync(output) ? `nadat ${output} volledig geschreven was.` : "er is niets geschreven.",
        );
      }
    }
    expect(Object.keys(snapshot(base)).filter((name) => name.endsWith(".deels"))).toEqual([]);
  });

  it("an output name as long as the file system allows still gets its temporary file beside it", () => {
    const base = newDir("long");
    const output = path.join(base, `${"b".repeat(250)}.xlsx`);
    expectKept(samen(["workbook", output]), 0, /geschreven/, "stdout");
    expect(statSync(output).size).toBeGreaterThan(0);
    expect(Object.keys(snapshot(base))).toEqual([path.basename(output)]);
  });
});

describe("streams", () => {
  it("a closed pipe ends quietly with 0", () => {
    const piped = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${BIN}" fn PROPOSALS alle | true; echo "\${PIPESTATUS[0]}"`],
      {
        encoding: "utf8",
      },
    );
    expect({ exit: piped.stdout.trim(), stderr: piped.stderr }).toEqual({ exit: "0", stderr: "" });
  });

  it("a full disk is a Dutch message with 2", () => {
    const full = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" fn PROPOSALS alle > /dev/full`], {
      encoding: "utf8",
    });
    expect(full.status).toBe(2);
    expect(full.stderr).toMatch(/niet worden geschreven \(ENOSPC\).*schijf vol/);
    expect(full.stderr).not.toMatch(STACK);
  });
});

describe("usage", () => {
  it.each([
    [["fn", "TOTAL", "2024", "--workbook", "a.xlsx", "--workbook", "b.xlsx"], /--workbook staat er meer dan één keer/],
    [["fn", "TOTAL", "2024", "--workbook=a.xlsx"], /Onbekende optie "--workbook=a.xlsx": schrijf de waarde los/],
    [["fn", "TOTAL", "2024", "--json"], /Onbekende optie "--json"/],
    [["validate", "a.xlsx", "--strict"], /Onbekende optie "--strict"/],
    [["workbook", "a.xlsx", "--force", "--force"], /--force staat er meer dan één keer/],
  ])("%j is a usage error", (args, message) => {
    expectKept(samen(args), 2, message);
  });

  it("--json failures are JSON on stdout with the failure's exit code", () => {
    const missing = samen(["validate", "bestaat-niet.xlsx", "--json"]);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual({
      file: "bestaat-niet.xlsx",
      error: { message: expect.stringMatching(/niet te openen/), exit: 2 },
    });
    const usage = samen(["validate", "a.xlsx", "--json", "--strict"]);
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stdout).error).toEqual({ message: expect.stringMatching(/Onbekende optie/), exit: 2 });
  });

  it("control characters and terminal escapes in echoed input are shown escaped", () => {
    const run = samen(["fn", "GAP", "\u001b[2J\u001b]0:titel\u0007\u202eplan", "2024"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("\\u001b[2J\\u001b]0:titel\\u0007\\u202eplan");
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    const file = samen(["validate", "\u001b[31mrood.xlsx"]);
    expectKept(file, 2, /"\\u001b\[31mrood\.xlsx"/);
  });

  it("an integer past 2^53 is refused as such, not rounded", () => {
    const run = samen(["fn", "TOTAL", "9007199254740993"]);
    expectKept(run, 1, /moet een geheel getal tot 2\^53 zijn: 9007199254740993 is te groot/, "stdout");
    expect(run.stdout).not.toContain("9007199254740992");
    // In a plan text too: a start year, a proposal, a cut.
    for (const plan of ["1 vanaf 9007199254740993", "vanaf 9007199254740993; 1", "schrap 9007199254740993"]) {
      const planRun = samen(["fn", "GAP", plan, "2024"]);
      expectKept(planRun, 1, /9007199254740993 is te groot om exact te rekenen/, "stdout");
      expect(planRun.stdout).not.toContain("9007199254740992");
    }
  });
});

describe("share on what it cannot replace", () => {
  const sheet = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;
  const withSheet = (xml: string) =>
    writeZip(
      small.map((entry) =>
        entry.name === "xl/worksheets/sheet1.xml" ? { name: entry.name, data: Buffer.from(xml) } : entry,
      ),
    );

  it("130 000 SAMEN cells are replaced, without a stack overflow", () => {
    const rows = Array.from(
      { length: 130_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>SAMEN.TOTAL(2024)</f><v>2000000</v></c></row>`,
    );
    const base = newDir("many");
    const source = path.join(base, "veel.xlsx");
    writeFileSync(source, withSheet(sheet(`<sheetData>${rows.join("")}</sheetData>`)));
    const before = snapshot(base);
    const run = samen(["share", source, path.join(base, "kopie.xlsx")]);
    expectKept(run, 0, /130000 SAMEN-formules vervangen/, "stdout");
    expect(snapshot(base)["veel.xlsx"]).toBe(before["veel.xlsx"]);
    expect(run.peakMiB).toBeLessThan(1_000);
  });

  it("a malformed sheet whose SAMEN formula the cell reader misses: no copy, and no claim that there were none", () => {
    const base = newDir("malformed");
    const source = path.join(base, "scheef.xlsx");
    writeFileSync(
      source,
      withSheet(
        sheet(
          '<sheetData/><sheetData><row r="1"><c r="A1"><f>SAMEN.TOTAL(2024)</f><v>2000000</v></c></row></sheetData>',
        ),
      ),
    );
    const run = samen(["share", source, path.join(base, "kopie.xlsx")]);
    expectKept(run, 2, /SAMEN-formules die niet te vervangen zijn/);
    expect(Object.keys(snapshot(base))).toEqual(["scheef.xlsx"]);
  });
});

describe("the validator's cost follows the cells present, not the used range's area", () => {
  /** What validating a sheet of ~40 000 cells takes, under the Node start; measured ≈ 2× the plain read. */
  const WIDE_RATIO = 4;
  /** A sheet of a few cells, however far apart: the letter's workbook and a margin. */
  const SPARSE_MIB = 300;

  const sheetXml = (rows: readonly string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  /** The small workbook with one sheet part replaced. */
  const withPart = (name: string, xml: string) =>
    writeZip(small.map((entry) => (entry.name === name ? { name, data: Buffer.from(xml) } : entry)));
  const FIRST_SHEET = "xl/worksheets/sheet1.xml";

  it("a 300 KB file with one cell per row in column XFD: validated, time a ratio of a plain read, memory bounded", () => {
    const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Begroting</t></is></c></row>'];
    for (let row = 2; row <= 40_000; row++) rows.push(`<row r="${row}"><c r="XFD${row}"><v>${row}</v></c></row>`);
    const folder = newDir("wide");
    const file = path.join(folder, "breed.xlsx");
    const bytes = withPart(FIRST_SHEET, sheetXml(rows));
    writeFileSync(file, bytes);
    const before = snapshot(folder);
    const run = samen(["validate", file]);
    // Its cells span 40 000 rows by 16 384 columns: the dense grid took about 58 s, or refused the sheet.
    expectKept(run, 1, /missing-table\s+De tabel Begroting ontbreekt/, "stdout");
    expect(bytes.length).toBeGreaterThan(250_000);
    expect(run.seconds).toBeLessThan(WIDE_RATIO * Math.max(plainRun(bytes.length).seconds, 0.5));
    expect(run.peakMiB).toBeLessThan(SPARSE_MIB);
    expect(snapshot(folder)).toEqual(before);
  });

  it("A1 and XFD1048576 on every sheet: validated as any workbook; fn --workbook reads the same plan", () => {
    const folder = newDir("corners");
    const model = path.join(folder, "model.xlsx");
    expectKept(samen(["workbook", model]), 0, /geschreven/, "stdout");
    const entries = readZip(readFileSync(model));
    const stray = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>';
    const far = path.join(folder, "ver.xlsx");
    writeFileSync(
      far,
      writeZip(
        entries.map((entry) =>
          /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name)
            ? { name: entry.name, data: Buffer.from(entry.data.toString("utf8").replace("</sheetData>", stray)) }
            : entry,
        ),
      ),
    );
    const before = snapshot(folder);
    const [near, away] = [samen(["validate", model]), samen(["validate", far])];
    expectKept(away, near.status!, /0 fouten/, "stdout");
    expect(away.stdout.replace(far, model)).toBe(near.stdout);
    expect(away.peakMiB).toBeLessThan(SPARSE_MIB);
    // The functions read the model tables only, not the rectangle up to the stray cell.
    const [plan, farPlan] = [model, far].map((file) => samen(["fn", "PROPOSALS", "alle", "--workbook", file]));
    expectKept(farPlan, 0, /./, "stdout");
    expect(farPlan.stdout).toBe(plan.stdout);
    expect(farPlan.peakMiB).toBeLessThan(SPARSE_MIB);
    expect(snapshot(folder)).toEqual(before);
  });

  it("a cell past Excel's last row or column is a damaged file, not an array of its length", () => {
    for (const address of ["A1048577", "XFE1", "A99999999999"]) {
      const file = path.join(newDir("past"), "voorbij.xlsx");
      writeFileSync(file, withPart(FIRST_SHEET, sheetXml([`<row><c r="${address}"><v>1</v></c></row>`])));
      const run = samen(["validate", file]);
      expectKept(run, 2, /beschadigd: blad "Begroting" heeft een cel buiten de 1\.048\.576 rijen en 16\.384 kolommen/);
      expect(run.peakMiB).toBeLessThan(SPARSE_MIB);
    }
  });

  it("160 000 findings: the text report is printed whole, without a stack overflow, exit 1", () => {
    const years = ["D", "E", "F", "G"];
    const header =
      '<row r="1"><c r="A1" t="str"><v>Nr</v></c><c r="B1" t="str"><v>Actielijn</v></c><c r="C1" t="str"><v>Actie</v></c>' +
      years.map((col, i) => `<c r="${col}1"><v>${2023 + i}</v></c>`).join("") +
      "</row>";
    const rows = [header];
    for (let row = 2; row <= 40_001; row++) {
      const amounts = years.map((col) => `<c r="${col}${row}" t="str"><v>veel</v></c>`).join("");
      rows.push(`<row r="${row}"><c r="A${row}"><v>${row - 1}</v></c><c r="B${row}"><v>1</v></c>${amounts}</row>`);
    }
    const folder = newDir("findings");
    const file = path.join(folder, "veel.xlsx");
    writeFileSync(file, withPart("xl/worksheets/sheet2.xml", sheetXml(rows)));
    const before = snapshot(folder);
    const run = samen(["validate", file]);
    expectKept(run, 1, /fouten, 0 waarschuwingen/, "stdout");
    // Each of the 40 000 × 4 amounts that reads "veel" is named at its cell.
    expect(run.stdout.match(/not-a-number\s+"veel" is geen bedrag\./g)).toHaveLength(160_000);
    expect(run.peakMiB).toBeLessThan(1_000);
    expect(snapshot(folder)).toEqual(before);
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
