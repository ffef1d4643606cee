/**
 * npm start: build in development mode, serve dist on https://localhost:3000 with the Office add-in
 * development certificates, and sideload where the platform allows. On Linux office-addin-debugging
 * cannot sideload ("Platform not supported: linux") and the certificate tool would call sudo, so there
 * we make the certificates without installing them and print how to sideload into Excel on the web.
 */
const { spawn } = require("child_process");
const { X509Certificate } = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const devCerts = require("office-addin-dev-certs");
const { DevUrls } = require("./urls");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const CERT_DIR = path.join(require("os").homedir(), ".office-addin-dev-certs");
const CERT_FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
const LINUX = process.platform === "linux";

function readCertificates() {
  return Object.fromEntries(
    Object.entries(CERT_FILES).map(([kind, file]) => [kind, fs.readFileSync(path.join(CERT_DIR, file))]),
  );
}

/** The tool's own verifyCertificates also asks whether the CA is trusted, which needs sudo here. */
function certificatesUsable() {
  if (Object.values(CERT_FILES).some((file) => !fs.existsSync(path.join(CERT_DIR, file)))) return false;
  const certificate = new X509Certificate(fs.readFileSync(path.join(CERT_DIR, CERT_FILES.cert)));
  return new Date(certificate.validTo).getTime() > Date.now() + 24 * 60 * 60 * 1000;
}

/** Linux: make the certificates once, and again only when they expire (a new CA must be trusted again). */
async function linuxCertificates() {
  if (!certificatesUsable()) {
    fs.mkdirSync(CERT_DIR, { recursive: true });
    await devCerts.generateCertificates();
  }
  return readCertificates();
}

function linuxInstructions() {
  const ca = path.join(CERT_DIR, CERT_FILES.ca);
  return [
    "",
    `Samen draait op ${DevUrls.base} (Samen is running on ${DevUrls.base}).`,
    "",
    "Laden in Excel op het web (sideload into Excel on the web; desktop Excel has no sideloading on Linux):",
    `  1. Vertrouw eenmalig het ontwikkelcertificaat ${ca} in de browser`,
    "     (Trust the development CA once, e.g. Chromium: Instellingen > Privacy en beveiliging > Beveiliging >",
    "     Certificaten beheren > Instanties > Importeren; or open " + `${DevUrls.base}functions.json and accept).`,
    "  2. Open een werkmap in Excel op het web (open a workbook in Excel on the web).",
    "  3. Start > Invoegtoepassingen > Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden,",
    `     kies ${MANIFEST}`,
    "     (Home > Add-ins > My Add-ins > Upload My Add-in, choose the manifest).",
    '  4. Typ in een cel =SAMEN.GAP("meest kansrijk"; 2024) en zie -675000.',
    "",
    "Stoppen: Ctrl+C (stop with Ctrl+C).",
  ].join("\n");
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const certificates = LINUX ? await linuxCertificates() : await devCerts.getHttpsServerOptions();
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    { ...config.devServer, server: { type: "https", options: certificates }, devMiddleware: { writeToDisk: true } },
    compiler,
  );
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("samen-start", resolve));
  await server.start();
  const stats = await firstBuild;
  if (stats.hasErrors()) console.error("De bouw heeft fouten (see the errors above); de server draait wel door.");
  const stop = async () => {
    if (!LINUX) await run("npx", ["office-addin-debugging", "stop", MANIFEST, "desktop"]);
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  if (LINUX) {
    console.log(linuxInstructions());
    return;
  }
  // The server already listens on the port, so office-addin-debugging only sideloads and opens Excel.
  const port = new URL(DevUrls.base).port;
  await run("npx", [
    "office-addin-debugging",
    "start",
    MANIFEST,
    "desktop",
    "--app",
    "excel",
    "--dev-server-port",
    port,
    "--no-debug",
  ]);
}

main().catch((error) => {
  console.error(`Samen kon niet starten: ${error.message}`);
  process.exit(1);
});
