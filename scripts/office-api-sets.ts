/**
 * Which Office.js members the add-in's code uses, and which requirement set each one needs.
 *
 * Samen never runs in real Excel here, so this is the proof that it only calls what the manifest's
 * requirement sets promise. The TypeScript compiler resolves every property access, call and `load("…")`
 * path in `src/` to its declaration; a declaration in `@types/office-js` or
 * `@types/custom-functions-runtime` names its set in JSDoc, either `[Api set: ExcelApi 1.9]` (the Excel,
 * custom-functions and runtime APIs) or `**Requirement set**: File` (the Common API). A member without an
 * annotation takes its enclosing declaration's (`Excel.Range` for `Excel.Range.values`).
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface RequiredSet {
  name: string;
  /** Absent for the Common API sets that have no versions (`File`, `Settings`). */
  version?: string;
}

export interface OfficeUse {
  /** `Excel.Range.values`, `Office.context`, `CustomFunctions.associate`. */
  member: string;
  /** A member of a class or interface, a value of an enum, or a function or variable of a namespace. */
  kind: "member" | "enum" | "namespace";
  /** Undefined: no requirement set, available wherever Office.js loads (`Office.onReady`, `context.sync`). */
  set?: RequiredSet;
  /** The annotation as written, when it says more than one set (`ExcelApi 1.1 for get, 1.8 for set`). */
  note?: string;
  /** Online-only, desktop-only, preview or `@beta`: never allowed without a runtime check. */
  restricted?: string;
  /** `file.ts:line` of every use. */
  at: string[];
  /** Sets proven present by an enclosing `Office.context.requirements.isSetSupported(…)` check. */
  guardedBy: RequiredSet[];
}

const DECLARATION_PACKAGES = ["/@types/office-js/", "/@types/custom-functions-runtime/"];

function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  const file = declaration.getSourceFile().fileName.replace(/\\/g, "/");
  return DECLARATION_PACKAGES.some((part) => file.includes(part));
}

/** The JSDoc block right before a declaration (for a variable, before its statement). */
function jsDocText(declaration: ts.Node): string {
  const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  const source = holder.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(source, holder.getFullStart()) ?? [];
  const last = ranges.filter((range) => source.startsWith("/**", range.pos)).pop();
  return last ? source.slice(last.pos, last.end) : "";
}

/** Sets of other Office applications: they say nothing about Excel. */
const OTHER_APPLICATIONS = /^(Mailbox|Outlook|Word|PowerPoint|OneNote|Visio|Project)/;
/** "For information on support in Excel, … see Add-in commands requirement sets": the set every ribbon command needs. */
const ADDIN_COMMANDS_LINK = /support in Excel[^\n]*\n[^\n]*add-in-commands-requirement-sets/;

const VERSIONED = /^([A-Za-z]+)\s+(\d+\.\d+)/;

/**
 * The set an annotation names first, plus what it says beyond it: no set for "Not in a set", undefined
 * when the JSDoc names none (then the enclosing declaration's counts).
 */
export function parseAnnotation(doc: string): { set?: RequiredSet; note?: string; restricted?: string } | undefined {
  // The Common API names Outlook's set beside a link for the other applications (AddinCommands.Event).
  const apiSet = [...doc.matchAll(/\[Api set: ([^\]]+)\]/g)].find(([, text]) => !OTHER_APPLICATIONS.test(text));
  if (!apiSet && ADDIN_COMMANDS_LINK.test(doc)) return { set: { name: "AddinCommands", version: "1.1" } };
  const beta = /@beta\b/.test(doc) ? "@beta" : undefined;
  if (apiSet) {
    const text = apiSet[1].trim();
    const versioned = VERSIONED.exec(text);
    if (!versioned) return { note: text, restricted: beta ?? `onbekende set "${text}"` };
    const set = { name: versioned[1], version: versioned[2] };
    const restricted = beta ?? restriction(set.name);
    return { set, restricted, note: text === `${set.name} ${set.version}` ? undefined : text };
  }
  const common =
    /\*\*Requirement sets?\*\*:\s*(?:\n\s*\*\s*)*(?:-\s*)?(?:\{@link [^|}]*\|\s*)?([A-Za-z][A-Za-z ]*?(?:\s\d+\.\d+)?)\s*(?:\}|\(|\.|\n)/.exec(
      doc,
    );
  if (common) {
    const text = common[1].trim();
    if (/^Not in a set$/i.test(text)) return beta ? { restricted: beta } : {};
    const versioned = VERSIONED.exec(text);
    const set = versioned ? { name: versioned[1], version: versioned[2] } : { name: text };
    const several = /\*\*Requirement sets\*\*/.test(doc);
    return {
      set,
      restricted: beta ?? restriction(set.name),
      note: several ? "meerdere sets, zie de documentatie" : undefined,
    };
  }
  return beta ? { restricted: beta } : undefined;
}

