/**
 * What a security office asks of a production build, written into dist/ beside it:
 * - sbom.cdx.json: a CycloneDX SBOM of the production dependencies, by npm itself (`npm sbom
 *   --sbom-format cyclonedx`, offline: it reads package-lock.json and node_modules), without the
 *   components npm marks as development only. Not `--omit dev`: that drops a production dependency
 *   that a development dependency also uses (npm/cli#7909; esbuild, used by tsx too, went missing);
 * - licenses.json: the packages whose code is in the bundles (webpack's own module list, so the
 *   command line's dependencies such as ExcelJS and tsx are not in it), each with its licence.
 * A shipped package without a licence from ALLOWED_LICENSES fails the build, naming it.
 */
const { execFile } = require("child_process");
const fs = require("fs");
const path = require("path");
const { Compilation, sources, WebpackError } = require("webpack");

/** Permissive licences that allow shipping in a closed government add-in without source obligations. */
const ALLOWED_LICENSES = new Set(["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "0BSD"]);

/** The package a bundled file belongs to: the nearest package.json with a name, under node_modules. */
function packageOf(file, cache) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return undefined;
  const depth = parts[at + 1]?.startsWith("@") ? 3 : 2;
  const root = parts.slice(0, at + depth).join(path.sep);
  if (!cache.has(root)) {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const license = typeof manifest.license === "string" ? manifest.license : manifest.license?.type;
    cache.set(root, { name: manifest.name, version: manifest.version, license: license ?? "ONBEKEND" });
  }
  return cache.get(root);
}

function shippedPackages(compilation) {
  const cache = new Map();
  const found = new Map();
  for (const module of compilation.modules) {
    const file = module.resource ?? module.rootModule?.resource;
    const files = [file, ...(module.modules ?? []).map((inner) => inner.resource)].filter(Boolean);
    for (const resource of files) {
      const pkg = packageOf(resource.split("?")[0], cache);
      if (pkg) found.set(`${pkg.name}@${pkg.version}`, pkg);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** An SPDX expression is allowed when one alternative of an OR is (`(MIT OR Apache-2.0)`). */
function allowed(license) {
  return license
    .replace(/[()]/g, "")
    .split(/\s+OR\s+/)
    .some((alternative) => ALLOWED_LICENSES.has(alternative.trim()));
}

const DEVELOPMENT = (component) =>
  (component.properties ?? []).some((p) => p.name === "cdx:npm:package:development" && p.value === "true");

/** The SBOM without development-only components, and without them in the dependency graph. */
function productionOnly(bom) {
  const dropped = new Set(bom.components.filter(DEVELOPMENT).map((component) => component["bom-ref"]));
  return {
    ...bom,
    components: bom.components.filter((component) => !dropped.has(component["bom-ref"])),
    dependencies: (bom.dependencies ?? [])
      .filter((dependency) => !dropped.has(dependency.ref))
      .map((dependency) => ({
        ...dependency,
        dependsOn: (dependency.dependsOn ?? []).filter((ref) => !dropped.has(ref)),
      })),
  };
}

function npmSbom(cwd) {
  return new Promise((resolve, reject) =>
    execFile(
      "npm",
      ["sbom", "--sbom-format", "cyclonedx"],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`npm sbom faalde: ${stderr || error.message}`)) : resolve(stdout),
    ),
  );
}

class SupplyChainPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SupplyChainPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "SupplyChainPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        async () => {
          const shipped = shippedPackages(compilation);
          for (const pkg of shipped.filter((p) => !allowed(p.license))) {
            compilation.errors.push(
              new WebpackError(
                `${pkg.name}@${pkg.version} gaat mee in de bundels met licentie ${pkg.license}, die niet is toegestaan.`,
              ),
            );
          }
          compilation.emitAsset("licenses.json", new sources.RawSource(`${JSON.stringify(shipped, null, 2)}\n`));
          try {
            const bom = productionOnly(JSON.parse(await npmSbom(compiler.context)));
            // npm names the root after its folder; the SBOM is of the add-in, whatever the checkout is called.
            const project = JSON.parse(fs.readFileSync(path.join(compiler.context, "package.json"), "utf8"));
            Object.assign(bom.metadata.component, { name: project.name, version: project.version });
            compilation.emitAsset("sbom.cdx.json", new sources.RawSource(`${JSON.stringify(bom, null, 2)}\n`));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { SupplyChainPlugin, ALLOWED_LICENSES };
