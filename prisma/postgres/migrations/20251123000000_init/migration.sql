-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "analysisVersion" TEXT NOT NULL,
    "sourcePath" TEXT,
    "published" TEXT,
    "publishedSource" TEXT NOT NULL,
    "publishedConfidence" DOUBLE PRECISION,
    "ingestedPublished" TEXT,
    "ingestedPublishedSource" TEXT NOT NULL,
    "ingestedPublishedConfidence" DOUBLE PRECISION,
    "undated" BOOLEAN NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeExpression" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "mod" TEXT,
    "intervalStart" TEXT,
    "intervalEnd" TEXT,
    "granularity" TEXT NOT NULL,
    "approx" BOOLEAN NOT NULL,
    "anchorKind" TEXT NOT NULL,
    "anchorRef" TEXT,
    "anchorText" TEXT,
    "rule" TEXT NOT NULL,
    "flags" TEXT,

    CONSTRAINT "TimeExpression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "clauseStart" INTEGER NOT NULL,
    "clauseEnd" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "start" TEXT,
    "end" TEXT,
    "granularity" TEXT,
    "dateSource" TEXT NOT NULL,
    "dateRule" TEXT NOT NULL,
    "timexId" TEXT,
    "timexIndex" INTEGER,
    "approx" BOOLEAN NOT NULL DEFAULT false,
    "confidence" DOUBLE PRECISION NOT NULL,
    "dateOrigin" TEXT NOT NULL DEFAULT 'inferred',
    "inferredStart" TEXT,
    "inferredEnd" TEXT,
    "inferredGranularity" TEXT,
    "inferredDateSource" TEXT NOT NULL,
    "inferredDateRule" TEXT NOT NULL,
    "inferredTimexIndex" INTEGER,
    "inferredConfidence" DOUBLE PRECISION NOT NULL,
    "relations" TEXT NOT NULL DEFAULT '[]',
    "groupId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventMention" (
    "eventId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "entityId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "EventMention_pkey" PRIMARY KEY ("eventId","role","position")
);

-- CreateTable
CREATE TABLE "EventGroup" (
    "id" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT NOT NULL,
    "newValue" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL,
    "revertedAt" TIMESTAMP(3),
    "revertedBy" TEXT,
    "revertsId" TEXT,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "slug" TEXT NOT NULL,
    "view" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "Article_published_idx" ON "Article"("published");

-- CreateIndex
CREATE INDEX "Article_outlet_idx" ON "Article"("outlet");

-- CreateIndex
CREATE INDEX "Article_contentHash_idx" ON "Article"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "TimeExpression_articleId_index_key" ON "TimeExpression"("articleId", "index");

-- CreateIndex
CREATE INDEX "Event_start_end_idx" ON "Event"("start", "end");

-- CreateIndex
CREATE INDEX "Event_end_idx" ON "Event"("end");

-- CreateIndex
CREATE INDEX "Event_category_start_idx" ON "Event"("category", "start");

-- CreateIndex
CREATE INDEX "Event_groupId_idx" ON "Event"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_articleId_ordinal_key" ON "Event"("articleId", "ordinal");

-- CreateIndex
CREATE INDEX "EventMention_role_entityId_eventId_idx" ON "EventMention"("role", "entityId", "eventId");

-- CreateIndex
CREATE INDEX "Correction_targetKind_targetId_createdAt_idx" ON "Correction"("targetKind", "targetId", "createdAt");

-- AddForeignKey
ALTER TABLE "TimeExpression" ADD CONSTRAINT "TimeExpression_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_timexId_fkey" FOREIGN KEY ("timexId") REFERENCES "TimeExpression"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "EventGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

