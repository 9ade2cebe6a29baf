-- AlterTable
ALTER TABLE "Event" ADD COLUMN "flags" TEXT;
ALTER TABLE "Event" ADD COLUMN "sequence" INTEGER;
ALTER TABLE "Event" ADD COLUMN "subEventType" TEXT;

-- AlterTable
ALTER TABLE "EventMention" ADD COLUMN "kind" TEXT;
ALTER TABLE "EventMention" ADD COLUMN "name" TEXT;
