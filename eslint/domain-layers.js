// A local ESLint plugin: src/domain is a one-way stack of layers. A file in a layer's folder may
// import its own layer and the layers listed before it, never a later one, and never the domain's
// entry points (index.ts, core.ts), which import every layer. Relative specifiers are resolved
// against the importing file, so a folder name that repeats lower down (validation/plan/) is not
// mistaken for the layer of the same name. Folders under src/domain that are in no layer are
// reported, except `shared` ones (test data every layer may read). The order is set in
// eslint.config.js.
import path from 'node:path';

/** The first path segment under `root`, or undefined when `file` is not inside it. */
function segmentsUnder(root, file) {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep);
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'src/domain layers import only the layers before them' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
          shared: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      later:
        '{{from}}/ may not import {{to}}/ ({{specifier}}): the domain layers import one way only, {{order}}.',
      entry:
        '{{from}}/ may not import the domain entry point {{specifier}}; import the module it re-exports.',
      unknown:
        '{{specifier}} is in src/domain/{{to}}/, which is no layer; add the folder to the layer list in eslint.config.js.',
    },
  },
  create(context) {
    const [{ root, layers: order, shared = [] }] = context.options;
    const domainRoot = path.resolve(context.cwd, root);
    const own = segmentsUnder(domainRoot, context.filename);
    // Files in the domain root (index.ts, core.ts) may import any layer; shared folders any too.
    if (!own || own.length < 2 || shared.includes(own[0])) return {};
    const from = own[0];
    if (!order.includes(from)) {
      return {
        Program(node) {
          context.report({
            node,
            messageId: 'unknown',
            data: { to: from, specifier: 'This file' },
          });
        },
      };
    }
    const fromIndex = order.indexOf(from);

    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), specifier.split('?')[0]);
      const segments = segmentsUnder(domainRoot, target);
      if (!segments) return;
      const to = segments[0];
      const data = { from, specifier, to, order: order.join(' → ') };
      if (segments.length === 1) {
        context.report({ node, messageId: 'entry', data });
      } else if (!shared.includes(to) && !order.includes(to)) {
        context.report({ node, messageId: 'unknown', data });
      } else if (order.indexOf(to) > fromIndex) {
        context.report({ node, messageId: 'later', data });
      }
    }

    const checkSource = (node) => {
      if (node.source) check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
      },
      // import('../x.ts').Type in a type position
      TSImportType(node) {
        const literal = node.source ?? node.argument?.literal;
        if (literal) check(literal, literal.value);
      },
    };
  },
};

export default { meta: { name: 'domain-layers' }, rules: { layers } };
