/**
 * The markdown-it plugin of VS Code's Markdown preview (and of anything else
 * using markdown-it): a ```blueprint fence becomes its diagram, a fence that
 * does not parse shows the message above its source.
 */
import type MarkdownIt from 'markdown-it';
import { escapeXml, type DiagramLabels } from '../render/index.js';
import { renderFence, type FenceResult } from './fence.js';

export const FENCE_LANGUAGE = 'blueprint';

export function isBlueprintFence(info: string): boolean {
    return info.trim().split(/\s+/)[0]?.toLowerCase() === FENCE_LANGUAGE;
}

/**
 * `labels` gives the words of the picture in the reader's language (read at each render, so a
 * change of `blueprint.language` shows at the next refresh of the Markdown preview).
 */
export function blueprintFences(md: MarkdownIt, labels?: () => DiagramLabels, render: (source: string) => FenceResult = source => renderFence(source, { labels: labels?.() })): MarkdownIt {
    const fallback = md.renderer.rules.fence ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
    md.renderer.rules.fence = (tokens, idx, options, env, self) => {
        const token = tokens[idx];
        if (!isBlueprintFence(token.info)) return fallback(tokens, idx, options, env, self);
        // `code-line` and `data-line` keep the preview's scroll sync with the editor.
        const line = token.map ? ` data-line="${token.map[0]}"` : '';
        const result = render(token.content);
        if ('svg' in result) return `<div class="blueprint-diagram code-line"${line}>${result.svg}</div>\n`;
        return `<div class="blueprint-diagram-error code-line"${line} role="alert"><p><strong>${escapeXml(result.error)}</strong></p></div>\n`
            + fallback(tokens, idx, options, env, self);
    };
    return md;
}
