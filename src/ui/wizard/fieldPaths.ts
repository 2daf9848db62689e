import type { FieldPathByValue } from 'react-hook-form';
import {
  fieldLabelKey,
  fieldRef,
  fieldStep,
  type ClusterPlan,
  type IpFamily,
  type StepId,
} from '../../domain/index.ts';
import type { UiText } from '../text/en.ts';

/** A plan field that holds text (what one input edits). */
export type PlanFieldPath = FieldPathByValue<ClusterPlan, string>;

export const familyName = (family: IpFamily) => (family === 'ipv4' ? 'IPv4' : 'IPv6');

/** The step that shows a field, for links from an issue to its field. */
export function stepOfField(path: string): StepId | undefined {
  const ref = fieldRef(path);
  return ref && fieldStep(ref);
}

/** The input a field path focuses (list entries focus their list's input). */
export function focusTarget(path: string): string {
  return fieldRef(path)?.input ?? path;
}

type Label = string | ((family: string) => string);

/** The UI text at a label key of the field table (`section.key`). */
export function labelText(key: string, uiText: UiText): Label | undefined {
  const [section, name] = key.split('.');
  const texts = (uiText as unknown as Record<string, Record<string, unknown> | undefined>)[
    section ?? ''
  ];
  const text = texts?.[name ?? ''];
  return typeof text === 'string' || typeof text === 'function' ? (text as Label) : undefined;
}

/** The visible label of a field, for "Go to …" links: a joining node's cells name their row. */
export function fieldLabel(path: string, uiText: UiText): string {
  const ref = fieldRef(path);
  const key = ref && fieldLabelKey(ref);
  const label = key === undefined ? undefined : labelText(key, uiText);
  if (!ref || label === undefined) return path;
  const text = typeof label === 'function' ? label(familyName(ref.family ?? 'ipv4')) : label;
  return ref.node !== undefined && ref.node > 0 ? uiText.nodes.cell(ref.node + 1, text) : text;
}
