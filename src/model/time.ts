/** Time types passed between stages: time expressions and event dates. */

/** A time expression found by chrono-node, before tense decides weekdays. */
export interface TimeExpression {
  text: string;
  span: [number, number];
  tokens: [number, number];
  date: string;
  precision: 'day' | 'month' | 'year';
  /** A bare weekday ("on Monday"): its date depends on the tense of its verb. */
  weekday: number | null;
  /** chrono already placed it ("next Tuesday", "last Friday", "yesterday"). */
  anchored: boolean;
  future: boolean;
}

/** An event date with its precision and how it was found. */
export interface EventDate {
  date: string;
  precision: 'day' | 'month' | 'year' | 'story';
  how: string;
  /** For a stated intent: when the act is planned for (YYYY-MM-DD, YYYY-MM or YYYY). */
  planned?: string;
}
