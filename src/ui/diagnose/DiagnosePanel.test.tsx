import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  diagnoseNodes,
  formatIssue,
  MAX_CONFIG_BYTES,
  textSizeProblem,
} from '../../domain/index.ts';
import * as engine from '../engine.ts';
import { EngineContext } from '../hooks/engine.ts';
import { uiText } from '../text/en.ts';
import { DiagnosePanel } from './DiagnosePanel.tsx';

const t = uiText.diagnose;

const node = (name: string, ips: string[], podCIDRs: string[]) => ({
  kind: 'Node',
  metadata: { name },
  spec: { podCIDRs },
  status: { addresses: ips.map((address) => ({ type: 'InternalIP', address })) },
});

const NODES = JSON.stringify({
  kind: 'List',
  items: [
    node('cp-1', ['192.168.10.11', 'fd00::11'], ['10.244.0.0/24', 'fd00:10:244::/64']),
    node('w-1', ['192.168.10.21'], ['10.244.1.0/24', 'fd00:10:244:1::/64']),
  ],
});

function renderPanel() {
  const onClose = vi.fn();
  render(
    <EngineContext.Provider value={engine}>
      <DiagnosePanel onClose={onClose} />
    </EngineContext.Provider>,
  );
  return { onClose, user: userEvent.setup() };
}

/** Pastes text into a box (one change event, as a paste makes). */
const paste = (label: string, text: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

describe('DiagnosePanel', () => {
  it('focuses its heading, and asks for the nodes before diagnosing', async () => {
    const { user } = renderPanel();
    expect(screen.getByRole('heading', { name: t.title })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: t.run }));
    expect(screen.getByRole('status')).toHaveTextContent(t.noInput);
  });

  it('shows each node in the table and every finding with its node and catalogue message', async () => {
    const { user } = renderPanel();
    paste(t.nodes, NODES);
    await user.click(screen.getByRole('button', { name: t.run }));
    const { issues } = diagnoseNodes({ name: 'nodes.json', text: NODES });
    expect(issues.length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(t.summary(2, issues.length));
    const table = screen.getByRole('table', { name: t.table });
    const w1 = within(table).getByRole('rowheader', { name: 'w-1' }).closest('tr');
    expect(w1).not.toBeNull();
    expect(within(w1 as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent(t.none);
    expect(within(table).getByText('fd00::11')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(issues.length);
    issues.forEach((issue, i) => {
      expect(items[i]).toHaveTextContent(formatIssue(issue, 'en'));
      expect(items[i]).toHaveTextContent('w-1');
    });
  });

  it('refuses a paste larger than the readers accept as it arrives, and empties the box', () => {
    renderPanel();
    const huge = 'x'.repeat(MAX_CONFIG_BYTES + 1);
    paste(t.config, huge);
    const problem = textSizeProblem('kubeadm-config.yaml', huge);
    if (!problem) throw new Error('the domain accepts the huge paste');
    expect(screen.getByRole('status')).toHaveTextContent(t.refused);
    expect(screen.getByText(formatIssue(problem, 'en'), { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText(t.config)).toHaveValue('');
  });

  const CONFIG = [
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'kind: ClusterConfiguration',
    'networking:',
    '  podSubnet: 10.244.0.0/16,fd00:10:244::/56',
    '  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112',
  ].join('\n');
  const pod = (name: string, nodeName: string, ips: string[], hostNetwork = false) => ({
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { nodeName, hostNetwork },
    status: { podIP: ips[0], podIPs: ips.map((ip) => ({ ip })) },
  });
  const PODS = JSON.stringify({
    kind: 'List',
    items: [
      pod('proxy', 'cp-1', ['192.168.10.11', 'fd00::11'], true),
      pod('web-0', 'w-1', ['10.244.1.5']),
      pod('web-1', 'w-1', ['10.88.0.7', 'fd00:10:244:1::7']),
    ],
  });
  const SERVICE = [
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: web, namespace: shop}',
    'spec:',
    '  clusterIP: 10.96.12.34',
    '  clusterIPs: [10.96.12.34]',
    '  ipFamilies: [IPv4]',
    '  ipFamilyPolicy: SingleStack',
  ].join('\n');

  it('with pods and a Service, counts each node’s pod IPs by family and names the Service with its cause', async () => {
    const { user } = renderPanel();
    paste(t.nodes, NODES);
    paste(t.config, CONFIG);
    paste(t.pods, PODS);
    paste(t.services, SERVICE);
    expect(screen.getByLabelText(t.pods)).toHaveAccessibleDescription(t.podsHelp);
    await user.click(screen.getByRole('button', { name: t.run }));
    const { issues } = diagnoseNodes(
      { name: 'nodes.json', text: NODES },
      { name: 'kubeadm-config.yaml', text: CONFIG },
      { pods: { name: 'pods', text: PODS }, services: { name: 'services.yaml', text: SERVICE } },
    );
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['pod_ip_outside', 'pod_family_missing', 'service_single_stack']),
    );
    const table = screen.getByRole('table', { name: t.podsTable });
    const w1 = within(table).getByRole('rowheader', { name: 'w-1' }).closest('tr') as HTMLElement;
    // Pods, host network, with IPv4, with IPv6.
    expect(
      within(w1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '2', '1']);
    const cp1 = within(table).getByRole('rowheader', { name: 'cp-1' }).closest('tr') as HTMLElement;
    expect(
      within(cp1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0', '0']);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(issues.length);
    const single = issues.find((i) => i.code === 'service_single_stack');
    if (!single) throw new Error('the domain finds no single-stack Service');
    const item = items.find((li) => li.textContent?.includes(formatIssue(single, 'en')));
    expect(item).toHaveTextContent(/^Warning\s*shop\/web:/);
    const outside = items.find((li) => li.textContent?.includes('10.88.0.7'));
    expect(outside).toHaveTextContent('w-1');
  });

  it('notes that a -o wide table counts only each pod’s first IP, and names a wrong paste', async () => {
    const { user } = renderPanel();
    paste(t.nodes, NODES);
    paste(
      t.pods,
      [
        'NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE   IP           NODE   NOMINATED NODE   READINESS GATES',
        'default     web-0   1/1     Running   0          5d    10.244.1.5   w-1    <none>           <none>',
      ].join('\n'),
    );
    paste(t.services, NODES);
    await user.click(screen.getByRole('button', { name: t.run }));
    expect(screen.getByRole('table', { name: t.podsTable })).toHaveAccessibleDescription(
      t.podsFromTable,
    );
    const wrong = diagnoseNodes({ name: 'nodes.json', text: NODES }, undefined, {
      services: { name: 'services.yaml', text: NODES },
    }).issues.find((i) => i.code === 'wrong_object');
    if (!wrong) throw new Error('the domain accepts nodes as Services');
    expect(screen.getByText(formatIssue(wrong, 'en'), { exact: false })).toHaveTextContent(
      'services.yaml',
    );
  });

  it('calls onClose from its Close button', async () => {
    const { onClose, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: t.close }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
