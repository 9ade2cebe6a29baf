// `zaman revert <correction id> [--reason "…"] [--by NAME]`: undoes a correction (the newest in force of its event or
// article), restoring the value before it. The correction is kept and marked; the revert is recorded as a correction
// of its own. Without --by the revert is recorded under the system user's name, marked "(command line)".
import os from "node:os";
import { checkEditorName } from "../../lib/auth/editor-name";
import { checkReason } from "../../lib/corrections/request";
import { analysisFingerprint, loadAnalyse } from "../../lib/store/analysis";
import { closeDb } from "../../lib/store/client";
import { getMigratedDb } from "../../lib/store/migrate";
import { revertCorrection } from "../../lib/store/corrections";
import { parseOptions, reportRefusal } from "./correct";

const USAGE = `usage: npm run -s zaman -- revert <correction id> [--reason "…"] [--by NAME]

Correction ids are in \`zaman history event|article <id>\` (and in the answer of \`zaman correct\`).
`;

function fail(message: string): number {
  process.stderr.write(`zaman revert: ${message}\n\n${USAGE}`);
  return 2;
}

function systemUser(): string {
  try {
    return `${os.userInfo().username} (command line)`;
  } catch {
    return "command line";
  }
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseOptions(args, ["reason", "by"]);
  if ("error" in parsed) return fail(parsed.error);
  const [id, extra] = parsed.words;
  if (!id) return fail("which correction? give its id");
  if (extra !== undefined) return fail(`unexpected argument «${extra}»`);
  const author = checkEditorName(parsed.options.get("by") ?? systemUser());
  if (!author.ok) return fail(`--by: ${author.error}`);
  let reason: string | null = null;
  if (parsed.options.has("reason")) {
    const checked = checkReason(parsed.options.get("reason"));
    if (!checked.ok) return fail(checked.issues.map((i) => i.message).join("; "));
    reason = checked.value;
  }
  try {
    const result = await revertCorrection(await getMigratedDb(), id, { reason }, author.name, {
      analyse: await loadAnalyse(),
      analysisVersion: analysisFingerprint(),
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (err) {
    return reportRefusal("revert", err);
  } finally {
    await closeDb();
  }
}
