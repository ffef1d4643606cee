/**
 * Dutch Excel reads functions.nl-NL.json. It is generated from the functions.json that
 * custom-functions-metadata made from the JSDoc, with only the texts swapped in from
 * src/functions/help.nl-NL.json: ids, types and optional flags have one source, the code.
 */
const fs = require("fs");
const path = require("path");
const { Compilation, sources, WebpackError } = require("webpack");

const HELP_FILE = path.resolve(__dirname, "../src/functions/help.nl-NL.json");

/** Returns the localized metadata, or throws a Dutch message naming what the help table lacks. */
function localizeMetadata(metadata, help) {
  const problems = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(help))
    if (!ids.has(id)) problems.push(`${id} staat in de Nederlandse hulp maar is geen functie`);
  const functions = metadata.functions.map((fn) => {
    const dutch = help[fn.id];
    if (!dutch) {
      problems.push(`${fn.id} heeft geen Nederlandse beschrijving`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(dutch.parameters)) {
      if (!names.has(name)) problems.push(`${fn.id}: parameter ${name} bestaat niet`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const text = dutch.parameters[parameter.name];
      if (!text) {
        problems.push(`${fn.id}: parameter ${parameter.name} heeft geen Nederlandse naam`);
        return parameter;
      }
      return { ...parameter, name: text.name, description: text.description };
    });
    return { ...fn, description: dutch.description, parameters };
  });
  if (problems.length > 0) throw new Error(`Nederlandse functiehulp onvolledig: ${problems.join("; ")}.`);
  return { ...metadata, functions };
}

class DutchMetadataPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("DutchMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(HELP_FILE);
      compilation.hooks.processAssets.tap(
        { name: "DutchMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const asset = compilation.getAsset(this.options.input);
          if (!asset) {
            // custom-functions-metadata reports its own error; without one this says why the file is missing.
            compilation.errors.push(new WebpackError(`${this.options.input} is niet gemaakt: zie de fout hierboven.`));
            return;
          }
          try {
            const help = JSON.parse(fs.readFileSync(HELP_FILE, "utf8"));
            const localized = localizeMetadata(JSON.parse(asset.source.source().toString()), help);
            compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(localized, null, 2)));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { DutchMetadataPlugin, localizeMetadata };
