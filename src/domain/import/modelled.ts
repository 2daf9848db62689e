import type { DocumentKind } from '../kubeadm/documents.ts';
import { EXTRA_ARGS_PATHS, isKubeadmKind } from '../kubeadm/wire.ts';
import { IP_FAMILIES } from '../net/types.ts';
import { FIELD_TABLE } from '../plan/fields.ts';
import { planValueAt } from '../plan/fieldIndex.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import { buildFromTable } from '../render/build.ts';
import type { ModelledFields } from './split.ts';

/**
 * Which fields of one kind of document the plan models, from the table: its values' paths
 * (choices only when the plan can hold the value), the extraArgs it reads by name, lists split
 * entry by entry, and the objects that only hold them. A mirrored value (kube-proxy's clusterCIDR)
 * is modelled only when the plan writes it back.
 */
export function modelledFields(kind: DocumentKind, plan: ClusterPlan): ModelledFields {
  const leaves: Record<string, true | ((value: unknown) => boolean)> = {};
  const args: Record<string, string[]> = {};
  const indexed = new Set<string>();
  const containers = new Set<string>();
  // Every arg list, so unmodelled args are listed by name (RULES §22: extraArgs paths).
  if (isKubeadmKind(kind)) for (const path of EXTRA_ARGS_PATHS[kind]) args[path] = [];
  const mirrored = buildFromTable(plan, kind).document;
  for (const row of FIELD_TABLE) {
    for (const location of row.at) {
      if (location.kind !== kind) continue;
      if (location.mirror && planValueAt(mirrored, location.path) === undefined) continue;
      if (location.arg !== undefined) {
        const names = row.field.includes('{family}')
          ? IP_FAMILIES.map((f) => location.arg?.replace('{family}', f) ?? '')
          : [location.arg];
        args[location.path] = [...(args[location.path] ?? []), ...names];
        containers.add(location.path);
      } else {
        const choices = row.value === 'choice' ? row.choices : undefined;
        leaves[location.path] = choices
          ? (value) => typeof value === 'string' && (value === '' || choices.includes(value))
          : true;
      }
      const parts = location.path.split('.');
      parts.slice(0, -1).forEach((part, i) => {
        const path = parts.slice(0, i + 1).join('.');
        if (/^\d+$/.test(parts[i + 1] ?? '')) indexed.add(path);
        if (!/^\d+$/.test(part)) containers.add(path);
      });
    }
  }
  return { leaves, args, indexed: [...indexed], containers: [...containers] };
}
