export const USAGE = `Usage: kubeadm-wizard <command> [options]

Commands:
  validate FILE... [--json] [--kubernetes-version vX.Y.Z]
      Check kubeadm config files that together describe one cluster (an init file and
      any number of join files). "-" reads standard input.
  migrate FILE --to v1beta4|v1beta3
      Print the config converted to another kubeadm config API version.
  generate PLAN.json --out DIR
      Write the files the wizard downloads for a saved plan.

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`;

/** A mistake in how the command was called: printed with the usage, exit status 2. */
export class UsageError extends Error {}
