/**
 * npm start: build in development mode, serve dist on https://localhost:3000 with the Office add-in
 * development certificates, and sideload where the platform allows. On Linux office-addin-debugging
 * cannot sideload ("Platform not supported: linux") and the certificate tool would call sudo, so there
 * we make the certificates without installing them and print how to sideload into Excel on the web.
 *
 * The port is the manifest's (3000) unless SAMEN_PORT or `npm start -- --port N` names another; then
 * dist/manifest.xml points at that port and is the one to sideload. A port in use is said in Dutch,
 * with how to choose another, before anything is built.
 */
const { spawn } = require("child_process");
const net = require("net");
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
const DEFAULT_PORT = Number(new URL(DevUrls.base).port);

/** A failure the user can act on: printed as its message alone, no stack trace. */
class StartError extends Error {}

function requestedPort(argv = process.argv.slice(2), env = process.env) {
  const at = argv.indexOf("--port");
  const text = at >= 0 ? argv[at + 1] : env.SAMEN_PORT;
  if (text === undefined || text === "") return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new StartError(`"${text}" is geen poortnummer: kies een getal van 1 tot en met 65535, bijvoorbeeld SAMEN_PORT=3001 npm start.`);
  return port;
}

/** Resolves when the port can be listened on; refuses in Dutch when something else holds it. */
function ensurePortFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => {
      if (error.code !== "EADDRINUSE" && error.code !== "EACCES") return reject(error);
      const next = port === 65535 ? 3001 : port + 1;
      reject(
        new StartError(
          [
            error.code === "EADDRINUSE"
              ? `Poort ${port} is al in gebruik, door een ander programma of een Samen dat nog draait.`
              : `Poort ${port} mag dit programma niet gebruiken.`,
            "Stop dat programma, of kies een andere poort:",
            `  SAMEN_PORT=${next} npm start      (of: npm start -- --port ${next})`,
            "Laad de invoegtoepassing dan uit dist/manifest.xml: dat wijst naar die poort.",
          ].join("\n"),
        ),
      );
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(resolve));
  });
}

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

function linuxInstructions(base, manifest) {
  const ca = path.join(CERT_DIR, CERT_FILES.ca);
  return [
    "",
    `Samen draait op ${base} (Samen is running on ${base}).`,
    "",
    "Laden in Excel op het web (sideload into Excel on the web; desktop Excel has no sideloading on Linux):",
    `  1. Vertrouw eenmalig het ontwikkelcertificaat ${ca} in de browser`,
    "     (Trust the development CA once, e.g. Chromium: Instellingen > Privacy en beveiliging > Beveiliging >",
    "     Certificaten beheren > Instanties > Importeren; or open " + `${base}functions.json and accept).`,
    "  2. Open een werkmap in Excel op het web (open a workbook in Excel on the web).",
    "  3. Start > Invoegtoepassingen > Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden,",
    `     kies ${manifest}`,
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
  const port = requestedPort();
  const host = new URL(DevUrls.base).hostname;
  await ensurePortFree(host, port);
  const base = `https://${host}:${port}/`;
  // On the manifest's own port the source manifest serves; on another, the build's copy points there.
  const manifest = port === DEFAULT_PORT ? MANIFEST : path.join(ROOT, "dist", "manifest.xml");
  const certificates = LINUX ? await linuxCertificates() : await devCerts.getHttpsServerOptions();
  const config = require(path.join(ROOT, "webpack.config.js"))({ devBase: base }, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      server: { type: "https", options: certificates },
      devMiddleware: { writeToDisk: true },
    },
    compiler,
  );
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("samen-start", resolve));
  await server.start();
  const stats = await firstBuild;
  if (stats.hasErrors()) console.error("De bouw heeft fouten (see the errors above); de server draait wel door.");
  const stop = async () => {
    if (!LINUX) await run("npx", ["office-addin-debugging", "stop", manifest, "desktop"]);
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  if (LINUX) {
    console.log(linuxInstructions(base, manifest));
    return;
  }
  // The server already listens on the port, so office-addin-debugging only sideloads and opens Excel.
  await run("npx", [
    "office-addin-debugging",
    "start",
    manifest,
    "desktop",
    "--app",
    "excel",
    "--dev-server-port",
    String(port),
    "--no-debug",
  ]);
}

main().catch((error) => {
  console.error(error instanceof StartError ? error.message : `Samen kon niet starten: ${error.message}`);
  process.exit(1);
});
