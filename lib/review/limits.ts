/**
 * The longest text each field takes. The zod schemas refuse more, and the forms count characters
 * against the same numbers while the person types, so a text over its maximum is stopped in the
 * browser before anything is sent.
 */
export const TEXT_LIMITS = {
  sourceUrl: 2000,
  sourceTitle: 500,
  publisher: 300,
  passage: 10_000,
  rationale: 5000,
  correction: 5000,
  notice: 2000,
  reason: 2000,
  comment: 5000,
  flagNote: 5000,
} as const;
