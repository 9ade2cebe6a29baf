-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "flags" TEXT,
ADD COLUMN     "sequence" INTEGER,
ADD COLUMN     "subEventType" TEXT;

-- AlterTable
ALTER TABLE "EventMention" ADD COLUMN     "kind" TEXT,
ADD COLUMN     "name" TEXT;
