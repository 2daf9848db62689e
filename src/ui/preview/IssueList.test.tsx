import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatIssue, makeIssue, type Issue } from '../../domain/index.ts';
import * as engine from '../engine.ts';
import { EngineContext } from '../hooks/engine.ts';
import { uiText } from '../text/en.ts';
import { visitedState, VisitedContext } from '../wizard/visitedContext.ts';
import { IssueList } from './IssueList.tsx';

/** Issue messages come from the engine, as in the app. */
const renderList = (ui: ReactElement) =>
  render(<EngineContext.Provider value={engine}>{ui}</EngineContext.Provider>);

const podError = makeIssue(
  'cidr_syntax',
  { path: 'networking.podSubnet.ipv4' },
  { value: '10.244.0.0/33' },
);
const serviceError = makeIssue(
  'service_subnet_too_large',
  { path: 'networking.serviceSubnet.ipv6' },
  { cidr: 'fd00::/64', bits: 128, minPrefix: 108 },
);
const docWarning = makeIssue(
  'documentation_prefix',
  { path: 'networking.podSubnet.ipv6' },
  { value: '2001:db8::/56', prefix: '2001:db8::/32' },
);
const fileWarning = makeIssue(
  'documentation_prefix',
  { path: '', file: 'kubeadm-config.yaml' },
  { value: '2001:db8::1', prefix: '2001:db8::/32' },
);
const note = makeIssue(
  'documentation_prefix',
  { path: 'nodes.0.ips.ipv6' },
  { value: '2001:db8::11', prefix: '2001:db8::/32' },
  'info',
);

/** The section whose heading is `name`. */
function group(name: string): HTMLElement {
  const section = screen.getByRole('heading', { name }).closest('section');
  if (!section) throw new Error(`no section for ${name}`);
  return section;
}

describe('IssueList', () => {
  const issues: Issue[] = [docWarning, podError, note, serviceError, fileWarning];

  it('groups issues by severity, errors first, with a count in each heading', () => {
    renderList(<IssueList issues={issues} onGoTo={() => {}} />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Errors (2)',
      'Warnings (2)',
      'Notes (1)',
    ]);
    expect(within(group('Errors (2)')).getAllByRole('listitem')).toHaveLength(2);
    expect(within(group('Notes (1)')).getByRole('listitem')).toHaveTextContent(
      `Note ${formatIssue(note)}`,
    );
  });

  it('writes each issue with its severity badge and the catalogue text', () => {
    renderList(<IssueList issues={issues} onGoTo={() => {}} />);
    const [first, second] = within(group('Errors (2)')).getAllByRole('listitem');
    expect(first).toHaveTextContent(`Error ${formatIssue(podError)}`);
    expect(second).toHaveTextContent(`Error ${formatIssue(serviceError)}`);
  });

  it('offers a Go to button per field that calls onGoTo with the field path', async () => {
    const user = userEvent.setup();
    const onGoTo = vi.fn();
    renderList(<IssueList issues={issues} onGoTo={onGoTo} />);
    await user.click(screen.getByRole('button', { name: 'Go to Service subnet (IPv6)' }));
    expect(onGoTo).toHaveBeenCalledExactlyOnceWith('networking.serviceSubnet.ipv6');
    await user.click(screen.getByRole('button', { name: 'Go to Node IP (IPv6)' }));
    expect(onGoTo).toHaveBeenLastCalledWith('nodes.0.ips.ipv6');
    expect(screen.getAllByRole('button', { name: /^Go to / })).toHaveLength(4);
  });

  it('names the file of an issue that has no field', () => {
    renderList(<IssueList issues={[fileWarning]} onGoTo={() => {}} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('in kubeadm-config.yaml');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('has no Go to buttons without onGoTo', () => {
    renderList(<IssueList issues={issues} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says there are no problems when the list is empty', () => {
    renderList(<IssueList issues={[]} />);
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('counts the issues of steps not opened yet per step instead of listing them', () => {
    const token = makeIssue('token_format', { path: 'discovery.token' }, { field: 'token' });
    const hash = makeIssue(
      'ca_cert_hash_format',
      { path: 'discovery.caCertHashes.0' },
      {
        value: 'x',
      },
    );
    const worker = makeIssue('ip_syntax', { path: 'nodes.1.ips.ipv4' }, { value: '10.0.0.300' });
    // On Networking (index 1), with Cluster and Networking opened: Nodes and Joining wait.
    renderList(
      <VisitedContext.Provider value={visitedState(2, 1, engine)}>
        <IssueList issues={[podError, token, hash, worker, fileWarning]} onGoTo={() => {}} />
      </VisitedContext.Provider>,
    );
    expect(within(group('Errors (1)')).getByText(formatIssue(podError, 'en'))).toBeVisible();
    expect(screen.queryByText(formatIssue(token, 'en'))).not.toBeInTheDocument();
    expect(screen.queryByText(formatIssue(worker, 'en'))).not.toBeInTheDocument();
    expect(screen.getByText(uiText.issues.waiting(uiText.steps.nodes, 1))).toBeVisible();
    expect(screen.getByText(uiText.issues.waiting(uiText.steps.discovery, 2))).toBeVisible();
    // An issue on no field is never held back.
    expect(screen.getByText(formatIssue(fileWarning, 'en'))).toBeVisible();
  });

  it('lists every issue once all steps are open, and the current step’s own at once', () => {
    const token = makeIssue('token_format', { path: 'discovery.token' }, { field: 'token' });
    const { unmount } = renderList(
      <VisitedContext.Provider value={visitedState(6, 5, engine)}>
        <IssueList issues={[token]} />
      </VisitedContext.Provider>,
    );
    expect(screen.getByText(formatIssue(token, 'en'))).toBeVisible();
    unmount();
    // Jumping ahead is not possible, but the step on screen always shows its issues.
    renderList(
      <VisitedContext.Provider value={visitedState(1, 4, engine)}>
        <IssueList issues={[token]} />
      </VisitedContext.Provider>,
    );
    expect(screen.getByText(formatIssue(token, 'en'))).toBeVisible();
  });

  it('says only what waits when every issue is on a later step', () => {
    const token = makeIssue('token_format', { path: 'discovery.token' }, { field: 'token' });
    renderList(
      <VisitedContext.Provider value={visitedState(1, 0, engine)}>
        <IssueList issues={[token]} />
      </VisitedContext.Provider>,
    );
    expect(screen.queryByText('No problems found.')).not.toBeInTheDocument();
    expect(screen.getByText(uiText.issues.waiting(uiText.steps.discovery, 1))).toBeVisible();
  });

  it('uses the heading level it is given', () => {
    renderList(<IssueList issues={issues} headingLevel={4} />);
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });
});
