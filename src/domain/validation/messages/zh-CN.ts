import type { ActualShape, ExpectedShape } from '../issues.ts';
import { DOCS_URLS } from '../docs.ts';
import type { MessageCatalogue } from './catalogue.ts';

// Simplified Chinese twin of en.ts: same codes, same parameters, same meaning. Terms follow the
// zh-cn Kubernetes docs (双协议栈, 控制面, 节点, 地址族, 公告地址, 启动引导令牌); Pod and Service stay
// untranslated as they do there. Field names, flags, kinds, commands and values stay as written.

const family = (f: 'ipv4' | 'ipv6') => (f === 'ipv4' ? 'IPv4' : 'IPv6');

const EXPECTED: { readonly [S in ExpectedShape]: string } = {
  mapping: '映射',
  string: '字符串',
  integer: '整数',
  boolean: '布尔值',
  list: '列表',
  'list of strings': '字符串列表',
  'list of {name, value}': ' {name, value} 列表',
  'map of strings': '字符串映射',
  'map of booleans': '布尔值映射',
  duration: '时长',
};

const ACTUAL: { readonly [S in ActualShape]: string } = {
  mapping: '映射',
  list: '列表',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  null: '空值',
  other: '其他类型的值',
};

const NOT_UNICAST = {
  unspecified: '未指定',
  loopback: '回环',
  'link-local': '链路本地',
  multicast: '组播',
  broadcast: '广播',
} as const;

