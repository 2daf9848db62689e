import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  formatIssue,
  MAX_CONFIG_BYTES,
  planDualStackConversion,
  RUNBOOK_TEXT,
  textSizeProblem,
} from '../../domain/index.ts';
import * as engine from '../engine.ts';
import { EngineContext } from '../hooks/engine.ts';
import { uiText } from '../text/en.ts';
import { ConvertPanel } from './ConvertPanel.tsx';

const t = uiText.convert;

const CONFIG = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.0
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/16
`;

function renderPanel() {
  const onClose = vi.fn();
  render(
    <EngineContext.Provider value={engine}>
      <ConvertPanel onClose={onClose} />
    </EngineContext.Provider>,
  );
  return { onClose, user: userEvent.setup() };
}

/** Pastes text into a box (one change event, as a paste makes). */
const paste = (label: string, text: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

describe('ConvertPanel', () => {
  it('focuses its heading, and asks for the config before planning', async () => {
    const { user } = renderPanel();
    expect(screen.getByRole('heading', { name: t.title })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: t.run }));
    expect(screen.getByRole('status')).toHaveTextContent(t.noInput);
  });

  it('shows every step of the runbook with its title, where it runs and its commands', async () => {
    const { user } = renderPanel();
    paste(t.config, CONFIG);
    paste(t.podSubnet, 'fd00:10:244::/56');
    paste(t.serviceSubnet, 'fd00:10:96::/112');
    await user.click(screen.getByRole('button', { name: t.run }));
    const { steps } = planDualStackConversion(
      { name: 'kubeadm-config.yaml', text: CONFIG },
      { podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/112', nodeMask: '' },
    );
    expect(steps.length).toBeGreaterThan(0);
    // The panel's own status line comes first; each copy button has one of its own.
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(t.summary(steps.length));
    const items = within(screen.getByRole('list', { name: t.runbook })).getAllByRole('listitem');
    expect(items).toHaveLength(steps.length);
    steps.forEach((step, i) => {
      const item = items[i] as HTMLElement;
      const text = RUNBOOK_TEXT.en.steps[step.kind];
      expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent(text.title);
      expect(item).toHaveTextContent(RUNBOOK_TEXT.en.on[step.on]);
      for (const file of step.files) {
        expect(
          within(item).getByRole('button', { name: uiText.preview.download(file.path) }),
        ).toBeInTheDocument();
      }
      if (step.commands.length > 0) {
        const box = within(item).getByRole('region', {
          name: t.blockLabel(t.commands, text.title),
        });
        expect(box.textContent).toBe(step.commands.join('\n'));
      }
    });
  });

  it('lists the catalogue message of a range that needs fixing, and no steps', async () => {
    const { user } = renderPanel();
    paste(t.config, CONFIG);
    paste(t.podSubnet, 'fd00:10:244::/56');
    paste(t.serviceSubnet, 'fd00:10:96::/64');
    await user.click(screen.getByRole('button', { name: t.run }));
    const { issues, steps } = planDualStackConversion(
      { name: 'kubeadm-config.yaml', text: CONFIG },
      { podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/64', nodeMask: '' },
    );
    expect(steps).toHaveLength(0);
    expect(issues.length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent(t.fixFirst);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(issues.length);
    issues.forEach((issue, i) => expect(items[i]).toHaveTextContent(formatIssue(issue, 'en')));
    expect(screen.queryByRole('list', { name: t.runbook })).toBeNull();
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
