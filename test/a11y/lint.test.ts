/**
 * jsx-a11y in `npm run lint` (eslint.config.mjs): the pane's own code lints clean, and code with a fault
 * planted in it fails with the rule that names it, also when the fault is in a Fluent UI component, which
 * the config maps to the element it renders.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/** What ESLint reports for `code` as if it were a file of the pane: rule and line. */
function lintRules(code: string): { rule: string; line: number }[] {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
        "-c",
        "eslint.config.mjs",
        "--stdin",
        "--stdin-filename",
        "src/taskpane/planted.tsx",
        "--format",
        "json",
      ],
      { cwd: ROOT, input: code, encoding: "utf8" },
    );
  } catch (failed) {
    // ESLint exits 1 when it finds errors; its report is still on stdout.
    output = (failed as { stdout: string }).stdout;
  }
  const [report] = JSON.parse(output) as { messages: { ruleId: string | null; message: string; line: number }[] }[];
  return report.messages.map((message) => ({ rule: message.ruleId ?? message.message, line: message.line }));
}

/** Each planted fault on a line of its own, with the rule that must name it. */
const PLANTED: [string, string][] = [
  [`<img src="grafiek.png" />`, "jsx-a11y/alt-text"],
  // Fluent's Image, mapped to <img> in the config.
  [`<Image src="grafiek.png" />`, "jsx-a11y/alt-text"],
  // A click handler the keyboard cannot reach.
  [`<div onClick={() => undefined}>Kies</div>`, "jsx-a11y/click-events-have-key-events"],
  [`<span onClick={() => undefined}>Kies</span>`, "jsx-a11y/no-static-element-interactions"],
  [`<Input autoFocus />`, "jsx-a11y/no-autofocus"],
  [`<p tabIndex={0}>Tekst</p>`, "jsx-a11y/no-noninteractive-tabindex"],
  [`<Button aria-labell="Laden">Laden</Button>`, "jsx-a11y/aria-props"],
];

const HEADER = `import { Button, Image, Input } from "@fluentui/react-components";

export function Planted() {
  return (
    <div>`;

const file = (lines: readonly string[]) => `${HEADER}\n${lines.join("\n")}\n    </div>\n  );\n}\n`;
const FIRST_LINE = HEADER.split("\n").length + 1;

describe("jsx-a11y in npm run lint", () => {
  test("a labelled Fluent button lints clean", () => {
    const rules = lintRules(file([`<Button onClick={() => undefined}>Model laden</Button>`])).map(({ rule }) => rule);
    expect(rules.filter((rule) => rule.startsWith("jsx-a11y/"))).toEqual([]);
  });

  test("each planted fault fails with the rule that names it, on its own line", () => {
    const found = lintRules(file(PLANTED.map(([code]) => code)));
    PLANTED.forEach(([code, rule], index) => {
      expect({
        code,
        found: found.some((message) => message.rule === rule && message.line === FIRST_LINE + index),
      }).toEqual({
        code,
        found: true,
      });
    });
  });
});
