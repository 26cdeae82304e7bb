/**
 * `blueprint render notes.md -o out.md|out.html`: every ```blueprint fence of
 * a Markdown document becomes its diagram, for documents and wikis. The fence
 * renderer is the Markdown preview's, so both show the same picture.
 */
import { found } from '../model/lookup.js';
import { output as stdio } from './output.js';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import MarkdownIt from 'markdown-it';
import { renderFence } from '../markdown/fence.js';
import { blueprintFences, isBlueprintFence } from '../markdown/markdown-it-plugin.js';
import type { ThemeKind } from '../protocol.js';
import { escapeXml } from '../render/index.js';
import { CliError } from './errors.js';
import { writeOutput } from './files.js';
import { cliLocale, text } from './text.js';
import { readBlueprintText } from './workspace.js';

type MarkdownFormat = 'md' | 'html';

export function isMarkdownPath(path: string): boolean {
    return ['.md', '.markdown'].includes(extname(path).toLowerCase());
}

export function renderMarkdownCommand(input: string, output: string, theme: ThemeKind, format: unknown): number {
    if (!existsSync(input)) throw new CliError(text().markdown.noSuchFile(input));
    const chosen = markdownFormat(format, output);
    const source = readBlueprintText(input);
    const rendered = chosen === 'html' ? markdownToHtml(source, theme) : replaceFences(source, theme);
    writeOutput(output, rendered.text);
    stdio.line(text().markdown.wrote(output, rendered.diagrams, rendered.failed));
    return rendered.failed > 0 ? 1 : 0;
}

function markdownFormat(format: unknown, output: string): MarkdownFormat {
    if (format === 'md' || format === 'html') return format;
    if (format !== undefined) throw new CliError(text().markdown.badFormat(typeof format === 'string' ? format : typeof format));
    return ['.html', '.htm'].includes(extname(output).toLowerCase()) ? 'html' : 'md';
}

interface Rendered { text: string; diagrams: number; failed: number }

/** Markdown out: each fence's lines replaced by its SVG; a fence with errors stays, with the message above it. */
export function replaceFences(source: string, theme: ThemeKind): Rendered {
    const lines = source.split('\n');
    const fences = new MarkdownIt().parse(source, {}).filter(t => t.type === 'fence' && isBlueprintFence(t.info) && t.map);
    let diagrams = 0;
    let failed = 0;
    // From the last fence up, so earlier line numbers stay valid.
    for (const fence of fences.reverse()) {
        const [start, end] = found(fence.map, 'fence.map');
        const result = renderFence(fence.content, { theme, locale: cliLocale() });
        if ('svg' in result) {
            lines.splice(start, end - start, '', `<div class="blueprint-diagram">${result.svg}</div>`, '');
            diagrams++;
        } else {
            lines.splice(start, 0, `> **${escapeXml(result.error)}**`, '');
            failed++;
        }
    }
    return { text: lines.join('\n'), diagrams: diagrams, failed };
}

/** HTML out: the whole document through markdown-it with the preview's fence plugin. */
export function markdownToHtml(source: string, theme: ThemeKind): Rendered {
    let diagrams = 0;
    let failed = 0;
    const md = blueprintFences(new MarkdownIt({ html: false }), cliLocale, content => {
        const result = renderFence(content, { theme, locale: cliLocale() });
        if ('svg' in result) diagrams++;
        else failed++;
        return result;
    });
    const body = md.render(source);
    const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeXml(text().markdown.title)}</title></head>\n<body>\n${body}</body></html>\n`;
    return { text: html, diagrams, failed };
}
