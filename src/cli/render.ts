import { output as stdio } from './output.js';
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { renderSvg } from '../render/index.js';
import type { ThemeKind } from '../protocol.js';
import { CliError } from './errors.js';
import { makeFolder, writeOutput } from './files.js';
import { svgToPng } from './png.js';
import { blueprintsOf, collectBlueprintFiles, loadWorkspace } from './workspace.js';

type ImageFormat = 'svg' | 'png';

/**
 * Renders one file to `output` (its extension picks SVG or PNG), or every
 * blueprint file of a folder into the `output` folder.
 */
export async function renderCommand(input: string, output: string, theme: ThemeKind, format: ImageFormat | undefined): Promise<number> {
    const folderMode = existsSync(input) && statSync(input).isDirectory();
    const files = collectBlueprintFiles([input]);
    const workspace = await loadWorkspace(files);
    if (folderMode) {
        makeFolder(output);
    } else {
        format ??= imageFormatOf(output);
    }
    let rendered = 0;
    for (const document of workspace.documents) {
        const models = blueprintsOf(document);
        if (models.length === 0) continue;
        const svg = renderSvg(models, { theme });
        const fileFormat = format ?? 'svg';
        const target = folderMode ? join(output, `${basename(document.uri.fsPath, '.blueprint')}.${fileFormat}`) : output;
        writeOutput(target, fileFormat === 'png' ? await svgToPng(svg) : svg);
        stdio.line(`wrote ${target}`);
        rendered++;
    }
    if (rendered === 0) throw new CliError(`no blueprint found in ${input}`);
    return 0;
}

function imageFormatOf(output: string): ImageFormat {
    const extension = extname(output).toLowerCase();
    if (extension === '.svg' || extension === '.png') return extension.slice(1) as ImageFormat;
    throw new CliError(`cannot tell the image format of '${output}': name it .svg or .png, or pass --format`);
}
