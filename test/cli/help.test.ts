import { readFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { MODEL_FUNCTIONS } from "../../src/model/functions/table";
import { captureIO } from "../support/capture-io";

const root = path.resolve(__dirname, "../..");
const COMMANDS = ["fn", "validate", "workbook", "share"];

async function run(argv: string[]) {
  const io = captureIO();
  const code = await main(argv, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

describe("samen --help, -h and --version", () => {
  it.each([["--help"], ["-h"]])("samen %s lists every command in Dutch on stdout and exits 0", async (flag) => {
    const { code, out, err } = await run([flag]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toMatch(/^Gebruik: samen <opdracht>/);
    for (const command of COMMANDS) expect(out).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
  });

  it.each(
    COMMANDS.flatMap((command) => [
      [command, "--help"],
      [command, "-h"],
    ]),
  )("samen %s %s prints that command's help and exits 0", async (command, flag) => {
    const { code, out, err } = await run([command, flag]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.split("\n")[0]).toMatch(new RegExp(`^Gebruik: samen ${command} `));
    expect(out).toMatch(/Afsluitcode: 0 /);
  });

  it("asks for help after other arguments too, without running the command", async () => {
    const { code, out } = await run(["workbook", "/nergens/plan.xlsx", "--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Gebruik: samen workbook/);
  });

  it("lists in `samen fn --help` every function of the function table", async () => {
    const { out } = await run(["fn", "--help"]);
    for (const name of Object.keys(MODEL_FUNCTIONS)) expect(out).toMatch(new RegExp(`^  ${name}\\(`, "m"));
  });

  it("prints the package's version and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    const { code, out } = await run(["--version"]);
    expect(code).toBe(0);
    expect(out).toBe(version);
  });

  it("still refuses an unknown command with exit 2 and the command list", async () => {
    const { code, err } = await run(["--hulp"]);
    expect(code).toBe(2);
    expect(err).toMatch(/Onbekende opdracht "--hulp"[\s\S]*Opdrachten:/);
  });
});
