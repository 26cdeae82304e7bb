import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { LoadedWorkspace } from './workspace.js';

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;

export interface CheckedFile { path: string; diagnostics: Diagnostic[] }

export function checkedFiles(workspace: LoadedWorkspace): CheckedFile[] {
    return workspace.documents.map(document => ({
        path: relative(process.cwd(), fileURLToPath(document.uri.toString())),
        diagnostics: [...(document.diagnostics ?? [])].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    }));
}

export function severityName(diagnostic: Diagnostic): string {
    return SEVERITY_NAMES[diagnostic.severity ?? 1];
}

/** `path:line:col severity CODE message`, one line per diagnostic (messages stay on one line). */
export function formatCheckText(files: CheckedFile[]): string {
    const lines: string[] = [];
    for (const file of files) {
        for (const d of file.diagnostics) {
            const message = (typeof d.message === 'string' ? d.message : d.message.value).replace(/\s*\n\s*/g, ' ');
            lines.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d)} ${d.code ?? 'syntax'} ${message}`);
        }
    }
    return lines.join('\n');
}

export function formatCheckJson(files: CheckedFile[]): string {
    return JSON.stringify(files.map(file => ({
        path: file.path,
        diagnostics: file.diagnostics.map(d => ({
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            severity: severityName(d),
            code: d.code ?? 'syntax',
            message: d.message
        }))
    })), null, 2);
}

export function summary(files: CheckedFile[]): { errors: number; warnings: number; text: string } {
    const all = files.flatMap(f => f.diagnostics);
    const count = (severity: number) => all.filter(d => (d.severity ?? 1) === severity).length;
    const errors = count(1);
    const warnings = count(2);
    return { errors, warnings, text: `${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${count(3) + count(4)} info/hint(s)` };
}
