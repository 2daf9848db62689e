import type { ComponentType } from 'react';
import { STEP_IDS, type ClusterPlan, type StepId } from '../../domain/core.ts';
import { loadable, loaded, type Loadable } from '../hooks/loadable.ts';
import { ClusterStep } from '../steps/ClusterStep.tsx';
import type { Engine } from '../hooks/engine.ts';

/** What the wizard hands every step's component (the Review step links issues to fields). */
export interface StepBodyProps {
  onGoTo: (path: string) => void;
}

export type StepBody = ComponentType<StepBodyProps>;

interface StepCode {
  /** The step's component: loaded once, then rendered directly (see LoadedPart). */
  body: Loadable<StepBody>;
  /** Loaded after the first paint, with the rules and renderers the step reads. */
  onDemand: boolean;
  /** Whether the live preview is shown beside the step. */
  withPreview: boolean;
}

const inFirstBundle = (body: StepBody): StepCode => ({
  body: loaded(body),
  onDemand: false,
  withPreview: true,
});

const onDemand = <K extends string>(
  load: () => Promise<Record<K, StepBody>>,
  name: K,
): StepCode => ({
  body: loadable(async () => (await load())[name]),
  onDemand: true,
  withPreview: true,
});

// The first step ships with the page; everything past it loads on demand (SPEC §3). The Review
// step shows every file itself, without the preview beside it.
const CODE: { readonly [Id in StepId]: StepCode } = {
  cluster: inFirstBundle(ClusterStep),
  networking: onDemand(() => import('../steps/NetworkingStep.tsx'), 'NetworkingStep'),
  controlPlane: onDemand(() => import('../steps/ControlPlaneStep.tsx'), 'ControlPlaneStep'),
  nodes: onDemand(() => import('../steps/NodesStep.tsx'), 'NodesStep'),
  discovery: onDemand(() => import('../steps/DiscoveryStep.tsx'), 'DiscoveryStep'),
  review: {
    ...onDemand(() => import('../steps/ReviewStep.tsx'), 'ReviewStep'),
    withPreview: false,
  },
};

/** One step of the wizard: what the navigation, the form and the step count read. */
export interface WizardStep extends StepCode {
  id: StepId;
  /** The step's title is `uiText.steps[titleKey]`. */
  titleKey: StepId;
  /**
   * The fields the step validates on Next, for the plan's current stack (in screen order), from
   * the domain's field table (which loads with the rules, after the first paint).
   */
  fields: (plan: ClusterPlan, engine: Engine) => string[];
}

/** Every step, in the domain's order. */
export const WIZARD_STEPS: readonly WizardStep[] = STEP_IDS.map((id) => ({
  id,
  titleKey: id,
  ...CODE[id],
  fields: (plan: ClusterPlan, engine: Engine) => engine.stepFields(id, plan),
}));

/** The step at an index, clamped to the list (a saved index may come from an older build). */
export function stepAt(index: number): WizardStep {
  const step = WIZARD_STEPS[Math.max(0, Math.min(index, WIZARD_STEPS.length - 1))];
  if (!step) throw new Error('the wizard has no steps');
  return step;
}

/** The step that shows a field, by the engine's field table (the first screen lacks it). */
export function stepIdOfField(path: string, engine: Engine): StepId | undefined {
  const ref = engine.fieldRef(path);
  return ref && engine.fieldStep(ref);
}

/** The index of the step that shows a field, for links from an issue to its field. */
export function stepIndexOfField(path: string, engine: Engine): number | undefined {
  const id = stepIdOfField(path, engine);
  const index = WIZARD_STEPS.findIndex((step) => step.id === id);
  return index === -1 ? undefined : index;
}
