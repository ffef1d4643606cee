/** `npm start` when its port is taken: a Dutch message naming the port and how to choose another. */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

function start(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, [path.join(root, "scripts", "start.js"), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm start with its port taken", () => {
  let occupied: Server;
  let port: number;

  beforeAll(async () => {
    occupied = createServer();
    await new Promise<void>((resolve) => occupied.listen(0, "localhost", resolve));
    port = (occupied.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

  it.each([
    ["SAMEN_PORT", () => start({ SAMEN_PORT: String(port) })],
    ["--port", () => start({}, ["--port", String(port)])],
  ])("says so in Dutch (port from %s), how to choose another, and exits non-zero without a stack trace", (_, run) => {
    const result = run();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`Poort ${port} is al in gebruik`));
    expect(result.stderr).toMatch(/SAMEN_PORT=\d+ npm start/);
    expect(result.stderr).toMatch(/--port \d+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("refuses a port that is not a number", () => {
    const result = start({ SAMEN_PORT: "drieduizend" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/"drieduizend" is geen poortnummer/);
  });
});
