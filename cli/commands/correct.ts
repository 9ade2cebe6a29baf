// `zaman correct event <event id> --date YYYY-MM-DD[..YYYY-MM-DD] [--granularity day|week|month|year] --reason "…" --by NAME`
// `zaman correct article <article id> --published YYYY-MM-DD --reason "…" --by NAME`
// Scripted fixes, recorded exactly like the web app's (same validation, same store functions, same history). The
// answer is one JSON line on stdout (the correction, the new value and version, and for an article what moved).
// `--expected-version N` makes the correction conditional, as the web form is; without it the current version is
// used. Exit codes: 0 done, 1 refused (unknown id, conflict), 2 bad arguments.
import { checkEditorName } from "../../lib/auth/editor-name";
import { issuesSummary, validateArticleCorrection, validateEventCorrection } from "../../lib/corrections/request";
import { analysisFingerprint, loadAnalyse } from "../../lib/store/analysis";
import { closeDb } from "../../lib/store/client";
import { getMigratedDb } from "../../lib/store/migrate";
import { correctArticlePublished, correctEventDate } from "../../lib/store/corrections";
import { StoreRefusal } from "../../lib/store/errors";

const USAGE = `usage:
  npm run -s zaman -- correct event <event id> --date YYYY-MM-DD[..YYYY-MM-DD] [--granularity day|week|month|year] --reason "…" --by NAME [--expected-version N]
  npm run -s zaman -- correct article <article id> --published YYYY-MM-DD --reason "…" --by NAME [--expected-version N]

Event ids are the "id" of \`zaman export --format jsonl\`; article ids the corpus ids (e.g. 002_bd2704263292804c).
Correcting an article's publication date re-resolves its relative expressions and moves the events anchored on
them, except events corrected by hand. Every correction is kept; see \`zaman history\`, undo with \`zaman revert\`.
`;

/** `--name value` options and positional words; an option given twice or without a value is an error. */
export function parseOptions(args: string[], known: readonly string[]): { options: Map<string, string>; words: string[] } | { error: string } {
  const options = new Map<string, string>();
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) {
      words.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!known.includes(name)) return { error: `unknown option ${arg}` };
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) return { error: `${arg} needs a value` };
    if (options.has(name)) return { error: `${arg} given twice` };
    options.set(name, value);
    i += 1;
  }
  return { options, words };
}

export function parseVersion(raw: string | undefined): number | undefined | "invalid" {
  if (raw === undefined) return undefined;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : "invalid";
}

/** Prints a store refusal (exit 1) or rethrows anything else. */
export function reportRefusal(command: string, err: unknown): number {
  if (!(err instanceof StoreRefusal)) throw err;
  process.stderr.write(`zaman ${command}: ${err.code}: ${err.message}\n`);
  if (Object.keys(err.extra).length > 0) process.stdout.write(`${JSON.stringify({ error: err.code, message: err.message, ...err.extra })}\n`);
  return 1;
}

function fail(message: string): number {
  process.stderr.write(`zaman correct: ${message}\n\n${USAGE}`);
  return 2;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseOptions(args, ["date", "granularity", "published", "reason", "by", "expected-version"]);
  if ("error" in parsed) return fail(parsed.error);
  const { options, words } = parsed;
  const [kind, id, extra] = words;
  if (kind !== "event" && kind !== "article") return fail("say what to correct: event or article");
  if (!id) return fail(`which ${kind}? give its id`);
  if (extra !== undefined) return fail(`unexpected argument «${extra}»`);
  const author = checkEditorName(options.get("by"));
  if (!author.ok) return fail(`--by: ${author.error}`);
  const expected = parseVersion(options.get("expected-version"));
  if (expected === "invalid") return fail("--expected-version must be a whole number");

  try {
    const db = await getMigratedDb();
    if (kind === "event") {
      if (options.has("published")) return fail("--published is for articles; an event takes --date");
      const current = await db.event.findUnique({ where: { id }, select: { version: true } });
      const input = validateEventCorrection({
        date: options.get("date"),
        granularity: options.get("granularity"),
        reason: options.get("reason"),
        expectedVersion: expected ?? current?.version ?? 0,
      });
      if (!input.ok) return fail(issuesSummary(input.issues));
      const result = await correctEventDate(db, id, input.value, author.name);
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    }
    if (options.has("date") || options.has("granularity")) return fail("an article takes --published, not --date");
    const input = validateArticleCorrection({ published: options.get("published"), reason: options.get("reason"), expectedVersion: expected ?? null });
    if (!input.ok) return fail(issuesSummary(input.issues));
    const result = await correctArticlePublished(db, id, input.value, author.name, { analyse: await loadAnalyse(), analysisVersion: analysisFingerprint() });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (err) {
    return reportRefusal("correct", err);
  } finally {
    await closeDb();
  }
}
