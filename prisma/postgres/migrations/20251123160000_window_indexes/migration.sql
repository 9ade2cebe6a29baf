-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "longSpan" BOOLEAN NOT NULL DEFAULT false;

-- Existing rows: an interval longer than 62 days is a long span (lib/store/window.ts LONG_SPAN_DAYS).
UPDATE "Event" SET "longSpan" = ("end"::date - "start"::date + 1) > 62 WHERE "start" IS NOT NULL AND "end" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Event_longSpan_start_end_idx" ON "Event"("longSpan", "start", "end");

-- CreateIndex
CREATE INDEX "EventMention_eventId_role_entityId_idx" ON "EventMention"("eventId", "role", "entityId");
