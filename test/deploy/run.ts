/**
 * npm run test:deploy: the production build served by Debian's nginx with deploy/nginx/samen-site.conf,
 * over https on a loopback port, as an operator would host it: the headers of each kind of file, then the
 * pane in Chromium (the fake Excel host in place of Office.js, as in test/e2e) rendering with no
 * Content-Security-Policy violation. nginx runs in the foreground and is stopped at the end.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { chromium, type Browser } from "playwright-core";
import { bundleOfficeHost } from "../e2e/bundle-host";
import { CHROMIUM_FLAGS } from "../e2e/chromium";
import { buildProduction } from "../support/build-production";
import { manifestResource, pageScripts } from "../support/dist-files";

const ROOT = join(__dirname, "..", "..");

const { CONTENT_SECURITY_POLICY } = require(join(ROOT, "deploy", "csp.js")) as { CONTENT_SECURITY_POLICY: string };
const IMMUTABLE = "public, max-age=31536000, immutable";

let work: string;
let dist: string;
let baseUrl: string;
let certificate: Buffer;
let nginx: ChildProcess;
let browser: Browser | undefined;

/** A port the kernel just handed out and took back: nginx cannot be asked to pick one itself. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, "cert.pem");
  const key = join(dir, "key.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  return { cert, key };
}

/** The top of an nginx configuration around the recipe's own include, all state in `dir`. */
function nginxConfig(dir: string, port: number, tls: { cert: string; key: string }): string {
  const temp = (name: string) => `${name}_temp_path ${join(dir, "temp", name)};`;
  return `daemon off;
master_process off;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n    ")}
    server {
        listen 127.0.0.1:${port} ssl;
        ssl_certificate ${tls.cert};
        ssl_certificate_key ${tls.key};
        root ${dist};
        include ${join(ROOT, "deploy", "nginx", "samen-site.conf")};
    }
}
`;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { ca: certificate, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

async function waitForNginx(): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (nginx.exitCode !== null) break;
    try {
      await get("/taskpane.html");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx start niet: ${readFileSync(join(work, "error.log"), "utf8")}`);
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), "samen-deploy-"));
  dist = join(work, "dist");
  mkdirSync(join(work, "temp"));
  const port = await freePort();
  baseUrl = `https://127.0.0.1:${port}`;
  await buildProduction(dist, { prodUrl: `${baseUrl}/` });
  const tls = selfSignedCertificate(work);
  certificate = readFileSync(tls.cert);
  writeFileSync(join(work, "nginx.conf"), nginxConfig(work, port, tls));
  nginx = spawn("nginx", ["-c", join(work, "nginx.conf"), "-p", work], { stdio: "inherit" });
  await waitForNginx();
});

after(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const stopped = new Promise((resolve) => nginx.once("exit", resolve));
    nginx.kill("SIGQUIT");
    await stopped;
  }
  rmSync(work, { recursive: true, force: true });
});

describe("the production build behind nginx with deploy/nginx/samen-site.conf", () => {
  test("the page: revalidated with its ETag, the Content-Security-Policy as a header, html in utf-8", async () => {
    const page = await get("/taskpane.html");
    assert.equal(page.status, 200);
    assert.equal(page.headers["cache-control"], "no-cache");
    assert.equal(page.headers["content-security-policy"], CONTENT_SECURITY_POLICY);
    assert.equal(page.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(page.headers["x-content-type-options"], "nosniff");
    const etag = page.headers.etag as string;
    assert.match(etag, /^"/);
    assert.equal((await get("/taskpane.html", { "If-None-Match": etag })).status, 304);
  });

  test("a hashed bundle: kept a year, never revalidated", async () => {
    const bundle = pageScripts(dist).find((name) => /^taskpane\.[0-9a-f]{20}\.js$/.test(name));
    assert.ok(bundle, `geen gehashte taskpane-bundel in ${pageScripts(dist).join(", ")}`);
    const answer = await get(`/${bundle}`);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers["cache-control"], IMMUTABLE);
    assert.equal(answer.headers["content-type"], "application/javascript; charset=utf-8");
  });

  test("functions.js, which the manifest names: a stable name, so revalidated", async () => {
    const answer = await get(`/${manifestResource(dist, "Functions.Script.Url")}`);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers["cache-control"], "no-cache");
  });

  test("functions.json: JSON, revalidated, readable by Excel from its own origin", async () => {
    const metadata = await get("/functions.json");
    assert.equal(metadata.status, 200);
    assert.equal(metadata.headers["content-type"], "application/json; charset=utf-8");
    assert.equal(metadata.headers["cache-control"], "no-cache");
    assert.equal(metadata.headers["access-control-allow-origin"], "*");
    assert.ok(JSON.parse(metadata.body).functions.length > 0);
  });

  test("manifest.xml: XML, revalidated, every URL in it at this server and answering 200", async () => {
    const manifest = await get("/manifest.xml");
    assert.equal(manifest.status, 200);
    assert.equal(manifest.headers["content-type"], "text/xml; charset=utf-8");
    assert.equal(manifest.headers["cache-control"], "no-cache");
    const urls = [...manifest.body.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((match) => match[1]);
    assert.equal(urls.length, 10);
    for (const url of urls) {
      assert.ok(url.startsWith(`${baseUrl}/`), url);
      assert.equal((await get(url.slice(baseUrl.length))).status, 200, url);
    }
  });

  test("no file of the build names localhost", () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    assert.ok(files.length > 10);
    assert.deepEqual(
      files
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((file) => readFileSync(file, "latin1").includes("localhost")),
      [],
    );
  });

  test("the pane renders in Chromium from nginx with no Content-Security-Policy violation", async () => {
    const officeHost = await bundleOfficeHost();
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const problems: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) {
        return route.fulfill({ status: 200, contentType: "application/javascript", body: officeHost });
      }
      return url.startsWith(baseUrl) ? route.continue() : route.abort();
    });
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`CSP blokkeert ${event.violatedDirective}: ${event.blockedURI}`),
      ),
    );
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("requestfailed", (failed) => problems.push(`${failed.url()}: ${failed.failure()?.errorText}`));
    page.setDefaultTimeout(15_000);
    const response = await page.goto(`${baseUrl}/taskpane.html`);
    assert.equal(response?.headers()["content-security-policy"], CONTENT_SECURITY_POLICY);
    await page.getByRole("heading", { name: "Samen tegen mensenhandel" }).waitFor();
    // The pane has read the (empty) workbook through the host: Office.js and the bundles all ran.
    await page.getByRole("tab", { name: "Model laden" }).click();
    await page.getByText("Laden voegt toe wat ontbreekt.").waitFor();
    assert.deepEqual(problems, []);
  });
});
