import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  formatIssue,
  MAX_CONFIG_BYTES,
  planRunningJoins,
  readRunningCluster,
  textSizeProblem,
} from '../../domain/index.ts';
import * as engine from '../engine.ts';
import { EngineContext } from '../hooks/engine.ts';
import { uiText } from '../text/en.ts';
import { RunningClusterPanel } from './RunningClusterPanel.tsx';

// The domain's diagnose fixtures: a dual-stack cluster's ConfigMap and three running nodes.
const fixture = (name: string) =>
  readFileSync(
    join(import.meta.dirname, '../../domain/validation/diagnose/__fixtures__', name),
    'utf8',
  );
const configMap = fixture('kubeadm-config-configmap.yaml');
const nodesJson = fixture('nodes.json');
const t = uiText.running;
const TOKEN = 'k3x9qa.4m2n8b7v6c5x1z0q';
const HASH = `sha256:${'4f'.repeat(32)}`;

function renderPanel() {
  const onClose = vi.fn();
  render(
    <EngineContext.Provider value={engine}>
      <RunningClusterPanel onClose={onClose} />
    </EngineContext.Provider>,
  );
  return { onClose, user: userEvent.setup() };
}

/** Pastes or types text into a box (one change event). */
const set = (element: HTMLElement, text: string) =>
  fireEvent.change(element, { target: { value: text } });

async function readCluster(user: ReturnType<typeof userEvent.setup>) {
  set(screen.getByLabelText(t.config), configMap);
  set(screen.getByLabelText(t.nodes), nodesJson);
  await user.click(screen.getByRole('button', { name: t.run }));
}

async function addWorker(
  user: ReturnType<typeof userEvent.setup>,
  n: number,
  values: { name: string; ipv4: string; ipv6: string },
) {
  await user.click(screen.getByRole('button', { name: t.add }));
  const group = screen.getByRole('group', { name: t.node(n) });
  set(within(group).getByLabelText(uiText.nodes.name), values.name);
  set(within(group).getByLabelText(uiText.nodes.ip('IPv4')), values.ipv4);
  set(within(group).getByLabelText(uiText.nodes.ip('IPv6')), values.ipv6);
  return group;
}

function fillDiscovery() {
  set(screen.getByLabelText(t.endpoint), '192.168.10.11:6443');
  set(screen.getByLabelText(t.token), TOKEN);
  set(screen.getByLabelText(t.caCertHash), HASH);
}

