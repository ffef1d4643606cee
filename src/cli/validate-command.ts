/**
 * `samen validate <file.xlsx> [--json]`: checks a workbook against the rules of src/validate and prints
 * the findings per sheet. Exit 0 without errors, 1 with errors, 2 when the file cannot be read.
 */
import { stat } from "node:fs/promises";
import { summarize, validateGrid, type Finding, type FindingSummary } from "../validate";
import { readGridFromXlsx } from "../xlsx/read-grid";
import { fileArgs } from "./args";
import { EXIT, jsonFailure, usageLine, type Command, type CommandIO, type ExitCode } from "./io";

const HELP = [
  "Gebruik: samen validate <bestand.xlsx> [--json]",
  "",
  "Controleert een werkmap (zoals Bijlage 2, of de werkmap van Samen) op fouten in de cijfers en",
  "noemt per blad de cel van elke bevinding. Het bestand wordt alleen gelezen.",
  "",
  "Opties:",
  "  --json   de bevindingen als JSON: { file, findings, summary }",
  "",
  "Afsluitcode: 0 geen fouten, 1 fouten gevonden, 2 het bestand is niet te lezen.",
].join("\n");
const USAGE = usageLine({ help: HELP });
/** Above this size reading takes long enough that the officer should see it is happening. */
const LARGE_FILE_BYTES = 1_000_000;

const SEVERITY_LABEL: Record<Finding["severity"], string> = {
  error: "fout",
  warning: "waarschuwing",
  info: "melding",
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryLine(summary: FindingSummary): string {
  if (summary.errors + summary.warnings + summary.infos === 0) return "Geen bevindingen: de werkmap klopt.";
  return [
    count(summary.errors, "fout", "fouten"),
    count(summary.warnings, "waarschuwing", "waarschuwingen"),
    count(summary.infos, "melding", "meldingen"),
  ].join(", ");
}

/** The findings of `file` per sheet, cell by cell, and a summary line: also why `workbook --from` refuses. */
export function report(file: string, findings: readonly Finding[]): string[] {
  const lines = [`Controle van ${file}`];
  const sheets = [...new Set(findings.map((finding) => finding.sheet))];
  const cellWidth = findings.reduce((width, finding) => Math.max(width, finding.cell.length), 4);
  const ruleWidth = findings.reduce((width, finding) => Math.max(width, finding.rule.length), 0);
  for (const sheet of sheets) {
    lines.push("", `Blad "${sheet}"`);
    for (const finding of findings.filter((f) => f.sheet === sheet)) {
      const severity = SEVERITY_LABEL[finding.severity].padEnd(12);
      lines.push(
        `  ${finding.cell.padEnd(cellWidth)}  ${severity}  ${finding.rule.padEnd(ruleWidth)}  ${finding.message}`,
      );
    }
  }
  lines.push("", summaryLine(summarize(findings)));
  return lines;
}

async function run(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { files, options } = fileArgs(args, { files: 1, options: ["--json"], usage: USAGE });
  const [file] = files;
  const json = options.has("--json");
  const size = await stat(file).then(
    (info) => info.size,
    () => 0,
  );
  const large = size > LARGE_FILE_BYTES;
  if (large) io.err(`Lezen van ${file} (${(size / 1_000_000).toFixed(1).replace(".", ",")} MB)…`);
  const read = await readGridFromXlsx(file);
  if (!read.ok) {
    if (json) io.out(jsonFailure(read.message, EXIT.unusable, file));
    else io.err(read.message);
    return EXIT.unusable;
  }
  const findings = validateGrid(read.workbook, {
    onSheet: large
      ? (name, index, total) => io.err(`Controleren: blad ${index + 1} van ${total} ("${name}")…`)
      : undefined,
  });
  const summary = summarize(findings);
  if (json) io.out(JSON.stringify({ file, findings, summary }, null, 2));
  else io.out(report(file, findings).join("\n"));
  return summary.errors > 0 ? EXIT.failed : EXIT.ok;
}

export const validateCommand: Command = { help: HELP, json: true, run };
