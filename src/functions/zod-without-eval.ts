/**
 * zod compiles object parsers with `new Function` when it may; it probes for that on first parse, and
 * the task pane's Content-Security-Policy (no 'unsafe-eval') reports the probe as a violation. The
 * functions bundle loads first in the shared runtime and the plan is parsed as it loads, so this is
 * imported before anything that parses.
 */
import { z } from "zod";

z.config({ jitless: true });
