/**
 * English: what the VS Code extension says. `contributions` are the manifest's
 * texts (package.json `%key%`, generated into package.nls.json); the rest are
 * runtime texts (generated into l10n/ for vscode.l10n). Runtime messages take
 * strings only and put each argument in verbatim: their `{0}` templates are
 * the l10n bundle's keys (docs/i18n.md). Each key here has its twin in ../zh-cn/extension.ts.
 */
export const extension = {
    contributions: {
        'extension.displayName': 'Service Blueprint',
        'extension.description': 'Design service processes as code: a .blueprint language with validation against the service-blueprint and classification rules, a live preview and a CLI.',
        'category': 'Blueprint',
        'command.showPreview': 'Open Preview',
        'command.showPreviewToSide': 'Open Preview to the Side',
        'command.togglePreviewLock': 'Toggle Preview Lock',
        'command.exportSvg': 'Export Preview as SVG…',
        'command.exportPng': 'Export Preview as PNG…',
        'command.copySvg': 'Copy Preview as SVG',
        'command.newBlueprint': 'New Blueprint',
        'command.newBlueprint.short': 'Service Blueprint',
        'command.restartLanguageServer': 'Restart Language Server',
        'command.preview.openSource': "Go to the Step in the Editor",
        'command.preview.zoomIn': "Zoom In",
        'command.preview.zoomOut': "Zoom Out",
        'command.preview.zoomFit': "Zoom to Fit",
        'command.preview.zoomReset': "Actual Size (100 %)",
        'command.compareWith': "Compare with…",
        'command.findStaffing': "Find Staffing for Goal…",
        'task.files': "Files, folders or globs to check (blueprint check), relative to the workspace folder.",
        'task.args': "More options for blueprint check, e.g. [\"--max-warnings\", \"0\"].",
        'config.title': 'Service Blueprint',
        'config.language': "Language of the extension, the preview and the language server's diagnostics and messages: auto follows VS Code's display language.",
        'config.language.auto': "Follow VS Code's display language",
        'config.language.en': 'English',
        'config.language.zh-cn': 'Simplified Chinese (简体中文)',
        'config.scrollWithCursor': "Scroll the preview to the step at the editor's cursor when that step is off-screen.",
        'config.rules': 'Severity per rule code, e.g. `{ "BP007": "off", "BP101": "warning" }`. Values: `off`, `hint`, `info`, `warning`, `error`. See the rule table in the README.',
        'config.trace': 'Traces the traffic between VS Code and the Service Blueprint language server in the **Service Blueprint** output channel.',
        'token.blueprint': "A blueprint's name",
        'token.step': "A step's name",
        'token.lane': "A lane's name",
        'token.phase': "A phase's name",
        'token.actor': 'An actor (employee role)',
        'token.system': 'A system (technology)',
        'token.zone': "A lane's zone: evidence, customer, onstage, backstage, support",
        'token.line': 'A line: interaction, visibility, internal',
        'token.classification': 'A classification value',
        'token.channel': 'A channel',
        'token.reference': 'A use of a name declared elsewhere'
    },
    /** The `blueprint.rules.<code>` setting descriptions: the rule's title (a test holds them to the rule definitions). */
    ruleSettings: {
        BP001: 'Lines in order interaction → visibility → internal, each once; lanes in zone order',
        BP002: 'No flow from a customer step straight to a backstage or support step',
        BP003: 'Backstage and support steps carry no physical evidence',
        BP004: 'A customer step that crosses the line of interaction meets an onstage step',
        BP005: 'Every step is reachable from a customer step that starts the process',
        BP006: 'The process starts with a customer action',
        BP007: 'Customer and onstage steps show physical evidence',
        BP008: 'Onstage work links down to the backstage or support work it needs',
        BP009: 'A loop in the flows has an exit',
        BP010: 'Steps belong in action lanes, not in the evidence zone',
        BP101: 'Every declared fail point is listed in the Problems view',
        BP102: 'A fail point has a recovery',
        BP103: "A wait point's expected wait exceeds its tolerance",
        BP104: 'A standard time exceeds its tolerance, or the customer-visible time exceeds the target',
        BP105: 'Likely fail point not declared',
        BP201: 'Divergence, object and contact are declared',
        BP202: 'The production-line approach requires standard divergence',
        BP203: 'Standard divergence: no discretion; routine manual onstage work is a candidate for technology (that suggestion is a hint)',
        BP204: 'Customized divergence: staff are given discretion',
        BP205: 'Contact none: the customer only starts and receives the result',
        BP206: 'Contact indirect: onstage steps are remote, not face to face',
        BP207: 'Contact self-service: the customer meets technology, not staff',
        BP208: 'Contact interactive: a customer step meets onstage staff',
        BP209: 'Object people requires direct contact',
        BP210: 'Customer-cooperation approach: the customer does production work',
        BP211: 'Customer-contact approach: backstage is decoupled from the customer and timed',
        BP212: 'Customer goods are handed back or confirmed at the end',
        BP301: 'A performer is at or over 100% utilisation',
        BP302: 'The predicted wait at a wait point exceeds its tolerance',
        BP303: 'The predicted p90 customer-visible time exceeds the target',
        BP304: 'A performer is under 30% utilisation',
        BP305: 'The process analysis cannot run: something it needs is missing'
    },
    runtime: {
        restarted: 'Blueprint language server restarted.',
        statusName: 'Service Blueprint',
        statusNone: 'no blueprint',
        statusDetail: (failPoints: string, waitPoints: string) => `fail points: ${failPoints} · wait points: ${waitPoints}`,
        statusPreview: 'Preview',
        newBlueprintTitle: (step: string, total: string) => `New Blueprint (${step}/${total})`,
        conflicts: 'conflicts with customized divergence (BP202)',
        /** The New Blueprint questions: a prompt, and per DSL value (the pick's label) its one-line explanation. */
        classification: {
            divergence: {
                prompt: 'Divergence: how much does the service vary between customers?',
                options: {
                    standard: 'standard service · little variation, repetitive: standardise and automate',
                    customized: 'customized service · highly personal: staff need judgment and authority'
                }
            },
            object: {
                prompt: 'Object: what does the service act on?',
                options: {
                    'customer-goods': "the customer's goods or rights: deposits, securities, claims",
                    'company-goods': "the company's goods in the customer's hands: loans, ATMs",
                    information: 'information: payments, enquiries, online banking',
                    people: 'the customer in person: guidance, education, training'
                }
            },
            contact: {
                prompt: 'Contact: how does the customer take part?',
                options: {
                    interactive: 'interactive service · face to face at the counter or in the branch',
                    'self-service': 'self-service · the customer works a machine: ATM, kiosk, app',
                    indirect: 'indirect · remotely: phone, web, mail',
                    none: 'none · the customer does not take part: design it like manufacturing'
                }
            },
            approach: {
                prompt: 'Approach: how should the process be designed?',
                options: {
                    'production-line': 'production-line approach · limit discretion, divide labour, substitute technology',
                    'customer-cooperation': 'customer-cooperation approach · the customer co-produces: instructions and a forgiving process',
                    'customer-contact': 'customer-contact approach · high-contact front office, efficient back office'
                }
            }
        },
        previewTitle: (file: string) => `Preview ${file}`,
        previewTitleLocked: (file: string) => `[Locked] Preview ${file}`,
        nothingToExport: (file: string) => `Nothing to export: ${file} has no blueprint yet.`,
        copiedSvg: (file: string) => `Copied the SVG of ${file}`,
        exportTitle: (file: string, format: string) => `Export ${file} as ${format}`,
        exported: (file: string) => `Exported ${file}`,
        exportFailed: (file: string, reason: string) => `Could not export ${file}: ${reason}`,
        svgImage: 'SVG image',
        pngImage: 'PNG image',
        previewTimedOut: 'the preview did not answer in time',
        previewNoPng: 'the preview returned no PNG',
        previewClosed: 'the preview was closed',
        previewNotOpened: 'the preview did not open'
    }
};
