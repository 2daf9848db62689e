import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan, createNode } from '../plan/defaults.ts';
import type { ClusterPlan, NodePlan, StackMode } from '../plan/plan.ts';
import { afterInstallChecks } from './afterInstall.ts';
import { buildFromTable } from './build.ts';
import { commandsScript } from './bundle/script.ts';
import { initCommand, joinCommand, shellQuote } from './commands.ts';
import { INIT_FILE_NAME, joinFileNames } from './files.ts';
import { flagsOnlyInitCommand, networkingFlags } from './flags.ts';
import { hostPreparation } from './host.ts';
import { resolveAdvertiseAddress } from './nodes.ts';

/** One command read back as a POSIX shell would: its words, and a quoted here-document body. */
interface ReadCommand {
  argv: string[];
  heredoc?: string;
}

const OPERATOR = /[;&|<>()`$\n*?[~{}!#]/;

/**
 * A tiny POSIX word reader for the commands the renderer writes: blanks split words; single
 * quotes keep everything; double quotes keep all but `$`, backtick and backslash escapes; a bare
 * backslash quotes the next character. Anything the shell would act on outside quotes
 * (separators, redirections, expansions, globs, comments) throws, except one here-document with
 * a quoted delimiter (`<<'EOF'`), whose body the shell leaves as it is.
 */
function readCommand(text: string): ReadCommand {
  const argv: string[] = [];
  let word: string | undefined;
  let i = 0;
  let heredoc: string | undefined;
  const push = () => {
    if (word !== undefined) argv.push(word);
    word = undefined;
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\t') {
      push();
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed ' at ${i}`);
      word = (word ?? '') + text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let value = '';
      i++;
      for (; text[i] !== '"'; i++) {
        const d = text[i];
        if (d === undefined) throw new Error('unclosed "');
        if (d === '$' || d === '`') throw new Error(`expansion ${d} inside double quotes`);
        if (d === '\\' && /[$`"\\\n]/.test(text[i + 1] ?? '')) i++;
        value += text[i] ?? '';
      }
      word = (word ?? '') + value;
      i++;
    } else if (c === '\\') {
      if (text[i + 1] === undefined || text[i + 1] === '\n') throw new Error('dangling \\');
      word = (word ?? '') + (text[i + 1] ?? '');
      i += 2;
    } else if (text.startsWith("<<'", i) && word === undefined && heredoc === undefined) {
      const close = text.indexOf("'", i + 3);
      const delimiter = text.slice(i + 3, close);
      const lineEnd = text.indexOf('\n', close);
      if (close < 0 || lineEnd < 0 || text.slice(close + 1, lineEnd).trim() !== '') {
        throw new Error('here-document must end its line');
      }
      const bodyEnd = text.indexOf(`\n${delimiter}`, lineEnd);
      if (bodyEnd < 0 || text.slice(bodyEnd + 1 + delimiter.length).trim() !== '') {
        throw new Error('here-document not closed at the end of the command');
      }
      heredoc = text.slice(lineEnd + 1, bodyEnd + 1);
      i = text.length;
    } else if (c === '#' && word !== undefined) {
      word += c;
      i++;
    } else if (OPERATOR.test(c)) {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i} in ${JSON.stringify(text)}`);
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  push();
  return heredoc === undefined ? { argv } : { argv, heredoc };
}

describe('readCommand (the test’s reader)', () => {
  it('reads quoted words back and refuses what the shell would act on', () => {
    expect(readCommand(`a 'b c' "d\\"e" f\\ g --x='it'\\''s'`).argv).toEqual([
      'a',
      'b c',
      'd"e',
      'f g',
      "--x=it's",
    ]);
    for (const bad of ['a; b', 'a $(b)', 'a `b`', 'a | b', 'a > b', 'a\nb', '$HOME', 'a &', '*']) {
      expect(() => readCommand(bad)).toThrow();
    }
  });
});

// Free text as a user might type or paste it: shell and markup metacharacters, quotes, blanks.
const HOSTILE = ['<img src=x onerror=alert(1)>', '"; rm -rf / #', '$(reboot)', '`id`', "'quoted'"];
const text = fc.oneof(
  fc.constantFrom(...HOSTILE, '', ' ', '\nnewline', "it's", '\\'),
  fc.string({ maxLength: 24 }),
  fc.string({
    unit: fc.constantFrom(...'ab1.-:/ \t\n\'"\\$`;&|<>()*?[]{}~!#=%,@'.split('')),
    maxLength: 24,
  }),
);

const STACKS: StackMode[] = ['ipv4', 'ipv6', 'dual-ipv4-primary', 'dual-ipv6-primary'];

const node = (flags: { ips: boolean }) =>
  fc.record({
    name: text,
    role: fc.constantFrom('control-plane' as const, 'worker' as const),
    ips: flags.ips ? fc.record({ ipv4: text, ipv6: text }) : fc.constant({ ipv4: '', ipv6: '' }),
    advertiseAddress: text,
    bindPort: fc.oneof(text, fc.constantFrom('', '6443')),
  }) satisfies fc.Arbitrary<NodePlan>;

/** Plans whose every free-text field is arbitrary; `flagsOnly` keeps what blocks the flags form off. */
function plans(flagsOnly: boolean): fc.Arbitrary<ClusterPlan> {
  return fc
    .record({
      stack: fc.constantFrom(...STACKS),
      clusterName: text,
      controlPlaneEndpoint: text,
      certSANs: fc.array(text, { maxLength: 3 }),
      criSocket: text,
      kubernetesVersion: text,
      imageRepository: text,
      podSubnet: fc.record({ ipv4: text, ipv6: text }),
      serviceSubnet: fc.record({ ipv4: text, ipv6: text }),
      dnsDomain: text,
      first: node({ ips: !flagsOnly }),
      others: fc.array(node({ ips: true }), { maxLength: 4 }),
      endpoint: text,
      token: text,
      tokenTtl: text,
      caCertHashes: fc.array(text, { maxLength: 2 }),
      certificateKey: text,
    })
    .map((r) => {
      const plan = createDefaultPlan();
      plan.networking = { ...plan.networking, stack: r.stack, dnsDomain: r.dnsDomain };
      plan.networking.podSubnet = r.podSubnet;
      plan.networking.serviceSubnet = r.serviceSubnet;
      plan.clusterName = r.clusterName;
      plan.controlPlaneEndpoint = r.controlPlaneEndpoint;
      plan.certSANs = r.certSANs;
      plan.criSocket = r.criSocket;
      plan.kubernetesVersion = r.kubernetesVersion;
      plan.imageRepository = r.imageRepository;
      plan.nodes = [{ ...r.first, role: 'control-plane' }, ...r.others];
      plan.discovery = {
        ...plan.discovery,
        apiServerEndpoint: r.endpoint,
        token: r.token,
        tokenTtl: r.tokenTtl,
        caCertHashes: r.caCertHashes,
        certificateKey: r.certificateKey,
      };
      return plan;
    });
}

const RUNS = { numRuns: 300 };

describe('shellQuote', () => {
  it('gives one word that reads back as the value, whatever the value', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(readCommand(`x ${shellQuote(value)}`).argv).toEqual(['x', value]);
      }),
      RUNS,
    );
  });
});