function restriction(setName: string): string | undefined {
  if (/Online$/.test(setName)) return "alleen Excel op het web";
  if (/Desktop$/.test(setName)) return "alleen Excel voor Windows en Mac";
  if (/Preview|Beta/i.test(setName)) return "preview";
  return undefined;
}

/** The annotation of a declaration, or of the nearest enclosing declaration that has one. */
function annotationOf(declaration: ts.Node): ReturnType<typeof parseAnnotation> {
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    if (ts.isModuleBlock(node)) continue;
    const found = parseAnnotation(jsDocText(node));
    if (found) return found;
  }
  return undefined;
}

/**
 * `Excel.Range.values`: the names of the declaration and of the namespaces and types around it (from the
 * declaration, not the symbol: a property reached through `Pick<Office.Context, …>` has no parent symbol).
 */
function memberName(declaration: ts.Node): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const name = (node as ts.NamedDeclaration).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.unshift(name.text);
  }
  return names.join(".");
}

/** The set an `….isSetSupported("ExcelApi", "1.13")` call asks about, if `node` is one. */
function setChecked(node: ts.Node): RequiredSet | undefined {
  if (
    !ts.isCallExpression(node) ||
    !ts.isPropertyAccessExpression(node.expression) ||
    node.expression.name.text !== "isSetSupported" ||
    node.arguments.length === 0 ||
    !ts.isStringLiteralLike(node.arguments[0])
  ) {
    return undefined;
  }
  const version = node.arguments[1];
  const literal = version && (ts.isStringLiteralLike(version) || ts.isNumericLiteral(version));
  return { name: node.arguments[0].text, version: literal ? version.text : undefined };
}

/** The sets a condition proves present when it is true (`a && b`), or when it is false (`!a || !b`). */
function provenSets(condition: ts.Expression, when: boolean): RequiredSet[] {
  if (ts.isParenthesizedExpression(condition)) return provenSets(condition.expression, when);
  if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) {
    return provenSets(condition.operand, !when);
  }
  if (ts.isBinaryExpression(condition)) {
    const both = when ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken;
    if (condition.operatorToken.kind === both) {
      return [...provenSets(condition.left, when), ...provenSets(condition.right, when)];
    }
    return [];
  }
  const set = when ? setChecked(condition) : undefined;
  return set ? [set] : [];
}

/** A statement after which the code below it does not run (`return`, `throw`, a block ending so). */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.length > 0 && exits(statement.statements.at(-1)!);
  return false;
}

/**
 * The sets proven present where `node` runs: by an enclosing `if (isSetSupported(…))`, `&&` or `?:`,
 * or by an earlier `if (!…isSetSupported(…)) return …;` in an enclosing block.
 */
function guardsAbove(node: ts.Node): RequiredSet[] {
  const guards: RequiredSet[] = [];
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression) {
      guards.push(...provenSets(parent.expression, parent.thenStatement === child));
    } else if (ts.isConditionalExpression(parent) && child !== parent.condition) {
      guards.push(...provenSets(parent.condition, parent.whenTrue === child));
    } else if (ts.isBinaryExpression(parent) && parent.right === child) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
        guards.push(...provenSets(parent.left, true));
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) guards.push(...provenSets(parent.left, false));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) {
          guards.push(...provenSets(statement.expression, false));
        }
      }
    }
  }
  return guards;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => path.join(dir, file))
    .sort();
}

/** The compiler options of the project's tsconfig.json, so `src/` resolves as `npm run typecheck` does. */
function compilerOptions(projectRoot: string): ts.CompilerOptions {
  const configFile = path.join(projectRoot, "tsconfig.json");
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, projectRoot).options;
}

