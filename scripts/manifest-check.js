/**
 * The offline check of manifest.xml. Microsoft's validator is an online service and no XSD ships in
 * npm, so this checks what breaks a sideload or a shared runtime in practice: well-formed XML, resources
 * defined and used, the same runtime everywhere, the SAMEN namespace, the requirement sets, https URLs.
 * Every problem is one Dutch line with the line number of the element it is about.
 */
const { SaxesParser } = require("saxes");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
/**
 * SharedRuntime: task pane and functions in one runtime; ExcelApi 1.9: the worksheet collection's
 * onChanged; CustomFunctionsRuntime 1.3: CustomFunctions.Error with a (Dutch) message and the ErrorCode
 * values it takes, which @types/custom-functions-runtime annotates 1.3 (`npm run check:office`).
 */
const REQUIRED_SETS = [
  { name: "SharedRuntime", minVersion: "1.1" },
  { name: "ExcelApi", minVersion: "1.9" },
  { name: "CustomFunctionsRuntime", minVersion: "1.3" },
];
const NAMESPACE = "SAMEN";
/** Which kind of resource an element's resid must name. */
const URL_ELEMENTS = new Set(["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"]);
const IMAGE_ELEMENTS = new Set(["Image"]);
const RESOURCE_KINDS = { Image: "afbeelding", Url: "URL", String: "tekst" };

