/**
 * The wizard's steps, in order. Every modelled field names the step that shows it (the field
 * table); the wizard, its navigation and the end-to-end page object all read this one list.
 */
export const STEP_IDS = [
  'cluster',
  'networking',
  'controlPlane',
  'nodes',
  'discovery',
  'review',
] as const;

export type StepId = (typeof STEP_IDS)[number];
