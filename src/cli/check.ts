/**
 * blueprint check: the language server's diagnostics for CI, as text, JSON,
 * SARIF 2.1.0 (code scanning) or GitHub workflow commands (annotations).
 */
import type { Diagnostic } from 'vscode-languageserver';
import { ALL_RULES, isRuleCode, type RuleCode } from '../language/validation/rules.js';
import { messagesFor } from '../i18n/index.js';
import { choiceOf, parseOptions, stringOption, stringsOption, wholeNumber } from './args.js';
import { output } from './output.js';
import { cliLocale, text } from './text.js';
import { HOMEPAGE, ruleHelpUrl, TOOL_NAME, toolVersion } from './tool.js';
import { watchAndRepeat } from './watch.js';
import { collectInputs, loadWorkspace, type LoadedWorkspace } from './workspace.js';

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;
type SeverityName = (typeof SEVERITY_NAMES)[number];
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckedFile { path: string; diagnostics: Diagnostic[] }
export interface Summary { files: number; errors: number; warnings: number; infos: number; hints: number }

export async function checkCommand(args: string[], help: () => number): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        format: { type: 'string' }, config: { type: 'string' }, 'max-warnings': { type: 'string' },
        ignore: { type: 'string', multiple: true }, 'stdin-filename': { type: 'string' }, watch: { type: 'boolean' }
    });
    if (values.help) return help();
    const format = choiceOf(values.format, CHECK_FORMATS, 'format', 'text');
    const maxWarnings = wholeNumber(values['max-warnings'], 'max-warnings', undefined, 0);
    const inputOptions = { stdinFilename: stringOption(values['stdin-filename']), ignore: stringsOption(values.ignore) };
    const run = async () => {
        const workspace = await loadWorkspace(collectInputs(positionals, inputOptions), stringOption(values.config));
        return report(checkedFiles(workspace), format, maxWarnings);
    };
    if (values.watch) return watchAndRepeat(positionals, run);
    return run();
}

/** Prints the findings in the chosen format; the exit code: 1 on errors or more warnings than allowed. */
function report(files: CheckedFile[], format: CheckFormat, maxWarnings: number | undefined): number {
    const counts = summary(files);
    if (format === 'json') output.line(formatCheckJson(files, counts));
    else if (format === 'sarif') output.line(formatCheckSarif(files));
    else {
        const lines = format === 'github' ? formatCheckGithub(files) : formatCheckText(files);
        if (lines) output.line(lines);
        output.line(summaryLine(counts));
    }
    const tooMany = maxWarnings !== undefined && counts.warnings > maxWarnings;
    if (tooMany) output.error(`blueprint: ${text().check.tooManyWarnings(counts.warnings, maxWarnings)}`);
    return counts.errors > 0 || tooMany ? 1 : 0;
}

export function checkedFiles(workspace: LoadedWorkspace): CheckedFile[] {
    return workspace.documents.map(document => ({
        path: workspace.pathOf(document),
        diagnostics: [...(document.diagnostics ?? [])].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    }));
}

export function severityName(diagnostic: Diagnostic): SeverityName {
    return SEVERITY_NAMES[diagnostic.severity ?? 1];
}

const codeOf = (d: Diagnostic): string => String(d.code ?? 'syntax');
const plainMessage = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
const messageOf = (d: Diagnostic): string => plainMessage(d).replace(/\s*\n\s*/g, ' ');

/** `path:line:col severity CODE message`, one line per diagnostic (the severity and code stay as they are in every language: tools match them). */
export function formatCheckText(files: CheckedFile[]): string {
    return files.flatMap(file => file.diagnostics.map(d =>
        `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d)} ${codeOf(d)} ${messageOf(d)}`)).join('\n');
}

export function summary(files: CheckedFile[]): Summary {
    const all = files.flatMap(f => f.diagnostics);
    const count = (severity: number) => all.filter(d => (d.severity ?? 1) === severity).length;
    return { files: files.length, errors: count(1), warnings: count(2), infos: count(3), hints: count(4) };
}

export function summaryLine(s: Summary): string {
    return text().check.summary(s.files, s.errors, s.warnings, s.infos + s.hints);
}

function helpUrlOf(code: string): string | undefined {
    return isRuleCode(code) ? ruleHelpUrl(code, cliLocale()) : undefined;
}

/** A rule's title and rationale in the CLI's language. */
const ruleTexts = (code: RuleCode) => messagesFor(cliLocale()).rules[code];

/** `{ tool, summary, rules, files }`: each diagnostic with its rule's help URL (the README section). */
export function formatCheckJson(files: CheckedFile[], counts: Summary): string {
    return JSON.stringify({
        tool: { name: TOOL_NAME, version: toolVersion() },
        summary: counts,
        rules: Object.fromEntries(ALL_RULES.map(rule => [rule.code, { severity: rule.severity, title: ruleTexts(rule.code).title, helpUrl: ruleHelpUrl(rule.code, cliLocale()) }])),
        files: files.map(file => ({
            path: file.path,
            diagnostics: file.diagnostics.map(d => ({
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
                severity: severityName(d),
                code: codeOf(d),
                message: plainMessage(d),
                helpUrl: helpUrlOf(codeOf(d))
            }))
        }))
    }, null, 2);
}

const SARIF_LEVEL: Record<SeverityName, string> = { '': 'error', error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 (validated against the OASIS schema in test/cli): one run, the rules, one result per diagnostic. */
export function formatCheckSarif(files: CheckedFile[]): string {
    const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.code as string, index]));
    const results = files.flatMap(file => file.diagnostics.map(d => ({
        ruleId: codeOf(d),
        ...(ruleIndex.has(codeOf(d)) ? { ruleIndex: ruleIndex.get(codeOf(d)) } : {}),
        level: SARIF_LEVEL[severityName(d)],
        message: { text: messageOf(d) },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: file.path.split('\\').join('/') },
                region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 }
            }
        }]
    })));
    return JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: TOOL_NAME,
                    version: toolVersion(),
                    semanticVersion: toolVersion(),
                    informationUri: HOMEPAGE,
                    rules: ALL_RULES.map(rule => ({
                        id: rule.code,
                        shortDescription: { text: ruleTexts(rule.code).title },
                        fullDescription: { text: ruleTexts(rule.code).rationale },
                        helpUri: ruleHelpUrl(rule.code, cliLocale()),
                        defaultConfiguration: { level: SARIF_LEVEL[rule.severity] }
                    }))
                }
            },
            columnKind: 'utf16CodeUnits',
            results
        }]
    }, null, 2);
}

const GITHUB_COMMAND: Record<SeverityName, string> = { '': 'error', error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub's escaping of workflow command data and of property values. */
const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=BPxxx::message`: annotations on the pull request's files. */
export function formatCheckGithub(files: CheckedFile[]): string {
    return files.flatMap(file => file.diagnostics.map(d => {
        const properties = [
            ['file', file.path.split('\\').join('/')], ['line', d.range.start.line + 1], ['col', d.range.start.character + 1],
            ['endLine', d.range.end.line + 1], ['endColumn', d.range.end.character + 1], ['title', codeOf(d)]
        ].map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
        return `::${GITHUB_COMMAND[severityName(d)]} ${properties}::${escapeData(plainMessage(d))}`;
    })).join('\n');
}
