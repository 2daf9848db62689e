import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createDefaultPlan, type ClusterPlan } from '../../domain/index.ts';
import * as engine from '../engine.ts';
import type { PlanOutputs } from '../hooks/usePlanOutputs.ts';
import { uiText } from '../text/en.ts';
import { OutputsContext } from '../wizard/outputsContext.ts';
import { AddressMap } from './AddressMap.tsx';

const t = uiText.addressMap;

function renderMap(plan: ClusterPlan, onGoTo = vi.fn()) {
  const files = engine.renderPlanFiles(plan);
  const outputs: PlanOutputs = {
    plan,
    files,
    issues: engine.validatePlan(plan, files),
    initCommand: '',
    flagsCommand: '',
    flagsComplete: false,
  };
  render(
    <OutputsContext.Provider value={outputs}>
      <AddressMap onGoTo={onGoTo} />
    </OutputsContext.Provider>,
  );
  return onGoTo;
}

function familyTable(family: string): HTMLElement {
  return screen.getByRole('table', { name: t.family(family) });
}

describe('AddressMap', () => {
  it('lists each family’s ranges and addresses in a table, beside a hidden drawing', () => {
    renderMap(createDefaultPlan());
    const v4 = familyTable('IPv4');
    const pod = within(v4).getByRole('row', { name: /^Pod subnet 10\.244\.0\.0\/16/ });
    expect(
      within(pod)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([t.fromTo('10.244.0.0', '10.244.255.255'), '65,536']);
    expect(
      screen.getByText(
        `${t.pod} 10.244.0.0/16: ${t.blocks('256', 24, '256')} ${uiText.networking.fits(1)}`,
      ),
    ).toBeTruthy();
    expect(within(v4).getByRole('row', { name: /^Cluster DNS IP 10\.96\.0\.10/ })).toBeTruthy();
    expect(within(v4).getByRole('row', { name: /^Node cp-1 192\.168\.10\.11/ })).toBeTruthy();
    const v6 = familyTable('IPv6');
    expect(within(v6).getByRole('rowheader', { name: 'Pod subnet fd00:10:244::/56' })).toBeTruthy();
    expect(within(v6).getByRole('row', { name: /fd00:10:96::\/112 .* 65,536/ })).toBeTruthy();
    expect(document.querySelectorAll('.amap__drawing[aria-hidden="true"]')).toHaveLength(2);
    expect(screen.getAllByText(t.noOverlaps)).toHaveLength(2);
  });

  it('lists an overlap with a link that goes to the field of its issue', async () => {
    const plan = createDefaultPlan();
    plan.networking.serviceSubnet.ipv4 = '10.244.240.0/20';
    const onGoTo = renderMap(plan);
    const v4 = screen.getByRole('region', { name: t.family('IPv4') });
    const item = within(v4).getByRole('listitem');
    expect(item.textContent).toContain(t.rangesOverlap('10.244.240.0/20', '10.244.0.0/16'));
    expect(item.textContent).toContain(t.shared('10.244.240.0', '10.244.255.255'));
    await userEvent.click(
      within(item).getByRole('button', {
        name: uiText.issues.goTo(uiText.networking.serviceSubnet('IPv4')),
      }),
    );
    expect(onGoTo).toHaveBeenCalledWith('networking.serviceSubnet.ipv4');
    expect(document.querySelectorAll('.amap__overlap').length).toBeGreaterThan(0);
  });

  it('hatches an address overlap on its range’s row and the overlaps row only', () => {
    const plan = createDefaultPlan();
    plan.nodes[0]!.ips.ipv4 = '10.244.7.7';
    renderMap(plan);
    const v4 = screen.getByRole('region', { name: t.family('IPv4') });
    const hatches = (label: string) => {
      const row = [...v4.querySelectorAll('.amap__row')].find((r) =>
        r.textContent.startsWith(label),
      );
      return row?.querySelectorAll('.amap__overlap').length;
    };
    expect(hatches(t.pod)).toBe(1);
    expect(hatches(t.service)).toBe(0);
    expect(hatches(t.overlapsRow)).toBe(1);
    expect(within(v4).getByRole('listitem').textContent).toContain(
      t.addressInRange(t.node('cp-1'), '10.244.7.7', `${t.pod} 10.244.0.0/16`),
    );
  });

  it('says so when nothing is valid yet', () => {
    const plan = createDefaultPlan();
    plan.networking.stack = 'ipv4';
    plan.networking.podSubnet.ipv4 = 'x';
    plan.networking.serviceSubnet.ipv4 = '';
    plan.nodes[0]!.ips.ipv4 = '';
    renderMap(plan);
    expect(screen.getByText(t.nothing)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
