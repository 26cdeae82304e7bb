/**
 * The markdown-it plugin of VS Code's Markdown preview (and of anything else
 * using markdown-it): a ```blueprint fence becomes its diagram, a fence that
 * does not parse shows the message above its source.
 */
import type MarkdownIt from 'markdown-it';
import type { Locale } from '../i18n/index.js';
import { escapeXml } from '../render/index.js';
import { renderFence, type FenceResult } from './fence.js';

export const FENCE_LANGUAGE = 'blueprint';

export function isBlueprintFence(info: string): boolean {
    return info.trim().split(/\s+/)[0]?.toLowerCase() === FENCE_LANGUAGE;
}

/**
 * `locale` gives the reader's language of the picture and of the messages (read at each render, so a
 * change of `blueprint.language` shows at the next refresh of the Markdown preview).
 */
export function blueprintFences(md: MarkdownIt, locale?: () => Locale, render: (source: string) => FenceResult = source => renderFence(source, { locale: locale?.() })): MarkdownIt {
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
