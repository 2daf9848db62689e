import type { Language } from '../messages/catalogue.ts';
import type { RunbookStepKind } from './dualStack.ts';

/** What a runbook step says to the operator; commands and files are never translated. */
export interface StepText {
  title: string;
  /** What the step changes, and why. */
  changes: string;
  /** How to see that it worked. */
  check: string;
  /** How to undo it. */
  rollback: string;
}

/** Where the commands of a step run. */
export interface RunbookText {
  steps: { readonly [K in RunbookStepKind]: StepText };
  on: { kubectl: string; 'each control-plane node': string; 'each node': string };
}

const en: RunbookText = {
  on: {
    kubectl: 'Where kubectl reaches the cluster',
    'each control-plane node': 'On each control-plane node, one at a time',
    'each node': 'On each node, one at a time',
  },
  steps: {
    backup: {
      title: 'Back up what the conversion changes',
      changes:
        'Saves the kubeadm-config and kube-proxy ConfigMaps, so the steps that change them can be undone (each control-plane node keeps a copy of its static pod manifests in the next step).',
      check: 'The backup file holds both ConfigMaps.',
      rollback: 'Nothing to undo.',
    },
    kubeadm_config: {
      title: 'Record both families in the kubeadm-config ConfigMap',
      changes:
        'Replaces the ClusterConfiguration kubeadm keeps in the cluster with the file below: podSubnet and serviceSubnet list both families, the existing one first. kubeadm reads it for every later join and upgrade, so new nodes and upgrades keep the dual-stack settings.',
      check: 'podSubnet and serviceSubnet show both ranges.',
      rollback: 'Apply the backup file.',
    },
    apiserver: {
      title: 'Give kube-apiserver the second service range',
      changes:
        'Copies the static pod manifests aside, then sets --service-cluster-ip-range in the kube-apiserver manifest to both ranges, the existing one first; kubelet restarts the pod. Every kube-apiserver must have the same value. From Kubernetes 1.33 the ServiceCIDR object named kubernetes reflects these ranges.',
      check:
        'The running pods show the new flag; on 1.33 and later the kubernetes ServiceCIDR lists both ranges.',
      rollback: 'Copy the saved manifest back; kubelet restarts the pod with the old flag.',
    },
    controller_manager: {
      title: 'Give kube-controller-manager both pod and service ranges',
      changes:
        'Sets --cluster-cidr and --service-cluster-ip-range in the kube-controller-manager manifest to both families, and uses per-family node mask flags (the single-stack --node-cidr-mask-size is refused in a dual-stack cluster). New nodes then get a pod range of each family.',
      check: 'The running pod shows the new flags and stays Running.',
      rollback: 'Copy the saved manifest back.',
    },
    kube_proxy: {
      title: 'Give kube-proxy both pod ranges',
      changes:
        'Sets clusterCIDR in the kube-proxy ConfigMap to both pod subnets and restarts its DaemonSet, so it tells pod traffic from outside traffic in both families.',
      check: 'The DaemonSet rollout completes.',
      rollback: 'Apply the backup file and restart the DaemonSet again.',
    },
    kubelet: {
      title: 'Give each kubelet an address of both families',
      changes:
        'Sets kubelet\u2019s --node-ip in kubeadm-flags.env to the node\u2019s address of each family, the existing one first, and restarts kubelet; the Node then reports both InternalIPs. Join files for new nodes need the same pair (the wizard writes them).',
      check: 'Each node lists an address of both families.',
      rollback: 'Copy the saved flags file back and restart kubelet.',
    },
    cni: {
      title: 'Add the second family to the network plugin',
      changes:
        'The CNI must hand out and route addresses of the new family from the new pod subnet (Calico: an IPPool; Cilium: ipv6.enabled or ipv4.enabled and its IPAM pool; Flannel: EnableIPv6 or EnableIPv4 with the network). Follow your plugin\u2019s dual-stack guide; the wizard\u2019s CNI files show the settings for a plan with these ranges.',
      check: 'A new pod gets an address of both families (kubectl get pod -o wide, status.podIPs).',
      rollback: 'Remove the new pool from the plugin\u2019s configuration.',
    },
    nodes: {
      title: 'Re-create the nodes that have one pod range',
      changes:
        'A Node keeps the pod ranges it was given when it registered, so existing nodes get no range of the new family. Drain and delete each such node, reset it (kubeadm reset) and join it again with a JoinConfiguration that lists both node IPs. Do the control-plane nodes one at a time, keeping the etcd quorum.',
      check: 'Every node lists a pod range of both families.',
      rollback: 'A re-joined node cannot go back; stop before the next node if one fails to join.',
    },
    services: {
      title: 'Let existing Services take a second address',
      changes:
        'Services keep the single family they were created with. Set ipFamilyPolicy to PreferDualStack (or RequireDualStack) on each Service that should answer on both families; new Services can ask for it when created.',
      check: 'The Service lists a cluster IP of both families.',
      rollback: 'Set ipFamilyPolicy back to SingleStack; the second cluster IP is released.',
    },
  },
};

