// What a correction request must say, checked before anything touches the store: shared by the API routes, the form
// (to explain mistakes before sending) and usable by the CLI. Every problem comes back with a field and a code.
import { z } from "zod";
import type { DayInterval } from "../time/types";
import { checkDay, checkPrecision, parseDateText, type CorrectionGranularity, type DateIssueCode } from "./interval";

export const REASON_MAX = 1000;

export type RequestIssueCode =
  | DateIssueCode
  | "body-invalid"
  | "reason-missing"
  | "reason-too-long"
  | "reason-invalid"
  | "version-missing"
  | "version-invalid";

export interface RequestIssue {
  field: string;
  code: RequestIssueCode;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: RequestIssue[] };

export interface EventCorrectionRequest {
  interval: DayInterval;
  granularity: CorrectionGranularity;
  reason: string;
  /** The event version the editor saw: a save against a newer one is a conflict. */
  expectedVersion: number;
}

export interface ArticleCorrectionRequest {
  published: string;
  reason: string;
  expectedVersion: number | null;
}

export interface RevertRequest {
  reason: string | null;
}

// Shapes only; the meaning (real days, precision, a reason that says something) is checked below with its own codes.
const eventBody = z.object({
  date: z.string().max(40).optional(),
  granularity: z.string().max(20).nullish(),
  reason: z.string().optional(),
  expectedVersion: z.unknown().optional(),
});
const articleBody = z.object({
  published: z.string().max(40).optional(),
  reason: z.string().optional(),
  expectedVersion: z.unknown().optional(),
});
const revertBody = z.object({ reason: z.string().nullish() });

function shapeIssues(error: z.ZodError): RequestIssue[] {
  return error.issues.map((i) => ({ field: i.path.join(".") || "body", code: "body-invalid" as const, message: i.message }));
}

/** A reason is required: trimmed, NFC, not blank, at most 1000 characters, no control characters but line breaks. */
export function checkReason(raw: string | undefined | null, field = "reason"): Validated<string> {
  const reason = (raw ?? "").normalize("NFC").replace(/\r\n?/gu, "\n").trim();
  if (reason === "") return { ok: false, issues: [{ field, code: "reason-missing", message: "a reason is required" }] };
  if ([...reason].length > REASON_MAX) {
    return { ok: false, issues: [{ field, code: "reason-too-long", message: `the reason is longer than ${REASON_MAX} characters` }] };
  }
  if (/[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u.test(reason)) {
    return { ok: false, issues: [{ field, code: "reason-invalid", message: "the reason contains control characters" }] };
  }
  return { ok: true, value: reason };
}

function checkVersion(raw: unknown, required: boolean): Validated<number | null> {
  if (raw === undefined || raw === null) {
    return required
      ? { ok: false, issues: [{ field: "expectedVersion", code: "version-missing", message: "the version you edited (expectedVersion) is required" }] }
      : { ok: true, value: null };
  }
  if (typeof raw !== "number" || !Number.isSafeInteger(raw) || raw < 0) {
    return { ok: false, issues: [{ field: "expectedVersion", code: "version-invalid", message: "expectedVersion must be a whole number ≥ 0" }] };
  }
  return { ok: true, value: raw };
}

export function validateEventCorrection(body: unknown): Validated<EventCorrectionRequest> {
  const shape = eventBody.safeParse(body);
  if (!shape.success) return { ok: false, issues: shapeIssues(shape.error) };
  const issues: RequestIssue[] = [];
  let interval: DayInterval | null = null;
  let granularity: CorrectionGranularity | null = null;
  const date = parseDateText(shape.data.date ?? "");
  if (!date.ok) issues.push({ field: "date", ...date.issue });
  else {
    interval = date.value;
    const precision = checkPrecision(interval, shape.data.granularity);
    if (!precision.ok) issues.push({ field: "granularity", ...precision.issue });
    else granularity = precision.value;
  }
  const reason = checkReason(shape.data.reason);
  if (!reason.ok) issues.push(...reason.issues);
  const version = checkVersion(shape.data.expectedVersion, true);
  if (!version.ok) issues.push(...version.issues);
  if (issues.length > 0 || !interval || !granularity || !reason.ok || !version.ok || version.value === null) return { ok: false, issues };
  return { ok: true, value: { interval, granularity, reason: reason.value, expectedVersion: version.value } };
}

export function validateArticleCorrection(body: unknown): Validated<ArticleCorrectionRequest> {
  const shape = articleBody.safeParse(body);
  if (!shape.success) return { ok: false, issues: shapeIssues(shape.error) };
  const issues: RequestIssue[] = [];
  const rawPublished = shape.data.published ?? "";
  const published =
    rawPublished.trim() === ""
      ? ({ ok: false, issue: { code: "date-missing", message: "the publication date is required" } } as const)
      : checkDay(rawPublished);
  if (!published.ok) issues.push({ field: "published", ...published.issue });
  const reason = checkReason(shape.data.reason);
  if (!reason.ok) issues.push(...reason.issues);
  const version = checkVersion(shape.data.expectedVersion, false);
  if (!version.ok) issues.push(...version.issues);
  if (issues.length > 0 || !published.ok || !reason.ok || !version.ok) return { ok: false, issues };
  return { ok: true, value: { published: published.value, reason: reason.value, expectedVersion: version.value } };
}

/** A revert may say why; an empty reason is simply absent. */
export function validateRevert(body: unknown): Validated<RevertRequest> {
  const shape = revertBody.safeParse(body ?? {});
  if (!shape.success) return { ok: false, issues: shapeIssues(shape.error) };
  if (!shape.data.reason || shape.data.reason.trim() === "") return { ok: true, value: { reason: null } };
  const reason = checkReason(shape.data.reason);
  return reason.ok ? { ok: true, value: { reason: reason.value } } : reason;
}

/** An event, article or correction id from a URL: 1..200 printable characters without spaces. */
export function checkTargetId(raw: string, what: "event" | "article" | "correction"): Validated<string> {
  if (raw.length === 0 || raw.length > 200 || /[\s\p{Cc}]/u.test(raw)) {
    return { ok: false, issues: [{ field: "id", code: "body-invalid", message: `${what} id «${raw.slice(0, 40)}» is malformed` }] };
  }
  return { ok: true, value: raw };
}

/** One line for an error response: the first issue's message, the rest listed in `issues`. */
export function issuesSummary(issues: readonly RequestIssue[]): string {
  return issues.map((i) => `${i.field}: ${i.message}`).join("; ");
}
