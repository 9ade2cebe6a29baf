// Zaman's command line: `npm run -s zaman -- <command> [args…]`.
// Each command lives in cli/commands/<name>.ts and calls the same lib/ functions as the web app.

const commands: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  resolve: { summary: "JSON Lines {id, dct, text} on stdin → time expressions on stdout", load: () => import("./commands/resolve") },
  ingest: { summary: "ingest articles (.md, .jsonl, .txt, .html files or folders) into the database", load: () => import("./commands/ingest") },
  export: { summary: "print stored events with their evidence (--format jsonl|csv)", load: () => import("./commands/export") },
  correct: { summary: "correct an event's date or an article's publication date", load: () => import("./commands/correct") },
  revert: { summary: "revert a correction", load: () => import("./commands/revert") },
  history: { summary: "corrections of an event or an article (JSON Lines)", load: () => import("./commands/history") },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: npm run -s zaman -- <command> [args…]\n\ncommands:\n${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`zaman: unknown command «${name}»\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(args);
}

// `zaman export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`zaman: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
