import {
  createDefaultPlan,
  decodeShareFragment,
  parsePlanText,
  planToJson,
  withoutSecrets,
  type ClusterPlan,
} from '../../domain/index.ts';
import { clearFragment, readFragment } from '../browser/location.ts';
import { storage } from '../browser/storage.ts';

const PLAN_KEY = 'kubeadm-wizard/plan';
const STEP_KEY = 'kubeadm-wizard/step';
const SECRETS_KEY = 'kubeadm-wizard/remember-secrets';

export interface InitialState {
  plan: ClusterPlan;
  step: number;
  /** Where the plan came from, for the notice the wizard shows once. */
  source: 'default' | 'saved' | 'link' | 'link-invalid';
  rememberSecrets: boolean;
}

/** The plan to start with: a share link in the address wins, then progress saved on this device. */
export function loadInitialState(): InitialState {
  const rememberSecrets = storage.get(SECRETS_KEY) === 'true';
  const fragment = readFragment();
  if (fragment.startsWith('plan=')) {
    const decoded = decodeShareFragment(fragment);
    clearFragment();
    if (decoded.plan) return { plan: decoded.plan, step: 0, source: 'link', rememberSecrets };
    return { ...fromStorage(rememberSecrets), source: 'link-invalid' };
  }
  return fromStorage(rememberSecrets);
}

function fromStorage(rememberSecrets: boolean): InitialState {
  const saved = storage.get(PLAN_KEY);
  const parsed = saved === undefined ? undefined : parsePlanText('saved', saved).plan;
  if (!parsed) return { plan: createDefaultPlan(), step: 0, source: 'default', rememberSecrets };
  const step = Number(storage.get(STEP_KEY) ?? 0);
  return {
    plan: parsed,
    step: Number.isInteger(step) && step >= 0 ? step : 0,
    source: 'saved',
    rememberSecrets,
  };
}

/** Saves progress on this device; secrets only when the user opted in. */
export function saveProgress(plan: ClusterPlan, step: number, rememberSecrets: boolean): void {
  storage.set(PLAN_KEY, planToJson(rememberSecrets ? plan : withoutSecrets(plan)));
  storage.set(STEP_KEY, String(step));
  storage.set(SECRETS_KEY, String(rememberSecrets));
}

/** Forgets everything saved on this device. */
export function clearProgress(): void {
  storage.remove(PLAN_KEY);
  storage.remove(STEP_KEY);
  storage.remove(SECRETS_KEY);
}
