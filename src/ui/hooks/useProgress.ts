import { useCallback, useEffect, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { createDefaultPlan, type ClusterPlan } from '../../domain/core.ts';
import type { UiText } from '../text/en.ts';
import { useText } from '../text/language.ts';
import type { Engine } from './engine.ts';
import { clearProgress, saveProgress, type InitialState } from './persistence.ts';

export interface Progress {
  /** The latest notice about the plan as a whole (restored, loaded, started over, …). */
  notice: string;
  setNotice: (notice: string) => void;
  /** Whether secrets are saved on this device too. */
  rememberSecrets: boolean;
  setRememberSecrets: (remember: boolean) => void;
  /** Puts a loaded or imported plan in the form, with every step open, and says so. */
  replacePlan: (plan: ClusterPlan, notice: string) => void;
  /** Forgets what was saved and starts again from the defaults at the first step. */
  startOver: () => void;
}

/** What the wizard moves through, as far as saving progress is concerned. */
export interface ProgressNavigation {
  current: number;
  reachAll: () => void;
  restart: () => void;
}

const initialNotice = (uiText: UiText): Record<InitialState['source'], string> => ({
  default: '',
  saved: uiText.plan.restoredSaved,
  link: uiText.plan.restoredLink,
  'link-invalid': uiText.plan.linkInvalid,
});

/**
 * The plan's life on this device: says where a restored plan came from, saves progress from the
 * live values (so a reload right after a keystroke loses nothing) and starts over on request.
 */
export function useProgress(
  form: UseFormReturn<ClusterPlan>,
  engine: Engine | undefined,
  initial: InitialState,
  navigation: ProgressNavigation,
): Progress {
  const uiText = useText();
  const [rememberSecrets, setRememberSecrets] = useState(initial.rememberSecrets);
  const [notice, setNotice] = useState(initialNotice(uiText)[initial.source]);
  const { current, reachAll, restart } = navigation;

  const live = useWatch({ control: form.control }) as ClusterPlan;
  useEffect(() => {
    if (engine) saveProgress(engine, live, current, rememberSecrets);
  }, [engine, live, current, rememberSecrets]);

  const replacePlan = useCallback(
    (plan: ClusterPlan, message: string) => {
      form.reset(plan);
      reachAll();
      setNotice(message);
    },
    [form, reachAll],
  );

  const startOver = () => {
    clearProgress();
    form.reset(createDefaultPlan());
    setRememberSecrets(false);
    setNotice(uiText.plan.startedOver);
    restart();
  };

  return { notice, setNotice, rememberSecrets, setRememberSecrets, replacePlan, startOver };
}
