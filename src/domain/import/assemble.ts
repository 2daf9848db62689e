import type { DocumentKind } from '../kubeadm/documents.ts';
import { kubeadmVersionOf } from '../kubeadm/wire.ts';
import { createDefaultPlan, createNode } from '../plan/defaults.ts';
import type { ClusterPlan } from '../plan/plan.ts';
import {
  extrasOf,
  type SourceDocument,
  type UnmodelledField,
  type UsedDocuments,
} from './extrasOf.ts';
import { dropDerived, readTable, type TableReading } from './fromTable.ts';
import { modelledFields } from './modelled.ts';
import { stackOf, type ListEntry } from './networking.ts';

/** The documents of each kind the plan's values are read from, in file order. */
function documentsOf(used: UsedDocuments): (kind: DocumentKind) => readonly SourceDocument[] {
  const byKind: Record<DocumentKind, readonly (SourceDocument | undefined)[]> = {
    ClusterConfiguration: [used.cluster],
    InitConfiguration: [used.init],
    JoinConfiguration: used.joins,
    KubeletConfiguration: [used.kubelet],
    KubeProxyConfiguration: [used.kubeProxy],
  };
  return (kind) => byKind[kind].filter((d): d is SourceDocument => d !== undefined);
}

/**
 * The stack the files describe: the families of the service subnets, pod subnets, node IPs and
 * node masks, the primary one following the first service subnet (kubeadm takes it from there,
 * RULES §21); without an init file only the join nodes' IPs count.
 */
function stackFrom(plan: ClusterPlan, reading: TableReading, hasInitFile: boolean) {
  const list = (field: string): readonly ListEntry[] => reading.lists.get(field) ?? [];
  const nodeIps = plan.nodes.map((_, i) => list(`nodes.${i}.ips.{family}`));
  if (!hasInitFile) return stackOf(nodeIps, [], plan.networking.stack);
  const ranges = [list('networking.serviceSubnet.{family}'), list('networking.podSubnet.{family}')];
  return stackOf([...ranges, ...nodeIps], reading.flagFamilies, 'ipv4');
}

/**
 * Builds the plan from the documents chosen by importConfigFiles, through the field table.
 * Without an init file the cluster-wide settings are the wizard's defaults, the stack follows
 * the join nodes' IPs when they name a family, and node 0 is an empty control-plane node for
 * `kubeadm init`.
 */
export function buildPlan(
  used: UsedDocuments,
  hasInitFile: boolean,
): { plan: ClusterPlan; unmodelled: UnmodelledField[] } {
  const plan = createDefaultPlan();
  const nodeDocuments = [used.init, ...used.joins];
  plan.nodes = nodeDocuments.map((_, i) =>
    createNode(i === 0 || used.joins[i - 1]?.document.controlPlane ? 'control-plane' : 'worker'),
  );
  const reading = readTable(
    plan,
    { byKind: documentsOf(used), nodes: nodeDocuments },
    !hasInitFile,
  );
  plan.networking.stack = stackFrom(plan, reading, hasInitFile);
  const first = used.cluster ?? used.init ?? used.joins[0];
  plan.apiVersion = kubeadmVersionOf(first?.apiVersion ?? '');
  plan.components.kubelet = used.kubelet !== undefined;
  plan.components.kubeProxy = used.kubeProxy !== undefined;
  dropDerived(plan);
  const { extras, unmodelled } = extrasOf(used, {
    cluster: modelledFields('ClusterConfiguration', plan),
    init: modelledFields('InitConfiguration', plan),
    join: modelledFields('JoinConfiguration', plan),
    kubelet: modelledFields('KubeletConfiguration', plan),
    kubeProxy: modelledFields('KubeProxyConfiguration', plan),
  });
  plan.extras = extras;
  return { plan, unmodelled };
}
