import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type RefObject,
} from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/core.ts';
import { loadEngine, type Engine } from '../hooks/engine.ts';
import { useLanguage } from '../text/language.ts';
import type { FocusRegistry } from './focusContext.ts';
import { stepAt, stepIndexOfField, WIZARD_STEPS, type WizardStep } from './steps.ts';

export interface StepNavigation {
  /** The index of the step on screen, and the step itself. */
  current: number;
  step: WizardStep;
  /** Steps with an index below this have been visited and can be opened. */
  reached: number;
  /** Every step can be opened (after a plan was loaded or imported). */
  reachAll: () => void;
  /** Back to the first step, as on a first visit. */
  restart: () => void;
  /** Shows a step; focus goes to the given field, else to the step's heading. */
  open: (index: number, focus?: string) => void;
  /** Checks the step's fields: moves on when they pass, else focuses the first invalid one. */
  next: (event?: FormEvent) => Promise<void>;
  /** Opens the step that shows a field and focuses it (links from an issue to its field). */
  goTo: (path: string) => void;
  /** The step's heading, which takes focus after a move. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Steps with windowed rows take focus requests for their fields here. */
  focusRegistry: FocusRegistry;
}

/** The input that edits a field (a list's entries are edited in the list's input). */
function inputOf(engine: Engine, path: string): string {
  return engine.fieldRef(path)?.input ?? path;
}

/** Where the user is in the wizard, how they move, and where focus lands after each move. */
export function useStepNavigation(
  form: UseFormReturn<ClusterPlan>,
  initial: { step: number; reachedAll: boolean },
): StepNavigation {
  const last = WIZARD_STEPS.length - 1;
  const [current, setCurrent] = useState(Math.min(initial.step, last));
  const [reached, setReached] = useState(initial.reachedAll ? WIZARD_STEPS.length : 1);
  // Each navigation bumps this; the effect then moves focus to the field asked for, or the heading.
  const [navigation, setNavigation] = useState(0);
  const focusAfterMove = useRef<string | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusRegistry = useMemo<FocusRegistry>(() => ({ handlers: new Set() }), []);
  const focusField = useCallback(
    (path: string) => {
      for (const handler of focusRegistry.handlers) if (handler(path)) return;
      form.setFocus(path as FieldPath<ClusterPlan>);
    },
    [focusRegistry, form],
  );
  const step = stepAt(current);
  const { language } = useLanguage();

  useEffect(() => {
    if (navigation === 0) return;
    const target = focusAfterMove.current;
    focusAfterMove.current = undefined;
    if (target) focusField(target);
    else headingRef.current?.focus();
  }, [navigation, focusField]);

  const open = useCallback((index: number, focus?: string) => {
    focusAfterMove.current = focus;
    setCurrent(index);
    setReached((r) => Math.max(r, index + 1));
    setNavigation((n) => n + 1);
  }, []);

  const next = async (event?: FormEvent) => {
    event?.preventDefault();
    const engine = await loadEngine();
    const plan = form.getValues();
    const fields = step.fields(plan, engine);
    const ok = await form.trigger(fields as FieldPath<ClusterPlan>[]);
    // Fields the step asks for before moving on (an empty token on Joining), after the plan's own
    // errors, which they never hide.
    const missing = engine
      .checkStepRequired(step.id, plan)
      .filter((issue) => !form.getFieldState(issue.path as FieldPath<ClusterPlan>).invalid);
    for (const issue of missing) {
      form.setError(issue.path as FieldPath<ClusterPlan>, {
        type: issue.code,
        message: engine.formatIssue(issue, language),
      });
    }
    if (ok && missing.length === 0) {
      open(Math.min(current + 1, last));
      return;
    }
    const firstInvalid = fields.find(
      (name) => form.getFieldState(name as FieldPath<ClusterPlan>).invalid,
    );
    if (firstInvalid) focusField(inputOf(engine, firstInvalid));
  };

  const goTo = useCallback(
    (path: string) => {
      void loadEngine().then((engine) => {
        const index = stepIndexOfField(path, engine);
        if (index !== undefined) open(index, inputOf(engine, path));
      });
    },
    [open],
  );

  const reachAll = useCallback(() => setReached(WIZARD_STEPS.length), []);
  const restart = useCallback(() => {
    setReached(1);
    open(0);
  }, [open]);

  return {
    current,
    step,
    reached,
    reachAll,
    restart,
    open,
    next,
    goTo,
    headingRef,
    focusRegistry,
  };
}