const zhCN: RunbookText = {
  on: {
    kubectl: '在能用 kubectl 访问集群的地方',
    'each control-plane node': '在每个控制平面节点上，逐个进行',
    'each node': '在每个节点上，逐个进行',
  },
  steps: {
    backup: {
      title: '备份转换要修改的内容',
      changes:
        '保存 kubeadm-config 和 kube-proxy 两个 ConfigMap，以便撤销修改它们的步骤（每个控制平面节点会在下一步保留其静态 Pod 清单的副本）。',
      check: '备份文件中包含这两个 ConfigMap。',
      rollback: '无需撤销。',
    },
    kubeadm_config: {
      title: '在 kubeadm-config ConfigMap 中记录两个地址族',
      changes:
        '用下面的文件替换 kubeadm 保存在集群中的 ClusterConfiguration：podSubnet 和 serviceSubnet 列出两个地址族，现有地址族在前。kubeadm 在之后的每次加入和升级时都会读取它，因此新节点和升级会保持双协议栈设置。',
      check: 'podSubnet 和 serviceSubnet 显示两个地址范围。',
      rollback: '应用备份文件。',
    },
    apiserver: {
      title: '为 kube-apiserver 添加第二个 Service 地址范围',
      changes:
        '先把静态 Pod 清单复制到一旁，再把 kube-apiserver 清单中的 --service-cluster-ip-range 设为两个地址范围，现有的在前；kubelet 会重启该 Pod。所有 kube-apiserver 必须使用相同的值。从 Kubernetes 1.33 起，名为 kubernetes 的 ServiceCIDR 对象反映这些地址范围。',
      check:
        '运行中的 Pod 显示新的参数；在 1.33 及以上版本中，kubernetes ServiceCIDR 列出两个地址范围。',
      rollback: '把保存的清单复制回去；kubelet 会以旧参数重启该 Pod。',
    },
    controller_manager: {
      title: '为 kube-controller-manager 设置两个地址族的 Pod 和 Service 范围',
      changes:
        '把 kube-controller-manager 清单中的 --cluster-cidr 和 --service-cluster-ip-range 设为两个地址族，并使用按地址族区分的节点掩码参数（双协议栈集群不接受单协议栈的 --node-cidr-mask-size）。之后新节点会获得每个地址族的 Pod 地址范围。',
      check: '运行中的 Pod 显示新的参数，并保持 Running 状态。',
      rollback: '把保存的清单复制回去。',
    },
    kube_proxy: {
      title: '为 kube-proxy 设置两个 Pod 地址范围',
      changes:
        '把 kube-proxy ConfigMap 中的 clusterCIDR 设为两个 Pod 子网并重启其 DaemonSet，使其在两个地址族中都能区分 Pod 流量和外部流量。',
      check: 'DaemonSet 滚动更新完成。',
      rollback: '应用备份文件并再次重启 DaemonSet。',
    },
    kubelet: {
      title: '为每个 kubelet 设置两个地址族的地址',
      changes:
        '把 kubeadm-flags.env 中 kubelet 的 --node-ip 设为该节点每个地址族的地址，现有地址族在前，然后重启 kubelet；之后 Node 会报告两个 InternalIP。新节点的加入文件也需要同样的地址对（向导会生成）。',
      check: '每个节点都列出两个地址族的地址。',
      rollback: '把保存的参数文件复制回去并重启 kubelet。',
    },
    cni: {
      title: '为网络插件添加第二个地址族',
      changes:
        'CNI 必须从新的 Pod 子网分配并路由新地址族的地址（Calico：添加 IPPool；Cilium：ipv6.enabled 或 ipv4.enabled 及其 IPAM 地址池；Flannel：EnableIPv6 或 EnableIPv4 及对应网络）。请按插件的双协议栈指南操作；向导的 CNI 文件给出了使用这些地址范围的计划所需的设置。',
      check: '新建的 Pod 获得两个地址族的地址（kubectl get pod -o wide，status.podIPs）。',
      rollback: '从插件配置中删除新的地址池。',
    },
    nodes: {
      title: '重新创建只有一个 Pod 地址范围的节点',
      changes:
        'Node 保留其注册时分配的 Pod 地址范围，因此现有节点不会获得新地址族的范围。逐个腾空并删除这些节点，重置（kubeadm reset）后使用列出两个节点 IP 的 JoinConfiguration 重新加入。控制平面节点要逐个处理，保持 etcd 法定人数。',
      check: '每个节点都列出两个地址族的 Pod 地址范围。',
      rollback: '重新加入的节点无法回退；若有节点加入失败，请在处理下一个节点前停止。',
    },
    services: {
      title: '让现有 Service 获得第二个地址',
      changes:
        'Service 保持创建时的单一地址族。对每个需要在两个地址族上提供服务的 Service，把 ipFamilyPolicy 设为 PreferDualStack（或 RequireDualStack）；新建的 Service 可以在创建时指定。',
      check: '该 Service 列出两个地址族的集群 IP。',
      rollback: '把 ipFamilyPolicy 改回 SingleStack；第二个集群 IP 会被释放。',
    },
  },
};

export const RUNBOOK_TEXT: { readonly [L in Language]: RunbookText } = { en, 'zh-CN': zhCN };
