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

  it('calls onClose from its Close button', async () => {
    const { onClose, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: t.close }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
