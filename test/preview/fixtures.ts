import type { ModelSnapshot } from '../../src/protocol.js';
import { snapshotOf } from '../../src/language/snapshot.js';
import { services, validate } from '../helpers.js';

export const BLUEPRINT = `blueprint deposit "Deposit" {
    customer guest "Guest" {
        step arrive "Arrive" {
            time 1 min
        }
        step pay "Pay" {
            time 2 min
        }
    }
    line interaction
    onstage desk "Desk" {
        step serve "Serve" {
            time 3 min
        }
    }
    arrive -> serve -> pay
}
`;

/**
 * A real snapshot of `text`, as the language server would push it, with the
 * version and uri given. The document leaves the shared workspace afterwards,
 * so fixtures with the same blueprint name never see each other.
 */
export async function snapshotFor(text: string, version: number, uri = 'file:///work/deposit.blueprint'): Promise<ModelSnapshot> {
    const { document } = await validate(text);
    const snapshot = snapshotOf(document);
    await services.shared.workspace.DocumentBuilder.update([], [document.uri]);
    return { ...snapshot, uri, version };
}