function parse(xml) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root = { children: [] };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const attributes = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const element = { local: tag.local, uri: tag.uri, attributes, line: parser.line, children: [], text: "" };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function* walk(element) {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function child(element, local) {
  return element?.children.find((c) => c.local === local);
}

function path(element, ...locals) {
  return locals.reduce((current, local) => child(current, local), element);
}

function xsiType(element) {
  return element.attributes["xsi:type"];
}

function checkResources(root, problems) {
  const defined = new Map();
  for (const element of walk(root)) {
    if (element.uri !== NS.bt || !RESOURCE_KINDS[element.local] || element.attributes.id === undefined) continue;
    const id = element.attributes.id;
    if (defined.has(id)) problems.push(`regel ${element.line}: resource "${id}" is dubbel gedefinieerd.`);
    else defined.set(id, element);
  }
  const used = new Set();
  for (const element of walk(root)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const resource = defined.get(resid);
    if (!resource) {
      problems.push(`regel ${element.line}: resid "${resid}" wordt gebruikt maar is nergens gedefinieerd.`);
      continue;
    }
    const expected = URL_ELEMENTS.has(element.local) ? "Url" : IMAGE_ELEMENTS.has(element.local) ? "Image" : "String";
    if (resource.local !== expected) {
      problems.push(
        `regel ${element.line}: ${element.local} verwijst naar "${resid}", een ${RESOURCE_KINDS[resource.local]}; ` +
          `hier hoort een ${RESOURCE_KINDS[expected]}.`,
      );
    }
  }
  for (const [id, element] of defined) {
    if (!used.has(id))
      problems.push(`regel ${element.line}: resource "${id}" is gedefinieerd maar wordt nergens gebruikt.`);
  }
  return defined;
}

/** Task pane, functions page and command file must all name the one long-lived runtime. */
function checkRuntime(root, problems) {
  const runtimes = [...walk(root)].filter((e) => e.local === "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`De manifest moet precies één Runtime hebben (gedeelde runtime), niet ${runtimes.length}.`);
    return;
  }
  const runtime = runtimes[0];
  const id = runtime.attributes.resid;
  if (runtime.attributes.lifetime !== "long") {
    problems.push(`regel ${runtime.line}: de Runtime moet lifetime="long" hebben, zodat de functies blijven draaien.`);
  }
  const users = [];
  for (const element of walk(root)) {
    if (element.local === "ExtensionPoint" && xsiType(element) === "CustomFunctions") {
      users.push(["de pagina van de functies (Page)", path(element, "Page", "SourceLocation")]);
    }
    if (element.local === "FunctionFile") users.push(["het bestand van de knoppen (FunctionFile)", element]);
    if (element.local === "Action" && xsiType(element) === "ShowTaskpane") {
      users.push(["het taakvenster (ShowTaskpane)", child(element, "SourceLocation")]);
    }
  }
  for (const [what, element] of users) {
    if (!element) continue;
    const resid = element.attributes.resid;
    if (resid !== id) {
      problems.push(`regel ${element.line}: ${what} gebruikt "${resid}", maar de gedeelde runtime is "${id}".`);
    }
  }
}

function urlValues(defined) {
  const urls = [];
  for (const element of defined.values()) {
    if (element.local === "String") continue;
    urls.push([element.attributes.DefaultValue, element.line]);
    for (const override of element.children) urls.push([override.attributes.Value, override.line]);
  }
  return urls;
}

function checkUrls(root, defined, problems) {
  const runtime = [...walk(root)].find((e) => e.local === "Runtime");
  const page = path(root, "DefaultSettings", "SourceLocation");
  const runtimeUrl = defined.get(runtime?.attributes.resid)?.attributes.DefaultValue;
  if (page && runtimeUrl && page.attributes.DefaultValue !== runtimeUrl) {
    problems.push(
      `regel ${page.line}: DefaultSettings/SourceLocation (${page.attributes.DefaultValue}) is niet de pagina ` +
        `van de gedeelde runtime (${runtimeUrl}).`,
    );
  }
  const plain = [...walk(root)].filter((e) => ["IconUrl", "HighResolutionIconUrl", "SourceLocation"].includes(e.local));
  const values = [
    ...urlValues(defined),
    ...plain.filter((e) => e.attributes.DefaultValue).map((e) => [e.attributes.DefaultValue, e.line]),
  ];
  for (const [value, line] of values) {
    if (!/^https:\/\/[^\s]+$/.test(value ?? "")) problems.push(`regel ${line}: "${value}" is geen https-adres.`);
  }
}

function checkNamespace(root, defined, problems) {
  const extension = [...walk(root)].find((e) => e.local === "ExtensionPoint" && xsiType(e) === "CustomFunctions");
  if (!extension) {
    problems.push("De manifest declareert geen CustomFunctions: de SAMEN-functies ontbreken.");
    return;
  }
  const namespace = child(extension, "Namespace");
  const value = defined.get(namespace?.attributes.resid)?.attributes.DefaultValue;
  if (value !== NAMESPACE) {
    problems.push(
      `regel ${(namespace ?? extension).line}: de naamruimte van de functies moet "${NAMESPACE}" zijn, niet "${value}".`,
    );
  }
}

function checkRequirements(root, problems) {
  const sets = path(root, "Requirements", "Sets");
  const declared = new Map((sets?.children ?? []).map((set) => [set.attributes.Name, set]));
  const defaultVersion = sets?.attributes.DefaultMinVersion;
  for (const { name, minVersion } of REQUIRED_SETS) {
    const set = declared.get(name);
    const version = set?.attributes.MinVersion ?? defaultVersion;
    if (!set) problems.push(`De vereiste set ${name} ${minVersion} is niet gedeclareerd in Requirements.`);
    else if (Number(version) < Number(minVersion)) {
      problems.push(`regel ${set.line}: ${name} moet minstens versie ${minVersion} zijn, niet ${version}.`);
    }
  }
}

function checkApp(root, problems) {
  if (root.local !== "OfficeApp" || root.uri !== NS.app) {
    problems.push(`regel ${root.line}: het hoofdelement moet OfficeApp zijn in ${NS.app}.`);
    return false;
  }
  if (xsiType(root) !== "TaskPaneApp")
    problems.push(`regel ${root.line}: OfficeApp moet xsi:type="TaskPaneApp" hebben.`);
  const hosts = path(root, "Hosts")?.children.map((host) => host.attributes.Name) ?? [];
  if (hosts.join() !== "Workbook")
    problems.push(`De invoegtoepassing is voor Excel alleen: Hosts moet precies Workbook noemen.`);
  const permissions = path(root, "Permissions")?.text.trim();
  if (permissions !== "ReadWriteDocument") {
    problems.push(`Permissions moet ReadWriteDocument zijn (het model schrijft tabellen), niet "${permissions}".`);
  }
  return true;
}

/** Returns the problems of a manifest, in Dutch; an empty list means it passed. */
function checkManifest(xml) {
  let root;
  try {
    root = parse(xml);
  } catch (error) {
    // saxes prefixes its messages with the position (line:column) of the error.
    return [`Geen geldige XML: ${error.message}`];
  }
  if (!root) return ["Geen geldige XML: het document is leeg."];
  const problems = [];
  if (!checkApp(root, problems)) return problems;
  const defined = checkResources(root, problems);
  checkRuntime(root, problems);
  checkUrls(root, defined, problems);
  checkNamespace(root, defined, problems);
  checkRequirements(root, problems);
  return problems;
}

module.exports = { checkManifest };
