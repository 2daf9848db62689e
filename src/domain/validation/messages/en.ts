import { DOCS_URLS } from '../docs.ts';
import type { MessageCatalogue } from './catalogue.ts';

const family = (f: 'ipv4' | 'ipv6') => (f === 'ipv4' ? 'IPv4' : 'IPv6');

export const en: MessageCatalogue = {
  yaml_syntax: (p) =>
    `Not valid YAML${p.line === undefined ? '' : ` (line ${p.line})`}: ${p.detail.replace(/[.\s]+$/, '')}.`,
  file_encoding: (p) =>
    p.encoding === 'utf-16'
      ? 'The file is UTF-16 text; save it as UTF-8, which kubeadm config files use.'
      : 'The file is not text (it contains bytes that are not UTF-8); is it the right file?',
  input_limit: (p) => {
    switch (p.limit) {
      case 'size':
        return `The file is too large to read (the limit is ${p.max} bytes).`;
      case 'depth':
        return `The YAML is nested too deeply to read (the limit is ${p.max} levels).`;
      case 'aliases':
        return `The YAML uses too many aliases (the limit is ${p.max}); alias expansion was refused.`;
      case 'documents':
        return `The file has too many YAML documents (the limit is ${p.max}).`;
    }
  },
  unknown_kind: (p) =>
    `Unknown document apiVersion "${p.apiVersion}", kind "${p.kind}": kubeadm does not use it, so it is ignored here.`,
  api_version_removed: (p) =>
    `${p.apiVersion} (${p.kind}) is no longer accepted${p.kubernetesVersion ? ` by kubeadm ${p.kubernetesVersion}` : ' by current kubeadm'}; write it as ${p.replacement} (kubeadm config migrate converts one version at a time).`,
  api_version_deprecated: (p) =>
    `${p.apiVersion} (${p.kind}) is deprecated${p.kubernetesVersion ? ` in kubeadm ${p.kubernetesVersion}` : ''} and removed in 1.36; move to ${p.replacement}.`,
  api_version_unknown: (p) =>
    `"${p.apiVersion}" is not a version of this API (${p.kind}); known versions: ${p.known}.`,
  field_type: (p) =>
    `Wrong type: expected ${p.expected}, found ${p.actual === 'mapping' ? 'a mapping' : p.actual === 'list' ? 'a list' : `a ${p.actual}`}. kubeadm cannot decode this file.`,
  unknown_field: (p) =>
    `Unknown field "${p.field}": kubeadm ignores it, so this setting has no effect.`,
  duplicate_key: (p) =>
    `Key "${p.key}" is set more than once${p.line === undefined ? '' : ` (again on line ${p.line})`} at ${p.path}; kubeadm warns and uses the last value, so the earlier ones have no effect.`,
  required: (p) =>
    p.field
      ? 'A value is required here.'
      : 'The file holds no YAML documents; kubeadm needs at least one.',
  ip_syntax: (p) => `"${p.value}" is not an IP address.`,
  cidr_syntax: (p) => `"${p.value}" is not a CIDR (address/prefix length, e.g. 10.244.0.0/16).`,
  cidr_host_bits: (p) =>
    `"${p.value}" has host bits set; kubeadm will use the network ${p.network}. Write ${p.network} to say what you mean.`,
  ip_noncanonical: (p) => `"${p.value}" is not written canonically; it means ${p.canonical}.`,
  subnet_list: (p) => {
    switch (p.reason) {
      case 'too_many':
        return `"${p.value}" has more than two subnets; give one CIDR, or two CIDRs (one per family) for dual-stack.`;
      case 'same_family':
        return `"${p.value}" has two subnets of one family; dual-stack needs one IPv4 and one IPv6 CIDR.`;
      case 'whitespace':
        return `"${p.value}" contains spaces; kubeadm does not trim list entries, so write them with commas only.`;
    }
  },
  subnet_too_small: (p) =>
    `${p.cidr} has ${p.addresses} address(es); kubeadm needs at least ${p.minimum}.`,
  service_subnet_too_large: (p) =>
    `Service subnet ${p.cidr} is too large; for ${p.bits}-bit addresses the prefix must be /${p.minPrefix} or longer.`,
  pod_subnet_smaller_than_node_mask: (p) =>
    `Pod subnet ${p.cidr} (/${p.podMask}) is smaller than one node's block (/${p.nodeMask}); use a shorter prefix or a longer node mask.`,
  node_mask_difference_too_large: (p) =>
    `Pod subnet ${p.cidr} (/${p.podMask}) and node mask /${p.nodeMask} differ by more than ${p.maxDiff} bits; use a longer pod prefix or a shorter node mask.`,
  node_mask_invalid: (p) => {
    switch (p.reason) {
      case 'not_integer':
        return `--${p.flag} "${p.value}" is not an integer.`;
      case 'out_of_range':
        return `--${p.flag} "${p.value}" is out of range for its address family.`;
      case 'family_absent':
        return `--${p.flag} is set, but the cluster has no subnet of that family; kube-controller-manager refuses it.`;
      case 'legacy_dual_stack':
        return `--${p.flag} is not allowed in a dual-stack cluster; use --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6.`;
      case 'legacy_with_family':
        return `--${p.flag} cannot be combined with the per-family node mask flags.`;
    }
  },
  subnets_overlap: (p) => {
    const fix = p.suggestion
      ? `Use a free service subnet such as ${p.suggestion}`
      : `Choose a service subnet outside ${p.podSubnet} and the node addresses`;
    const breaks = p.coversPods
      ? `The ${family(p.family)} service subnet ${p.serviceSubnet} covers the whole pod subnet ${p.podSubnet}: kube-controller-manager reserves the Service range inside the pod range, has no node blocks left to allocate, and nodes get no pod range, so pods cannot start.`
      : `The ${family(p.family)} pod subnet ${p.podSubnet} and service subnet ${p.serviceSubnet} overlap: kube-controller-manager will not give nodes the pod blocks under the Service range, and a pod whose IP falls in it cannot be reached, because kube-proxy sends that traffic to a Service instead.`;
    return `${breaks} ${fix} (see ${DOCS_URLS.dualStack}).`;
  },
  node_ip_in_cluster_range: (p) =>
    `${p.ip} lies inside the ${p.rangeKind} subnet ${p.range}; node addresses must be outside the cluster's pod and service ranges.`,
  endpoint_in_cluster_range: (p) =>
    p.rangeKind === 'pod'
      ? `The controlPlaneEndpoint ${p.ip} lies inside the pod subnet ${p.range}: once the CNI routes that range to pods, nodes and pods can no longer reach the API server there. Use an address outside the cluster's pod and service ranges (the load balancer's or a control-plane node's).`
      : `The controlPlaneEndpoint ${p.ip} lies inside the service subnet ${p.range}: kube-apiserver may hand that IP to a Service, whose rules then capture the API server's traffic. Use an address outside the cluster's pod and service ranges (the load balancer's or a control-plane node's).`,
  family_mismatch: (p) =>
    `The advertise address ${p.address} is ${family(p.addressFamily)}, but the first service subnet ${p.subnet} is ${family(p.subnetFamily)}; kube-apiserver refuses to start. Put the ${family(p.addressFamily)} service subnet first or use an ${family(p.subnetFamily)} advertise address.`,
  wrong_family: (p) => `"${p.value}" is not an ${family(p.expected)} value.`,
  family_pair: (p) =>
    `"${p.value}" holds both families; put ${p.ipv4} in the IPv4 field and ${p.ipv6} in the IPv6 field, and choose dual-stack.`,
  stack_mismatch: (p) => {
    switch (p.reason) {
      case 'pod_service_families':
        return `Pod subnets (${p.actual}) and service subnets (${p.expected}) cover different address families.`;
      case 'pod_service_order':
        return `Pod subnets list ${p.actual} first but service subnets list ${p.expected} first; use the same primary family in both.`;
      case 'node_ip_families':
        return `This node's IPs cover ${p.actual}, but the cluster is ${p.expected}; give one node IP per cluster family.`;
      case 'node_ip_order':
        return `This node's IPs list ${p.actual} first, but the cluster's primary family is ${p.expected}.`;
    }
  },
  ip_not_unicast: (p) =>
    `${p.ip} is a ${p.kind} address; a node or API server needs a unicast address.`,
  node_ip_list: (p) => {
    switch (p.reason) {
      case 'too_many':
      case 'same_family':
        return `node-ip "${p.value}" must be a single IP or a dual-stack pair (one IPv4 and one IPv6).`;
      case 'unspecified_in_pair':
        return `node-ip "${p.value}": a dual-stack pair cannot include 0.0.0.0 or ::.`;
      case 'empty_entry':
        return `node-ip "${p.value}" has an empty entry.`;
    }
  },
  node_ip_mismatch: (p) =>
    `The node IP ${p.nodeIp} (kubelet --node-ip: the address the node registers, which the API server uses to reach this kubelet) differs from the advertise address ${p.advertiseAddress} (localAPIEndpoint.advertiseAddress: where kube-apiserver listens and what it publishes for the kubernetes Service; kubeadm also puts it in the API server certificate and etcd's URLs). If the two networks do not reach each other, kubectl logs/exec or joining fails. Usually change the node IP to ${p.advertiseAddress}; change the advertise address to ${p.nodeIp} only if the API server should serve on that network (see ${DOCS_URLS.createCluster}).`,
  duplicate_node_name: (p) => `The node name "${p.name}" is already used by ${p.other}.`,
  duplicate_node_ip: (p) =>
    `${p.ip} is already used by ${p.other}; every node needs its own addresses.`,
  port_range: (p) => `Port "${p.value}" must be a whole number from 1 to 65535.`,
  endpoint_syntax: (p) => {
    switch (p.reason) {
      case 'missing_port':
        return `"${p.value}" needs a port (host:port).`;
      case 'bad_port':
        return `"${p.value}": the port must be a number from 1 to 65535.`;
      case 'bad_host':
        return `"${p.value}": the host must be an IP address or a lowercase DNS name.`;
      case 'brackets_without_port':
        return `"${p.value}": brackets around an IPv6 address need a port after them ([addr]:port), or drop the brackets.`;
      case 'too_many_colons':
        return `"${p.value}" has too many colons; write an IPv6 address with a port as [addr]:port.`;
      case 'unbracketed_ipv6':
        return `"${p.value}": write an IPv6 address with a port as [addr]:port.`;
    }
  },
  endpoint_ipv6_port_ambiguous: (p) =>
    `"${p.value}" has no brackets, so kubeadm reads it all as one IPv6 address and adds the bind port; if the last group is meant as the port, write ${p.suggestion}.`,
  control_plane_endpoint_required: (p) =>
    `${p.controlPlaneNodes} control-plane nodes are planned, but there is no controlPlaneEndpoint; kubeadm cannot join a second control-plane node without a stable shared endpoint.`,
  dns_name: (p) => {
    switch (p.reason) {
      case 'syntax':
      case 'uppercase':
        return `"${p.value}" must be a lowercase RFC 1123 subdomain: letters, digits, '-' and '.', starting and ending with a letter or digit.`;
      case 'too_long':
        return `"${p.value}" is longer than 253 characters.`;
      case 'label_too_long':
        return `"${p.value}" has a label longer than 63 characters; DNS cannot resolve it.`;
      case 'blank':
        return 'The name is only spaces; leave it empty to use the host name, or give a name.';
      case 'cert_san':
        return `"${p.value}" is not a valid IP address, DNS name or wildcard DNS name (*.example.com).`;
    }
  },
  // The field is the issue's path (the CLI prints it; the wizard shows the issue on the field).
  token_format: () =>
    'The bootstrap token must look like abcdef.0123456789abcdef (6 and 16 lowercase letters or digits).',
  token_group: (p) =>
    p.reason === 'needs_authentication'
      ? `Token group "${p.value}" needs the token's usages to include "authentication".`
      : `Token group "${p.value}" must match system:bootstrappers:[a-z0-9:-] and end with a letter or digit.`,
  ca_cert_hash_format: (p) => `"${p.value}" must be sha256: followed by 64 hexadecimal digits.`,
  ca_cert_hash_missing: () =>
    'Token discovery without a CA certificate hash is unsafe; add the hash, or set unsafeSkipCAVerification to true.',
  certificate_key_format: () =>
    'The certificate key must be 64 hexadecimal digits (a 32-byte AES key).',
  discovery_method: (p) =>
    p.reason === 'neither'
      ? 'Set discovery.bootstrapToken or discovery.file.'
      : 'discovery.bootstrapToken and discovery.file cannot both be set.',
  cri_socket: (p) => {
    switch (p.reason) {
      case 'scheme':
        return `CRI socket "${p.value}": only the unix:// scheme is supported.`;
      case 'not_url':
        return `CRI socket "${p.value}" is not a unix:// URL.`;
      case 'bare_path':
        return `CRI socket "${p.value}" has no scheme; kubeadm adds unix:// and warns. Write unix://${p.value}.`;
    }
  },
  kubernetes_version: (p) => {
    switch (p.reason) {
      case 'syntax':
        return `"${p.value}" is not a Kubernetes version (v1.35.0) or a label (stable, stable-1, latest-1.35).`;
      case 'api_version_too_old':
        return `Kubernetes ${p.value} is older than ${p.limit ?? 'the minimum'}, the first version whose kubeadm reads this config API version.`;
      case 'api_version_removed':
        return `kubeadm ${p.value} no longer reads this config API version (removed in ${p.limit ?? '1.36'}).`;
      case 'newer_than_kubeadm':
        return `Kubernetes ${p.value} is newer than kubeadm ${p.limit ?? ''}; kubeadm warns and continues. Consider upgrading kubeadm.`;
      case 'older_than_supported':
        return `Kubernetes ${p.value} is older than this kubeadm supports (${p.limit ?? ''} or newer).`;
    }
  },
  feature_gate: (p) =>
    p.reason === 'removed'
      ? `Feature gate "${p.name}" was removed from kubeadm; delete it.`
      : `"${p.name}" is not a kubeadm feature gate.`,
  ignored_document: (p) =>
    p.fileRole === 'join'
      ? `kubeadm join ignores a ${p.kind} document; joining nodes take it from the cluster.`
      : `kubeadm init ignores a ${p.kind} document; put it in its own join file.`,
  pod_subnet_capacity: (p) =>
    `Pod subnet ${p.cidr} holds ${p.blocks} node block(s) of /${p.nodeMask}, fewer than the ${p.nodes} node(s) planned.`,
  documentation_prefix: (p) =>
    `${p.value} is in the documentation range ${p.prefix}, reserved for examples; use your own addresses.`,
  site_local: (p) =>
    `${p.value} touches fec0::/10, the IPv6 site-local range deprecated by RFC 3879.`,
  encryption_algorithm: (p) =>
    `"${p.value}" is not an encryption algorithm kubeadm knows; use one of ${p.allowed}.`,
  image_repository: (p) =>
    `"${p.value}" is not a valid image repository (registry host[:port]/path, no scheme, no tag).`,
  absolute_path: (p) => `"${p.value}" must be an absolute path.`,
  extra_arg_name: (p) => `An extra argument of ${p.component} has no name.`,
  image_pull_policy: (p) => `"${p.value}" is not a pull policy; use Always, IfNotPresent or Never.`,
  bootstrap_token_ttl: (p) => `"${p.value}" is not a duration (e.g. 24h, 1h30m, 0 for no expiry).`,
  discovery_file: (p) => `"${p.value}" must be an absolute path or an https:// URL.`,
  ignore_preflight_errors: (p) =>
    `"all" ignores every preflight check, so kubeadm refuses it together with individual checks (${p.value}); keep either "all" or the named checks.`,
  etcd: (p) => {
    switch (p.reason) {
      case 'local_and_external':
        return 'etcd.local and etcd.external are mutually exclusive.';
      case 'cert_key_pair':
        return 'Set both or neither of etcd.external.certFile and etcd.external.keyFile.';
      case 'ca_file_required':
        return 'etcd.external.certFile and keyFile need etcd.external.caFile.';
      case 'url_syntax':
        return `etcd endpoint "${p.value ?? ''}" is not a valid URL.`;
      case 'url_no_scheme':
        return `etcd endpoint "${p.value ?? ''}" needs a scheme (https://host:2379).`;
      case 'url_not_https':
        return `etcd endpoint "${p.value ?? ''}" must use https when certificate files are set.`;
    }
  },
  cluster_dns_mismatch: (p) =>
    `clusterDNS ${p.value} differs from ${p.expected}, the DNS Service IP kubeadm assigns (the 10th address of the first service subnet); Pods would query an address nothing answers.`,
  kube_proxy_cluster_cidr: (p) =>
    `kube-proxy clusterCIDR "${p.value}" differs from the pod subnets; kubeadm recommends "${p.recommended}".`,
  mixed_config: (p) =>
    p.reason === 'no_init_or_cluster'
      ? `${p.file} has no InitConfiguration or ClusterConfiguration for kubeadm init and no JoinConfiguration for kubeadm join.`
      : `${p.file} mixes InitConfiguration and JoinConfiguration.`,
  conversion_note: (p) => {
    switch (p.kind) {
      case 'dropped':
        return 'This field does not exist in the target API version and was left out.';
      case 'moved':
        return `Moved to ${p.toPath ?? 'its new place'} in the target API version.`;
      case 'duplicate_arg':
        return `The extra argument "${p.name ?? ''}" is given more than once; the map form keeps only the last value.`;
    }
  },
  invalid_choice: (p) => `"${p.value}" is not one of the choices: ${p.allowed}.`,
  plan_file: (p) => {
    switch (p.reason) {
      case 'not_json':
        return 'This is not a saved plan: the file is not JSON.';
      case 'not_a_plan':
        return 'This JSON is not a saved kubeadm wizard plan.';
      case 'unsupported_version':
        return `This plan was saved by a newer version of the wizard (format ${p.version ?? '?'}); update the wizard to open it.`;
    }
  },
  node_row: (p) =>
    p.count === 0
      ? `This row has no values; a row holds up to ${p.max}: name, role, IPv4 and IPv6.`
      : `This row has ${p.count} values; a row holds up to ${p.max}: name, role, IPv4 and IPv6.`,
  share_link: (p) => {
    switch (p.reason) {
      case 'missing':
        return 'This link holds no plan.';
      case 'too_long':
        return `This share link is longer than ${p.max ?? '?'} characters, so it was not opened.`;
      case 'not_base64':
        return 'This share link is damaged: its plan is not base64url text. Copy the whole link again.';
      case 'not_deflate':
        return 'This share link is damaged: its plan cannot be decompressed. Copy the whole link again.';
      case 'too_large':
        return `This share link unpacks to more than ${p.max ?? '?'} bytes, so it was not opened.`;
    }
  },
  wrong_object: (p) => {
    switch (p.expected) {
      case 'NodeList':
        return `This is not the output of kubectl get nodes -o json (a List of Node objects); found kind "${p.found}".`;
      case 'ClusterConfiguration':
        return `This holds no ClusterConfiguration: paste the output of kubectl -n kube-system get configmap kubeadm-config -o yaml (found kind "${p.found}").`;
      case 'PodList':
        if (p.reason === 'not_wide')
          return 'This kubectl get pods table has no IP and NODE columns; run it with -o wide (or -o json) and paste that.';
        return `This is not the output of kubectl get pods -A -o wide or -o json (a table with the IP and NODE columns, or a List of Pod objects); found kind "${p.found}".`;
      case 'ServiceList':
        return `This is not a Service or the output of kubectl get svc -A -o yaml (a List of Service objects); found kind "${p.found}".`;
      case 'Node':
      case 'Pod':
      case 'Service':
        return `This list entry is not a ${p.expected} (found kind "${p.found}"); it was skipped.`;
    }
  },
  node_family_missing: (p) =>
    p.what === 'internal_ip'
      ? `Node ${p.node} has no ${family(p.family)} InternalIP${p.known === 'nodes' ? ', though other nodes have one' : ''}. Likely cause: kubelet's node-ip names only one family (or the node has no ${family(p.family)} address). Fix: set node-ip to one IP per family, primary first (nodeRegistration.kubeletExtraArgs in its JoinConfiguration, or KUBELET_KUBEADM_ARGS in /var/lib/kubelet/kubeadm-flags.env), then restart kubelet.`
      : `Node ${p.node} has no ${family(p.family)} pod CIDR${p.known === 'nodes' ? ', though other nodes have one' : ''}. Likely cause: kube-controller-manager's --cluster-cidr has no ${family(p.family)} range (or its node mask does not fit), or the node registered before it had one: a Node's podCIDRs are set once. Fix: give the controller-manager an ${family(p.family)} cluster CIDR and mask, then drain, delete and re-join this node.`,
  pod_cidr_outside: (p) =>
    p.podSubnet
      ? `Node ${p.node}'s pod CIDR ${p.cidr} lies outside the config's pod subnet ${p.podSubnet}. Likely cause: kube-controller-manager runs with another --cluster-cidr than the kubeadm config says (an edited manifest, or a config that was not updated).`
      : `Node ${p.node} has the pod CIDR ${p.cidr}, but the config has no pod subnet of that family. Likely cause: kube-controller-manager's --cluster-cidr was changed without updating the kubeadm config.`,
  pod_ip_outside: (p) =>
    `${p.count} pod(s) on node ${p.node} have an IP outside every pod subnet of the config (${p.podSubnets}), e.g. ${p.pod} with ${p.ip}. Likely cause: the CNI's IP pool (a Calico IPPool, Cilium's cluster-pool CIDRs, Flannel's net-conf.json Network) does not match the cluster's podSubnet, so pods get addresses kube-proxy and the routes do not expect. Fix: set the CNI's pools to the podSubnet ranges (the wizard's CNI settings show them), then restart the pods so they get new addresses.`,
  pod_family_missing: (p) =>
    `${p.count} of the ${p.total} pod(s) with an IP on node ${p.node} have no ${family(p.family)} address, though the cluster is dual-stack. Likely cause: the CNI is not configured for dual-stack (no ${family(p.family)} pool, or IPv6 not enabled in it), or the pods were created before the cluster was converted: a pod keeps the IPs it started with. Fix: give the CNI an ${family(p.family)} pool inside the podSubnet, then restart the pods (kubectl rollout restart for their workloads).`,
  service_single_stack: (p) =>
    `Service ${p.service} is single-stack by policy (${p.policy === 'absent' ? 'no ipFamilyPolicy, which means SingleStack' : 'ipFamilyPolicy: SingleStack'}), so it has no ${family(p.family)} cluster IP on this dual-stack cluster. Fix: set spec.ipFamilyPolicy to PreferDualStack (or RequireDualStack) and, to choose the order, spec.ipFamilies; an existing Service can be changed from SingleStack to PreferDualStack in place (kubectl edit or apply) and keeps its first family's cluster IP.`,
  service_family_missing: (p) =>
    `Service ${p.service} asks for both families (ipFamilyPolicy: ${p.policy}) but has only one cluster IP, none of ${family(p.family)}. Likely cause: kube-apiserver's --service-cluster-ip-range has no ${family(p.family)} range (the cluster's serviceSubnet lacks the second family), so the Service fell back to one family. Fix: add an ${family(p.family)} range to the serviceSubnet and to kube-apiserver's and kube-controller-manager's --service-cluster-ip-range, then update the Service again.`,
  service_ip_outside: (p) =>
    `Service ${p.service}'s cluster IP ${p.ip} lies outside every service subnet of the config (${p.serviceSubnets}). Likely cause: kube-apiserver runs with another --service-cluster-ip-range than the kubeadm config says (an edited manifest, or a config that was not updated), or the Service was created before the range changed.`,
  dual_stack_conversion: (p) => {
    switch (p.reason) {
      case 'already_dual_stack':
        return 'This cluster already has pod or service subnets of both families; there is nothing to convert.';
      case 'no_cluster_configuration':
        return "No ClusterConfiguration was found; give the cluster's kubeadm config or its kubeadm-config ConfigMap.";
      case 'no_pod_subnet':
        return "The cluster has no podSubnet, so kube-controller-manager allocates no pod ranges; a dual-stack conversion needs the first family's pod subnet.";
      case 'same_family':
        return 'The ranges to add must be of the family the cluster does not have yet; the existing family stays first.';
    }
  },
  usage: (p) => {
    const option = p.option ?? '';
    const command = p.command ?? 'kubeadm-wizard';
    switch (p.reason) {
      case 'no_command':
        return 'No command given; run kubeadm-wizard --help to see the commands.';
      case 'unknown_command':
        return `Unknown command "${command}"; the commands are validate, diagnose, convert-dual-stack, migrate and generate.`;
      case 'unknown_option':
        return `Unknown option "${option}"; run kubeadm-wizard --help to see the options.`;
      case 'missing_value':
        return `The option ${option} needs a value (to give one that starts with "-", write ${option}=VALUE).`;
      case 'unexpected_value':
        return `The option ${option} takes no value.`;
      case 'missing_option':
        return `${command} needs ${option}${p.expected ? ` (${p.expected})` : ''}.`;
      case 'bad_value':
        return `"${p.value ?? ''}" is not a value ${option} accepts; expected ${p.expected ?? ''}.`;
      case 'unsupported_option':
        return `${command} does not take ${option}.`;
      case 'no_files':
        return `No file given: ${command} needs ${command === 'validate' ? 'at least one file' : 'exactly one file'} (- reads standard input).`;
      case 'extra_argument':
        return `${command} takes exactly one file; "${p.value ?? ''}" is one too many.`;
      case 'unreadable_file': {
        const file = p.file === '-' ? 'standard input' : (p.file ?? '');
        const why =
          p.cause === 'not_found'
            ? 'there is no such file'
            : p.cause === 'permission_denied'
              ? 'permission denied'
              : p.cause === 'is_directory'
                ? 'it is a directory, not a file'
                : (p.detail ?? 'unknown error');
        return `Cannot read ${file}: ${why}.`;
      }
      case 'cannot_write':
        return `Cannot write to ${p.file ?? ''}: ${p.detail ?? 'unknown error'}.`;
      case 'bad_arguments':
        return `The arguments cannot be read: ${p.detail ?? 'unknown error'}.`;
    }
  },
  internal_error: (p) =>
    `Internal error: ${p.detail}. This is a bug in kubeadm-wizard; please report it with the command that was run.`,
};
