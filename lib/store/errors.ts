// Refusals the store makes for reasons a caller can act on. The web app maps `code` to HTTP (404, 409); the CLI prints
// the message. Anything else thrown by the store is a fault, and the transaction it happened in changed nothing.

export type StoreRefusalCode = "not-found" | "conflict" | "already-reverted" | "not-revertible";

export class StoreRefusal extends Error {
  override readonly name = "StoreRefusal";
  constructor(
    readonly code: StoreRefusalCode,
    message: string,
    /** Details for the caller: for a conflict, `current` (value and version now) and `latest` (the correction). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get status(): 404 | 409 {
    return this.code === "not-found" ? 404 : 409;
  }
}

/** The first line of a database error: Prisma's messages carry the query and a stack after it. */
export function shortDatabaseError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const lines = message.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("→") && !/^Invalid `.*` invocation/.test(l));
  return (lines[lines.length - 1] ?? message).slice(0, 300);
}
