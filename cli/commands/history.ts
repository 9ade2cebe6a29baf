// `zaman history event|article <id>`: the corrections of an event or an article as JSON Lines, newest first (reverts
// included, each naming the correction it undid). Nothing printed and exit 0 when there are none; exit 1 for an
// unknown id.
import { closeDb } from "../../lib/store/client";
import { getMigratedDb } from "../../lib/store/migrate";
import { articleHistory, eventHistory } from "../../lib/store/corrections";

const USAGE = `usage: npm run -s zaman -- history event|article <id>
`;

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [kind, id, extra] = args;
  if ((kind !== "event" && kind !== "article") || !id || extra !== undefined) {
    process.stderr.write(`zaman history: expected «event <id>» or «article <id>»\n\n${USAGE}`);
    return 2;
  }
  try {
    const db = await getMigratedDb();
    const history = kind === "event" ? await eventHistory(db, id) : await articleHistory(db, id);
    if (!history) {
      process.stderr.write(`zaman history: ${kind} «${id}» not found\n`);
      return 1;
    }
    for (const correction of history.corrections) process.stdout.write(`${JSON.stringify(correction)}\n`);
    return 0;
  } finally {
    await closeDb();
  }
}
