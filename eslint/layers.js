// @ts-check
/**
 * The layer boundaries of src/ (see README "Decisions" / the developers' guide):
 * which folders of ours and which packages each layer may import. A local rule
 * rather than a resolver-based plugin: relative imports are resolved by path
 * arithmetic alone, so no import can escape the check by failing to resolve.
 */
import path from 'node:path';

/** Layer of a file: its folder below src/, or the module name for top-level files. */
export const LAYERS = ['extension', 'language', 'model', 'render', 'webview', 'cli', 'markdown', 'i18n', 'protocol'];

/**
 * Which layers of ours each layer may import (its own always), and which
 * packages it must not. `node:` stands for every Node built-in.
 */
export const POLICY = {
    extension: { layers: ['model', 'render', 'protocol', 'preview-state', 'markdown', 'i18n'], packages: [] },
    language: { layers: ['model', 'protocol', 'i18n'], packages: ['vscode', 'vscode-languageclient'] },
    model: { layers: [], packages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'langium', 'node:'] },
    render: { layers: ['model', 'i18n'], packages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'langium', 'node:'] },
    webview: { layers: ['render', 'model', 'protocol', 'preview-state', 'i18n'], packages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'langium', 'node:'] },
    cli: { layers: ['language', 'model', 'render', 'protocol', 'markdown', 'i18n'], packages: ['vscode', 'vscode-languageclient'] },
    // The Markdown preview's fence renderer: parses and draws like the CLI, inside VS Code's Markdown preview.
    markdown: { layers: ['language', 'model', 'render', 'protocol', 'i18n'], packages: ['vscode', 'vscode-languageclient'] },
    i18n: { layers: ['model'], packages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'langium', 'node:'] },
    // The theme kind is render's; the protocol re-exports it for the messages that carry it.
    protocol: { layers: ['model', 'render'], packages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'langium', 'node:'] },
    // The preview's state logic, shared by the extension's panel and the webview (neither imports the other).
    'preview-state': { layers: ['model', 'render', 'protocol'], packages: ['vscode', 'vscode-languageclient', 'vscode-languageserver', 'langium', 'node:'] }
};

/**
 * Temporary exceptions, file (relative to src/) → extra layers/packages it may use.
 * Each one names the issue work that removes it; delete the entry when it lands.
 */
export const EXCEPTIONS = {};

/** @param {string} file absolute path; @param {string} srcRoot */
export function layerOf(file, srcRoot) {
    const relative = path.relative(srcRoot, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const [first, ...rest] = relative.split(path.sep);
    if (rest.length > 0) return first;
    return first.replace(/\.[cm]?[jt]s$/, '');
}

/** The package a bare specifier names: `@scope/name/x` → `@scope/name`, `node:fs` → `node:`. */
export function packageOf(specifier) {
    if (specifier.startsWith('node:')) return 'node:';
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
    meta: {
        type: 'problem',
        docs: { description: 'Enforces the import boundaries between the layers of src/.' },
        schema: [{ type: 'object', properties: { srcRoot: { type: 'string' } }, additionalProperties: false }],
        messages: {
            layer: "src/{{from}} may not import src/{{to}} ('{{specifier}}'); it may import: {{allowed}}.",
            package: "src/{{from}} may not import the package '{{pkg}}'.",
            outside: "src/{{from}} may not import '{{specifier}}' from outside src/.",
            unknown: "src/{{from}} is no known layer: add it to POLICY in eslint/layers.js."
        }
    },
    create(context) {
        const srcRoot = path.resolve(context.cwd, context.options[0]?.srcRoot ?? 'src');
        const file = context.filename;
        const from = layerOf(file, srcRoot);
        const policy = from && POLICY[from];
        if (!from) return {};
        if (!policy) return { Program: node => context.report({ node, messageId: 'unknown', data: { from } }) };
        const exception = EXCEPTIONS[path.relative(srcRoot, file).split(path.sep).join('/')] ?? { layers: [], packages: [] };
        const allowedLayers = new Set([from, ...policy.layers, ...exception.layers]);
        const forbiddenPackages = new Set(policy.packages.filter(p => !exception.packages.includes(p)));

        const check = (node, specifier) => {
            if (typeof specifier !== 'string') return;
            if (specifier.startsWith('.')) {
                const target = path.resolve(path.dirname(file), specifier);
                const to = layerOf(target, srcRoot);
                if (to === undefined) {
                    context.report({ node, messageId: 'outside', data: { from, specifier } });
                } else if (!allowedLayers.has(to)) {
                    context.report({ node, messageId: 'layer', data: { from, to, specifier, allowed: [...allowedLayers].join(', ') } });
                }
                return;
            }
            const pkg = packageOf(specifier);
            if (forbiddenPackages.has(pkg)) context.report({ node, messageId: 'package', data: { from, pkg } });
        };
        const fromSource = node => node.source && check(node.source, node.source.value);
        return {
            ImportDeclaration: fromSource,
            ExportNamedDeclaration: fromSource,
            ExportAllDeclaration: fromSource,
            ImportExpression: node => node.source.type === 'Literal' && check(node.source, node.source.value),
            // `import('vscode').Uri` in a type position.
            TSImportType: node => {
                const source = node.source ?? (node.argument?.type === 'TSLiteralType' ? node.argument.literal : undefined);
                if (source?.type === 'Literal') check(source, source.value);
            }
        };
    }
};

export default { rules: { layers: layersRule } };
