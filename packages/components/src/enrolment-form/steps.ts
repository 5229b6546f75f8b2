// The form's steps. Which ones appear depends on the course: its own questions, and the
// enterprise's recruitment step for an order class (订单班).

export type StepId = 'applicant' | 'questions' | 'position' | 'review' | 'consent';

export interface StepShape {
  hasQuestions: boolean;
  isOrderClass: boolean;
}

export function stepsFor(shape: StepShape): StepId[] {
  const steps: StepId[] = ['applicant'];
  if (shape.hasQuestions) steps.push('questions');
  if (shape.isOrderClass) steps.push('position');
  steps.push('review', 'consent');
  return steps;
}

export function nextStep(steps: readonly StepId[], current: StepId): StepId {
  const i = steps.indexOf(current);
  return steps[Math.min(i + 1, steps.length - 1)]!;
}

export function previousStep(steps: readonly StepId[], current: StepId): StepId {
  const i = steps.indexOf(current);
  return steps[Math.max(i - 1, 0)]!;
}

/** 1-based position for "step 2 of 5". */
export function stepNumber(steps: readonly StepId[], current: StepId): number {
  return steps.indexOf(current) + 1;
}
