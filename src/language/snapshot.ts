import type { LangiumDocument } from 'langium';
import { buildBlueprint } from './model-builder.js';
import type { ModelSnapshot } from '../protocol.js';
import * as ast from './generated/ast.js';

/** The preview's view of a validated document: its blueprint models and first error. */
export function snapshotOf(document: LangiumDocument): ModelSnapshot {
    const root = document.parseResult.value as ast.Model;
    const firstError = document.diagnostics?.find(d => d.severity === 1);
    return {
        uri: document.uri.toString(),
        version: document.textDocument.version,
        blueprints: root.elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model),
        firstError: firstError && {
            message: typeof firstError.message === 'string' ? firstError.message : firstError.message.value,
            range: firstError.range,
            // The preview links a rule's code to its section of the README.
            ...(typeof firstError.code === 'string' ? { code: firstError.code } : {})
        }
    };
}
