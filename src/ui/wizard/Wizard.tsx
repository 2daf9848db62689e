import { useMemo, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import type { ClusterPlan, StepId } from '../../domain/core.ts';
import { EngineContext } from '../hooks/engine.ts';
import type { InitialState } from '../hooks/persistence.ts';
import { useEngineLoading } from '../hooks/useEngineLoading.ts';
import { usePlanForm } from '../hooks/usePlanForm.ts';
import { usePlanOutputs } from '../hooks/usePlanOutputs.ts';
import { useProgress } from '../hooks/useProgress.ts';
import { useText } from '../text/language.ts';
import { ExamplesContext, examplesState } from './examplesContext.ts';
import { FocusContext } from './focusContext.ts';
import { OutputsContext } from './outputsContext.ts';
import { LoadedPart } from './LoadedPart.tsx';
import {
  CONVERT_PANEL,
  DIAGNOSE_PANEL,
  IMPORT_PANEL,
  LATER_PARTS,
  PREVIEW_PANE,
  RUNNING_PANEL,
} from './parts.ts';
import { PlanToolbar } from './PlanToolbar.tsx';
import { StepNav } from './StepNav.tsx';
import { stepIdOfField, WIZARD_STEPS } from './steps.ts';
import { stepStatuses } from './stepStatus.ts';
import { useStepNavigation } from './useStepNavigation.ts';
import { visitedState, VisitedContext } from './visitedContext.ts';

export interface WizardProps {
  initial: InitialState;
}

/** The steps with prefilled example values. */
const EXAMPLE_STEPS: ReadonlySet<StepId> = new Set<StepId>([
  'cluster',
  'networking',
  'controlPlane',
]);

/** The whole wizard: one form over the plan, a step at a time, with the live preview beside it. */
export function Wizard({ initial }: WizardProps) {
  const uiText = useText();
  const form = usePlanForm(initial.plan);
  const engine = useEngineLoading(LATER_PARTS);
  const outputs = usePlanOutputs(form.control, engine);
  const { current, step, reached, reachAll, restart, open, next, goTo, headingRef, focusRegistry } =
    useStepNavigation(form, { step: initial.step, reachedAll: initial.source !== 'default' });
  const progress = useProgress(form, engine, initial, { current, reachAll, restart });
  // The default plan's values are examples until the user edits them, confirms them or presses Next.
  const [examplesActive, setExamplesActive] = useState(initial.source === 'default');
  const { isDirty, dirtyFields, defaultValues } = form.formState;
  const examples = examplesState(examplesActive, isDirty, defaultValues, dirtyFields);
  const showExamplesNote = examplesActive && EXAMPLE_STEPS.has(step.id);
  const visited = useMemo(() => visitedState(reached, current, engine), [reached, current, engine]);
  const [importing, setImporting] = useState(false);
  const [diagnosing, setDiagnosing] = useState(false);
  const diagnoseButton = useRef<HTMLButtonElement>(null);
  const [converting, setConverting] = useState(false);
  const convertButton = useRef<HTMLButtonElement>(null);
  const [joiningRunning, setJoiningRunning] = useState(false);
  const runningButton = useRef<HTMLButtonElement>(null);

  return (
    <FormProvider {...form}>
      <EngineContext.Provider value={engine}>
        <FocusContext.Provider value={focusRegistry}>
          <OutputsContext.Provider value={outputs}>
            <ExamplesContext.Provider value={examples}>
              <VisitedContext.Provider value={visited}>
                <PlanToolbar
                  getPlan={() => form.getValues()}
                  onLoad={(plan, notice) => {
                    setExamplesActive(false);
                    progress.replacePlan(plan, notice);
                  }}
                  onNotice={progress.setNotice}
                  onImport={() => setImporting(true)}
                  onDiagnose={() => setDiagnosing(true)}
                  diagnoseRef={diagnoseButton}
                  onConvert={() => setConverting(true)}
                  convertRef={convertButton}
                  onRunning={() => setJoiningRunning(true)}
                  runningRef={runningButton}
                  onStartOver={() => {
                    setExamplesActive(true);
                    progress.startOver();
                  }}
                  rememberSecrets={progress.rememberSecrets}
                  onRememberSecrets={progress.setRememberSecrets}
                />
                <p role="status" className="notice">
                  {progress.notice}
                </p>
                {importing && (
                  <LoadedPart
                    part={IMPORT_PANEL}
                    props={{
                      onImport: (plan: ClusterPlan) => {
                        setExamplesActive(false);
                        progress.replacePlan(plan, '');
                      },
                      onClose: () => setImporting(false),
                    }}
                  />
                )}
                {(
                  [
                    ['diagnose', diagnosing, DIAGNOSE_PANEL, setDiagnosing, diagnoseButton],
                    ['convert', converting, CONVERT_PANEL, setConverting, convertButton],
                    ['running', joiningRunning, RUNNING_PANEL, setJoiningRunning, runningButton],
                  ] as const
                ).map(
                  ([name, open, part, setOpen, button]) =>
                    open && (
                      // Closing a toolbar panel returns focus to the button that opened it.
                      <LoadedPart
                        key={name}
                        part={part}
                        props={{
                          onClose: () => {
                            setOpen(false);
                            button.current?.focus();
                          },
                        }}
                        ready={engine !== undefined}
                      />
                    ),
                )}
                <div className="layout">
                  <div className="layout__form">
                    <StepNav
                      steps={WIZARD_STEPS}
                      current={current}
                      reached={reached}
                      statuses={
                        outputs &&
                        engine &&
                        stepStatuses(WIZARD_STEPS, outputs.issues, current, reached, (path) =>
                          stepIdOfField(path, engine),
                        )
                      }
                      onSelect={(i) => open(i)}
                    />
                    <form
                      className="step"
                      noValidate
                      onSubmit={(e) => {
                        setExamplesActive(false);
                        void next(e);
                      }}
                      aria-labelledby="step-title"
                    >
                      <p className="step__count">
                        {uiText.steps.stepOf(current + 1, WIZARD_STEPS.length)}
                      </p>
                      <h2 id="step-title" ref={headingRef} tabIndex={-1}>
                        {uiText.steps[step.titleKey]}
                      </h2>
                      <LoadedPart
                        key={step.id}
                        part={step.body}
                        props={{ onGoTo: goTo }}
                        ready={!step.onDemand || outputs !== undefined}
                      />
                      {showExamplesNote && (
                        <div className="examples-note">
                          <p>{uiText.steps.examplesNote}</p>
                          <button
                            type="button"
                            className="button"
                            onClick={() => {
                              setExamplesActive(false);
                              headingRef.current?.focus();
                            }}
                          >
                            {uiText.steps.useExamples}
                          </button>
                        </div>
                      )}
                      <div className="step__actions">
                        {current > 0 && (
                          <button
                            type="button"
                            className="button"
                            onClick={() => open(current - 1)}
                          >
                            {uiText.steps.back}
                          </button>
                        )}
                        {current < WIZARD_STEPS.length - 1 && (
                          <button type="submit" className="button button--primary">
                            {uiText.steps.next}
                          </button>
                        )}
                      </div>
                    </form>
                  </div>
                  {step.withPreview && (
                    <LoadedPart
                      part={PREVIEW_PANE}
                      props={{ onGoTo: goTo }}
                      ready={outputs !== undefined}
                    />
                  )}
                </div>
              </VisitedContext.Provider>
            </ExamplesContext.Provider>
          </OutputsContext.Provider>
        </FocusContext.Provider>
      </EngineContext.Provider>
    </FormProvider>
  );
}
