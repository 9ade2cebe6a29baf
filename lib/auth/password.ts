// The editor password check. Both sides are hashed to fixed-length digests first, so the comparison takes the same
// time whatever the guess's length or content, and crypto.timingSafeEqual never sees buffers of different lengths.
import { createHash, timingSafeEqual } from "node:crypto";

function digest(text: string): Buffer {
  return createHash("sha256").update(text.normalize("NFC"), "utf8").digest();
}

/** True when `given` is the editor password. An unset (null/empty) password never matches anything. */
export function editorPasswordMatches(given: string, expected: string | null): boolean {
  // Compare even when editing is disabled, so the answer takes the same time either way.
  const same = timingSafeEqual(digest(given), digest(expected ?? ""));
  return same && expected !== null && expected !== "";
}
