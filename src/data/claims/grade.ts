/**
 * The suggested grade of an incident's sourcing, on the Airwars scale, from a rule table read top
 * to bottom: the first row that holds gives the grade. The About panel shows these rows as they
 * are here. "Discounted" (those killed were combatants, or others most likely responsible) is a
 * judgement the data cannot make: only an analyst sets it, with a reason.
 */

export const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  confirmed: 'Confirmed',
  fair: 'Fair',
  weak: 'Weak',
  contested: 'Contested',
  discounted: 'Discounted',
};

export interface GradeFacts {
  /** Independent reports (independence.ts). */
  independent: number;
  /** Actors the record holds as perpetrators. */
  perpetrators: string[];
  /** Actors the record says claimed or accepted responsibility (`claimedBy`). */
  claimedBy: string[];
  /** Whether two reports lay responsibility on actors with none in common. */
  responsibilityDisputed: boolean;
}

export interface GradeRule {
  grade: Grade;
  /** The condition, in the words the About panel shows. */
  when: string;
  holds: (f: GradeFacts) => boolean;
}

export const GRADE_RULES: readonly GradeRule[] = [
  {
    grade: 'contested',
    when: 'Reports lay responsibility on different actors with none in common, or an actor not held as perpetrator claimed it.',
    holds: (f) => f.responsibilityDisputed || f.claimedBy.some((id) => !f.perpetrators.includes(id)),
  },
  {
    grade: 'confirmed',
    when: 'A belligerent held as perpetrator accepted responsibility.',
    holds: (f) => f.claimedBy.some((id) => f.perpetrators.includes(id)),
  },
  {
    grade: 'fair',
    when: 'Two or more independent reports.',
    holds: (f) => f.independent >= 2,
  },
  {
    grade: 'weak',
    when: 'A single independent report.',
    holds: () => true,
  },
];

export interface SuggestedGrade {
  grade: Grade;
  /** The rule that gave it. */
  because: string;
}

export function suggestGrade(facts: GradeFacts): SuggestedGrade {
  const rule = GRADE_RULES.find((r) => r.holds(facts))!;
  return { grade: rule.grade, because: rule.when };
}

/** An analyst's verdict, with why; the newest entry of an incident's history is the one in force. */
export interface GradeOverride {
  /** null: the override was withdrawn and the suggested grade applies again. */
  grade: Grade | null;
  reason: string;
  /** ISO date-time it was made. */
  at: string;
}

/** The override in force: the newest entry of the history, unless it withdrew the override. */
export const currentOverride = (history: readonly GradeOverride[] | undefined): GradeOverride | undefined => {
  const last = history?.at(-1);
  return last && last.grade !== null ? last : undefined;
};
