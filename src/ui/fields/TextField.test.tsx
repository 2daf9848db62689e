import { zodResolver } from '@hookform/resolvers/zod';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import {
  createDefaultPlan,
  createPlanSchema,
  formatIssue,
  validatePlan,
  type ClusterPlan,
  type Issue,
  type IssueCode,
} from '../../domain/index.ts';
import * as engine from '../engine.ts';
import { EngineContext } from '../hooks/engine.ts';
import { usePlanOutputs } from '../hooks/usePlanOutputs.ts';
import { OutputsContext } from '../wizard/outputsContext.ts';
import { TextField } from './TextField.tsx';

const SERVICE6 = 'networking.serviceSubnet.ipv6';
const LABEL = 'Service subnet (IPv6)';
const HELP = 'A /108 or longer, inside fc00::/7 or your own allocation.';

/** The form as the wizard builds it, with the live outputs, around `children`. */
function Harness({
  children,
  onForm,
}: {
  children: ReactNode;
  onForm?: (form: UseFormReturn<ClusterPlan>) => void;
}) {
  const form = useForm<ClusterPlan>({
    resolver: zodResolver(createPlanSchema()),
    defaultValues: createDefaultPlan(),
    mode: 'onTouched',
  });
  const outputs = usePlanOutputs(form.control, engine);
  onForm?.(form);
  return (
    <FormProvider {...form}>
      <EngineContext.Provider value={engine}>
        <OutputsContext.Provider value={outputs}>{children}</OutputsContext.Provider>
      </EngineContext.Provider>
    </FormProvider>
  );
}

/** The issue the domain reports at `path` with `code` for the default plan changed by `edit`. */
function domainIssue(edit: (plan: ClusterPlan) => void, path: string, code: IssueCode): Issue {
  const plan = createDefaultPlan();
  edit(plan);
  const issue = validatePlan(plan).find((i) => i.path === path && i.code === code);
  if (!issue) throw new Error(`the domain reports no ${code} at ${path}`);
  return issue;
}

/** The catalogue's text for a service subnet of `fd00::/64` (too large for a Service range). */
const tooLargeText = () =>
  formatIssue(
    domainIssue(
      (plan) => (plan.networking.serviceSubnet.ipv6 = 'fd00::/64'),
      SERVICE6,
      'service_subnet_too_large',
    ),
  );

function renderServiceField() {
  let form: UseFormReturn<ClusterPlan> | undefined;
  render(
    <Harness onForm={(f) => (form = f)}>
      <TextField name={SERVICE6} label={LABEL} help={HELP} />
      <button type="button">elsewhere</button>
    </Harness>,
  );
  return { input: screen.getByLabelText(LABEL), form: () => form };
}

describe('TextField', () => {
  it('shows the catalogue message in an alert after blur, marked invalid and described by it', async () => {
    const user = userEvent.setup();
    const { input } = renderServiceField();
    await user.clear(input);
    await user.type(input, 'fd00::/64');
    await user.tab();

    const alert = await screen.findByRole('alert');
    const message = tooLargeText();
    expect(message).toContain('fd00::/64');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(/^Error/);
    expect(input).toHaveAttribute('aria-invalid', 'true');

    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const help = screen.getByText(HELP);
    expect(describedBy).toContain(alert.id);
    expect(describedBy).toContain(help.id);
    // The error is read first, then the help.
    expect(describedBy.indexOf(alert.id)).toBeLessThan(describedBy.indexOf(help.id));
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('shows the error after trigger without the field being touched', async () => {
    const { input, form } = renderServiceField();
    await act(async () => {
      form()?.setValue(SERVICE6, 'fd00::/64');
      await form()?.trigger(SERVICE6);
    });
    expect(screen.getByRole('alert')).toHaveTextContent(tooLargeText());
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('clears aria-invalid and the alert once the value is valid', async () => {
    const user = userEvent.setup();
    const { input } = renderServiceField();
    await user.clear(input);
    await user.type(input, 'fd00::/64');
    await user.tab();
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'fd00:10:96::/112');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((input.getAttribute('aria-describedby') ?? '').split(' ')).toEqual([
      screen.getByText(HELP).id,
    ]);
  });

  it('starts valid, described by its help only', () => {
    const { input } = renderServiceField();
    expect(input).toHaveValue('fd00:10:96::/112');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).toHaveAccessibleDescription(HELP);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists a warning the domain reports for the typed value, with its Warning badge', async () => {
    const user = userEvent.setup();
    render(
      <Harness>
        <TextField name="networking.podSubnet.ipv6" label="Pod subnet (IPv6)" />
      </Harness>,
    );
    const input = screen.getByLabelText('Pod subnet (IPv6)');
    await user.clear(input);
    await user.type(input, '2001:db8::/56');
    await user.tab();

    const warning = domainIssue(
      (plan) => (plan.networking.podSubnet.ipv6 = '2001:db8::/56'),
      'networking.podSubnet.ipv6',
      'documentation_prefix',
    );
    expect(warning.severity).toBe('warning');
    const text = formatIssue(warning);
    const item = (await screen.findByText(text, { exact: false })).closest('li');
    expect(item).toHaveTextContent(`Warning ${text}`);
    // A warning never blocks: the field stays valid.
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(text));
  });
});
