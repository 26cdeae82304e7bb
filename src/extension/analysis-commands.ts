/**
 * "Blueprint: Compare with…" and "Blueprint: Find Staffing for Goal…". Both
 * start from the blueprint at the cursor, take the models from the language
 * server, compute with the pure analysis (src/model/analysis) and show a
 * Markdown document in the Markdown preview (a virtual, read-only document:
 * its text can be copied into a pull request).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { localeFromSetting, messagesFor, resolveLocale, type Messages } from '../i18n/index.js';
import { missingInputsText } from '../i18n/missing-inputs.js';
import { compareModels, type Scenarios } from '../model/analysis/compare.js';
import { analyse, analyseBlueprint } from '../model/analysis/index.js';
import { atDemand, parseGoal, staffablePerformers, staffCounts, staffTrial, type StaffingAnswer } from '../model/analysis/staffing.js';
import type { BlueprintModel } from '../model/types.js';
import { ModelRequest, type ModelSnapshot } from '../protocol.js';
import type { ThemeKind } from '../render/theme.js';
import { comparisonMarkdown, staffingHeadline, staffingMarkdown, type ComparedSide } from './analysis-report.js';

export const ANALYSIS_COMMANDS = { compareWith: 'blueprint.compareWith', findStaffing: 'blueprint.findStaffing' } as const;

const SCHEME = 'blueprint-analysis';
const CUSTOMERS = 20_000;
const STAFFING_CUSTOMERS = 10_000;
const SEED = 1;
const DEFAULT_GOAL = 'p90 wait < 10 min';

function texts(): Messages['analysis'] {
    const fallback = resolveLocale(vscode.env.language) ?? 'en';
    return messagesFor(localeFromSetting(vscode.workspace.getConfiguration('blueprint').get('language'), fallback)).analysis;
}

function themeKind(): ThemeKind {
    const kind = vscode.window.activeColorTheme.kind;
    return kind === vscode.ColorThemeKind.Dark ? 'dark' : kind === vscode.ColorThemeKind.HighContrast ? 'high-contrast'
        : kind === vscode.ColorThemeKind.HighContrastLight ? 'high-contrast-light' : 'light';
}

/** The reports, by virtual document path; read-only, shown through the Markdown preview. */
class Reports implements vscode.TextDocumentContentProvider {
    private readonly texts = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private next = 1;

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.path) ?? '';
    }

    async show(title: string, markdown: string): Promise<void> {
        const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${this.next++}/${title.replace(/[\\/:*?"<>|]/g, '_')}.md` });
        this.texts.set(uri.path, markdown);
        if (this.texts.size > 20) this.texts.delete(this.texts.keys().next().value as string);
        await vscode.commands.executeCommand('markdown.showPreview', uri);
    }

    dispose(): void {
        this.changed.dispose();
    }
}

export function registerAnalysisCommands(context: vscode.ExtensionContext, client: Promise<LanguageClient>): void {
    const reports = new Reports();
    const model = async (uri: vscode.Uri): Promise<ModelSnapshot | null> => {
        await vscode.workspace.openTextDocument(uri); // the language client syncs it, so the server knows it
        return (await client).sendRequest(ModelRequest, { uri: uri.toString() });
    };
    context.subscriptions.push(
        reports,
        vscode.workspace.registerTextDocumentContentProvider(SCHEME, reports),
        vscode.commands.registerCommand(ANALYSIS_COMMANDS.compareWith, () => compareWith(model, reports)),
        vscode.commands.registerCommand(ANALYSIS_COMMANDS.findStaffing, () => findStaffing(model, reports))
    );
}

type ModelOf = (uri: vscode.Uri) => Promise<ModelSnapshot | null>;

/** The blueprint of the active editor at the cursor (or its first), with the document's other blueprints. */
async function current(modelOf: ModelOf, t: Messages['analysis']): Promise<{ uri: vscode.Uri; model: BlueprintModel; snapshot: ModelSnapshot } | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'blueprint') {
        void vscode.window.showWarningMessage(t.compare.noEditor);
        return undefined;
    }
    const snapshot = await modelOf(editor.document.uri);
    const line = editor.selection.active.line;
    const model = snapshot?.blueprints.find(b => b.range.start.line <= line && line <= b.range.end.line) ?? snapshot?.blueprints[0];
    if (!snapshot || !model) {
        void vscode.window.showWarningMessage(t.compare.noBlueprint(vscode.workspace.asRelativePath(editor.document.uri)));
        return undefined;
    }
    return { uri: editor.document.uri, model, snapshot };
}