/** Every Office.js member used by the code under `srcDir`, sorted by name. */
export function collectOfficeUses(srcDir: string, projectRoot: string): OfficeUse[] {
  const options = { ...compilerOptions(projectRoot), typeRoots: [path.join(projectRoot, "node_modules", "@types")] };
  const program = ts.createProgram(sourceFiles(srcDir), options);
  const checker = program.getTypeChecker();
  const uses = new Map<string, OfficeUse>();

  const record = (declaration: ts.Node, at: ts.Node): void => {
    const member = memberName(declaration);
    const file = at.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(at.getStart()).line + 1;
    const where = `${path.relative(srcDir, file.fileName)}:${line}`;
    const annotation = annotationOf(declaration);
    const key = `${member}\u0000${annotation?.set?.name ?? ""}\u0000${annotation?.set?.version ?? ""}`;
    const kind = ts.isEnumMember(declaration) ? "enum" : isNamespaceLevel(declaration) ? "namespace" : "member";
    const use = uses.get(key) ?? { member, kind, ...annotation, at: [], guardedBy: guardsAbove(at) };
    // A member is guarded only when every use of it is.
    if (uses.has(key)) use.guardedBy = use.guardedBy.filter((g) => guardsAbove(at).some((h) => sameSet(g, h)));
    use.at.push(where);
    uses.set(key, use);
  };

  const resolve = (nameNode: ts.Node, at: ts.Node): void => {
    let symbol = checker.getSymbolAtLocation(nameNode);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (!symbol) return;
    const call = ts.isCallExpression(at.parent) && at.parent.expression === at ? at.parent : undefined;
    // A call names the overload it resolved to: overloads may need different sets.
    const signature = call ? checker.getResolvedSignature(call)?.declaration : undefined;
    const declaration =
      signature && isOfficeDeclaration(signature as ts.Declaration)
        ? signature
        : symbol.declarations?.find(isOfficeDeclaration);
    if (declaration) record(declaration, at);
  };

  /** `x.load("items/name, values")`: each path names properties of x's type. */
  const resolveLoadPaths = (call: ts.CallExpression, receiver: ts.Expression): void => {
    const type = checker.getTypeAtLocation(receiver);
    for (const argument of call.arguments) {
      if (!ts.isStringLiteralLike(argument)) continue;
      for (const loadPath of argument.text.split(",")) {
        let current: ts.Type | undefined = type;
        for (const name of loadPath.trim().split("/")) {
          const property: ts.Symbol | undefined = current && checker.getPropertyOfType(current, name);
          const declaration = property?.declarations?.find(isOfficeDeclaration);
          if (!property || !declaration) break;
          record(declaration, argument);
          const propertyType = checker.getTypeOfSymbolAtLocation(property, argument);
          current = checker.isArrayType(propertyType)
            ? checker.getTypeArguments(propertyType as ts.TypeReference)[0]
            : propertyType;
        }
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      resolve(node.name, node);
      const call = node.parent;
      if (node.name.text === "load" && ts.isCallExpression(call) && call.expression === node) {
        const declaration = checker.getResolvedSignature(call)?.declaration;
        if (declaration && isOfficeDeclaration(declaration as ts.Declaration)) resolveLoadPaths(call, node.expression);
      }
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      resolve(node.argumentExpression, node);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile && path.resolve(file.fileName).startsWith(path.resolve(srcDir) + path.sep)) visit(file);
  }
  return [...uses.values()].sort(
    (a, b) => a.member.localeCompare(b.member) || (a.set?.version ?? "").localeCompare(b.set?.version ?? ""),
  );
}

function isNamespaceLevel(declaration: ts.Node): boolean {
  const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return ts.isModuleBlock(holder.parent);
}

function sameSet(a: RequiredSet, b: RequiredSet): boolean {
  return a.name === b.name && a.version === b.version;
}

function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** Whether `have` (a declared or checked set) promises `need`. */
function covers(have: RequiredSet, need: RequiredSet): boolean {
  if (have.name !== need.name) return false;
  if (!need.version) return true;
  return compareVersions(have.version ?? "1.1", need.version) >= 0;
}

/**
 * The `<Set Name MinVersion>` elements of the manifest's `<Requirements>`, plus AddinCommands 1.1 when
 * the manifest has ribbon commands: Office shows them only where that set is supported.
 */
export function declaredSets(manifestXml: string): RequiredSet[] {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  const defaultVersion = /<Sets\b[^>]*DefaultMinVersion="([^"]+)"/.exec(requirements)?.[1];
  const sets = [...requirements.matchAll(/<Set\b([^>]*)\/?>/g)].map(([, attributes]) => ({
    name: /\bName="([^"]+)"/.exec(attributes)![1],
    version: /\bMinVersion="([^"]+)"/.exec(attributes)?.[1] ?? defaultVersion,
  }));
  const commands = /<ExtensionPoint xsi:type="PrimaryCommandSurface">/.test(manifestXml);
  return commands ? [...sets, { name: "AddinCommands", version: "1.1" }] : sets;
}