export const zhCN: MessageCatalogue = {
  yaml_syntax: (p) =>
    `不是有效的 YAML${p.line === undefined ? '' : `（第 ${p.line} 行）`}：${p.detail.replace(/[.\s]+$/, '')}。`,
  file_encoding: (p) =>
    p.encoding === 'utf-16'
      ? '该文件是 UTF-16 文本；kubeadm 配置文件使用 UTF-8，请将其另存为 UTF-8。'
      : '该文件不是文本（其中含有不属于 UTF-8 的字节）；是否选错了文件？',
  input_limit: (p) => {
    switch (p.limit) {
      case 'size':
        return `文件过大，无法读取（上限为 ${p.max} 字节）。`;
      case 'depth':
        return `YAML 嵌套层级过深，无法读取（上限为 ${p.max} 层）。`;
      case 'aliases':
        return `YAML 使用的别名过多（上限为 ${p.max} 个），已拒绝展开别名。`;
      case 'documents':
        return `文件中的 YAML 文档过多（上限为 ${p.max} 个）。`;
    }
  },
  unknown_kind: (p) =>
    `未知的文档类型：apiVersion "${p.apiVersion}"，kind "${p.kind}"。kubeadm 不使用它，因此此处将其忽略。`,
  api_version_removed: (p) =>
    `${p.kubernetesVersion ? `kubeadm ${p.kubernetesVersion}` : '当前的 kubeadm'} 已不再接受 ${p.apiVersion}（${p.kind}）；请改写为 ${p.replacement}（kubeadm config migrate 每次只能转换一个版本）。`,
  api_version_deprecated: (p) =>
    `${p.apiVersion}（${p.kind}）${p.kubernetesVersion ? `在 kubeadm ${p.kubernetesVersion} 中` : ''}已被弃用，并将在 1.36 中移除；请迁移到 ${p.replacement}。`,
  api_version_unknown: (p) =>
    `"${p.apiVersion}" 不是此 API（${p.kind}）的版本；已知版本：${p.known}。`,
  field_type: (p) =>
    `类型错误：此处应为${EXPECTED[p.expected]}，实际却是${ACTUAL[p.actual]}。kubeadm 无法解码此文件。`,
  duplicate_key: (p) =>
    `键 "${p.key}" 在 ${p.path} 处重复设置${p.line === undefined ? '' : `（第 ${p.line} 行再次出现）`}；kubeadm 会给出警告并使用最后一个值，前面的值不起作用。`,
  unknown_field: (p) => `未知字段 "${p.field}"：kubeadm 会忽略它，因此该设置不起作用。`,
  required: (p) =>
    p.field ? '此处必须填写一个值。' : '该文件中没有 YAML 文档；kubeadm 至少需要一个。',
  ip_syntax: (p) => `"${p.value}" 不是 IP 地址。`,
  cidr_syntax: (p) => `"${p.value}" 不是 CIDR（地址/前缀长度，例如 10.244.0.0/16）。`,
  cidr_host_bits: (p) =>
    `"${p.value}" 设置了主机位；kubeadm 将使用网络地址 ${p.network}。请直接写成 ${p.network}，以准确表达你的意图。`,
  ip_noncanonical: (p) => `"${p.value}" 不是规范写法；它表示 ${p.canonical}。`,
  subnet_list: (p) => {
    switch (p.reason) {
      case 'too_many':
        return `"${p.value}" 中有两个以上的子网；请给出一个 CIDR，双协议栈则给出两个 CIDR（每个地址族一个）。`;
      case 'same_family':
        return `"${p.value}" 中的两个子网属于同一地址族；双协议栈需要一个 IPv4 CIDR 和一个 IPv6 CIDR。`;
      case 'whitespace':
        return `"${p.value}" 中含有空格；kubeadm 不会去除列表项两侧的空格，因此请只用逗号分隔。`;
    }
  },
  subnet_too_small: (p) =>
    `${p.cidr} 只有 ${p.addresses} 个地址；kubeadm 至少需要 ${p.minimum} 个。`,
  service_subnet_too_large: (p) =>
    `Service 子网 ${p.cidr} 过大；对于 ${p.bits} 位地址，前缀长度必须为 /${p.minPrefix} 或更长。`,
  pod_subnet_smaller_than_node_mask: (p) =>
    `Pod 子网 ${p.cidr}（/${p.podMask}）比单个节点的地址块（/${p.nodeMask}）还小；请使用更短的前缀或更长的节点掩码。`,
  node_mask_difference_too_large: (p) =>
    `Pod 子网 ${p.cidr}（/${p.podMask}）与节点掩码 /${p.nodeMask} 相差超过 ${p.maxDiff} 位；请使用更长的 Pod 子网前缀或更短的节点掩码。`,
  node_mask_invalid: (p) => {
    switch (p.reason) {
      case 'not_integer':
        return `--${p.flag} "${p.value}" 不是整数。`;
      case 'out_of_range':
        return `--${p.flag} "${p.value}" 超出了其地址族允许的范围。`;
      case 'family_absent':
        return `设置了 --${p.flag}，但集群中没有该地址族的子网；kube-controller-manager 会拒绝此设置。`;
      case 'legacy_dual_stack':
        return `双协议栈集群中不允许使用 --${p.flag}；请使用 --node-cidr-mask-size-ipv4 和 --node-cidr-mask-size-ipv6。`;
      case 'legacy_with_family':
        return `--${p.flag} 不能与按地址族设置节点掩码的标志同时使用。`;
    }
  },
  subnets_overlap: (p) => {
    const fix = p.suggestion
      ? `请改用空闲的 Service 子网，例如 ${p.suggestion}`
      : `请选择位于 ${p.podSubnet} 和节点地址之外的 Service 子网`;
    const breaks = p.coversPods
      ? `${family(p.family)} Service 子网 ${p.serviceSubnet} 覆盖了整个 Pod 子网 ${p.podSubnet}：kube-controller-manager 会在 Pod 范围内预留 Service 范围，没有剩余的节点地址块可供分配，节点得不到 Pod 地址范围，Pod 无法启动。`
      : `${family(p.family)} Pod 子网 ${p.podSubnet} 与 Service 子网 ${p.serviceSubnet} 重叠：kube-controller-manager 不会把 Service 范围下的 Pod 地址块分给节点；IP 落在其中的 Pod 无法访问，因为 kube-proxy 会把这些流量转给 Service。`;
    return `${breaks}${fix}（参见 ${DOCS_URLS.dualStack} ）。`;
  },
  node_ip_in_cluster_range: (p) =>
    `${p.ip} 位于 ${p.rangeKind === 'pod' ? 'Pod' : 'Service'} 子网 ${p.range} 之内；节点地址必须位于集群的 Pod 和 Service 地址范围之外。`,
  endpoint_in_cluster_range: (p) =>
    p.rangeKind === 'pod'
      ? `controlPlaneEndpoint ${p.ip} 位于 Pod 子网 ${p.range} 之内：CNI 把该范围路由给 Pod 后，节点和 Pod 就无法再经此地址访问 API 服务器。请使用集群 Pod 和 Service 地址范围之外的地址（负载均衡器的地址或某个控制平面节点的地址）。`
      : `controlPlaneEndpoint ${p.ip} 位于 Service 子网 ${p.range} 之内：kube-apiserver 可能把该 IP 分配给某个 Service，其规则随后会截获发往 API 服务器的流量。请使用集群 Pod 和 Service 地址范围之外的地址（负载均衡器的地址或某个控制平面节点的地址）。`,
  family_mismatch: (p) =>
    `公告地址 ${p.address} 是 ${family(p.addressFamily)} 地址，但第一个 Service 子网 ${p.subnet} 是 ${family(p.subnetFamily)} 子网；kube-apiserver 将无法启动。请把 ${family(p.addressFamily)} Service 子网放在第一位，或改用 ${family(p.subnetFamily)} 公告地址。`,
  wrong_family: (p) => `"${p.value}" 不属于 ${family(p.expected)} 地址族。`,
  family_pair: (p) =>
    `"${p.value}" 同时包含两个地址族；请把 ${p.ipv4} 填入 IPv4 字段、${p.ipv6} 填入 IPv6 字段，并选择双协议栈。`,
  stack_mismatch: (p) => {
    switch (p.reason) {
      case 'pod_service_families':
        return `Pod 子网（${p.actual}）与 Service 子网（${p.expected}）所覆盖的地址族不同。`;
      case 'pod_service_order':
        return `Pod 子网首先列出 ${p.actual}，而 Service 子网首先列出 ${p.expected}；请在两者中使用相同的主地址族。`;
      case 'node_ip_families':
        return `此节点的 IP 覆盖 ${p.actual}，但集群使用 ${p.expected}；请为集群的每个地址族各提供一个节点 IP。`;
      case 'node_ip_order':
        return `此节点的 IP 首先列出 ${p.actual}，但集群的主地址族是 ${p.expected}。`;
    }
  },
  ip_not_unicast: (p) =>
    `${p.ip} 是${NOT_UNICAST[p.kind]}地址；节点或 API 服务器需要使用单播地址。`,
  node_ip_list: (p) => {
    switch (p.reason) {
      case 'too_many':
      case 'same_family':
        return `node-ip "${p.value}" 必须是单个 IP，或一对双协议栈地址（一个 IPv4 和一个 IPv6）。`;
      case 'unspecified_in_pair':
        return `node-ip "${p.value}"：双协议栈地址对中不能包含 0.0.0.0 或 ::。`;
      case 'empty_entry':
        return `node-ip "${p.value}" 中有空的条目。`;
    }
  },
  node_ip_mismatch: (p) =>
    `节点 IP ${p.nodeIp}（kubelet --node-ip：节点注册的地址，API 服务器通过它访问此 kubelet）与公告地址 ${p.advertiseAddress}（localAPIEndpoint.advertiseAddress：kube-apiserver 监听并为 kubernetes Service 发布的地址；kubeadm 还把它写入 API 服务器证书和 etcd 的 URL）不同。如果两个网络互不相通，kubectl logs/exec 或节点加入会失败。通常应把节点 IP 改为 ${p.advertiseAddress}；只有当 API 服务器应在该网络上提供服务时，才把公告地址改为 ${p.nodeIp}（参见 ${DOCS_URLS.createCluster} ）。`,
  duplicate_node_name: (p) => `节点名称 "${p.name}" 已被 ${p.other} 使用。`,
  duplicate_node_ip: (p) => `${p.ip} 已被 ${p.other} 使用；每个节点都需要自己的地址。`,
  port_range: (p) => `端口 "${p.value}" 必须是 1 到 65535 之间的整数。`,
  endpoint_syntax: (p) => {
    switch (p.reason) {
      case 'missing_port':
        return `"${p.value}" 需要带上端口（host:port）。`;
      case 'bad_port':
        return `"${p.value}"：端口必须是 1 到 65535 之间的数字。`;
      case 'bad_host':
        return `"${p.value}"：主机必须是 IP 地址或小写的 DNS 名称。`;
      case 'brackets_without_port':
        return `"${p.value}"：IPv6 地址外的方括号后面需要跟端口（[addr]:port），否则请去掉方括号。`;
      case 'too_many_colons':
        return `"${p.value}" 中的冒号过多；带端口的 IPv6 地址应写成 [addr]:port。`;
      case 'unbracketed_ipv6':
        return `"${p.value}"：带端口的 IPv6 地址应写成 [addr]:port。`;
    }
  },
  endpoint_ipv6_port_ambiguous: (p) =>
    `"${p.value}" 没有方括号，kubeadm 会把整段当作一个 IPv6 地址并加上绑定端口；如果最后一组是想写的端口，请写成 ${p.suggestion}。`,
  control_plane_endpoint_required: (p) =>
    `计划了 ${p.controlPlaneNodes} 个控制面节点，但没有设置 controlPlaneEndpoint；没有稳定的共享端点，kubeadm 无法添加第二个控制面节点。`,
  dns_name: (p) => {
    switch (p.reason) {
      case 'syntax':
      case 'uppercase':
        return `"${p.value}" 必须是小写的 RFC 1123 子域名：只能包含字母、数字、'-' 和 '.'，且以字母或数字开头和结尾。`;
      case 'too_long':
        return `"${p.value}" 超过了 253 个字符。`;
      case 'label_too_long':
        return `"${p.value}" 中有超过 63 个字符的标签；DNS 无法解析它。`;
      case 'blank':
        return '名称只包含空格；留空则使用主机名，否则请填写一个名称。';
      case 'cert_san':
        return `"${p.value}" 不是有效的 IP 地址、DNS 名称或通配符 DNS 名称（*.example.com）。`;
    }
  },
  token_format: () =>
    '启动引导令牌的格式必须类似 abcdef.0123456789abcdef（两段分别为 6 个和 16 个小写字母或数字）。',
  token_group: (p) =>
    p.reason === 'needs_authentication'
      ? `令牌组 "${p.value}" 要求令牌的 usages 中包含 "authentication"。`
      : `令牌组 "${p.value}" 必须匹配 system:bootstrappers:[a-z0-9:-]，并以字母或数字结尾。`,
  ca_cert_hash_format: (p) => `"${p.value}" 必须是 sha256: 后跟 64 个十六进制数字。`,
  ca_cert_hash_missing: () =>
    '不带 CA 证书哈希的令牌发现是不安全的；请添加该哈希，或将 unsafeSkipCAVerification 设置为 true。',
  certificate_key_format: () => '证书密钥必须是 64 个十六进制数字（一个 32 字节的 AES 密钥）。',
  discovery_method: (p) =>
    p.reason === 'neither'
      ? '请设置 discovery.bootstrapToken 或 discovery.file。'
      : '不能同时设置 discovery.bootstrapToken 和 discovery.file。',
  cri_socket: (p) => {
    switch (p.reason) {
      case 'scheme':
        return `CRI 套接字 "${p.value}"：仅支持 unix:// 协议。`;
      case 'not_url':
        return `CRI 套接字 "${p.value}" 不是 unix:// URL。`;
      case 'bare_path':
        return `CRI 套接字 "${p.value}" 没有协议前缀；kubeadm 会自动加上 unix:// 并给出警告。请写成 unix://${p.value}。`;
    }
  },
  kubernetes_version: (p) => {
    switch (p.reason) {
      case 'syntax':
        return `"${p.value}" 不是 Kubernetes 版本（v1.35.0）或版本标签（stable、stable-1、latest-1.35）。`;
      case 'api_version_too_old':
        return p.limit
          ? `Kubernetes ${p.value} 早于 ${p.limit}；kubeadm 从 ${p.limit} 起才能读取此配置 API 版本。`
          : `Kubernetes ${p.value} 早于能读取此配置 API 版本的最低 kubeadm 版本。`;
      case 'api_version_removed':
        return `kubeadm ${p.value} 已不再读取此配置 API 版本（已在 ${p.limit ?? '1.36'} 中移除）。`;
      case 'newer_than_kubeadm':
        return `Kubernetes ${p.value} 比 kubeadm${p.limit ? ` ${p.limit}` : ''} 更新；kubeadm 会给出警告并继续。请考虑升级 kubeadm。`;
      case 'older_than_supported':
        return `Kubernetes ${p.value} 早于此 kubeadm 所支持的版本${p.limit ? `（${p.limit} 或更新）` : ''}。`;
    }
  },
  feature_gate: (p) =>
    p.reason === 'removed'
      ? `特性门控 "${p.name}" 已从 kubeadm 中移除；请删除它。`
      : `"${p.name}" 不是 kubeadm 的特性门控。`,
  ignored_document: (p) =>
    p.fileRole === 'join'
      ? `kubeadm join 会忽略 ${p.kind} 文档；加入的节点会从集群中获取该配置。`
      : `kubeadm init 会忽略 ${p.kind} 文档；请把它放到单独的 join 配置文件中。`,
  pod_subnet_capacity: (p) =>
    `Pod 子网 ${p.cidr} 只能容纳 ${p.blocks} 个 /${p.nodeMask} 节点地址块，少于计划的 ${p.nodes} 个节点。`,
  documentation_prefix: (p) =>
    `${p.value} 位于文档专用地址范围 ${p.prefix} 内，该范围保留用于示例；请使用你自己的地址。`,
  site_local: (p) => `${p.value} 涉及 fec0::/10，即已被 RFC 3879 弃用的 IPv6 站点本地地址范围。`,
  encryption_algorithm: (p) =>
    `"${p.value}" 不是 kubeadm 支持的加密算法；请使用以下之一：${p.allowed}。`,
  image_repository: (p) =>
    `"${p.value}" 不是有效的镜像仓库（镜像仓库主机[:端口]/路径，不含协议和标签）。`,
  absolute_path: (p) => `"${p.value}" 必须是绝对路径。`,
  extra_arg_name: (p) => `${p.component} 的某个额外参数没有名称。`,
  image_pull_policy: (p) =>
    `"${p.value}" 不是有效的拉取策略；请使用 Always、IfNotPresent 或 Never。`,
  bootstrap_token_ttl: (p) => `"${p.value}" 不是时长（例如 24h、1h30m，0 表示永不过期）。`,
  discovery_file: (p) => `"${p.value}" 必须是绝对路径或 https:// URL。`,
  ignore_preflight_errors: (p) =>
    `"all" 会忽略所有预检检查，因此 kubeadm 拒绝将其与单独的检查项一起使用（${p.value}）；请只保留 "all" 或只保留具体的检查项。`,
  etcd: (p) => {
    switch (p.reason) {
      case 'local_and_external':
        return '不能同时设置 etcd.local 和 etcd.external。';
      case 'cert_key_pair':
        return 'etcd.external.certFile 和 etcd.external.keyFile 必须同时设置或同时不设置。';
      case 'ca_file_required':
        return '设置 etcd.external.certFile 和 keyFile 时，还需要设置 etcd.external.caFile。';
      case 'url_syntax':
        return `etcd 端点 "${p.value ?? ''}" 不是有效的 URL。`;
      case 'url_no_scheme':
        return `etcd 端点 "${p.value ?? ''}" 需要协议前缀（https://host:2379）。`;
      case 'url_not_https':
        return `设置了证书文件时，etcd 端点 "${p.value ?? ''}" 必须使用 https。`;
    }
  },
  cluster_dns_mismatch: (p) =>
    `clusterDNS ${p.value} 与 ${p.expected} 不同，后者是 kubeadm 分配的 DNS Service IP（第一个 Service 子网中的第 10 个地址）；Pod 将向一个无人应答的地址发起查询。`,
  kube_proxy_cluster_cidr: (p) =>
    `kube-proxy 的 clusterCIDR "${p.value}" 与 Pod 子网不一致；kubeadm 建议设置为 "${p.recommended}"。`,
  mixed_config: (p) =>
    p.reason === 'no_init_or_cluster'
      ? `${p.file} 中既没有供 kubeadm init 使用的 InitConfiguration 或 ClusterConfiguration，也没有供 kubeadm join 使用的 JoinConfiguration。`
      : `${p.file} 中混用了 InitConfiguration 和 JoinConfiguration。`,
  conversion_note: (p) => {
    switch (p.kind) {
      case 'dropped':
        return '目标 API 版本中没有此字段，已将其略去。';
      case 'moved':
        return `在目标 API 版本中已移至${p.toPath === undefined ? '新的位置' : ` ${p.toPath}`}。`;
      case 'duplicate_arg':
        return `额外参数 "${p.name ?? ''}" 出现了多次；映射形式只保留最后一个值。`;
    }
  },
  invalid_choice: (p) => `"${p.value}" 不是可选值之一：${p.allowed}。`,
  plan_file: (p) => {
    switch (p.reason) {
      case 'not_json':
        return '这不是已保存的计划：该文件不是 JSON。';
      case 'not_a_plan':
        return '此 JSON 不是 kubeadm 向导保存的计划。';
      case 'unsupported_version':
        return `此计划由更新版本的向导保存（格式 ${p.version ?? '?'}）；请先更新向导再打开。`;
    }
  },
  node_row: (p) =>
    p.count === 0
      ? `此行没有任何值；每行最多 ${p.max} 个值：名称、角色、IPv4 和 IPv6。`
      : `此行有 ${p.count} 个值；每行最多 ${p.max} 个值：名称、角色、IPv4 和 IPv6。`,
  share_link: (p) => {
    switch (p.reason) {
      case 'missing':
        return '此链接中没有计划。';
      case 'too_long':
        return `此分享链接超过 ${p.max ?? '?'} 个字符，未打开。`;
      case 'not_base64':
        return '此分享链接已损坏：其中的计划不是 base64url 文本。请重新复制完整链接。';
      case 'not_deflate':
        return '此分享链接已损坏：其中的计划无法解压。请重新复制完整链接。';
      case 'too_large':
        return `此分享链接解压后超过 ${p.max ?? '?'} 字节，未打开。`;
    }
  },
  wrong_object: (p) => {
    switch (p.expected) {
      case 'NodeList':
        return `这不是 kubectl get nodes -o json 的输出（由 Node 对象组成的 List）；找到的 kind 为 "${p.found}"。`;
      case 'ClusterConfiguration':
        return `其中没有 ClusterConfiguration：请粘贴 kubectl -n kube-system get configmap kubeadm-config -o yaml 的输出（找到的 kind 为 "${p.found}"）。`;
      case 'PodList':
        if (p.reason === 'not_wide')
          return '此 kubectl get pods 表格没有 IP 和 NODE 列；请加上 -o wide（或 -o json）运行后再粘贴。';
        return `这不是 kubectl get pods -A -o wide 或 -o json 的输出（含 IP 和 NODE 列的表格，或由 Pod 对象组成的 List）；找到的 kind 为 "${p.found}"。`;
      case 'ServiceList':
        return `这不是 Service，也不是 kubectl get svc -A -o yaml 的输出（由 Service 对象组成的 List）；找到的 kind 为 "${p.found}"。`;
      case 'Node':
      case 'Pod':
      case 'Service':
        return `此列表项不是 ${p.expected}（找到的 kind 为 "${p.found}"），已跳过。`;
    }
  },
  node_family_missing: (p) =>
    p.what === 'internal_ip'
      ? `节点 ${p.node} 没有 ${family(p.family)} InternalIP${p.known === 'nodes' ? '，而其他节点有' : ''}。可能的原因：kubelet 的 node-ip 只写了一个地址族（或该节点没有 ${family(p.family)} 地址）。修复：把 node-ip 设为每个地址族一个 IP、主地址族在前（在其 JoinConfiguration 的 nodeRegistration.kubeletExtraArgs 中，或 /var/lib/kubelet/kubeadm-flags.env 的 KUBELET_KUBEADM_ARGS 中），然后重启 kubelet。`
      : `节点 ${p.node} 没有 ${family(p.family)} Pod CIDR${p.known === 'nodes' ? '，而其他节点有' : ''}。可能的原因：kube-controller-manager 的 --cluster-cidr 中没有 ${family(p.family)} 范围（或其节点掩码不合适），或者该节点在此之前就已注册：Node 的 podCIDRs 只设置一次。修复：为 controller-manager 配置 ${family(p.family)} 集群 CIDR 和掩码，然后腾空、删除并重新加入该节点。`,
  pod_cidr_outside: (p) =>
    p.podSubnet
      ? `节点 ${p.node} 的 Pod CIDR ${p.cidr} 位于配置的 Pod 子网 ${p.podSubnet} 之外。可能的原因：kube-controller-manager 运行时使用的 --cluster-cidr 与 kubeadm 配置不同（清单被修改，或配置未更新）。`
      : `节点 ${p.node} 的 Pod CIDR 为 ${p.cidr}，但配置中没有该地址族的 Pod 子网。可能的原因：修改了 kube-controller-manager 的 --cluster-cidr，却没有更新 kubeadm 配置。`,
  pod_ip_outside: (p) =>
    `节点 ${p.node} 上有 ${p.count} 个 Pod 的 IP 位于配置的所有 Pod 子网（${p.podSubnets}）之外，例如 ${p.pod} 的 ${p.ip}。可能的原因：CNI 的 IP 池（Calico IPPool、Cilium 的 cluster-pool CIDR、Flannel net-conf.json 的 Network）与集群的 podSubnet 不一致，Pod 得到的地址是 kube-proxy 和路由所不预期的。修复：把 CNI 的地址池设为 podSubnet 的范围（向导的 CNI 设置中列出了这些范围），然后重启这些 Pod，让它们获得新地址。`,
  pod_family_missing: (p) =>
    `节点 ${p.node} 上有 IP 的 ${p.total} 个 Pod 中，有 ${p.count} 个没有 ${family(p.family)} 地址，而该集群是双协议栈。可能的原因：CNI 没有配置双协议栈（没有 ${family(p.family)} 地址池，或未在其中启用 IPv6），或者这些 Pod 创建于集群转换之前：Pod 会一直保留启动时获得的 IP。修复：为 CNI 配置位于 podSubnet 之内的 ${family(p.family)} 地址池，然后重启这些 Pod（对其工作负载执行 kubectl rollout restart）。`,
  service_single_stack: (p) =>
    `Service ${p.service} 按其策略是单协议栈（${p.policy === 'absent' ? '未设置 ipFamilyPolicy，即 SingleStack' : 'ipFamilyPolicy: SingleStack'}），因此在这个双协议栈集群上没有 ${family(p.family)} 集群 IP。修复：把 spec.ipFamilyPolicy 设为 PreferDualStack（或 RequireDualStack），如需指定顺序，再设置 spec.ipFamilies；现有 Service 可以就地从 SingleStack 改为 PreferDualStack（kubectl edit 或 apply），并保留其第一个地址族的集群 IP。`,
  service_family_missing: (p) =>
    `Service ${p.service} 请求两个地址族（ipFamilyPolicy: ${p.policy}），但只有一个集群 IP，没有 ${family(p.family)} 地址。可能的原因：kube-apiserver 的 --service-cluster-ip-range 中没有 ${family(p.family)} 范围（集群的 serviceSubnet 缺少第二个地址族），于是该 Service 退回为单一地址族。修复：在 serviceSubnet 以及 kube-apiserver 和 kube-controller-manager 的 --service-cluster-ip-range 中加入 ${family(p.family)} 范围，然后再次更新该 Service。`,
  service_ip_outside: (p) =>
    `Service ${p.service} 的集群 IP ${p.ip} 位于配置的所有 Service 子网（${p.serviceSubnets}）之外。可能的原因：kube-apiserver 运行时使用的 --service-cluster-ip-range 与 kubeadm 配置不同（清单被修改，或配置未更新），或者该 Service 创建于地址范围更改之前。`,
  dual_stack_conversion: (p) => {
    switch (p.reason) {
      case 'already_dual_stack':
        return '该集群已经有两个地址族的 Pod 或 Service 子网，无需转换。';
      case 'no_cluster_configuration':
        return '未找到 ClusterConfiguration；请提供集群的 kubeadm 配置或其 kubeadm-config ConfigMap。';
      case 'no_pod_subnet':
        return '该集群没有 podSubnet，kube-controller-manager 不分配 Pod 地址范围；转换为双协议栈需要第一个地址族的 Pod 子网。';
      case 'same_family':
        return '要添加的地址范围必须属于集群尚未使用的地址族；现有地址族保持在第一位。';
    }
  },
  usage: (p) => {
    const option = p.option ?? '';
    const command = p.command ?? 'kubeadm-wizard';
    switch (p.reason) {
      case 'no_command':
        return '没有给出命令；运行 kubeadm-wizard --help 查看可用的命令。';
      case 'unknown_command':
        return `未知命令“${command}”；可用的命令有 validate、diagnose、convert-dual-stack、migrate 和 generate。`;
      case 'unknown_option':
        return `未知选项“${option}”；运行 kubeadm-wizard --help 查看可用的选项。`;
      case 'missing_value':
        return `选项 ${option} 需要一个值（值以“-”开头时，请写成 ${option}=VALUE）。`;
      case 'unexpected_value':
        return `选项 ${option} 不接受值。`;
      case 'missing_option':
        return `${command} 需要 ${option}${p.expected ? `（${p.expected}）` : ''}。`;
      case 'bad_value':
        return `“${p.value ?? ''}”不是 ${option} 接受的值；应为 ${p.expected ?? ''}。`;
      case 'unsupported_option':
        return `${command} 不接受 ${option}。`;
      case 'no_files':
        return `没有给出文件：${command} ${command === 'validate' ? '至少需要一个文件' : '需要恰好一个文件'}（- 表示读取标准输入）。`;
      case 'extra_argument':
        return `${command} 只接受一个文件；“${p.value ?? ''}”是多余的。`;
      case 'unreadable_file': {
        const file = p.file === '-' ? '标准输入' : (p.file ?? '');
        const why =
          p.cause === 'not_found'
            ? '文件不存在'
            : p.cause === 'permission_denied'
              ? '权限不足'
              : p.cause === 'is_directory'
                ? '这是一个目录，不是文件'
                : (p.detail ?? '未知错误');
        return `无法读取 ${file}：${why}。`;
      }
      case 'cannot_write':
        return `无法写入 ${p.file ?? ''}：${p.detail ?? '未知错误'}。`;
      case 'bad_arguments':
        return `无法读取命令行参数：${p.detail ?? '未知错误'}。`;
    }
  },
  internal_error: (p) =>
    `内部错误：${p.detail}。这是 kubeadm-wizard 的缺陷；请连同所运行的命令一起报告。`,
};
