// `zaman resolve`: JSON Lines {id, dct, text} on stdin → one JSON line {id, timexes} per input line on stdout.
//
// A contract other tools depend on:
// - input is streamed line by line (a huge file is never held in memory at once); blank lines are skipped;
// - each output line answers the input line at the same position, so outputs can be zipped with inputs;
// - a bad line (not JSON, no text, impossible date…) gets a message on stderr naming its line number and the fault,
//   and on stdout an `{"id", "line", "error"}` object in its place; the other lines are still resolved and the exit
//   code is 1 at the end;
// - results depend only on the input (never on the machine's clock or time zone).

import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { resolveTimeExpressions } from "../../lib/time/resolve";
import type { TimeExpression } from "../../lib/time/types";

const USAGE = `usage: npm run -s zaman -- resolve < articles.jsonl

Reads JSON Lines on stdin, one article per line:
  {"id": "...", "dct": "YYYY-MM-DD" | ISO date-time | null, "text": "..."}
and writes one JSON line per input line:
  {"id": "...", "timexes": [{text, start, end, type, value, mod, interval, granularity, approx, anchor, rule}]}
dct is the publication date (null or absent: an undated article, relative expressions stay unresolved).
A bad line is reported on stderr with its line number, answered by {"id", "line", "error"}, and makes the exit code 1.
`;

export interface ResolveRequest {
  id: string | number;
  dct: string | null;
  text: string;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a publication date is not acceptable, or null when it is a real calendar day (and time). */
export function publicationDateProblem(dct: string): string | null {
  const m = DATE_TIME.exec(dct);
  if (!m) return `dct «${dct}» is not YYYY-MM-DD or an ISO date-time`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `dct «${dct}» has no month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `dct «${dct}» is impossible: ${year}-${m[2]} has no day ${day}`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return `dct «${dct}» has an impossible time of day`;
  }
  return null;
}

/** One input line → a request, or the reason it cannot be one (id kept when readable, for the error line). */
export function parseResolveRequest(line: string): { request: ResolveRequest } | { error: string; id: string | number | null } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not JSON (${err instanceof Error ? err.message : String(err)})`, id: null };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: "not a JSON object", id: null };
  }
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const id = typeof rawId === "string" || typeof rawId === "number" ? rawId : null;
  if (id === null) return { error: "no id (a string or a number)", id: null };
  if (typeof record.text !== "string") {
    return { error: record.text === undefined ? "no text" : "text is not a string", id };
  }
  const dct = record.dct ?? null;
  if (dct !== null && typeof dct !== "string") return { error: "dct is not a string", id };
  if (dct !== null) {
    const problem = publicationDateProblem(dct.trim());
    if (problem) return { error: problem, id };
  }
  return { request: { id, dct: dct === null ? null : dct.trim(), text: record.text } };
}

/** The output record of one expression, fields in the contract's order. */
function timexRecord(t: TimeExpression): Record<string, unknown> {
  const record: Record<string, unknown> = {
    text: t.text,
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.value,
    mod: t.mod,
    interval: t.interval,
    granularity: t.granularity,
    approx: t.approx,
    anchor: t.anchor,
    rule: t.rule,
  };
  if (t.flags && t.flags.length > 0) record.flags = t.flags;
  return record;
}

async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + "\n")) {
    await new Promise<void>((resolve) => out.once("drain", resolve));
  }
}

/** Streams requests from `input` to `output`; returns the number of bad lines. */
export async function resolveStream(input: Readable, output: Writable, errors: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    const parsed = parseResolveRequest(line);
    if ("error" in parsed) {
      bad += 1;
      errors.write(`zaman resolve: line ${lineNumber}${parsed.id !== null ? ` (id ${JSON.stringify(parsed.id)})` : ""}: ${parsed.error}\n`);
      await writeLine(output, JSON.stringify({ id: parsed.id, line: lineNumber, error: parsed.error }));
      continue;
    }
    const { id, dct, text } = parsed.request;
    try {
      const timexes = resolveTimeExpressions(text, { dct }).map(timexRecord);
      await writeLine(output, JSON.stringify({ id, timexes }));
    } catch (err) {
      bad += 1;
      const message = `resolver failed: ${err instanceof Error ? err.message : String(err)}`;
      errors.write(`zaman resolve: line ${lineNumber} (id ${JSON.stringify(id)}): ${message}\n`);
      await writeLine(output, JSON.stringify({ id, line: lineNumber, error: message }));
    }
  }
  return bad;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`zaman resolve: unexpected argument «${args[0]}» (input is read from stdin)\n\n${USAGE}`);
    return 2;
  }
  const bad = await resolveStream(process.stdin, process.stdout, process.stderr);
  if (bad > 0) {
    process.stderr.write(`zaman resolve: ${bad} bad line${bad === 1 ? "" : "s"}\n`);
    return 1;
  }
  return 0;
}
