import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StepNav } from './StepNav.tsx';
import { WIZARD_STEPS } from './steps.ts';

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
