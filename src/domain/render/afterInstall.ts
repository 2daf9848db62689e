import { isDualStack, type ClusterPlan } from '../plan/plan.ts';
import { toYaml } from './yaml.ts';

/** What an after-install check shows; the UI labels each one in the user's language. */
export type AfterInstallCheckKind =
  | 'node_pod_cidrs'
  | 'node_addresses'
  | 'pod_ips'
  | 'dual_stack_service'
  | 'service_ips'
  | 'service_cleanup';

export interface AfterInstallCheck {
  kind: AfterInstallCheckKind;
  /** A command that is safe to paste: fixed text, single-quoted templates, a quoted here-document. */
  command: string;
}

/** The Service the dual-stack check creates and then deletes. */
const CHECK_SERVICE = 'dual-stack-check';

const NODE_POD_CIDRS = `kubectl get nodes -o go-template --template='{{range .items}}{{.metadata.name}}{{" "}}{{.spec.podCIDRs}}{{"\\n"}}{{end}}'`;

const NODE_ADDRESSES = `kubectl get nodes -o go-template --template='{{range .items}}{{.metadata.name}}{{" "}}{{range .status.addresses}}{{printf "%s: %s " .type .address}}{{end}}{{"\\n"}}{{end}}'`;

// CoreDNS exists in every kubeadm cluster and runs once a CNI is in place, so its Pods show the
// addresses the CNI hands out without creating a Pod of our own.
const POD_IPS = `kubectl get pods --namespace kube-system --selector k8s-app=kube-dns -o go-template --template='{{range .items}}{{.metadata.name}}{{" "}}{{range .status.podIPs}}{{.ip}}{{" "}}{{end}}{{"\\n"}}{{end}}'`;

const SERVICE_IPS = `kubectl get service ${CHECK_SERVICE} -o go-template --template='{{.spec.ipFamilyPolicy}}{{" "}}{{.spec.ipFamilies}}{{" "}}{{.spec.clusterIPs}}{{"\\n"}}'`;

/**
 * A selector-less Service that must get one ClusterIP per family: RequireDualStack makes the API
 * server refuse it when the cluster is not really dual-stack ("Validate IPv4/IPv6 dual-stack").
 */
function dualStackService(): string {
  const manifest = toYaml([
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: CHECK_SERVICE },
      spec: {
        ipFamilyPolicy: 'RequireDualStack',
        ports: [{ protocol: 'TCP', port: 80 }],
      },
    },
  ]);
  // A quoted delimiter: the shell expands nothing inside the manifest.
  return `kubectl apply -f - <<'EOF'\n${manifest}EOF`;
}

/**
 * The after-install checks of the plan (the Kubernetes task "Validate IPv4/IPv6 dual-stack"):
 * each node's podCIDRs and addresses and the CoreDNS Pods' IPs, plus, for a dual-stack plan, a
 * RequireDualStack Service, its ClusterIPs and families, and its removal.
 */
export function afterInstallCheckList(plan: ClusterPlan): AfterInstallCheck[] {
  const checks: AfterInstallCheck[] = [
    { kind: 'node_pod_cidrs', command: NODE_POD_CIDRS },
    { kind: 'node_addresses', command: NODE_ADDRESSES },
    { kind: 'pod_ips', command: POD_IPS },
  ];
  if (isDualStack(plan.networking.stack)) {
    checks.push(
      { kind: 'dual_stack_service', command: dualStackService() },
      { kind: 'service_ips', command: SERVICE_IPS },
      { kind: 'service_cleanup', command: `kubectl delete service ${CHECK_SERVICE}` },
    );
  }
  return checks;
}

/** The after-install kubectl commands of the plan, in order (see afterInstallCheckList). */
export function afterInstallChecks(plan: ClusterPlan): string[] {
  return afterInstallCheckList(plan).map((check) => check.command);
}
