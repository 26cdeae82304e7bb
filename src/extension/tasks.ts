/**
 * A `blueprint` task type for tasks.json: `{ "type": "blueprint", "files": ["docs"] }`
 * runs `blueprint check` (the project's installed CLI, never downloaded) and
 * its output fills the Problems view through the `$blueprint` problem matcher.
 */
import * as vscode from 'vscode';

export const TASK_TYPE = 'blueprint';

interface BlueprintTaskDefinition extends vscode.TaskDefinition {
    files?: string[];
    args?: string[];
}

function checkTask(definition: BlueprintTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope): vscode.Task {
    const files = definition.files?.length ? definition.files : ['.'];
    // `npx --no` runs the CLI of the project's node_modules and refuses to fetch a package of that name.
    const execution = new vscode.ShellExecution('npx', ['--no', '--', 'blueprint', 'check', ...files, '--format', 'text', ...(definition.args ?? [])]);
    const task = new vscode.Task(definition, scope, 'check', TASK_TYPE, execution, '$blueprint');
    task.group = vscode.TaskGroup.Test;
    return task;
}

export function registerBlueprintTasks(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, {
        provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map(folder => checkTask({ type: TASK_TYPE, files: ['.'] }, folder)),
        resolveTask: task => checkTask(task.definition, task.scope ?? vscode.TaskScope.Workspace)
    }));
}
