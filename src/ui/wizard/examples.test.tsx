import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan, type ClusterPlan } from '../../domain/index.ts';
import * as engine from '../engine.ts';
import { TextField } from '../fields/TextField.tsx';
import { EngineContext } from '../hooks/engine.ts';
import { IssueList } from '../preview/IssueList.tsx';
import { ExamplesContext, examplesState } from './examplesContext.ts';

/** Two prefilled fields, a confirm button and an empty issue list, wired as the wizard wires them. */
function Harness({ active = true }: { active?: boolean }) {
  const form = useForm<ClusterPlan>({ defaultValues: createDefaultPlan() });
  const [confirmed, setConfirmed] = useState(!active);
  const { isDirty, dirtyFields, defaultValues } = form.formState;
  const examples = examplesState(!confirmed, isDirty, defaultValues, dirtyFields);
  return (
    <EngineContext.Provider value={engine}>
      <FormProvider {...form}>
        <ExamplesContext.Provider value={examples}>
          <TextField name="kubernetesVersion" label="Kubernetes version" />
          <TextField name="nodes.0.name" label="Node name" />
          <TextField name="clusterName" label="Cluster name" />
          <button type="button" onClick={() => setConfirmed(true)}>
            Use these values
          </button>
          <IssueList issues={[]} />
        </ExamplesContext.Provider>
      </FormProvider>
    </EngineContext.Provider>
  );
}

const EXAMPLE = /Example value: confirm or edit it\./;

describe('example values', () => {
  it('marks each prefilled field as an example, in its description, and not the empty ones', () => {
    render(<Harness />);
    expect(screen.getByLabelText('Kubernetes version')).toHaveAccessibleDescription(EXAMPLE);
    expect(screen.getByLabelText('Node name')).toHaveAccessibleDescription(EXAMPLE);
    expect(screen.getByLabelText('Cluster name')).not.toHaveAccessibleDescription(EXAMPLE);
    expect(screen.getAllByText('Example')).toHaveLength(2);
  });

  it('does not say "No problems found" for an untouched plan', () => {
    render(<Harness />);
    expect(screen.queryByText('No problems found.')).not.toBeInTheDocument();
    expect(screen.getByText(/Nothing checked yet: these are example values/)).toBeInTheDocument();
  });

  it('drops the marker of a field the user edits, and says what it found', async () => {
    render(<Harness />);
    const version = screen.getByLabelText('Kubernetes version');
    await userEvent.clear(version);
    await userEvent.type(version, 'v1.34.2');
    expect(version).not.toHaveAccessibleDescription(EXAMPLE);
    expect(screen.getByLabelText('Node name')).toHaveAccessibleDescription(EXAMPLE);
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
  });

  it('drops every marker when the values are confirmed', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Use these values' }));
    expect(screen.queryByText('Example')).not.toBeInTheDocument();
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
  });

  it('shows no markers for a saved or loaded plan', () => {
    render(<Harness active={false} />);
    expect(screen.queryByText(EXAMPLE)).not.toBeInTheDocument();
  });
});