describe('initCommand and joinCommand', () => {
  it('read back as kubeadm, the subcommand, --config and one plain file name', () => {
    fc.assert(
      fc.property(plans(false), (plan) => {
        const init = readCommand(initCommand(plan)).argv;
        expect(init.slice(0, 4)).toEqual(['kubeadm', 'init', '--config', INIT_FILE_NAME]);
        expect(init.slice(4).every((w) => w === '--upload-certs')).toBe(true);
        for (const [index, file] of joinFileNames(plan)) {
          expect(file).toMatch(/^join-[a-z0-9.-]+\.yaml$/);
          expect(readCommand(joinCommand(plan, index)).argv).toEqual([
            'kubeadm',
            'join',
            '--config',
            file,
          ]);
        }
      }),
      RUNS,
    );
  });
});

/** `--name=value` words of a read command, as [name, value] pairs, in order. */
function flagPairs(argv: readonly string[]): [string, string][] {
  return argv.slice(2).map((word) => {
    const match = /^--([a-z-]+)(?:=([\s\S]*))?$/.exec(word);
    if (!match) throw new Error(`not a flag: ${JSON.stringify(word)}`);
    return [match[1] ?? '', match[2] ?? ''];
  });
}

function networkingPairs(plan: ClusterPlan): [string, string][] {
  const pairs: [string, string][] = [];
  const { networking } = buildFromTable(plan, 'ClusterConfiguration').document;
  if (networking?.podSubnet) pairs.push(['pod-network-cidr', networking.podSubnet]);
  if (networking?.serviceSubnet) pairs.push(['service-cidr', networking.serviceSubnet]);
  return pairs;
}

describe('networkingFlags', () => {
  it('reads back as kubeadm init and one word per subnet flag, each value whole', () => {
    fc.assert(
      fc.property(plans(false), (plan) => {
        const argv = readCommand(networkingFlags(plan)).argv;
        expect(argv.slice(0, 2)).toEqual(['kubeadm', 'init']);
        expect(flagPairs(argv)).toEqual(networkingPairs(plan));
      }),
      RUNS,
    );
  });
});

