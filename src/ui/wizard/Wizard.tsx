import { zodResolver } from '@hookform/resolvers/zod';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type FormEvent,
} from 'react';
import { FormProvider, useForm, useWatch, type FieldPath, type Resolver } from 'react-hook-form';
import { createDefaultPlan, type ClusterPlan, type Language } from '../../domain/core.ts';
import { EngineContext, loadEngine, type Engine } from '../hooks/engine.ts';
import { clearProgress, saveProgress, type InitialState } from '../hooks/persistence.ts';
import { PlanToolbar } from './PlanToolbar.tsx';
import { usePlanOutputs } from '../hooks/usePlanOutputs.ts';
import type { UiText } from '../text/en.ts';
import { useLanguage, useText } from '../text/language.ts';
import { focusTarget } from './fieldPaths.ts';
import { FocusContext, type FocusRegistry } from './focusContext.ts';
import { OutputsContext } from './outputsContext.ts';
import { StepNav } from './StepNav.tsx';
import { stepAt, stepIndexOfField, WIZARD_STEPS } from './steps.ts';

const named = <K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  key: K,
) => lazy(async () => ({ default: (await load())[key] }));
const loadPreviewPane = () => import('../preview/PreviewPane.tsx');
const PreviewPane = named(loadPreviewPane, 'PreviewPane');
const ImportPanel = named(() => import('../import/ImportPanel.tsx'), 'ImportPanel');

/** The form's resolver: the domain's zod schema, loaded with the engine on first use. */
function planResolver(language: Language): Resolver<ClusterPlan> {
  let resolver: Resolver<ClusterPlan> | undefined;
  return async (values, context, options) => {
    if (!resolver) {
      const engine = await loadEngine();
      resolver = zodResolver(engine.createPlanSchema(language)) as Resolver<ClusterPlan>;
    }
    return resolver(values, context, options);
  };
}

export interface WizardProps {
  initial: InitialState;
}

const initialNotice = (uiText: UiText): Record<InitialState['source'], string> => ({
  default: '',
  saved: uiText.plan.restoredSaved,
  link: uiText.plan.restoredLink,
  'link-invalid': uiText.plan.linkInvalid,
});

