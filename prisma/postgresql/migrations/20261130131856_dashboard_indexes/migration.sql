-- CreateIndex
CREATE INDEX "Article_updatedAt_idx" ON "Article"("updatedAt");

-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article"("title");

-- CreateIndex
CREATE INDEX "Claim_suggestion_state_verdict_anchor_idx" ON "Claim"("suggestion", "state", "verdict", "anchor");

-- CreateIndex
CREATE INDEX "Claim_suggestion_state_updatedAt_idx" ON "Claim"("suggestion", "state", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_suggestion_updatedAt_idx" ON "Claim"("suggestion", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_suggestion_state_idx" ON "Claim"("assigneeId", "suggestion", "state");

-- CreateIndex
CREATE INDEX "Claim_id_suggestion_assigneeId_idx" ON "Claim"("id", "suggestion", "assigneeId");

-- CreateIndex
CREATE INDEX "Flag_status_severity_claimId_idx" ON "Flag"("status", "severity", "claimId");

-- CreateIndex
CREATE INDEX "Flag_updatedAt_idx" ON "Flag"("updatedAt");

-- CreateIndex
CREATE INDEX "ClaimEvent_createdAt_idx" ON "ClaimEvent"("createdAt");

-- CreateIndex
CREATE INDEX "ClaimEvent_type_toValue_createdAt_claimId_actorId_idx" ON "ClaimEvent"("type", "toValue", "createdAt", "claimId", "actorId");

