/**
 * `samen <command>`: the command line around the core. Every failure reaches the user as a Dutch
 * message and an exit code, never as a stack trace.
 */
import { fnCommand } from "./fn-command";
import { validateCommand } from "./validate-command";
import { workbookCommand } from "./workbook-command";
import { EXIT, processIO, UsageError, type CommandIO, type ExitCode } from "./io";

type Command = (args: readonly string[], io: CommandIO) => Promise<ExitCode>;

const COMMANDS: Record<string, Command> = {
  fn: fnCommand,
  validate: validateCommand,
  workbook: workbookCommand,
};

const USAGE = [
  "Gebruik: samen <opdracht> …",
  "Opdrachten:",
  "  fn <FUNCTIE> [argumenten…]   rekent een SAMEN-functie uit",
  "  validate <bestand.xlsx> [--json]   controleert een werkmap op fouten in de cijfers",
  "  workbook <uit.xlsx> [--force]   schrijft de werkmap met de tabellen uit de brief",
].join("\n");

export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<ExitCode> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.err(name === undefined ? USAGE : `Onbekende opdracht "${name}".\n${USAGE}`);
    return EXIT.unusable;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.err(
      error instanceof UsageError
        ? error.message
        : `Er ging iets mis: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT.unusable;
  }
}
