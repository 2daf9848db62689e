import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StepNav } from './StepNav.tsx';
import { WIZARD_STEPS } from './steps.ts';
import type { StepStatus } from './stepStatus.ts';

const NAMES = ['Cluster', 'Networking', 'Control-plane node', 'Review'];

describe('StepNav', () => {
  it('marks the current step with aria-current="step" and no other', () => {
    render(<StepNav steps={WIZARD_STEPS} current={1} reached={2} onSelect={() => {}} />);
    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect(nav).toBeInTheDocument();
    const buttons = NAMES.map((name) => screen.getByRole('button', { name }));
    expect(buttons.map((b) => b.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
  });

  it('disables the steps not reached yet and keeps visited ones enabled', () => {
    render(<StepNav steps={WIZARD_STEPS} current={1} reached={2} onSelect={() => {}} />);
    expect(
      NAMES.map((name) => screen.getByRole('button', { name }).hasAttribute('disabled')),
    ).toEqual([false, false, true, true]);
  });

  it('opens a visited step and ignores an unvisited one', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<StepNav steps={WIZARD_STEPS} current={2} reached={3} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: 'Cluster' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(0);
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(onSelect).toHaveBeenCalledOnce();
  });

  it('keeps the step number out of the accessible name', () => {
    render(<StepNav steps={WIZARD_STEPS} current={0} reached={1} onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: 'Cluster' })).toHaveTextContent('1 Cluster');
  });
});

describe('StepNav statuses', () => {
  const statuses: StepStatus[] = [
    { kind: 'done' },
    { kind: 'errors', count: 2 },
    { kind: 'warnings', count: 1 },
    { kind: 'current' },
    { kind: 'notVisited' },
    { kind: 'notVisited' },
  ];

  /** The step list on Nodes, with Cluster to Control-plane node visited. */
  const renderOnNodes = () =>
    render(
      <StepNav
        steps={WIZARD_STEPS}
        current={3}
        reached={4}
        statuses={statuses}
        onSelect={() => {}}
      />,
    );

  it('names each visited step with its status and shows it as an icon and text', () => {
    renderOnNodes();
    expect(screen.getByRole('button', { name: 'Cluster — done' })).toHaveTextContent('✓ Cluster');
    const networking = screen.getByRole('button', { name: 'Networking — 2 errors' });
    expect(networking).toHaveTextContent('✕ Networking 2 errors');
    expect(networking).not.toHaveTextContent('✓');
    expect(
      screen.getByRole('button', { name: 'Control-plane node — 1 warning' }),
    ).toHaveTextContent('! Control-plane node 1 warning');
    expect(screen.getByRole('button', { name: 'Nodes' })).toHaveTextContent('4 Nodes');
  });

  it('says nothing about a step not visited yet', () => {
    renderOnNodes();
    const joining = screen.getByRole('button', { name: 'Joining' });
    expect(joining).toHaveTextContent('5 Joining');
    expect(joining).toBeDisabled();
  });

  it('never shows a check mark on a step with errors, whatever the step on screen', () => {
    render(
      <StepNav
        steps={WIZARD_STEPS}
        current={5}
        reached={6}
        statuses={WIZARD_STEPS.map(() => ({ kind: 'errors', count: 1 }))}
        onSelect={() => {}}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect(nav).not.toHaveTextContent('✓');
    expect(screen.getAllByRole('button', { name: /— 1 error$/ })).toHaveLength(WIZARD_STEPS.length);
  });
});
