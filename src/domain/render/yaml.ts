import { Document } from 'yaml';

/**
 * Serialises documents as one `---`-separated YAML stream the way kubeadm's Go reader reads it:
 * YAML 1.1 quoting (so `on`, `yes`, `y`, `1:20` stay strings), no anchors, 2-space indent, no folding.
 */
export function toYaml(documents: readonly object[]): string {
  return documents
    .map((data) => {
      const doc = new Document(data, { version: '1.1', aliasDuplicateObjects: false });
      return `---\n${doc.toString({ indent: 2, lineWidth: 0, minContentWidth: 0, indentSeq: true })}`;
    })
    .join('');
}
