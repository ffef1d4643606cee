/** A production build with the project's webpack config into a folder of the caller's (never dist/). */
import path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");

/** `env.prodUrl` is the address the build is for, as SAMEN_PROD_URL gives it to `npm run build`. */
export async function buildProduction(outDir: string, env: { prodUrl?: string } = {}): Promise<void> {
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = makeConfig(env, { mode: "production" });
  const compiler = webpack({ ...config, context: ROOT, output: { ...config.output, path: outDir } });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );
}
