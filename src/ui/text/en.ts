/** Every label, help text and button of the wizard in English (issue messages come from the domain). */
export const uiText = {
  app: {
    title: 'kubeadm network wizard',
    tagline:
      'Plan IPv4/IPv6 dual-stack networking for a kubeadm cluster and get the config right the first time.',
    privacy: 'Everything runs in your browser; nothing you type is sent anywhere.',
    crashed:
      'Something went wrong while showing the wizard. Your input is still in this tab; reloading starts over.',
    reload: 'Reload the wizard',
  },
  steps: {
    nav: 'Wizard steps',
    cluster: 'Cluster',
    networking: 'Networking',
    controlPlane: 'Control-plane node',
    review: 'Review',
    back: 'Back',
    next: 'Next',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    refused: 'Some fields need attention before you can continue.',
  },
  cluster: {
    kubernetesVersion: 'Kubernetes version',
    kubernetesVersionHelp:
      'The control-plane version, e.g. v1.35.0. Leave empty for the version of your kubeadm.',
    apiVersion: 'kubeadm config API version',
    apiVersionHelp:
      'v1beta4 for kubeadm 1.31 and newer; v1beta3 only for kubeadm 1.22 to 1.35 (removed in 1.36).',
    apiVersionV1beta4: 'v1beta4 (kubeadm 1.31+)',
    apiVersionV1beta3: 'v1beta3 (kubeadm 1.22–1.35)',
    clusterName: 'Cluster name',
    clusterNameHelp: 'Optional; kubeadm uses "kubernetes" when empty.',
    controlPlaneEndpoint: 'Control-plane endpoint',
    controlPlaneEndpointHelp:
      'A stable address (DNS name or IP, optional :port) in front of all control-plane nodes. Required for more than one control-plane node.',
    certSANs: 'Extra API server certificate names (SANs)',
    certSANsHelp: 'One DNS name or IP per line.',
    criSocket: 'Container runtime socket',
    criSocketHelp: 'Leave empty to let kubeadm detect the runtime.',
    criSocketPresets: 'Common sockets',
    criDetect: 'Detect automatically',
    criContainerd: 'containerd',
    criCrio: 'CRI-O',
    criDockerd: 'cri-dockerd',
  },
  networking: {
    stack: 'IP stack',
    stackIpv4: 'IPv4 only',
    stackIpv6: 'IPv6 only',
    stackDualIpv4: 'Dual-stack, IPv4 primary',
    stackDualIpv6: 'Dual-stack, IPv6 primary',
    stackHelp: 'The primary family comes first in every list and must match the advertise address.',
    podSubnet: (family: string) => `Pod subnet (${family})`,
    serviceSubnet: (family: string) => `Service subnet (${family})`,
    nodeMask: (family: string) => `Node CIDR mask (${family})`,
    nodeMaskHelp: (fallback: number) =>
      `Prefix length of each node's pod range; empty means /${fallback}.`,
    dnsDomain: 'Cluster DNS domain',
    dnsDomainHelp: 'Optional; kubeadm uses cluster.local when empty.',
    addressAdvice:
      'IPv4: private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) are normal. IPv6: a block from your own global unicast allocation (2000::/3) or a unique local address range (fc00::/7); never the documentation prefix 2001:db8::/32.',
    generateUla: 'Generate a ULA prefix for IPv6',
    generatedUla: (prefix: string) =>
      `Generated ${prefix} and filled the IPv6 pod and service subnets from it.`,
    capacityTitle: (family: string) => `${family} capacity`,
    podsPerNode: 'Pod addresses per node',
    maxNodes: 'Maximum nodes',
    serviceIps: 'Service IPs',
    kubernetesServiceIp: 'kubernetes Service IP',
    clusterDnsIp: 'Cluster DNS IP',
    fits: (nodes: number) => `Fits the ${nodes} node(s) planned.`,
    doesNotFit: (nodes: number) => `Too small for the ${nodes} node(s) planned.`,
    notAvailable: '—',
  },
  controlPlane: {
    intro: 'The first control-plane node, where you run kubeadm init.',
    name: 'Node name',
    nameHelp: 'Optional; empty means the host name.',
    advertiseAddress: 'Advertise address',
    advertiseAddressHelp:
      'The API server address on this node. One IP of the primary family; empty means this node’s primary IP.',
    bindPort: 'API server bind port',
    bindPortHelp: 'Empty means 6443.',
    nodeIp: (family: string) => `Node IP (${family})`,
    nodeIpHelp: 'The kubelet node-ip: this machine’s own address.',
  },
  review: {
    intro:
      'Everything the wizard produces for this plan. Fix errors before you run kubeadm; warnings are advice.',
    files: 'Files',
    commands: 'Commands',
    issues: 'Issues',
  },
  preview: {
    title: 'Preview',
    fileLabel: (name: string) => `Contents of ${name}`,
    download: (name: string) => `Download ${name}`,
    copyYaml: 'Copy YAML',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed; select the text and copy it by hand.',
    copyCommand: (what: string) => `Copy ${what}`,
    initCommand: 'kubeadm init command',
    flagsCommand: 'flags-only kubeadm init command',
    flagsOnly: 'Without a config file (networking flags only)',
    flagsLimit:
      'The flags cannot express node IPs, node masks or component settings; use the config file for those.',
    hostPreparation: 'Host preparation (every node)',
    hostCommands: 'host preparation commands',
    invalidNote: 'The file below still has errors; fix them before you use it.',
  },
  issues: {
    none: 'No problems found.',
    errors: (n: number) => `Errors (${n})`,
    warnings: (n: number) => `Warnings (${n})`,
    notes: (n: number) => `Notes (${n})`,
    error: 'Error',
    warning: 'Warning',
    info: 'Note',
    goTo: (label: string) => `Go to ${label}`,
    inFile: (file: string) => `in ${file}`,
  },
  theme: {
    system: 'follows your system’s light or dark theme',
  },
} as const;

export type UiText = typeof uiText;
