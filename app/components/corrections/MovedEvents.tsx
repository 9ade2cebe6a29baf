// What a publication-date correction (or its revert) moved: each event, old → new, and by how much in words.
import { correctionLabels } from "@/lib/corrections/labels";
import { countEvents, describeMove, moveText } from "@/lib/corrections/moves";
import type { MovedEventRecord } from "@/lib/corrections/types";
import { formatInterval } from "@/lib/view/dates";
import type { Lang } from "@/lib/view/state";

export default function MovedEvents({ lang, moved, keptByHand = [] }: { lang: Lang; moved: MovedEventRecord[]; keptByHand?: string[] }) {
  const t = correctionLabels(lang);
  const changed = moved.filter((m) => describeMove(m.before, m.after).kind !== "unchanged");
  const when = (i: MovedEventRecord["before"]) => (i ? formatInterval(i, lang) : t.none);
  return (
    <div className="moved" data-testid="moved-events" role="status">
      <h3>
        {t.whatMoved}: {countEvents(changed.length, lang)}
      </h3>
      {changed.length === 0 ? (
        <p className="muted">{t.nothingMoved}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.event}</th>
              <th scope="col">{t.old}</th>
              <th scope="col">{t.new}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {changed.map((m) => (
              <tr key={m.eventId} data-testid="moved-event" data-event-id={m.eventId}>
                <td className="summary" lang="ar" dir="rtl">
                  {m.summary}
                </td>
                <td className="old">{when(m.before)}</td>
                <td className="new">{when(m.after)}</td>
                <td className="shift">{moveText(describeMove(m.before, m.after), lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {keptByHand.length > 0 && (
        <p className="muted">
          {t.keptByHand}: {keptByHand.length}
        </p>
      )}
    </div>
  );
}
