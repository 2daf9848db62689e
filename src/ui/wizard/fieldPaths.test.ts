import { describe, expect, it } from 'vitest';
import { FIELD_TABLE } from '../../domain/index.ts';
import { uiText } from '../text/en.ts';
import { zhCN } from '../text/zh-CN.ts';
import { fieldLabel, focusTarget, labelText, stepOfField } from './fieldPaths.ts';

describe('field labels from the field table', () => {
  it('finds every label key of the table in both languages', () => {
    const keys = FIELD_TABLE.flatMap((row) =>
      row.label === undefined
        ? []
        : typeof row.label === 'string'
          ? [row.label]
          : [row.label.first, row.label.other].filter((k) => k !== undefined),
    );
    expect(keys.length).toBeGreaterThan(20);
    for (const text of [uiText, zhCN]) {
      for (const key of keys) expect(labelText(key, text), key).toBeDefined();
    }
  });

  it('names fields as the steps label their inputs', () => {
    expect(fieldLabel('networking.podSubnet.ipv6', uiText)).toBe(
      uiText.networking.podSubnet('IPv6'),
    );
    expect(fieldLabel('nodes.0.ips.ipv4', uiText)).toBe(uiText.controlPlane.nodeIp('IPv4'));
    expect(fieldLabel('nodes.0.advertiseAddress', uiText)).toBe(
      uiText.controlPlane.advertiseAddress,
    );
    expect(fieldLabel('nodes.2.ips.ipv6', uiText)).toBe(
      uiText.nodes.cell(3, uiText.nodes.ip('IPv6')),
    );
    expect(fieldLabel('nodes.1.bindPort', uiText)).toBe(
      uiText.nodes.cell(2, uiText.nodes.bindPort),
    );
    expect(fieldLabel('certSANs.1', uiText)).toBe(uiText.cluster.certSANs);
    expect(fieldLabel('discovery.caCertHashes.0', zhCN)).toBe(zhCN.discovery.caCertHashes);
  });

  it('falls back to the path for a field no step shows', () => {
    expect(fieldLabel('imageRepository', uiText)).toBe('imageRepository');
    expect(fieldLabel('no.such.field', uiText)).toBe('no.such.field');
  });

  it('takes each field to its step and list entries to their list input', () => {
    expect(stepOfField('nodes.0.name')).toBe('controlPlane');
    expect(stepOfField('nodes.4.role')).toBe('nodes');
    expect(stepOfField('networking.nodeMask.ipv6')).toBe('networking');
    expect(stepOfField('discovery.caCertHashes.2')).toBe('discovery');
    expect(stepOfField('imageRepository')).toBeUndefined();
    expect(focusTarget('certSANs.3')).toBe('certSANs');
    expect(focusTarget('nodes.1.ips.ipv4')).toBe('nodes.1.ips.ipv4');
  });
});
