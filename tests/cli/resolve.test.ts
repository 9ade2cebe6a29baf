import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusArticle } from "../support/corpus-articles";

const ROOT = path.resolve(__dirname, "../..");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: Array<Record<string, unknown>>;
}

/** Runs the real CLI (`tsx cli/zaman.ts resolve`) on the given stdin. */
function resolveCli(input: string, tz = "UTC"): Run {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "cli/zaman.ts", "resolve"], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, TZ: tz },
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = result.stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

interface Timex {
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
  interval: { start: string; end: string } | null;
  anchor: { kind: string };
  rule: string;
}

describe("zaman resolve (JSON Lines contract)", () => {
  const article = corpusArticle("001_");

  it("answers each line with {id, timexes} whose offsets point into the original text", () => {
    const run = resolveCli(JSON.stringify({ id: article.id, dct: article.published, text: article.text }) + "\n");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.lines).toHaveLength(1);
    const [line] = run.lines;
    expect(line?.id).toBe(article.id);
    const timexes = line?.timexes as Timex[];
    expect(timexes.length).toBeGreaterThan(0);
    for (const t of timexes) {
      expect(article.text.slice(t.start, t.end)).toBe(t.text);
      expect(Object.keys(t).slice(0, 11)).toEqual([
        "text", "start", "end", "type", "value", "mod", "interval", "granularity", "approx", "anchor", "rule",
      ]);
    }
    const nineYears = timexes.find((t) => t.text.includes("قبل 9 سنوات"));
    expect(nineYears?.value).toBe("2011");
    expect(nineYears?.interval).toEqual({ start: "2011-01-01", end: "2011-12-31" });
  });

  it("reports bad lines with their line number, still resolves the others, and exits non-zero", () => {
    const input = [
      JSON.stringify({ id: "a", dct: "2016-12-13", text: "بدأ الجيش السوري أمس عملية السيطرة" }),
      "{not json",
      JSON.stringify({ id: "b", dct: "2016-12-13" }),
      JSON.stringify({ id: "c", dct: "2016-02-30", text: "في عام 2016" }),
      "",
      JSON.stringify({ id: "d", dct: "2020-02-17T09:30:00+02:00", text: "في عام 2016" }),
    ].join("\n");
    const run = resolveCli(input + "\n");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/line 2\b.*not JSON/);
    expect(run.stderr).toMatch(/line 3\b.*"b".*no text/);
    expect(run.stderr).toMatch(/line 4\b.*"c".*impossible/);
    expect(run.stderr).not.toMatch(/line [156]\b/);
    // One output line per non-blank input line, in order.
    expect(run.lines.map((l) => l.id)).toEqual(["a", null, "b", "c", "d"]);
    expect(run.lines[1]).toMatchObject({ line: 2 });
    const year = (run.lines[4]?.timexes as Timex[]).find((t) => t.text.includes("2016"));
    expect(year?.interval).toEqual({ start: "2016-01-01", end: "2016-12-31" });
  });

  it("gives the same output under any time zone", { timeout: 120_000 }, () => {
    const input = ["000_", "001_", "002_", "003_", "004_"]
      .map((p) => corpusArticle(p))
      .map((a) => JSON.stringify({ id: a.id, dct: a.published, text: a.text }))
      .join("\n");
    const utc = resolveCli(input, "UTC");
    const kiritimati = resolveCli(input, "Pacific/Kiritimati");
    const losAngeles = resolveCli(input, "America/Los_Angeles");
    expect(utc.status).toBe(0);
    expect(utc.lines).toHaveLength(5);
    expect(kiritimati.stdout).toBe(utc.stdout);
    expect(losAngeles.stdout).toBe(utc.stdout);
  });

  it("streams many lines and keeps them in order", () => {
    const sentences = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `s${i}`, dct: "2016-12-13", text: `قتل ${i % 50} مدنياً قبل ${(i % 9) + 2} أيام في حلب` }),
    );
    const run = resolveCli(sentences.join("\n") + "\n");
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(3000);
    expect(run.lines[2999]?.id).toBe("s2999");
    const last = (run.lines[2999]?.timexes as Timex[]).find((t) => t.text.includes("قبل"));
    // 2999 % 9 + 2 = 4 days before 13 December 2016.
    expect(last?.interval).toEqual({ start: "2016-12-09", end: "2016-12-09" });
  });

  it("prints its usage with --help and rejects stray arguments", () => {
    const help = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "cli/zaman.ts", "resolve", "--help"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/JSON Lines/);
    const stray = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "cli/zaman.ts", "resolve", "file.jsonl"], {
      cwd: ROOT,
      encoding: "utf8",
      input: "",
    });
    expect(stray.status).toBe(2);
    expect(stray.stderr).toMatch(/unexpected argument «file\.jsonl»/);
  });
});
