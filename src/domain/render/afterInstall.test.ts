import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../plan/defaults.ts';
import type { StackMode } from '../plan/plan.ts';
import { afterInstallCheckList, afterInstallChecks } from './afterInstall.ts';
import { parseYamlStream } from '../text/yaml.ts';

function checks(stack: StackMode) {
  const plan = createDefaultPlan();
  plan.networking.stack = stack;
  // Hostile text in the plan never reaches the commands: they name no node.
  plan.nodes[0]!.name = "x'; rm -rf / #";
  return afterInstallCheckList(plan);
}

/** The text a POSIX shell reads as syntax: everything outside '…' quotes. */
function unquoted(command: string): string {
  return command.replace(/'[^']*'/g, "''");
}

/** The manifest of a `kubectl apply -f - <<'EOF'` command, or undefined when it has none. */
function hereDocument(command: string): string | undefined {
  return /^kubectl apply -f - <<'EOF'\n([\s\S]*\n)EOF$/.exec(command)?.[1];
}

describe('afterInstallCheckList', () => {
  it('shows node podCIDRs, node addresses and CoreDNS Pod IPs in a single-stack plan', () => {
    for (const stack of ['ipv4', 'ipv6'] as const) {
      expect(checks(stack).map((c) => c.kind)).toEqual([
        'node_pod_cidrs',
        'node_addresses',
        'pod_ips',
      ]);
    }
  });

  it('adds a dual-stack Service, its ClusterIPs and its removal in a dual-stack plan', () => {
    for (const stack of ['dual-ipv4-primary', 'dual-ipv6-primary'] as const) {
      expect(checks(stack).map((c) => c.kind)).toEqual([
        'node_pod_cidrs',
        'node_addresses',
        'pod_ips',
        'dual_stack_service',
        'service_ips',
        'service_cleanup',
      ]);
    }
  });

  it('prints each node with its podCIDRs and its addresses', () => {
    const [podCidrs, addresses] = checks('ipv4');
    expect(podCidrs?.command).toBe(
      `kubectl get nodes -o go-template --template='{{range .items}}{{.metadata.name}}{{" "}}{{.spec.podCIDRs}}{{"\\n"}}{{end}}'`,
    );
    expect(addresses?.command).toContain(
      '{{range .status.addresses}}{{printf "%s: %s " .type .address}}{{end}}',
    );
  });

  it('creates a RequireDualStack Service from a quoted here-document', () => {
    const service = checks('dual-ipv6-primary').find((c) => c.kind === 'dual_stack_service');
    const manifest = hereDocument(service?.command ?? '');
    expect(manifest).toBeDefined();
    const [doc] = parseYamlStream(manifest ?? '').documents;
    expect(doc?.data).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'dual-stack-check' },
      spec: { ipFamilyPolicy: 'RequireDualStack', ports: [{ protocol: 'TCP', port: 80 }] },
    });
    const ips = checks('dual-ipv4-primary').find((c) => c.kind === 'service_ips');
    expect(ips?.command).toContain('{{.spec.ipFamilies}}');
    expect(ips?.command).toContain('{{.spec.clusterIPs}}');
  });

  it('gives commands with no shell syntax outside quotes', () => {
    for (const { command } of checks('dual-ipv4-primary')) {
      const body = hereDocument(command) === undefined ? command : "kubectl apply -f - <<'EOF'";
      expect(unquoted(body.replace(/ <<'EOF'$/, ''))).toMatch(/^[A-Za-z0-9 ./=_'-]+$/);
    }
  });
});

describe('afterInstallChecks', () => {
  it('lists the commands of the check list in order', () => {
    const plan = createDefaultPlan();
    expect(afterInstallChecks(plan)).toEqual(afterInstallCheckList(plan).map((c) => c.command));
  });
});
