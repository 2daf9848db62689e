import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  planRunningJoins,
  readRunningCluster,
  RUNNING_CONFIG_FILE,
  RUNNING_NODES_FILE,
  type NewNode,
} from '../domain/index.ts';
import { run } from './main.ts';

beforeEach(() => {
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  vi.stubEnv('LANG', 'C.UTF-8');
});

const fixture = (name: string) => new URL(`../domain/${name}`, import.meta.url).pathname;
const CONFIG_PATH = fixture('validation/diagnose/__fixtures__/kubeadm-config-configmap.yaml');
const HA_PATH = fixture('import/__fixtures__/running/kubeadm-config-ha.yaml');
const NODES_PATH = fixture('validation/diagnose/__fixtures__/nodes.json');
const read = (path: string) => readFileSync(path, 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'running-joins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  valid: boolean;
  issues: { severity: string; code: string; file: string }[];
}

/** Writes the join files and runs `validate --json --nodes nodes.json configmap join…` on them. */
function cliValidate(configPath: string, files: readonly { name: string; text: string }[]) {
  const paths = files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  const result = run(['validate', '--json', '--nodes', NODES_PATH, configPath, ...paths]);
  return { exitCode: result.exitCode, report: JSON.parse(result.stdout) as Report };
}

// Addresses outside the fixtures' pod and service ranges and unlike the running nodes' (…10.1x/2x).
const newNodes = fc.uniqueArray(fc.integer({ min: 40, max: 250 }), { minLength: 1, maxLength: 4 });

describe('every join file the running-cluster view renders validates clean with the CLI', () => {
  it('workers joining the dual-stack cluster from its nodes', () => {
    const configText = read(CONFIG_PATH);
    const nodesText = read(NODES_PATH);
    const config = { name: RUNNING_CONFIG_FILE, text: configText };
    const cluster = readRunningCluster(config, { name: RUNNING_NODES_FILE, text: nodesText });
    fc.assert(
      fc.property(
        newNodes,
        fc.stringMatching(/^[a-z0-9]{6}\.[a-z0-9]{16}$/),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        (hosts, token, hash) => {
          const nodes: NewNode[] = hosts.map((h) => ({
            name: `worker-${h}`,
            role: 'worker',
            ipv4: `192.168.20.${h}`,
            ipv6: `fd00:192:168:20::${h.toString(16)}`,
            advertiseAddress: '',
            bindPort: '',
          }));
          const joins = planRunningJoins(cluster, config, nodes, {
            apiServerEndpoint: '192.168.10.11:6443',
            token,
            caCertHash: `sha256:${hash}`,
            certificateKey: '',
          });
          expect(joins.issues).toEqual([]);
          const { exitCode, report } = cliValidate(CONFIG_PATH, joins.files);
          expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(exitCode).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('control-plane and worker nodes joining an HA cluster through its endpoint', () => {
    const configText = read(HA_PATH);
    const config = { name: RUNNING_CONFIG_FILE, text: configText };
    const cluster = readRunningCluster(config);
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        newNodes,
        fc.stringMatching(/^[0-9a-f]{64}$/),
        (roles, hosts, key) => {
          const nodes: NewNode[] = hosts.map((h, i) => ({
            name: `node-${h}`,
            role: roles[i] ? 'control-plane' : 'worker',
            ipv4: `192.168.30.${h}`,
            ipv6: `fd00:30::${h.toString(16)}`,
            advertiseAddress: '',
            bindPort: '',
          }));
          const joins = planRunningJoins(cluster, config, nodes, {
            apiServerEndpoint: '',
            token: 'k3x9qa.4m2n8b7v6c5x1z0q',
            caCertHash: `sha256:${'4f'.repeat(32)}`,
            certificateKey: key,
          });
          expect(joins.issues).toEqual([]);
          const { exitCode, report } = cliValidate(HA_PATH, joins.files);
          expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(exitCode).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('and the CLI refuses the file of a worker that reuses a running node IP, as the view does', () => {
    const configText = read(CONFIG_PATH);
    const config = { name: RUNNING_CONFIG_FILE, text: configText };
    const nodesText = read(NODES_PATH);
    const cluster = readRunningCluster(config, { name: RUNNING_NODES_FILE, text: nodesText });
    const joins = planRunningJoins(
      cluster,
      config,
      [
        {
          name: 'w-9',
          role: 'worker',
          ipv4: '192.168.10.21',
          ipv6: 'fd00:192:168:10::29',
          advertiseAddress: '',
          bindPort: '',
        },
      ],
      {
        apiServerEndpoint: '192.168.10.11:6443',
        token: 'k3x9qa.4m2n8b7v6c5x1z0q',
        caCertHash: `sha256:${'4f'.repeat(32)}`,
        certificateKey: '',
      },
    );
    expect(joins.issues.map((i) => i.code)).toEqual(['duplicate_node_ip']);
    const { exitCode, report } = cliValidate(CONFIG_PATH, joins.files);
    expect(exitCode).toBe(1);
    expect(report.issues.map((i) => i.code)).toEqual(['duplicate_node_ip']);
  });
});
