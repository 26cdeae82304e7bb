import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { BlueprintServices } from '../blueprint-module.js';
import { logFailure, serverLog } from '../log.js';
import type { SimulationRunner } from './simulations.js';

/**
 * Takes BP303's simulations off the validation: they run through `runner`
 * and, when one is in, the documents that asked for it are validated again
 * (the rule then finds the result and reports).
 */
export function deferSimulations(shared: LangiumSharedServices, services: BlueprintServices, runner: SimulationRunner): void {
    const connection = shared.lsp.Connection;
    services.analysis.Simulations.deferTo(runner,
        // Under the workspace lock, as every other rebuild: beside a running build both would validate and publish twice.
        uris => logFailure(connection, shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris.map(uri => URI.parse(uri)), [], token)),
            'validate again with a finished simulation'),
        error => serverLog(connection).error(`A BP303 simulation failed: ${error instanceof Error ? error.message : String(error)}`));
}