describe('RunningClusterPanel', () => {
  it('focuses its heading, and asks for the ConfigMap before reading', async () => {
    const { user } = renderPanel();
    expect(screen.getByRole('heading', { name: t.title })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: t.run }));
    expect(screen.getByRole('status')).toHaveTextContent(t.noInput);
    expect(screen.queryByRole('heading', { name: t.summary })).toBeNull();
  });

  it('shows the cluster networking read-only and the running nodes', async () => {
    const { user } = renderPanel();
    await readCluster(user);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(t.read(3));
    const summary = screen.getByRole('region', { name: t.summary });
    expect(within(summary).queryAllByRole('textbox')).toEqual([]);
    const terms = within(summary)
      .getAllByRole('term')
      .map((el) => el.textContent);
    const values = within(summary)
      .getAllByRole('definition')
      .map((el) => el.textContent);
    const row = (term: string) => values[terms.indexOf(term)];
    expect(row(t.podSubnet('IPv4'))).toBe('10.244.0.0/16');
    expect(row(t.serviceSubnet('IPv6'))).toBe('fd00:10:96::/112');
    expect(row(t.kubernetesVersion)).toBe('v1.35.0');
    expect(row(t.controlPlaneEndpoint)).toBe(t.notSet);
    const nodes = within(summary).getByRole('table', { name: t.runningNodes });
    expect(within(nodes).getAllByRole('row')).toHaveLength(4);
    expect(nodes).toHaveTextContent('fd00:192:168:10::11');
  });

  it('renders a join file with a download button and its join command for each new worker', async () => {
    const { user } = renderPanel();
    await readCluster(user);
    await addWorker(user, 1, { name: 'w-3', ipv4: '192.168.10.23', ipv6: 'fd00:192:168:10::23' });
    await addWorker(user, 2, { name: 'w-4', ipv4: '192.168.10.24', ipv6: 'fd00:192:168:10::24' });
    fillDiscovery();
    expect(screen.getByText(t.clean(2))).toBeInTheDocument();
    const cluster = readRunningCluster(
      { name: 'kubeadm-config.yaml', text: configMap },
      { name: 'nodes.json', text: nodesJson },
    );
    const expected = planRunningJoins(
      cluster,
      { name: 'kubeadm-config.yaml', text: configMap },
      [
        {
          name: 'w-3',
          role: 'worker',
          ipv4: '192.168.10.23',
          ipv6: 'fd00:192:168:10::23',
          advertiseAddress: '',
          bindPort: '',
        },
        {
          name: 'w-4',
          role: 'worker',
          ipv4: '192.168.10.24',
          ipv6: 'fd00:192:168:10::24',
          advertiseAddress: '',
          bindPort: '',
        },
      ],
      {
        apiServerEndpoint: '192.168.10.11:6443',
        token: TOKEN,
        caCertHash: HASH,
        certificateKey: '',
      },
    );
    for (const file of expected.files) {
      expect(
        screen.getByRole('button', { name: uiText.preview.download(file.name) }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('region', { name: uiText.preview.fileLabel(file.name) }).textContent,
      ).toBe(file.text);
      expect(screen.getByRole('region', { name: t.joinCommand(file.name) }).textContent).toBe(
        file.command,
      );
    }
    expect(screen.getByText(t.joinNote('join-w-4.yaml', 'w-4'))).toBeInTheDocument();
    expect(screen.getByRole('region', { name: t.secretTitle['join-command'] })).toHaveTextContent(
      'kubeadm token create --print-join-command',
    );
    expect(screen.queryByRole('region', { name: t.secretTitle['upload-certs'] })).toBeNull();
    expect(screen.queryByLabelText(t.certificateKey)).toBeNull();
  });

  it('shows a reused node IP on the new node that reuses it, with the catalogue message', async () => {
    const { user } = renderPanel();
    await readCluster(user);
    const group = await addWorker(user, 1, {
      name: 'w-3',
      ipv4: '192.168.10.21',
      ipv6: 'fd00:192:168:10::23',
    });
    fillDiscovery();
    const name = within(group).getByLabelText(uiText.nodes.name);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    const described = document.getElementById(
      (name.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '',
    );
    expect(described).toHaveTextContent('192.168.10.21');
    expect(within(group).getByRole('listitem')).toHaveTextContent(uiText.issues.error);
    expect(screen.getByText(t.withErrors(1))).toBeInTheDocument();
  });

  it('asks for the certificate key of a control-plane join and shows the upload-certs command', async () => {
    const { user } = renderPanel();
    await readCluster(user);
    const group = await addWorker(user, 1, {
      name: 'cp-2',
      ipv4: '192.168.10.12',
      ipv6: 'fd00:192:168:10::12',
    });
    await user.selectOptions(within(group).getByLabelText(uiText.nodes.role), 'control-plane');
    expect(within(group).getByLabelText(uiText.nodes.advertise)).toBeInTheDocument();
    fillDiscovery();
    set(screen.getByLabelText(t.certificateKey), 'nothex');
    const key = screen.getByLabelText(t.certificateKey);
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('region', { name: t.secretTitle['upload-certs'] })).toHaveTextContent(
      'kubeadm init phase upload-certs --upload-certs',
    );
    // No controlPlaneEndpoint in this cluster: the control-plane join is refused.
    expect(screen.getByText(t.withErrors(2))).toBeInTheDocument();
  });

  it('says what it found when the paste is not the ConfigMap, under the ConfigMap box', async () => {
    const { user } = renderPanel();
    set(screen.getByLabelText(t.config), nodesJson);
    await user.click(screen.getByRole('button', { name: t.run }));
    expect(screen.getByRole('status')).toHaveTextContent(t.unreadable);
    const [issue] = readRunningCluster({ name: 'kubeadm-config.yaml', text: nodesJson }).issues;
    if (!issue) throw new Error('no issue');
    expect(issue.code).toBe('wrong_object');
    expect(screen.getByText(formatIssue(issue, 'en'), { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText(t.config)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: t.add })).toBeNull();
  });

  it('refuses a paste larger than the readers accept as it arrives', () => {
    renderPanel();
    const huge = 'x'.repeat(MAX_CONFIG_BYTES + 1);
    set(screen.getByLabelText(t.config), huge);
    const problem = textSizeProblem('kubeadm-config.yaml', huge);
    if (!problem) throw new Error('the domain accepts the huge paste');
    expect(screen.getByRole('status')).toHaveTextContent(t.refused);
    expect(screen.getByText(formatIssue(problem, 'en'), { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText(t.config)).toHaveValue('');
  });

  it('removes a new node, and calls onClose from its Close button', async () => {
    const { onClose, user } = renderPanel();
    await readCluster(user);
    await addWorker(user, 1, { name: 'a', ipv4: '192.168.10.31', ipv6: '' });
    await user.click(screen.getByRole('button', { name: t.remove(1) }));
    expect(screen.queryByRole('group', { name: t.node(1) })).toBeNull();
    expect(screen.getByText(t.noNodes)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.close }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
