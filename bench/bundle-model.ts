/**
 * Bundles the model as webpack does for the add-in (production mode, ES modules concatenated into one
 * scope) and loads it. Timing the model through tsx instead would time its CommonJS export getters,
 * which the shipped bundle does not have.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack from "webpack";

export type BundledModel = typeof import("./model-entry");

let bundled: Promise<BundledModel> | undefined;

/** Bundled once per run: the functions and horizon parts time the same bundle. */
export function loadBundledModel(): Promise<BundledModel> {
  bundled ??= bundleModel();
  return bundled;
}

async function bundleModel(): Promise<BundledModel> {
  const outDir = mkdtempSync(path.join(tmpdir(), "samen-bench-model-"));
  const compiler = webpack({
    mode: "production",
    target: "node",
    devtool: false,
    entry: path.join(__dirname, "model-entry.ts"),
    output: { path: outDir, filename: "model.js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );

  return require(path.join(outDir, "model.js")) as BundledModel;
}
