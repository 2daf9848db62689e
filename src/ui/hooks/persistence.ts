import { createDefaultPlan, type ClusterPlan } from '../../domain/core.ts';
import { loadEngine, type Engine } from './engine.ts';
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

/**
 * The plan to start with: a share link in the address wins, then progress saved on this device,
 * else the defaults (without loading the engine, so a first visit starts fast).
 */
export async function loadInitialState(): Promise<InitialState> {
  const rememberSecrets = storage.get(SECRETS_KEY) === 'true';
  const fragment = readFragment();
  const isLink = fragment.startsWith('plan=');
  if (!isLink && storage.get(PLAN_KEY) === undefined) {
    return { plan: createDefaultPlan(), step: 0, source: 'default', rememberSecrets };
  }
  const engine = await loadEngine();
  if (isLink) {
    const decoded = engine.decodeShareFragment(fragment);
    clearFragment();
    if (decoded.plan) return { plan: decoded.plan, step: 0, source: 'link', rememberSecrets };
    return { ...fromStorage(engine, rememberSecrets), source: 'link-invalid' };
  }
  return fromStorage(engine, rememberSecrets);
}

function fromStorage(engine: Engine, rememberSecrets: boolean): InitialState {
  const saved = storage.get(PLAN_KEY);
  const parsed = saved === undefined ? undefined : engine.parsePlanText('saved', saved).plan;
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
export function saveProgress(
  engine: Engine,
  plan: ClusterPlan,
  step: number,
  rememberSecrets: boolean,
): void {
  storage.set(PLAN_KEY, engine.planToJson(rememberSecrets ? plan : engine.withoutSecrets(plan)));
  storage.set(STEP_KEY, String(step));
  storage.set(SECRETS_KEY, String(rememberSecrets));
}

/** Forgets everything saved on this device. */
export function clearProgress(): void {
  storage.remove(PLAN_KEY);
  storage.remove(STEP_KEY);
  storage.remove(SECRETS_KEY);
}
