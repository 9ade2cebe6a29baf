// Text with marked spans, rendered as React text nodes (never HTML): the article's words stay inert.
import type { ReactNode } from "react";
import { splitByMarks, type Mark } from "@/lib/view/highlight";

export type TextMark = Mark<{ kind: "clause" | "expression"; title?: string }>;

export default function HighlightedText({ text, marks }: { text: string; marks: TextMark[] }) {
  return (
    <>
      {splitByMarks(text, marks).map((run) => {
        let node: ReactNode = run.text;
        const expr = run.marks.find((m) => m.data.kind === "expression");
        if (expr) node = <mark className="tx" title={expr.data.title}>{node}</mark>;
        if (run.marks.some((m) => m.data.kind === "clause")) node = <span className="clause">{node}</span>;
        return <span key={run.start}>{node}</span>;
      })}
    </>
  );
}

const ISO_DATES = /(\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?)/;

/** Text with its ISO dates kept whole and left-to-right inside Arabic lines (no break inside 2016-12-12). */
export function IsoText({ text }: { text: string }) {
  return (
    <>
      {text.split(ISO_DATES).map((part, i) =>
        i % 2 === 1 ? (
          <bdi key={i} dir="ltr" className="nowrap">
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}
