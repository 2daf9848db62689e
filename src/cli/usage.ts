import type { IssueParamsByCode, Language } from '../domain/index.ts';

export const USAGE = `Usage: kubeadm-wizard <command> [options]

Commands:
  validate FILE... [--json] [--kubernetes-version vX.Y.Z] [--nodes NODES.json]
      Check kubeadm config files that together describe one cluster (an init file and
      any number of join files). "-" reads standard input. With --nodes (kubectl get
      nodes -o json) the join files are checked against the running cluster's nodes.
  diagnose NODES.json [--config FILE] [--pods FILE] [--services FILE] [--json]
      Report each node's InternalIPs and pod CIDRs per family from the output of
      kubectl get nodes -o json, and what is missing, with its likely cause; --config
      takes the cluster's kubeadm config or its kubeadm-config ConfigMap (kubectl -n
      kube-system get configmap kubeadm-config -o yaml). --pods takes kubectl get pods
      -A -o wide or -o json (per node its pods' IPs by family; only -o json shows a
      pod's second IP), --services one Service or kubectl get svc -A -o yaml (each
      Service's ipFamilyPolicy and cluster IPs against the cluster's families).
  convert-dual-stack FILE --pod-subnet CIDR --service-subnet CIDR [--node-mask N]
      [--out DIR] [--json]
      Plan turning a running single-stack cluster dual-stack (FILE: its kubeadm config or
      kubeadm-config ConfigMap; the ranges: the second family's). Checks the new ranges and
      prints each step with its files, commands, check and rollback; --out writes the files.
  migrate FILE --to v1beta4|v1beta3
      Print the config converted to another kubeadm config API version.
  generate PLAN.json --out DIR
      Write the files the wizard downloads for a saved plan.

Options:
  --lang en|zh-CN
      Language of the messages (also en-US, zh, zh-Hans). Default: the locale in LC_ALL,
      LC_MESSAGES or LANG (zh_CN.UTF-8 gives zh-CN), else en.

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.
With --json (anywhere in the arguments) every outcome, usage errors included, is one JSON
object on standard output; a usage error has valid: false and one issue of code "usage".`;

export type UsageParams = IssueParamsByCode['usage'];

/**
 * A mistake in how the command was called, exit status 2: the message (English) is printed with
 * the usage; with --json the params become a `usage` issue whose text comes from the catalogue.
 */
export class UsageError extends Error {
  readonly params: UsageParams;

  constructor(message: string, params: UsageParams) {
    super(message);
    this.params = params;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The CLI's own closing line of a human report, in the chosen language. */
export function summaryLine(
  counts: { errors: number; warnings: number; files: number },
  language: Language,
): string {
  const { errors, warnings, files } = counts;
  const clean = errors === 0 && warnings === 0;
  switch (language) {
    case 'en':
      return clean
        ? `OK: no problems in ${plural(files, 'file')}.`
        : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
    case 'zh-CN':
      return clean
        ? `OK：${files} 个文件中没有发现问题。`
        : `${files} 个文件中有 ${errors} 个错误、${warnings} 个警告。`;
  }
}