const describeSet = (set: RequiredSet): string => (set.version ? `${set.name} ${set.version}` : set.name);

/** One Dutch line per use the manifest does not promise; empty when the add-in fits its manifest. */
export function judge(uses: OfficeUse[], declared: RequiredSet[]): string[] {
  const problems: string[] = [];
  for (const use of uses) {
    const guarded = (need: RequiredSet) => use.guardedBy.some((guard) => covers(guard, need));
    if (use.restricted && !(use.set && guarded(use.set))) {
      problems.push(
        `${use.member} (${use.set ? describeSet(use.set) : use.note}) is ${use.restricted}: ${use.at.join(", ")}`,
      );
    } else if (use.set && !declared.some((have) => covers(have, use.set!)) && !guarded(use.set)) {
      const have = declared.find((set) => set.name === use.set!.name);
      problems.push(
        `${use.member} vraagt ${describeSet(use.set)}, het manifest belooft ${have ? describeSet(have) : `geen ${use.set.name}`}: ` +
          `${use.at.join(", ")} (verhoog de set in manifest.xml of controleer hem met Office.context.requirements.isSetSupported)`,
      );
    }
  }
  return problems;
}

/** The table of docs/office-apis.md: each set the add-in needs, its highest version used, and the members needing it. */
export function markdownTable(uses: OfficeUse[], declared: RequiredSet[]): string {
  const bySet = new Map<string, OfficeUse[]>();
  for (const use of uses) {
    const key = use.set ? describeSet(use.set) : "none (wherever Office.js loads)";
    bySet.set(key, [...(bySet.get(key) ?? []), use]);
  }
  const order = (key: string) => {
    const [name, version] = key.split(" ");
    return `${declared.findIndex((set) => set.name === name) < 0 ? 9 : declared.findIndex((set) => set.name === name)}${name}${(version ?? "").padStart(6, "0")}`;
  };
  const rows = [...bySet.entries()]
    .sort(([a], [b]) => order(a).localeCompare(order(b)))
    .map(([key, members]) => {
      const names = [
        ...new Set(members.map((use) => `\`${use.member}\`${use.guardedBy.length ? " (after isSetSupported)" : ""}`)),
      ];
      return `| ${key} | ${names.length} | ${names.join(", ")} |`;
    });
  return ["| requirement set | members | used members |", "|---|---|---|", ...rows].join("\n");
}

const PROJECT_ROOT = path.resolve(__dirname, "..");

/** The uses under `srcDir`, the sets `manifest` promises, and what falls outside them. */
export function checkOffice(srcDir: string, manifest = path.join(PROJECT_ROOT, "manifest.xml")) {
  const declared = declaredSets(fs.readFileSync(manifest, "utf8"));
  const uses = collectOfficeUses(srcDir, PROJECT_ROOT);
  return { declared, uses, problems: judge(uses, declared) };
}

function main(argv: string[]): number {
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const srcDir = path.resolve(option("--src") ?? path.join(PROJECT_ROOT, "src"));
  const { declared, uses, problems } = checkOffice(srcDir, option("--manifest"));
  if (argv.includes("--markdown")) {
    console.log(markdownTable(uses, declared));
  } else if (argv.includes("--json")) {
    console.log(JSON.stringify(uses, null, 2));
  } else {
    for (const use of uses) {
      const set = use.set ? describeSet(use.set) : "-";
      const extra = [
        use.note,
        use.restricted,
        use.guardedBy.length ? `na isSetSupported(${use.guardedBy.map(describeSet).join(", ")})` : "",
      ];
      console.log(
        `${set.padEnd(26)} ${use.member}${extra
          .filter(Boolean)
          .map((text) => `  [${text}]`)
          .join("")}`,
      );
    }
  }
  const promised = declared.map(describeSet).join(", ");
  if (problems.length > 0) {
    console.error(`\n${problems.length} Office.js-aanroep(en) buiten wat manifest.xml belooft (${promised}):`);
    for (const problem of problems) console.error(`- ${problem}`);
    return 1;
  }
  console.error(`\n${uses.length} Office.js-leden, alle binnen ${promised}.`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