const labelOf = (uri: vscode.Uri, model: BlueprintModel) => `${vscode.workspace.asRelativePath(uri)}#${model.name}`;

interface Choice extends vscode.QuickPickItem { run(): Promise<{ toBe: ComparedSide; scenarios?: Scenarios } | undefined> }

async function compareWith(modelOf: ModelOf, reports: Reports): Promise<void> {
    const t = texts();
    const here = await current(modelOf, t);
    if (!here) return;
    const asIs: ComparedSide = { model: here.model, label: labelOf(here.uri, here.model) };
    const choices: Choice[] = [
        ...(here.model.scenarios ?? []).map((s): Choice => ({
            label: `$(beaker) ${t.compare.scenarioItem(s.title)}`, detail: t.compare.scenarioDetail,
            run: () => Promise.resolve({ toBe: { model: here.model, label: `${asIs.label} · ${s.title}` }, scenarios: { toBe: s.id } })
        })),
        ...here.snapshot.blueprints.filter(b => b !== here.model).map((b): Choice => ({
            label: `$(symbol-class) ${t.compare.blueprintItem(b.title)}`, description: labelOf(here.uri, b),
            run: () => Promise.resolve({ toBe: { model: b, label: labelOf(here.uri, b) } })
        })),
        ...(await vscode.workspace.findFiles('**/*.blueprint', '**/node_modules/**', 500))
            .filter(uri => uri.toString() !== here.uri.toString())
            .sort((a, b) => a.path.localeCompare(b.path))
            .map((uri): Choice => ({
                label: `$(file) ${vscode.workspace.asRelativePath(uri)}`,
                run: () => pickBlueprintIn(uri, modelOf, t)
            }))
    ];
    if (choices.length === 0) { void vscode.window.showInformationMessage(t.compare.nothingElse); return; }
    const picked = await vscode.window.showQuickPick(choices, { title: t.compare.title, placeHolder: t.compare.pickPlaceholder, matchOnDescription: true });
    const chosen = await picked?.run();
    if (!chosen) return;
    const scenarios = chosen.scenarios ?? await commonScenario(here.model, chosen.toBe.model, t);
    if (!scenarios) return;
    const comparison = compareModels(asIs.model, chosen.toBe.model, scenarios, CUSTOMERS, SEED);
    await reports.show(t.compare.documentTitle(here.model.name, chosen.toBe.model.name), comparisonMarkdown(asIs, chosen.toBe, comparison, t, themeKind()));
}

async function pickBlueprintIn(uri: vscode.Uri, modelOf: ModelOf, t: Messages['analysis']): Promise<{ toBe: ComparedSide } | undefined> {
    const blueprints = (await modelOf(uri))?.blueprints ?? [];
    if (blueprints.length === 0) { void vscode.window.showWarningMessage(t.compare.noBlueprint(vscode.workspace.asRelativePath(uri))); return undefined; }
    const model = blueprints.length === 1 ? blueprints[0] : (await vscode.window.showQuickPick(
        blueprints.map(b => ({ label: b.title, description: b.name, model: b })), { title: t.compare.title }))?.model;
    return model && { toBe: { model, label: labelOf(uri, model) } };
}

