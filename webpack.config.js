/* eslint-disable no-undef */
/**
 * One build for the add-in. The task pane and the functions share one runtime (taskpane.html loads
 * functions.js, commands.js and taskpane.js), so the functions bundle stays free of React and Fluent UI
 * and the task pane may import what it likes.
 */
const fs = require("fs");
const path = require("path");
const { IgnorePlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DevUrls, manifestPaths, rewriteDevUrls } = require("./scripts/urls");
const { DutchMetadataPlugin } = require("./scripts/dutch-metadata");
const { SupplyChainPlugin } = require("./scripts/supply-chain");
const { CONTENT_SECURITY_POLICY } = require("./deploy/csp");

/**
 * What the manifest names keeps its name in every build (changing it would mean uploading the manifest
 * again): the pages, functions.js, the metadata, the icons. Every other bundle carries its content hash,
 * so a server can let browsers keep it for a year (deploy/nginx/samen-site.conf).
 */
const STABLE = new Set(manifestPaths(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8")));
const bundleName = (chunkName) => (STABLE.has(`${chunkName}.js`) ? "[name].js" : "[name].[contenthash].js");

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // dependOn: one instance of the model and the live plan in the shared runtime, not one per bundle.
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? (pathData) => bundleName(pathData.chunk.name) : "[name].js",
      chunkFilename: production ? "[name].[contenthash].js" : "[name].js",
      clean: true,
      // "self" by default; globalThis works in the browser and when the tests load functions.js in Node.
      globalObject: "globalThis",
      // Chunks loaded on first use (Deelbare kopie's zip library, Dekking zoeken's solver) come from beside
      // the page. Webpack's "auto" would look for the current script at start, which Node (the tests) does not have.
      publicPath: "",
    },
    // Deelbare kopie's chunk keeps its zip library: one file on first use, named like every other bundle
    // (a vendor chunk split off it would be named by a number).
    optimization: { splitChunks: false },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // HiGHS finds its WebAssembly through locateFile (src/model/fit/engine.ts), not through
        // new URL(…, import.meta.url): that would make every bundle read the page's base URL at start-up.
        { test: /[\\/]node_modules[\\/]highs[\\/]/, parser: { url: false } },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop what a bundle does not use; the type check is `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      // HiGHS's loader imports node:module only when it runs in Node (the CLI); the browser never does.
      new IgnorePlugin({ resourceRegExp: /^node:module$/ }),
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new DutchMetadataPlugin({ input: "functions.json", output: "functions.nl-NL.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          { from: "node_modules/highs/build/highs.wasm", to: "highs.wasm" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production
                ? rewriteDevUrls(content.toString(), env.prodUrl || process.env.SAMEN_PROD_URL)
                : // npm start on another port than the manifest's (SAMEN_PORT): dist/manifest.xml points there.
                  rewriteDevUrls(content.toString(), env.devBase || DevUrls.base),
          },
        ],
      }),
      ...(production ? [new SupplyChainPlugin()] : []),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      // Only this machine: the officers' workbooks are not for the network.
      host: new URL(DevUrls.base).hostname,
      port: new URL(DevUrls.base).port,
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
