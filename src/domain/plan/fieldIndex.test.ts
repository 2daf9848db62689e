import { describe, expect, it } from 'vitest';
import { createDefaultPlan, createNode } from './defaults.ts';
import { FIELD_TABLE } from './fields.ts';
import {
  fieldDefault,
  fieldPath,
  fieldRef,
  planValueAt,
  stepFields,
  tableField,
} from './fieldIndex.ts';
import { STEP_IDS } from './steps.ts';

function twoJoins() {
  const plan = createDefaultPlan();
  plan.nodes.push(createNode('worker', 'w-1'), createNode('control-plane', 'cp-2'));
  return plan;
}

describe('the field table', () => {
  it('names plan fields that exist, on steps that exist', () => {
    const plan = twoJoins();
    for (const row of FIELD_TABLE) {
      const path = fieldPath(row.field, 1, 'ipv6');
      expect(planValueAt(plan, path), path).toBeDefined();
      const steps = typeof row.step === 'object' ? [row.step.first, row.step.other] : [row.step];
      for (const step of steps) if (step) expect(STEP_IDS).toContain(step);
    }
  });

  it('places every value at most once in each kind of document', () => {
    const places = FIELD_TABLE.flatMap((row) =>
      row.at.map((l) => `${l.kind} ${l.path} ${l.arg ?? ''}`),
    );
    expect(new Set(places).size).toBe(places.length);
  });
});

describe('stepFields', () => {
  it('lists a step’s fields in screen order, each family’s group together', () => {
    const plan = createDefaultPlan();
    expect(stepFields('networking', plan)).toEqual([
      'networking.stack',
      'networking.podSubnet.ipv4',
      'networking.serviceSubnet.ipv4',
      'networking.nodeMask.ipv4',
      'networking.podSubnet.ipv6',
      'networking.serviceSubnet.ipv6',
      'networking.nodeMask.ipv6',
      'networking.dnsDomain',
    ]);
    plan.networking.stack = 'dual-ipv6-primary';
    expect(stepFields('controlPlane', plan)).toEqual([
      'nodes.0.name',
      'nodes.0.ips.ipv6',
      'nodes.0.ips.ipv4',
      'nodes.0.advertiseAddress',
      'nodes.0.bindPort',
    ]);
  });

  it('lists each joining node’s cells, the endpoint only for control-plane nodes', () => {
    const plan = twoJoins();
    plan.networking.stack = 'ipv4';
    expect(stepFields('nodes', plan)).toEqual([
      'nodes.1.name',
      'nodes.1.role',
      'nodes.1.ips.ipv4',
      'nodes.2.name',
      'nodes.2.role',
      'nodes.2.ips.ipv4',
      'nodes.2.advertiseAddress',
      'nodes.2.bindPort',
    ]);
    expect(stepFields('review', plan)).toEqual([]);
  });

  it('covers every step but Review, and no field twice', () => {
    const plan = twoJoins();
    const all = STEP_IDS.flatMap((step) => stepFields(step, plan));
    expect(new Set(all).size).toBe(all.length);
    for (const step of STEP_IDS.filter((s) => s !== 'review')) {
      expect(stepFields(step, plan).length, step).toBeGreaterThan(0);
    }
  });
});

describe('fieldRef', () => {
  it('takes a concrete path apart', () => {
    expect(fieldRef('nodes.3.ips.ipv6')).toMatchObject({ node: 3, family: 'ipv6' });
    expect(fieldRef('certSANs.2')).toMatchObject({ item: 2, input: 'certSANs' });
    expect(fieldRef('networking.podSubnet.ipv5')).toBeUndefined();
    expect(fieldRef('nodes.x.name')).toBeUndefined();
  });

  it('gives kubeadm’s defaults per field and family', () => {
    expect(fieldDefault('networking.nodeMask.ipv4')).toBe(24);
    expect(fieldDefault('networking.nodeMask.ipv6')).toBe(64);
    expect(fieldDefault('networking.dnsDomain')).toBe('cluster.local');
    expect(fieldDefault('nodes.2.bindPort')).toBe(6443);
    expect(fieldDefault('clusterName')).toBe('kubernetes');
    expect(fieldDefault('networking.podSubnet.ipv4')).toBeUndefined();
  });
});

describe('tableField', () => {
  it('finds the field behind a document path the plan left empty', () => {
    const plan = twoJoins();
    expect(tableField(plan, 'ClusterConfiguration', 'controlPlaneEndpoint', 0)).toBe(
      'controlPlaneEndpoint',
    );
    expect(tableField(plan, 'ClusterConfiguration', 'networking.serviceSubnet', 0, 1)).toBe(
      'networking.serviceSubnet.ipv6',
    );
    expect(
      tableField(
        plan,
        'ClusterConfiguration',
        'controllerManager.extraArgs.node-cidr-mask-size-ipv6',
        0,
      ),
    ).toBe('networking.nodeMask.ipv6');
    expect(tableField(plan, 'JoinConfiguration', 'controlPlane.localAPIEndpoint.bindPort', 2)).toBe(
      'nodes.2.bindPort',
    );
    expect(tableField(plan, 'InitConfiguration', 'nodeRegistration.name', -1)).toBeUndefined();
    expect(tableField(plan, 'ClusterConfiguration', 'etcd.local.dataDir', 0)).toBeUndefined();
  });
});