/** Both sides under the same scenario: asked when they share one; the declared case otherwise. */
async function commonScenario(a: BlueprintModel, b: BlueprintModel, t: Messages['analysis']): Promise<Scenarios | undefined> {
    const shared = (a.scenarios ?? []).filter(s => b.scenarios?.some(o => o.id === s.id));
    if (shared.length === 0) return {};
    const picked = await vscode.window.showQuickPick(
        [{ label: t.compare.declaredItem, id: undefined as string | undefined }, ...shared.map(s => ({ label: s.title, description: s.id, id: s.id }))],
        { title: t.compare.title, placeHolder: t.compare.pickScenarioPlaceholder });
    return picked && { asIs: picked.id, toBe: picked.id };
}

async function findStaffing(modelOf: ModelOf, reports: Reports): Promise<void> {
    const t = texts();
    const s = t.staffing;
    const here = await current(modelOf, t);
    if (!here) return;
    const scenarios = here.model.scenarios ?? [];
    const scenario = scenarios.length === 0 ? { id: undefined } : await vscode.window.showQuickPick(
        [{ label: t.view.baseCase, id: undefined as string | undefined }, ...scenarios.map(x => ({ label: x.title, description: x.id, id: x.id }))],
        { title: s.title, placeHolder: t.view.scenario });
    if (!scenario) return;
    const analysis = analyseBlueprint(here.model, scenario.id);
    if (analysis.missing) { void vscode.window.showWarningMessage(s.notAnalysed(missingInputsText(analysis.missing, t))); return; }
    const performers = staffablePerformers(analysis.network);
    if (performers.length === 0) { void vscode.window.showWarningMessage(s.noPerformer); return; }
    const performer = await vscode.window.showQuickPick(performers.map(i => {
        const load = analysis.analytic.performers[i];
        return { label: load.title || load.id, description: load.id, detail: s.performerDetail(t.units.staff(String(load.servers)), `${Math.round(load.utilisation * 100)}%`), index: i };
    }), { title: s.title, placeHolder: s.pickPerformer });
    if (!performer) return;
    const goalText = await vscode.window.showInputBox({
        title: s.title, prompt: s.goalPrompt, placeHolder: s.goalPlaceholder, value: DEFAULT_GOAL,
        validateInput: value => (parseGoal(value) ? undefined : s.badGoal)
    });
    const goal = goalText === undefined ? undefined : parseGoal(goalText);
    if (!goal) return;
    const demandText = await vscode.window.showInputBox({
        title: s.title, prompt: s.demandPrompt, placeHolder: String(analysis.network.demand),
        validateInput: value => (value.trim() === '' || Number(value) > 0 ? undefined : s.badDemand)
    });
    if (demandText === undefined) return;
    const demand = demandText.trim() === '' ? analysis.network.demand : Number(demandText);
    const network = atDemand(analysis.network, demand);
    const analytic = analyse(network);
    if (!analytic) return; // a loop without exit: analyseBlueprint would have said so above
    const answer = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: s.searching(performer.label), cancellable: true }, async (_, token) => {
        const found: StaffingAnswer = { performer: performer.label, goal: goal.text, trials: [] };
        for (const staff of staffCounts(analytic, performer.index)) {
            if (token.isCancellationRequested) return undefined;
            await new Promise(resolve => setImmediate(resolve)); // one trial at a time: the extension host stays responsive
            const trial = staffTrial(network, performer.index, staff, goal, STAFFING_CUSTOMERS, SEED);
            found.trials.push(trial);
            if (trial.meets) return { ...found, staff };
        }
        return found;
    });
    if (!answer) return;
    const headline = staffingHeadline(answer, demand, t);
    const action = await (answer.staff !== undefined ? vscode.window.showInformationMessage(headline, s.trials) : vscode.window.showWarningMessage(headline, s.trials));
    if (action === s.trials) await reports.show(`${here.model.name} staffing`, staffingMarkdown(here.model.title, answer, demand, t));
}
