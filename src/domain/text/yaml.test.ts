import { describe, expect, it } from 'vitest';
import { parseYamlStream, YAML_LIMITS } from './yaml.ts';

describe('parseYamlStream', () => {
  it('reads every document with its index, counting empty ones', () => {
    const stream = parseYamlStream('a: 1\n---\n---\nb: 2\n');
    expect(stream.documents.map((d) => [d.index, d.data])).toEqual([
      [0, { a: 1 }],
      [1, null],
      [2, { b: 2 }],
    ]);
  });

  it('reads yes and on as booleans, as Go does', () => {
    expect(parseYamlStream('a: yes\nb: on\nc: "on"\n').documents[0]?.data).toEqual({
      a: true,
      b: true,
      c: 'on',
    });
  });

  it('keeps base-60 lookalikes and timestamps as strings, as Go does', () => {
    expect(parseYamlStream('a: 1:20\nb: 2001-12-14\nc: 010\n').documents[0]?.data).toEqual({
      a: '1:20',
      b: '2001-12-14',
      c: 8,
    });
  });

  it('reports a syntax error with its line', () => {
    const doc = parseYamlStream('a: 1\nb: [\n').documents[0];
    expect(doc?.problem).toMatchObject({ kind: 'syntax' });
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const doc = parseYamlStream(bomb.join('\n')).documents[0];
    expect(doc?.problem).toEqual({ kind: 'limit', limit: 'aliases', max: YAML_LIMITS.maxAliases });
  });

  it('refuses deep nesting and oversized text without throwing', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const problem = parseYamlStream(deep).documents[0]?.problem ?? parseYamlStream(deep).problem;
    expect(problem).toMatchObject({ kind: 'limit', limit: 'depth' });
    expect(parseYamlStream('a'.repeat(YAML_LIMITS.maxBytes + 1)).problem).toMatchObject({
      limit: 'size',
    });
  });
});

describe('parseYamlStream: block nesting refused before the parser sees it', () => {
  const depth = (text: string) => parseYamlStream(text).problem;

  it('refuses deep compact sequences and deep block mappings as the depth limit', () => {
    expect(depth(`${'- '.repeat(10000)}x\n`)).toEqual({ kind: 'limit', limit: 'depth', max: 64 });
    const mappings = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n');
    expect(depth(`${mappings} x\n`)).toEqual({ kind: 'limit', limit: 'depth', max: 64 });
  });

  it('reads nesting within the limit, and block scalars whatever their lines’ indentation', () => {
    const nested = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n');
    expect(depth(`${nested} x\n`)).toBeUndefined();
    const script = [
      'script: |',
      ...Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 2)}line`),
    ];
    const stream = parseYamlStream(`${script.join('\n')}\n`);
    expect(stream.problem).toBeUndefined();
    expect(stream.documents[0]?.problem).toBeUndefined();
  });
});
