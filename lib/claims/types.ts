// The claim detector's public shapes. These are fixed: the app, the seed and the JSON API depend on them.

export type ClaimKind =
  | "money"
  | "number"
  | "percent"
  | "fraction"
  | "date"
  | "duration"
  | "quote"
  | "event"
  | "other";

export type ValueKind = Exclude<ClaimKind, "other">;

export type Bound = "lower" | "upper" | "approximate" | "exact";

export interface ClaimValue {
  kind: ValueKind;
  /** money/number/percent/duration/fraction: a number; date: "2023-12-14" | "2022-09" | "2009" | "1990s"; quote: the words; event: a label */
  value: number | string;
  /** money: ISO currency code; duration: years|months|weeks|days|hours; date: day|month|year|decade */
  unit?: string;
  /** "more than", "about", ... as written, lower-case */
  qualifier?: string;
  /** the exact words the value was read from */
  text: string;
  start?: number;
  end?: number;
  /** dates such as "last year" */
  relative?: boolean;
  speaker?: string;
  actor?: string;
  target?: string;
  bound?: Bound;
}

export interface DetectedClaim {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  values: ClaimValue[];
  /** check-worthiness in [0,1] */
  score: number;
}

export interface DetectOptions {
  /** resolves relative dates ("last year"); read in UTC */
  publishedAt?: Date | null;
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}
