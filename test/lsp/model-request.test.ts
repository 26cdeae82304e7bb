import { EmptyFileSystem, URI } from 'langium';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { currentModel } from '../../src/language/preview-notifications.js';

const TEXT = 'blueprint b "B" {\n  customer lane c {\n    step a "A"\n  }\n}\n';

async function workspaceWithUnbuiltDocument() {
    const { shared } = createBlueprintServices(EmptyFileSystem);
    const uri = URI.parse('file:///w/a.blueprint');
    shared.workspace.LangiumDocuments.addDocument(shared.workspace.LangiumDocumentFactory.fromString(TEXT, uri));
    return { shared, uri: uri.toString() };
}

describe('the model request', () => {
    it('answers with the model once the document is validated', async () => {
        const { shared, uri } = await workspaceWithUnbuiltDocument();
        const answer = currentModel(shared, { uri }, new CancellationTokenSource().token);
        await shared.workspace.DocumentBuilder.build(shared.workspace.LangiumDocuments.all.toArray(), { validation: true });
        expect((await answer)?.uri).toBe(uri);
    });

    // Regression: a cancelled request kept waiting for the document and answered anyway.
    it('stops waiting when cancelled and answers RequestCancelled', async () => {
        const { shared, uri } = await workspaceWithUnbuiltDocument();
        const source = new CancellationTokenSource();
        const answer = currentModel(shared, { uri }, source.token);
        source.cancel();
        const error: unknown = await answer.then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
    });
});
