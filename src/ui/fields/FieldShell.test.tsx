import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createDefaultPlan,
  formatIssue,
  initCommand,
  renderPlanFiles,
  validatePlan,
  type ClusterPlan,
} from '../../domain/index.ts';
import type { PlanOutputs } from '../hooks/usePlanOutputs.ts';
import { OutputsContext } from '../wizard/outputsContext.ts';
import * as engine from '../engine.ts';
import { EngineContext } from '../hooks/engine.ts';
import { FieldShell } from './FieldShell.tsx';

const POD6 = 'networking.podSubnet.ipv6';

/** The outputs the wizard would compute for `plan`, issues from validatePlan. */
function outputsFor(plan: ClusterPlan): PlanOutputs {
  const files = renderPlanFiles(plan);
  return {
    plan,
    files,
    issues: validatePlan(plan, files),
    initCommand: initCommand(plan),
    flagsCommand: '',
    flagsComplete: false,
  };
}

function renderShell(
  outputs: PlanOutputs | undefined,
  props: { help?: string; error?: string } = {},
) {
  const shell = (
    <FieldShell id="pod6" name={POD6} label="Pod subnet (IPv6)" {...props}>
      {(describedBy) => <input id="pod6" type="text" aria-describedby={describedBy} />}
    </FieldShell>
  );
  render(
    <EngineContext.Provider value={engine}>
      {outputs ? <OutputsContext.Provider value={outputs}>{shell}</OutputsContext.Provider> : shell}
    </EngineContext.Provider>,
  );
  return screen.getByLabelText('Pod subnet (IPv6)');
}

describe('FieldShell', () => {
  it('lists the warnings the domain reports for its field, each with a Warning badge', () => {
    const plan = createDefaultPlan();
    plan.networking.podSubnet.ipv6 = '2001:db8::/56';
    const outputs = outputsFor(plan);
    const warning = outputs.issues.find(
      (i) => i.path === POD6 && i.code === 'documentation_prefix',
    );
    expect(warning?.severity).toBe('warning');

    const input = renderShell(outputs, { help: 'Help text.' });
    const items = screen.getAllByRole('listitem');
    const item = items.find((li) => li.textContent?.includes(formatIssue(warning!)));
    expect(item).toBeDefined();
    // Not colour alone: the severity is written out in a badge before the message.
    expect(within(item!).getByText('Warning')).toHaveClass('badge');
    expect(item).toHaveTextContent(`Warning ${formatIssue(warning!)}`);
    expect(input).toHaveAccessibleDescription(`Warning ${formatIssue(warning!)} Help text.`);
  });

  it('shows no advice when the domain reports none for its field', () => {
    const input = renderShell(outputsFor(createDefaultPlan()), { help: 'Help text.' });
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(input).toHaveAccessibleDescription('Help text.');
  });

  it('leaves errors to the form: only the non-error issues of the field are listed', () => {
    const plan = createDefaultPlan();
    // Too small for one node's /64 block (an error) and in the documentation range (a warning).
    plan.networking.podSubnet.ipv6 = '2001:db8::/120';
    const outputs = outputsFor(plan);
    const mine = outputs.issues.filter((i) => i.path === POD6);
    expect(mine.map((i) => [i.code, i.severity])).toEqual([
      ['documentation_prefix', 'warning'],
      ['pod_subnet_smaller_than_node_mask', 'error'],
    ]);
    renderShell(outputs);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Warning ${formatIssue(mine[0]!)}`,
    ]);
  });

  it('renders an error as an alert with an Error badge, described before the help', () => {
    const input = renderShell(undefined, { help: 'Help text.', error: 'Bad value.' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Error Bad value.');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toEqual([
      alert.id,
      screen.getByText('Help text.').id,
    ]);
  });
});
