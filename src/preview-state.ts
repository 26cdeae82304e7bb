/**
 * What the preview displays, as pure state: a reducer over the extension's
 * messages. No DOM here, so the rules (stale versions dropped, the last good
 * picture kept while the document has errors) are tested without a browser,
 * and the extension uses the same rules to know which picture to export.
 * It lives beside protocol.ts, neutral ground: the webview and the extension
 * both import it, neither imports the other.
 */
import type { DocumentError, ModelSnapshot, ToWebview } from './protocol.js';
import type { SourceRange, StepModel } from './model/types.js';

export interface PreviewView {
    /** The previewed document; undefined until the extension says. */
    uri?: string;
    fileName: string;
    locked: boolean;
    /** The highest snapshot version accepted for `uri`. */
    lastVersion: number;
    /** The newest accepted snapshot, with or without errors: its ranges match the text. */
    latest?: ModelSnapshot;
    /** The snapshot on screen: the last one without errors, or the newest best effort while there never was one. */
    picture?: ModelSnapshot;
    /** True when `picture` had no error. */
    pictureIsGood: boolean;
    /** The first error of `latest`, shown in the banner. */
    error?: DocumentError;
    highlighted: string[];
}

export const initialView = (): PreviewView => ({
    fileName: '', locked: false, lastVersion: Number.NEGATIVE_INFINITY, pictureIsGood: false, highlighted: []
});

/** Applies one message; returns the same object when nothing the preview shows changed. */
export function reducePreview(view: PreviewView, message: ToWebview): PreviewView {
    switch (message.type) {
        case 'source': {
            // A new source, or the same one again (lock toggled, document reopened with restarted versions).
            const sameDocument = message.uri === view.uri;
            return {
                ...(sameDocument ? view : initialView()),
                uri: message.uri, fileName: message.fileName, locked: message.locked,
                lastVersion: Number.NEGATIVE_INFINITY
            };
        }
        case 'update':
            return acceptSnapshot(view, message.snapshot, message.fileName);
        case 'highlight':
            return sameIds(view.highlighted, message.stepIds) ? view : { ...view, highlighted: [...message.stepIds] };
        default:
            return view;
    }
}

function acceptSnapshot(view: PreviewView, snapshot: ModelSnapshot, fileName: string): PreviewView {
    if (view.uri !== undefined && snapshot.uri !== view.uri) return view; // late news about a previous document
    if (snapshot.version < view.lastVersion) return view; // stale
    const next: PreviewView = { ...view, uri: snapshot.uri, fileName, lastVersion: snapshot.version, latest: snapshot, error: snapshot.firstError };
    if (!snapshot.firstError) return { ...next, picture: snapshot, pictureIsGood: true };
    if (!view.pictureIsGood && snapshot.blueprints.length > 0) return { ...next, picture: snapshot, pictureIsGood: false };
    return next;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The banner's wording, in the page's language (the preview section of the catalogue). */
export interface BannerTexts {
    banner(line: string, message: string): string;
    /** The same, saying the picture is the last valid version. */
    bannerKept(line: string, message: string): string;
}

/** The banner's text: the first error with its one-based line, or undefined without errors. */
export function bannerText(view: PreviewView, text: BannerTexts): string | undefined {
    if (!view.error) return undefined;
    const line = String(view.error.range.start.line + 1);
    return view.picture && view.pictureIsGood ? text.bannerKept(line, view.error.message) : text.banner(line, view.error.message);
}

/**
 * The step with this id, looked up in the newest snapshot first (its ranges
 * match the text even while the picture on screen is an older one).
 * `blueprint` narrows the search when several blueprints share a file.
 */
export function findStep(view: PreviewView, stepId: string, blueprint?: string): StepModel | undefined {
    for (const snapshot of [view.latest, view.picture]) {
        for (const model of snapshot?.blueprints ?? []) {
            if (blueprint !== undefined && model.name !== blueprint) continue;
            const step = model.steps.find(s => s.id === stepId);
            if (step) return step;
        }
    }
    return undefined;
}

export function contains(range: SourceRange, line: number, character: number): boolean {
    const { start, end } = range;
    if (line < start.line || line > end.line) return false;
    if (line === start.line && character < start.character) return false;
    return !(line === end.line && character > end.character);
}

/** The innermost step whose source contains the position, as a one-element list (empty when none). */
export function stepIdsAt(snapshot: ModelSnapshot | undefined, line: number, character: number): string[] {
    let best: StepModel | undefined;
    for (const model of snapshot?.blueprints ?? []) {
        for (const step of model.steps) {
            if (contains(step.range, line, character) && (!best || contains(best.range, step.range.start.line, step.range.start.character))) {
                best = step;
            }
        }
    }
    return best ? [best.id] : [];
}