describe('flagsOnlyInitCommand', () => {
  it('reads back with every user value as exactly one word', () => {
    fc.assert(
      fc.property(plans(true), (plan) => {
        const { command } = flagsOnlyInitCommand(plan);
        expect(command).toBeDefined();
        const argv = readCommand(command ?? '').argv;
        expect(argv.slice(0, 2)).toEqual(['kubeadm', 'init']);
        const expected = networkingPairs(plan);
        const add = (name: string, value: string) => {
          if (value.trim() !== '') expected.push([name, value.trim()]);
        };
        const first = plan.nodes[0];
        add('service-dns-domain', plan.networking.dnsDomain);
        add('apiserver-advertise-address', resolveAdvertiseAddress(plan, 0)?.value ?? '');
        if (first && first.bindPort.trim() !== '') {
          const port = first.bindPort.trim();
          expected.push(['apiserver-bind-port', /^[0-9]{1,9}$/.test(port) ? `${+port}` : '6443']);
        }
        add('control-plane-endpoint', plan.controlPlaneEndpoint);
        add(
          'apiserver-cert-extra-sans',
          plan.certSANs
            .map((s) => s.trim())
            .filter(Boolean)
            .join(','),
        );
        add('cri-socket', plan.criSocket);
        add('kubernetes-version', plan.kubernetesVersion);
        add('image-repository', plan.imageRepository);
        add('node-name', first?.name ?? '');
        if (plan.nodes.slice(1).some((n) => n.role === 'control-plane')) {
          expected.push(['upload-certs', '']);
        }
        add('token', plan.discovery.token);
        if (plan.discovery.token.trim() !== '') add('token-ttl', plan.discovery.tokenTtl);
        add('certificate-key', plan.discovery.certificateKey);
        expect(flagPairs(argv)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('hostPreparation and afterInstallChecks', () => {
  it('read back as plain commands: sudo or kubectl, no operator outside quotes', () => {
    fc.assert(
      fc.property(plans(false), (plan) => {
        for (const command of hostPreparation(plan).commands) {
          expect(readCommand(command).argv[0]).toBe('sudo');
        }
        for (const command of afterInstallChecks(plan)) {
          const read = readCommand(command);
          expect(read.argv[0]).toBe('kubectl');
          if (read.heredoc !== undefined) expect(read.heredoc).not.toMatch(/^EOF$/m);
        }
      }),
      { numRuns: 50 },
    );
  });
});

/** Every line commands.sh has when no user text is in it: the script's fixed template. */
const TEMPLATE_LINES = new Set(
  STACKS.flatMap((stack) => {
    const plan = createDefaultPlan();
    plan.networking.stack = stack;
    plan.nodes.push(createNode('control-plane', 'cp-2'), createNode('worker', 'w-1'));
    return commandsScript(plan).split('\n');
  }),
);

describe('commandsScript', () => {
  it('carries user text only in comments, quoted here-documents and plain step names', () => {
    fc.assert(
      fc.property(plans(false), (plan) => {
        const script = commandsScript(plan);
        const lines = script.split('\n');
        const steps = new Set<string>(['init']);
        for (const file of joinFileNames(plan).values()) steps.add(file.replace(/\.yaml$/, ''));
        let inHeredoc = false;
        for (const line of lines) {
          if (inHeredoc) {
            if (line === 'EOF') inHeredoc = false;
            continue;
          }
          if (line.endsWith("<<'EOF'")) inHeredoc = true;
          if (TEMPLATE_LINES.has(line) || line.trimStart().startsWith('# ') || line === '#') {
            continue;
          }
          const step = /^([a-z0-9.-]+)\)$/.exec(line);
          if (step) {
            expect(steps.has(step[1] ?? '')).toBe(true);
            continue;
          }
          const argv = readCommand(line.trim()).argv;
          expect(argv.slice(0, 3)).toEqual(['kubeadm', argv[1], '--config']);
          expect(argv[3]).toMatch(/^(kubeadm-config|join-[a-z0-9.-]+)\.yaml$/);
        }
        expect(inHeredoc).toBe(false);
        // What the plan adds to the template (names, labels, files) has no quote, expansion or
        // operator character in it, so no typed value reaches the script as it was typed.
        const added = lines.filter((line) => !TEMPLATE_LINES.has(line));
        expect(added.filter((line) => /[<>$`;|&'"\\]/.test(line))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
