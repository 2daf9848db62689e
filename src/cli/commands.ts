import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  bundleFiles,
  convertConfigText,
  diagnoseNodes,
  existingNodes,
  planDualStackConversion,
  RUNBOOK_TEXT,
  hasErrors,
  KUBEADM_API_VERSIONS,
  MAX_CONFIG_BYTES,
  parsePlanText,
  sourceProblem,
  validateConfigTexts,
  validatePlan,
  type Issue,
  type Language,
  type DualStackRequest,
  type NodeReport,
  type PodNodeSummary,
  type RunbookStep,
  type ServiceReport,
} from '../domain/index.ts';
import { readInput, utf8Text } from './io.ts';
import { toHumanReport, toJsonReport } from './output.ts';
import { UsageError } from './usage.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface Readable {
  texts: { name: string; text: string }[];
  problems: Issue[];
}

function readAll(names: readonly string[]): Readable {
  const texts: Readable['texts'] = [];
  const problems: Issue[] = [];
  for (const name of names) {
    const input = readInput(name, MAX_CONFIG_BYTES);
    const problem = sourceProblem(input);
    if (problem) problems.push(problem);
    else texts.push({ name, text: utf8Text(input.bytes) });
  }
  return { texts, problems };
}

function cannotWrite(dir: string, error: unknown): UsageError {
  const detail = error instanceof Error ? error.message : String(error);
  return new UsageError(`cannot write to ${dir}: ${detail}`, {
    reason: 'cannot_write',
    file: dir,
    detail,
  });
}

export function runValidate(
  files: readonly string[],
  options: { json: boolean; kubernetesVersion?: string; language: Language; nodes?: string },
): CommandResult {
  if (files.length === 0)
    throw new UsageError('validate needs at least one file (or - for standard input)', {
      reason: 'no_files',
      command: 'validate',
    });
  const { texts, problems } = readAll(files);
  // The running cluster's nodes (kubectl get nodes -o json), for new join files to be checked against.
  const running = options.nodes === undefined ? undefined : readAll([options.nodes]);
  const nodesText = running?.texts[0];
  const existing = nodesText ? existingNodes(nodesText) : undefined;
  const result = validateConfigTexts(texts, {
    ...(options.kubernetesVersion === undefined
      ? {}
      : { kubernetesVersion: options.kubernetesVersion }),
    ...(existing ? { existingNodes: existing.nodes } : {}),
  });
  const issues = [
    ...problems,
    ...(running?.problems ?? []),
    ...(existing?.issues ?? []),
    ...result.issues,
  ];
  const valid = !hasErrors(issues);
  const stdout = options.json
    ? toJsonReport(valid, issues, options.language)
    : toHumanReport(issues, files.length, options.language);
  return { stdout: `${stdout}\n`, stderr: '', exitCode: valid ? 0 : 1 };
}

export function runMigrate(file: string, to: string, language: Language): CommandResult {
  const target = KUBEADM_API_VERSIONS.find((version) => version === to);
  if (target === undefined) {
    throw new UsageError(`--to must be ${KUBEADM_API_VERSIONS.join(' or ')}, not "${to}"`, {
      reason: 'bad_value',
      command: 'migrate',
      option: '--to',
      value: to,
      expected: KUBEADM_API_VERSIONS.join(', '),
    });
  }
  const { texts, problems } = readAll([file]);
  const source = texts[0];
  if (!source)
    return { stdout: '', stderr: `${toHumanReport(problems, 1, language)}\n`, exitCode: 1 };
  const result = convertConfigText(source.name, source.text, target);
  const stderr = result.issues.length > 0 ? `${toHumanReport(result.issues, 1, language)}\n` : '';
  if (result.text === undefined) return { stdout: '', stderr, exitCode: 1 };
  return { stdout: result.text, stderr, exitCode: 0 };
}

export function runGenerate(planFile: string, outDir: string, language: Language): CommandResult {
  const { texts, problems } = readAll([planFile]);
  const source = texts[0];
  if (!source)
    return { stdout: '', stderr: `${toHumanReport(problems, 1, language)}\n`, exitCode: 1 };
  const parsed = parsePlanText(source.name, source.text);
  if (!parsed.plan) {
    return { stdout: '', stderr: `${toHumanReport(parsed.issues, 1, language)}\n`, exitCode: 1 };
  }
  const issues = validatePlan(parsed.plan).map((issue) => ({ ...issue, file: source.name }));
  // The same files as the wizard's "Download everything" zip, in the same folders and modes.
  const files = bundleFiles(parsed.plan);
  const paths = files.map((file) => join(outDir, ...file.path.split('/')));
  try {
    files.forEach((file, i) => {
      const path = paths[i] ?? join(outDir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
      if (file.executable) chmodSync(path, 0o755);
    });
  } catch (error) {
    throw cannotWrite(outDir, error);
  }
  const stdout = paths.join('\n');
  const stderr = issues.length > 0 ? `${toHumanReport(issues, 1, language)}\n` : '';
  return { stdout: `${stdout}\n`, stderr, exitCode: hasErrors(issues) ? 1 : 0 };
}

/** One node's line of the human report: InternalIPs and pod CIDRs per family (— for none). */
function nodeLine(node: NodeReport): string {
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : '—');
  const families = (values: NodeReport['internalIps']) =>
    `IPv4 ${list(values.ipv4)}; IPv6 ${list(values.ipv6)}`;
  return `${node.name}: InternalIP ${families(node.internalIps)} | podCIDRs ${families(node.podCidrs)}`;
}

