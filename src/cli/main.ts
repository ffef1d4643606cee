/**
 * `samen <command>`: the command line around the core. Every failure reaches the user as a Dutch
 * message and an exit code, never as a stack trace. `--help`/`-h` after any command prints its help
 * on stdout and exits 0, as does `samen --help`; `samen --version` prints the package's version.
 *
 * A command's module is loaded only when it is called, so `samen fn TOTAL 2024` starts without the
 * validator, the layout or ExcelJS (only the commands that read or write files load ExcelJS).
 */
import { version } from "../../package.json";
import {
  EXIT,
  guardProcess,
  jsonFailure,
  processIO,
  UsageError,
  type Command,
  type CommandIO,
  type ExitCode,
} from "./io";

const COMMANDS: Record<string, { summary: string; load(): Promise<Command> }> = {
  fn: { summary: "rekent een SAMEN-functie uit", load: async () => (await import("./fn-command")).fnCommand },
  validate: {
    summary: "controleert een werkmap op fouten in de cijfers",
    load: async () => (await import("./validate-command")).validateCommand,
  },
  workbook: {
    summary: "schrijft de werkmap met de tabellen uit de brief",
    load: async () => (await import("./workbook-command")).workbookCommand,
  },
  share: {
    summary: "maakt een deelbare kopie: SAMEN-formules vervangen door hun waarden",
    load: async () => (await import("./share-command")).shareCommand,
  },
};
const HELP_FLAGS = ["--help", "-h"];

const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
const HELP = [
  "Gebruik: samen <opdracht> [argumenten…]",
  "",
  "Samen tegen mensenhandel: de begroting uit de brief van 2 februari 2024 op de opdrachtregel.",
  "",
  "Opdrachten:",
  ...Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}   ${summary}`),
  "",
  "  --help, -h   deze uitleg; samen <opdracht> --help legt een opdracht uit",
  "  --version    het versienummer van Samen",
].join("\n");

export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<ExitCode> {
  if (io === processIO) guardProcess();
  const [name, ...args] = argv;
  if (name !== undefined && HELP_FLAGS.includes(name)) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (name === "--version") {
    io.out(version);
    return EXIT.ok;
  }
  if (name === undefined || !Object.hasOwn(COMMANDS, name)) {
    io.err(name === undefined ? HELP : `Onbekende opdracht "${name}".\n${HELP}`);
    return EXIT.unusable;
  }
  let command: Command | undefined;
  try {
    command = await COMMANDS[name].load();
    if (args.some((arg) => HELP_FLAGS.includes(arg))) {
      io.out(command.help);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    const message =
      error instanceof UsageError
        ? error.message
        : `Er ging iets mis: ${error instanceof Error ? error.message : String(error)}`;
    if (command?.json && args.includes("--json")) io.out(jsonFailure(message, EXIT.unusable));
    else io.err(message);
    return EXIT.unusable;
  }
}
