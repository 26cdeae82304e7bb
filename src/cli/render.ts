/**
 * blueprint render: a blueprint file (or stdin) to one SVG or PNG, a folder
 * to one image per file, a Markdown file to the same with its fences drawn.
 * A file with errors is not drawn unless --force: a picture of a broken
 * process would be taken for a correct one.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { renderSvg } from '../render/index.js';
import { THEME_KINDS } from '../render/theme.js';
import { choiceOf, parseOptions, stringOption, stringsOption } from './args.js';
import { formatCheckText } from './check.js';
import { CliError } from './errors.js';
import { makeFolder, writeOutput } from './files.js';
import { output as stdio } from './output.js';
import { svgToPng } from './png.js';
import { isMarkdownPath, renderMarkdownCommand } from './render-markdown.js';
import { diagramLabels, joined, text } from './text.js';
import { blueprintsOf, collectInputs, loadWorkspace, STDIN, type LoadedWorkspace } from './workspace.js';

const IMAGE_FORMATS = ['svg', 'png'] as const;
type ImageFormat = (typeof IMAGE_FORMATS)[number];

export async function renderCommand(args: string[], help: () => number): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' }, theme: { type: 'string' }, format: { type: 'string' }, blueprint: { type: 'string' },
        force: { type: 'boolean' }, 'stdin-filename': { type: 'string' }, ignore: { type: 'string', multiple: true }
    });
    if (values.help) return help();
    const messages = text().render;
    const theme = choiceOf(values.theme, THEME_KINDS, 'theme', 'light');
    const output = stringOption(values.output);
    if (positionals.length === 1 && isMarkdownPath(positionals[0]) && output !== undefined) {
        return renderMarkdownCommand(positionals[0], output, theme, values.format);
    }
    const format = choiceOf(values.format, IMAGE_FORMATS, 'format');
    if (positionals.length !== 1) throw new CliError(messages.needsOne);
    if (output === undefined) throw new CliError(messages.needsOutput);
    const [input] = positionals;
    const folderMode = input !== STDIN && existsSync(input) && statSync(input).isDirectory();
    if (folderMode && output === STDIN) throw new CliError(messages.folderToStdout);
    const workspace = await loadWorkspace(collectInputs([input], { stdinFilename: stringOption(values['stdin-filename']), ignore: stringsOption(values.ignore) }));
    const drawable = drawableDocuments(workspace, values.force === true);
    if (folderMode) makeFolder(output);
    const fileFormat = format ?? (folderMode || output === STDIN ? 'svg' : imageFormatOf(output));
    const name = stringOption(values.blueprint);
    let rendered = 0;
    for (const document of drawable.documents) {
        const models = selected(blueprintsOf(document), name);
        if (models.length === 0) continue;
        const svg = renderSvg(models, { theme, labels: diagramLabels() });
        const image = fileFormat === 'png' ? await svgToPng(svg) : svg;
        if (output === STDIN) {
            stdio.raw(image);
        } else {
            const target = folderMode ? join(output, `${basename(document.uri.fsPath, '.blueprint')}.${fileFormat}`) : output;
            writeOutput(target, image);
            stdio.line(messages.wrote(target));
        }
        rendered++;
    }
    if (rendered === 0 && drawable.refused === 0) {
        const names = workspace.documents.flatMap(d => blueprintsOf(d).map(m => m.name));
        throw new CliError(name !== undefined && names.length > 0 ? messages.noNamedBlueprint(name, joined(names)) : messages.noBlueprint(input));
    }
    return drawable.refused > 0 ? 1 : 0;
}

/** The documents to draw: those without errors, or all with --force; the errors go to stderr either way. */
function drawableDocuments(workspace: LoadedWorkspace, force: boolean): { documents: LangiumDocument[]; refused: number } {
    const documents: LangiumDocument[] = [];
    let refused = 0;
    for (const document of workspace.documents) {
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        if (errors.length > 0) {
            stdio.error(formatCheckText([{ path: workspace.pathOf(document), diagnostics: errors }]));
            stdio.error(`blueprint: ${force ? text().render.drawnDespiteErrors(errors.length) : text().render.hasErrors(errors.length)}`);
            if (!force) {
                refused++;
                continue;
            }
        }
        documents.push(document);
    }
    return { documents, refused };
}

function selected<T extends { name: string }>(models: T[], name: string | undefined): T[] {
    return name === undefined ? models : models.filter(m => m.name === name);
}

function imageFormatOf(output: string): ImageFormat {
    const extension = output.toLowerCase().split('.').pop();
    if (extension === 'svg' || extension === 'png') return extension;
    throw new CliError(text().render.unknownFormat(output));
}