/** The whole wizard: one form over the plan, a step at a time, with the live preview beside it. */
export function Wizard({ initial }: WizardProps) {
  const uiText = useText();
  const { language } = useLanguage();
  const schema = useMemo(() => planResolver(language), [language]);
  const [engine, setEngine] = useState<Engine | undefined>(undefined);
  // Fetch the rules and renderers once the first step has been painted and can be typed into.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        void loadEngine().then(setEngine);
        // Later steps too, so moving on never lands on a step that is still loading.
        for (const step of WIZARD_STEPS) void step.load();
        void loadPreviewPane();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const form = useForm<ClusterPlan>({
    resolver: schema,
    defaultValues: initial.plan,
    // Errors appear when Next is pressed (not on blur, which would shift the button under the pointer);
    // a field already showing an error re-checks itself as the user types (see useRecheck).
    mode: 'onSubmit',
  });
  const outputs = usePlanOutputs(form.control, engine);
  // Errors on screen were written in the previous language: check those fields again.
  const shownSchema = useRef(schema);
  useEffect(() => {
    if (shownSchema.current === schema) return;
    shownSchema.current = schema;
    const invalid = errorPaths(form.formState.errors);
    if (invalid.length > 0) void form.trigger(invalid as FieldPath<ClusterPlan>[]);
  }, [schema, form]);
  const [current, setCurrent] = useState(Math.min(initial.step, WIZARD_STEPS.length - 1));
  const [reached, setReached] = useState(initial.source === 'default' ? 1 : WIZARD_STEPS.length);
  const [rememberSecrets, setRememberSecrets] = useState(initial.rememberSecrets);
  const [notice, setNotice] = useState(initialNotice(uiText)[initial.source]);
  const [importing, setImporting] = useState(false);

  // Progress is saved from the live values, so a reload right after a keystroke loses nothing.
  const live = useWatch({ control: form.control }) as ClusterPlan;
  useEffect(() => {
    if (engine) saveProgress(engine, live, current, rememberSecrets);
  }, [engine, live, current, rememberSecrets]);

  const replacePlan = useCallback(
    (plan: ClusterPlan, message: string) => {
      form.reset(plan);
      setReached(WIZARD_STEPS.length);
      setNotice(message);
    },
    [form],
  );

  const startOver = () => {
    clearProgress();
    form.reset(createDefaultPlan());
    setRememberSecrets(false);
    setReached(1);
    setNotice(uiText.plan.startedOver);
    open(0);
  };
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
    const fields = step.fields(form.getValues());
    const ok = await form.trigger(fields as FieldPath<ClusterPlan>[]);
    if (ok) {
      open(Math.min(current + 1, WIZARD_STEPS.length - 1));
      return;
    }
    const firstInvalid = fields.find(
      (name) => form.getFieldState(name as FieldPath<ClusterPlan>).invalid,
    );
    if (firstInvalid) focusField(focusTarget(firstInvalid));
  };

  const goTo = useCallback(
    (path: string) => {
      const index = stepIndexOfField(path);
      if (index !== undefined) open(index, focusTarget(path));
    },
    [open],
  );

  const isLast = current === WIZARD_STEPS.length - 1;
  return (
    <FormProvider {...form}>
      <EngineContext.Provider value={engine}>
        <FocusContext.Provider value={focusRegistry}>
          <OutputsContext.Provider value={outputs}>
            <PlanToolbar
              getPlan={() => form.getValues()}
              onLoad={replacePlan}
              onNotice={setNotice}
              onImport={() => setImporting(true)}
              onStartOver={startOver}
              rememberSecrets={rememberSecrets}
              onRememberSecrets={setRememberSecrets}
            />
            <p role="status" className="notice">
              {notice}
            </p>
            {importing && (
              <Suspense fallback={<p role="status">{uiText.app.loading}</p>}>
                <ImportPanel
                  onImport={(plan: ClusterPlan) => replacePlan(plan, '')}
                  onClose={() => setImporting(false)}
                />
              </Suspense>
            )}
            <div className="layout">
              <div className="layout__form">
                <StepNav
                  steps={WIZARD_STEPS}
                  current={current}
                  reached={reached}
                  onSelect={(i) => open(i)}
                />
                <form
                  className="step"
                  noValidate
                  onSubmit={(e) => void next(e)}
                  aria-labelledby="step-title"
                >
                  <p className="step__count">
                    {uiText.steps.stepOf(current + 1, WIZARD_STEPS.length)}
                  </p>
                  <h2 id="step-title" ref={headingRef} tabIndex={-1}>
                    {uiText.steps[step.titleKey]}
                  </h2>
                  {step.onDemand ? (
                    <Suspense fallback={<p role="status">{uiText.app.loading}</p>}>
                      {outputs ? (
                        <step.Body onGoTo={goTo} />
                      ) : (
                        <p role="status">{uiText.app.loading}</p>
                      )}
                    </Suspense>
                  ) : (
                    <step.Body onGoTo={goTo} />
                  )}
                  <div className="step__actions">
                    {current > 0 && (
                      <button type="button" className="button" onClick={() => open(current - 1)}>
                        {uiText.steps.back}
                      </button>
                    )}
                    {!isLast && (
                      <button type="submit" className="button button--primary">
                        {uiText.steps.next}
                      </button>
                    )}
                  </div>
                </form>
              </div>
              {step.withPreview && (
                <Suspense fallback={<p role="status">{uiText.app.loading}</p>}>
                  {outputs ? (
                    <PreviewPane onGoTo={goTo} />
                  ) : (
                    <p role="status">{uiText.app.loading}</p>
                  )}
                </Suspense>
              )}
            </div>
          </OutputsContext.Provider>
        </FocusContext.Provider>
      </EngineContext.Provider>
    </FormProvider>
  );
}

/** The dot paths of every field error in react-hook-form's nested error object. */
function errorPaths(errors: object, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value !== 'object' || value === null) return [];
    return 'message' in value ? [path] : errorPaths(value, path);
  });
}