export function runDiagnose(
  nodesFile: string,
  options: { json: boolean; language: Language; config?: string; pods?: string; services?: string },
): CommandResult {
  const extra = [options.config, options.pods, options.services];
  const names = [nodesFile, ...extra.filter((n): n is string => n !== undefined)];
  const { texts, problems } = readAll(names);
  const textOf = (name: string | undefined) =>
    name === undefined ? undefined : texts.find((t) => t.name === name);
  const nodes = textOf(nodesFile);
  const more = { pods: textOf(options.pods), services: textOf(options.services) };
  const diagnosis = nodes ? diagnoseNodes(nodes, textOf(options.config), more) : undefined;
  const issues = [...problems, ...(diagnosis?.issues ?? [])];
  const valid = !hasErrors(issues);
  const reports = diagnosis?.nodes ?? [];
  const pods = diagnosis?.pods;
  const services = diagnosis?.services;
  const stdout = options.json
    ? toJsonReport(valid, issues, options.language, {
        nodes: reports.map((n) => ({
          name: n.name,
          internalIPs: n.internalIps,
          podCIDRs: n.podCidrs,
        })),
        ...(options.pods === undefined
          ? {}
          : {
              pods: {
                source: pods?.source ?? null,
                nodes: (pods?.nodes ?? []).map((n) => ({
                  node: n.node,
                  pods: n.pods,
                  hostNetwork: n.hostNetwork,
                  withIP: n.withIp,
                })),
              },
            }),
        ...(options.services === undefined
          ? {}
          : {
              services: (services ?? []).map((s) => ({
                name: s.name,
                type: s.type,
                ipFamilyPolicy: s.policy,
                headless: s.headless,
                clusterIPs: s.clusterIps,
              })),
            }),
      })
    : [
        ...reports.map(nodeLine),
        ...(pods?.nodes ?? []).map(podsLine),
        ...(pods?.source === 'table' && pods.nodes.length > 0
          ? ['(pods from the -o wide table: only each pod’s first IP is counted)']
          : []),
        ...(services ?? []).map(serviceLine),
        toHumanReport(issues, names.length, options.language),
      ].join('\n');
  return { stdout: `${stdout}\n`, stderr: '', exitCode: valid ? 0 : 1 };
}

/** One node's pods in the human report: how many, in the host's network, and with an IP per family. */
function podsLine(summary: PodNodeSummary): string {
  const node = summary.node || '(unscheduled)';
  const { ipv4, ipv6 } = summary.withIp;
  return `pods on ${node}: ${summary.pods} | host network ${summary.hostNetwork} | with IPv4 ${ipv4}; with IPv6 ${ipv6}`;
}

/** One Service in the human report: type, policy and cluster IPs per family. */
function serviceLine(service: ServiceReport): string {
  if (service.type === 'ExternalName') return `service ${service.name}: ExternalName`;
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : '—');
  const ips = service.headless
    ? 'headless'
    : `clusterIPs IPv4 ${list(service.clusterIps.ipv4)}; IPv6 ${list(service.clusterIps.ipv6)}`;
  return `service ${service.name}: ${service.type} ${service.policy || '(no ipFamilyPolicy)'} | ${ips}`;
}

/** One step of the runbook as text: what it changes, where and how, how to check and undo it. */
function stepLines(step: RunbookStep, n: number, language: Language, out?: string): string[] {
  const text = RUNBOOK_TEXT[language];
  const words = text.steps[step.kind];
  const shell = (commands: readonly string[]) => commands.map((c) => `     $ ${c}`);
  const lines = [`${n}. ${words.title}`, `   ${words.changes}`];
  for (const file of step.files) {
    lines.push(out === undefined ? `   ${file.path}:` : `   ${join(out, file.path)}`);
    if (out === undefined)
      lines.push(
        ...file.text
          .trimEnd()
          .split('\n')
          .map((l) => `     ${l}`),
      );
  }
  if (step.commands.length > 0) lines.push(`   ${text.on[step.on]}:`, ...shell(step.commands));
  lines.push(`   ✓ ${words.check}`, ...shell(step.checks));
  lines.push(`   ↩ ${words.rollback}`, ...shell(step.rollback));
  return lines;
}

export function runConvertDualStack(
  file: string,
  options: { request: DualStackRequest; json: boolean; language: Language; out?: string },
): CommandResult {
  const { texts, problems } = readAll([file]);
  const source = texts[0];
  const plan = source ? planDualStackConversion(source, options.request) : undefined;
  const issues = [...problems, ...(plan?.issues ?? [])];
  const valid = !hasErrors(issues);
  const steps = plan?.steps ?? [];
  if (options.out !== undefined) {
    const dir = options.out;
    try {
      mkdirSync(dir, { recursive: true });
      for (const f of steps.flatMap((s) => s.files)) writeFileSync(join(dir, f.path), f.text);
    } catch (error) {
      throw cannotWrite(dir, error);
    }
  }
  const words = RUNBOOK_TEXT[options.language].steps;
  const stdout = options.json
    ? toJsonReport(valid, issues, options.language, {
        podSubnet: plan?.podSubnet ?? '',
        serviceSubnet: plan?.serviceSubnet ?? '',
        steps: steps.map((s) => ({ ...s, ...words[s.kind] })),
      })
    : [
        ...steps.flatMap((s, i) => [...stepLines(s, i + 1, options.language, options.out), '']),
        toHumanReport(issues, 1, options.language),
      ].join('\n');
  return { stdout: `${stdout}\n`, stderr: '', exitCode: valid ? 0 : 1 };
}
