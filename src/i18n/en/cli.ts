/**
 * English: everything the CLI prints itself (usage, errors, summaries, table
 * headers). Each key here has its twin in ../zh-cn/cli.ts. Diagnostics come
 * from the language server's sections (rules, syntax, core), in the same locale.
 * Parameters are strings or numbers shown as given: callers format and join.
 */
export const cli = {
    /** Printed by bin/blueprint.js before the bundle loads (kept equal to its copy there by test/cli/launcher.test.ts). */
    /** The descriptions of schemas/blueprint.config.schema.json (both languages in one file). */
    configSchema: {
        file: 'Service Blueprint project configuration: the severity of each rule, for the editor and the CLI alike (the file nearest above each .blueprint file applies).',
        rules: 'Severity per rule code; see the rule table in the README.'
    },
    launcher: {
        distMissing: 'blueprint: dist/cli.mjs is missing; run `npm run build` in the repository first',
        nodeTooOld: (found: string, needed: string) => `blueprint: Node.js ${needed} or later is needed (this is ${found})`
    },
    usage: {
        heading: 'Usage:',
        commands: {
            check: "blueprint check <files, folders, 'globs' or -> [--format text|json|sarif|github] [--max-warnings N] [--config FILE] [--ignore GLOB] [--stdin-filename NAME] [--watch]",
            format: "blueprint format [--check] <files, folders, 'globs' or -> [--ignore GLOB] [--stdin-filename NAME]",
            render: 'blueprint render <file, folder or -> -o <out.svg|out.png|folder|-> [--format svg|png] [--theme light|dark|high-contrast|high-contrast-light] [--blueprint NAME] [--force]',
            renderMarkdown: 'blueprint render <notes.md> -o <out.md|out.html> [--theme …] [--format md|html]',
            stats: "blueprint stats <files, folders, 'globs' or -> [--format text|json] [--ignore GLOB]",
            simulate: 'blueprint simulate <file[#Name]> [--scenario NAME] [--customers N] [--seed S] [--format text|json|md] [--staff-for PERFORMER [--goal "p90 wait < 10 min"]]',
            compare: 'blueprint compare <as-is[#Name]> <to-be[#Name]> [--scenario NAME] [--customers N] [--seed S] [--format text|md|json]',
            init: 'blueprint init [folder]'
        },
        details: {
            check: [
                'Validates blueprints as the editor does and prints every diagnostic.',
                '  --format text     path:line:col severity CODE message (default)',
                '  --format json     { tool, summary, rules, files } with each rule\'s help URL',
                '  --format sarif    SARIF 2.1.0, for GitHub code scanning',
                '  --format github   workflow commands (::error file=…,line=…::…): annotations in a pull request',
                '  --max-warnings N  exit 1 also when there are more than N warnings',
                '  --config FILE     one blueprint.config.json for every file (default: the nearest above each file)',
                '  --ignore GLOB     skip matching files (gitignore syntax; repeatable; adds to .blueprintignore)',
                '  -, --stdin-filename NAME  read one blueprint from stdin; NAME for messages and the config lookup',
                '  --watch           check again whenever a blueprint or config changes (Ctrl+C ends)'
            ].join('\n'),
            format: [
                'The editor\'s formatter. Rewrites each file; with - prints the formatted text.',
                '  --check  write nothing; exit 1 when a file is not formatted (for CI)'
            ].join('\n'),
            render: [
                'Draws blueprints as SVG or PNG (by the output\'s extension or --format).',
                '  a folder as input renders every blueprint file into the output folder',
                '  -o -              write to stdout',
                '  --blueprint NAME  only that blueprint of a file holding several',
                '  --force           draw even when the file has errors (otherwise: exit 1 with the errors)',
                '  --theme           light (default), dark, high-contrast, high-contrast-light',
                '  (no PDF: print the SVG from a browser, or convert it with a tool such as rsvg-convert)'
            ].join('\n'),
            renderMarkdown: 'Each ```blueprint fence of a Markdown file becomes its diagram (.md out) or the whole document becomes HTML (.html out).',
            stats: 'The metrics of each blueprint: steps per zone, line crossings, fail and wait points, times, ratios.',
            simulate: 'The analytic pass and a seeded simulation of one blueprint; --staff-for finds the smallest staff that meets a goal.',
            compare: 'Metric deltas and a step-level diff of two blueprints (as-is and to-be), under the same scenario.',
            init: 'Writes a starter blueprint (the counter deposit) and a blueprint.config.json into the folder (default: here); never overwrites.'
        },
        common: [
            'Everywhere: --lang en|zh-cn (default: LC_ALL, LC_MESSAGES or LANG), --help.',
            'blueprint --version | blueprint help <command> | blueprint <command> --help'
        ].join('\n'),
        exitCodes: [
            'Exit codes: 0 fine;',
            '            1 a blueprint has errors or too many warnings (check, render), files are not formatted (format --check),',
            '              or a blueprint cannot be analysed, is overloaded or misses the staffing goal (simulate, compare);',
            '            2 bad usage, a missing or unreadable file, no blueprints found, an unwritable output;',
            '            3 internal error (a bug: please report it with the command and the file).'
        ].join('\n')
    },
    errors: {
        unknownCommand: (command: string, known: string) => `unknown command '${command}' (use ${known})`,
        unknownOption: (option: string) => `unknown option '${option}'`,
        missingValue: (option: string) => `option '${option}' needs a value`,
        takesNoValue: (option: string) => `option '${option}' takes no value`,
        unexpectedArgument: (argument: string) => `unexpected argument '${argument}'`,
        badChoice: (option: string, allowed: string, value: string) => `--${option} must be one of ${allowed} (got '${value}')`,
        badNumber: (option: string, value: string) => `--${option} must be a whole number (got '${value}')`,
        badLanguage: (value: string) => `--lang must be en or zh-cn (got '${value}')`,
        internal: (detail: string) => `internal error: ${detail} (a bug: please report it with the command and the file; BLUEPRINT_DEBUG=1 shows the stack)`,
        warningPrefix: 'warning: ',
        notePrefix: 'note: '
    },
    reasons: {
        EACCES: 'permission denied',
        ENOENT: 'no such file or folder',
        EISDIR: 'it is a folder',
        ENOTDIR: 'a part of the path is not a folder',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        ENAMETOOLONG: 'the name is too long'
    },
    files: {
        isFolder: (path: string) => `cannot write ${path}: it is a folder`,
        notFolder: (path: string) => `cannot write into ${path}: it is not a folder`,
        nameTooLong: (path: string, limit: number) => `cannot write ${path}: the file name is longer than ${limit} bytes`,
        failed: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
        exists: (path: string) => `${path} exists already; not overwritten (move it away or choose another folder)`
    },
    inputs: {
        noInputs: 'no files or folders given',
        noSuchPath: (path: string) => `no such file or folder: ${path}`,
        notBlueprint: (path: string) => `not a .blueprint file: ${path}`,
        notRegular: (path: string) => `not a regular file (a pipe, socket or device): ${path}`,
        unreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
        noBlueprints: (paths: string) => `no .blueprint files in ${paths}`,
        allIgnored: (count: number) => `all ${count} blueprint file(s) found are ignored (.blueprintignore, --ignore)`,
        notUtf8: (path: string, offset: number) => `${path}: not UTF-8 text (invalid byte at offset ${offset}); save the file as UTF-8`,
        stdinTwice: 'stdin (-) can be given once',
        stdinFilenameAlone: '--stdin-filename needs - (stdin) among the inputs',
        stdinName: '<stdin>',
        noSuchConfig: (path: string) => `no such config file: ${path}`,
        configSchema: (path: string, where: string, detail: string) => `${path}: does not match the schema of blueprint.config.json at ${where} (${detail})`,
        moreProblems: (count: number) => ` (and ${count} more)`
    },
    check: {
        watchStdin: '--watch needs files or folders, not stdin (-)',
        summary: (files: number, errors: number, warnings: number, infos: number) =>
            `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${infos} info/hint(s)`,
        tooManyWarnings: (warnings: number, max: number) => `${warnings} warning(s), more than --max-warnings ${max}`,
        watching: 'watching for changes (Ctrl+C ends)…',
        rechecking: (path: string, time: string) => `— ${time} ${path} changed; checking again`
    },
    render: {
        wrote: (path: string) => `wrote ${path}`,
        needsOne: 'render takes exactly one file, folder or -',
        needsOutput: 'render needs -o <out.svg|out.png|folder|->',
        noBlueprint: (input: string) => `no blueprint found in ${input}`,
        unknownFormat: (output: string) => `cannot tell the image format of '${output}': name it .svg or .png, or pass --format`,
        folderToStdout: 'a folder renders into a folder: -o - takes one file',
        noNamedBlueprint: (name: string, names: string) => `no blueprint '${name}' (there are: ${names})`,
        hasErrors: (errors: number) => `not drawn: ${errors} error(s) above; fix them, or pass --force to draw anyway`,
        drawnDespiteErrors: (errors: number) => `drawn with ${errors} error(s) (--force)`
    },
    markdown: {
        noSuchFile: (path: string) => `no such file: ${path}`,
        badFormat: (value: string) => `--format for a Markdown file must be md or html (got '${value}')`,
        wrote: (path: string, diagrams: number, failed: number) =>
            `wrote ${path} (${diagrams} diagram${diagrams === 1 ? '' : 's'}${failed ? `, ${failed} block${failed === 1 ? '' : 's'} with errors` : ''})`,
        title: 'Blueprints'
    },
    format: {
        unformatted: (path: string) => `${path}: not formatted`,
        formatted: (path: string) => `formatted ${path}`,
        refusedSyntax: (path: string) => `${path}: has syntax errors; not formatted (fix them first)`,
        summary: (changed: number, total: number) => `${total} file(s): ${changed} reformatted`,
        summaryCheck: (changed: number, total: number) => `${total} file(s): ${changed} need formatting`
    },
    stats: {
        classification: 'classification',
        steps: 'steps',
        stepsPerZone: (evidence: number, customer: number, onstage: number, backstage: number, support: number) =>
            `(evidence ${evidence}, customer ${customer}, onstage ${onstage}, backstage ${backstage}, support ${support})`,
        lineCrossings: 'line crossings',
        crossings: (interaction: number, visibility: number, internal: number) => `interaction ${interaction}, visibility ${visibility}, internal ${internal}`,
        failWaitPoints: 'fail/wait points',
        longestPath: 'longest path',
        customerVisible: 'customer-visible',
        contactRatio: 'contact ratio',
        automationShare: 'automation share'
    },
    png: {
        noRasteriser: (reason: string) => `PNG output needs the optional package @resvg/resvg-js, which cannot load here (${reason}); render SVG instead, or reinstall on a supported platform`,
        missingFonts: (folder: string) => `the bundled CJK font is missing from ${folder}; reinstall the package`,
        uncovered: (chars: string) => `${chars} not in the bundled font; drawn with system fonts if one has them (e.g. apt install fonts-noto-cjk), else as boxes`
    },
    analysisInput: {
        noSuchFile: (path: string) => `no such file: ${path}`,
        noBlueprint: (path: string) => `${path} holds no blueprint`,
        noNamedBlueprint: (path: string, name: string, names: string) => `${path} has no blueprint '${name}' (it has ${names})`,
        severalBlueprints: (path: string, names: string) => `${path} holds several blueprints: name one as ${path}#Name (${names})`
    },
    simulate: {
        needsFile: 'simulate takes exactly one file (file.blueprint or file.blueprint#Name)',
        notPossible: (path: string, missing: string) => `${path}: the analysis cannot run; it needs ${missing}`,
        goalNeedsStaffFor: '--goal needs --staff-for <performer>',
        badGoal: (goal: string) => `--goal must read like "p90 wait < 10 min" (mean|p90 wait) or "p95 time < 30 min" (mean|p50|p90|p95 time), with a duration; got '${goal}'`,
        unknownPerformer: (id: string, known: string) => `--staff-for: no staffed performer '${id}' in this blueprint (${known})`,
        none: 'none',
        overloaded: (ids: string) => `at or over 100% utilisation: ${ids} (the queue grows without bound)`,
        baseCase: 'declared demand and staff',
        staffNotFound: (id: string, most: number) => `no staff count up to ${most} for '${id}' meets the goal`,
        staffFound: (staff: number, id: string, goal: string) => `staffing: ${staff} × '${id}' meet "${goal}"`,
        overTarget: (target: string, share: string) => `; target ${target}, ${share} of customers over it`,
        scenarioLine: (scenario: string, demand: number, customers: string, warmUp: number, seed: number) =>
            `scenario: ${scenario}; ${demand} customers/h; ${customers} customers simulated (first ${warmUp} as warm-up), seed ${seed}`,
        visibleLine: (mean: string, p50: string, p90: string, p95: string, over: string) => `customer-visible time: mean ${mean}, p50 ${p50}, p90 ${p90}, p95 ${p95}${over}`,
        costLine: (cost: string, analytic: string, bottleneck: string, limit: string) =>
            `cost per customer: ${cost} (analytic ${analytic}); bottleneck ${bottleneck}; throughput limit ${limit} customers/h`,
        performerHeader: { performer: 'performer', staff: 'staff', utilisation: 'utilisation', analytic: 'analytic', wait: 'wait (analytic)', meanQueue: 'mean queue', maxQueue: 'max queue' },
        stepHeader: { step: 'step', visits: 'visits', meanWait: 'mean wait', p90Wait: 'p90 wait' },
        staffingHeader: { staff: 'staff', meets: 'meets' },
        yes: 'yes',
        no: 'no'
    },
    compare: {
        needsTwo: 'compare takes two blueprints: <as-is[#Name]> <to-be[#Name]>',
        noScenario: (path: string, name: string) => `${path} has no scenario '${name}'`,
        notAnalysed: (path: string, missing: string) => `${path}: not analysed (needs ${missing})`,
        heading: (a: string, b: string) => `compare ${a} → ${b}`,
        headingWithScenario: (a: string, b: string, scenario: string) => `compare ${a} → ${b} (scenario ${scenario})`,
        stepSummary: (added: number, removed: number, changed: number) => `steps: ${added} added, ${removed} removed, ${changed} changed`,
        header: { metric: 'metric', asIs: 'as-is', toBe: 'to-be', delta: 'Δ' },
        points: (value: string) => `${value} pt`,
        change: {
            zone: (from: string, to: string) => `zone ${from} → ${to}`,
            lane: (from: string, to: string) => `lane ${from} → ${to}`,
            performer: (from: string, to: string) => `performer ${from} → ${to}`,
            time: (from: string, to: string) => `time ${from} → ${to}`
        },
        metric: {
            'steps': 'steps',
            'steps customer': 'steps customer',
            'steps onstage': 'steps onstage',
            'steps backstage': 'steps backstage',
            'steps support': 'steps support',
            'crossings interaction': 'crossings interaction',
            'crossings visibility': 'crossings visibility',
            'crossings internal': 'crossings internal',
            'fail points': 'fail points',
            'wait points': 'wait points',
            'customer-visible time (standard)': 'customer-visible time (standard)',
            'contact ratio': 'contact ratio',
            'automation share': 'automation share',
            'demand (customers/h)': 'demand (customers/h)',
            'staff (people)': 'staff (people)',
            'bottleneck utilisation': 'bottleneck utilisation',
            'customer-visible time mean (simulated)': 'customer-visible time mean (simulated)',
            'customer-visible time p90 (simulated)': 'customer-visible time p90 (simulated)',
            'cost per customer': 'cost per customer',
            'throughput limit (customers/h)': 'throughput limit (customers/h)'
        }
    },
    init: {
        fileName: 'counter-deposit.blueprint',
        wrote: (path: string) => `wrote ${path}`,
        next: (file: string) => `next: blueprint check ${file} (or open it in VS Code with the Service Blueprint extension)`,
        starter: `// A starter blueprint: a customer's cash deposit at a bank counter
// (the course's worked example, cut short). Check it with \`blueprint check\`,
// draw it with \`blueprint render counter-deposit.blueprint -o deposit.svg\`.
actor teller "Teller" staff 3
system core "Core banking"

blueprint CounterDeposit "Counter deposit" {
    classification {
        divergence standard
        object customer-goods
        contact interactive
        approach production-line
    }
    target 20 min

    phase arrive "Arrive"
    phase transact "Transact"
    phase leave "Leave"

    evidence tangibles "Physical evidence"

    customer guest "Customer actions" {
        step takeNumber "Take a number" {
            phase arrive
            evidence "Number slip"
            time 30 s
        }
        step waitInLine "Wait in line" {
            phase arrive
            evidence "Queue display"
            wait 8 min tolerance 15 min
        }
        step handOver "Hand over passbook and cash" {
            phase transact
            evidence "Counter", "Deposit slip"
            time 1 min
        }
        step takeBack "Take back the passbook" {
            phase leave
            evidence "Passbook", "Receipt"
            time 10 s
        }
    }

    line interaction

    onstage front "Teller (onstage)" {
        step countCash "Count and check the cash" {
            phase transact
            by teller
            via counter
            evidence "Cash counter display"
            time 2 min tolerance 4 min
            fail "Counterfeit note or miscount" recover "Count again in front of the customer"
        }
        step returnPassbook "Stamp and return the passbook" {
            phase leave
            by teller
            via counter
            evidence "Stamp", "Passbook"
            time 20 s
        }
    }

    line visibility

    backstage office "Back office" {
        step fileVoucher "File the voucher" {
            phase leave
            by teller
            time 1 min
        }
    }

    line internal

    support systems "Support processes" {
        step post "Post the deposit" {
            phase transact
            by core
            time 5 s
        }
    }

    takeNumber -> waitInLine -> handOver -> countCash
    countCash -> post -> returnPassbook -> takeBack
    returnPassbook -> fileVoucher
}
`
    }
};
