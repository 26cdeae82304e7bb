/** 简体中文:命令行(CLI)自己输出的文字。键与 ../en/cli.ts 一一对应。诊断信息来自语言服务器的各节,语言相同。 */
import type { Messages } from '../en/index.js';

export const cli: Messages['cli'] = {
    configSchema: {
        file: '服务蓝图项目配置:每条规则的严重级别,编辑器与命令行通用(每个 .blueprint 文件以其上方最近的一个配置文件为准)。',
        rules: '按规则代码设置严重级别;见 README.zh-CN.md 中的规则表。'
    },
    launcher: {
        distMissing: 'blueprint:缺少 dist/cli.mjs;请先在仓库中运行 `npm run build`',
        nodeTooOld: (found, needed) => `blueprint:需要 Node.js ${needed} 或更高版本(当前为 ${found})`
    },
    usage: {
        heading: '用法:',
        commands: {
            check: "blueprint check <文件、文件夹、'通配符' 或 -> [--format text|json|sarif|github] [--max-warnings N] [--config 文件] [--ignore 通配符] [--stdin-filename 名称] [--watch]",
            format: "blueprint format [--check] <文件、文件夹、'通配符' 或 -> [--ignore 通配符] [--stdin-filename 名称]",
            render: 'blueprint render <文件、文件夹或 -> -o <输出.svg|输出.png|文件夹|-> [--format svg|png] [--theme light|dark|high-contrast|high-contrast-light] [--blueprint 蓝图名] [--force]',
            renderMarkdown: 'blueprint render <笔记.md> -o <输出.md|输出.html> [--theme …] [--format md|html]',
            stats: "blueprint stats <文件、文件夹、'通配符' 或 -> [--format text|json] [--ignore 通配符]",
            simulate: 'blueprint simulate <文件[#蓝图名]> [--scenario 情景] [--customers N] [--seed S] [--format text|json|md] [--staff-for 执行者 [--goal "p90 wait < 10 min"]]',
            compare: 'blueprint compare <现状[#蓝图名]> <目标[#蓝图名]> [--scenario 情景] [--customers N] [--seed S] [--format text|md|json]',
            init: 'blueprint init [文件夹]'
        },
        details: {
            check: [
                '按编辑器的规则检查服务蓝图,列出每条诊断。',
                '  --format text     路径:行:列 严重程度 代码 消息(默认)',
                '  --format json     { tool, summary, rules, files },含每条规则的说明链接',
                '  --format sarif    SARIF 2.1.0,供 GitHub 代码扫描使用',
                '  --format github   工作流命令(::error file=…,line=…::…):在拉取请求中显示为批注',
                '  --max-warnings N  警告多于 N 条时也以 1 退出',
                '  --config 文件     所有文件共用这一个 blueprint.config.json(默认:每个文件上方最近的一个)',
                '  --ignore 通配符   跳过匹配的文件(gitignore 语法;可重复;与 .blueprintignore 合并)',
                '  -, --stdin-filename 名称  从标准输入读取一个蓝图;名称用于消息和查找配置',
                '  --watch           蓝图或配置一有改动就重新检查(按 Ctrl+C 结束)'
            ].join('\n'),
            format: [
                '编辑器的格式化程序。改写每个文件;输入为 - 时输出格式化后的文本。',
                '  --check  不写文件;有文件未格式化时以 1 退出(供 CI 使用)'
            ].join('\n'),
            render: [
                '把服务蓝图画成 SVG 或 PNG(按输出文件的扩展名或 --format)。',
                '  输入为文件夹时,把其中每个蓝图文件画到输出文件夹',
                '  -o -              写到标准输出',
                '  --blueprint 蓝图名  文件中有多个蓝图时只画这一个',
                '  --force           文件有错误也照画(否则:列出错误并以 1 退出)',
                '  --theme           light(默认)、dark、high-contrast、high-contrast-light',
                '  (不支持 PDF:可在浏览器中打印 SVG,或用 rsvg-convert 等工具转换)'
            ].join('\n'),
            renderMarkdown: 'Markdown 文件中每个 ```blueprint 代码块变成它的图(输出 .md),或整篇文档变成 HTML(输出 .html)。',
            stats: '每个服务蓝图的指标:各区域的步骤数、跨越分界线次数、失误点和等待点、时间与比率。',
            simulate: '对一个服务蓝图做解析计算和可复现(固定种子)的仿真;--staff-for 求出达到目标所需的最少人员。',
            compare: '在同一情景下比较两个服务蓝图(现状与目标)的指标差值和步骤差异。',
            init: '在文件夹(默认:当前文件夹)中写入一个入门服务蓝图(柜台存款)和 blueprint.config.json;从不覆盖已有文件。'
        },
        common: [
            '所有命令:--lang en|zh-cn(默认取 LC_ALL、LC_MESSAGES 或 LANG),--help。',
            'blueprint --version | blueprint help <命令> | blueprint <命令> --help'
        ].join('\n'),
        exitCodes: [
            '退出码:0 正常;',
            '       1 服务蓝图有错误或警告过多(check、render),文件未格式化(format --check),',
            '         或服务蓝图无法分析、负荷超限、未达到人员配置目标(simulate、compare);',
            '       2 用法错误、文件不存在或不可读、找不到服务蓝图、输出无法写入;',
            '       3 内部错误(程序缺陷:请附上命令和文件报告)。'
        ].join('\n')
    },
    errors: {
        unknownCommand: (command: string, known: string) => `未知命令“${command}”(可用:${known})`,
        unknownOption: (option: string) => `未知选项“${option}”`,
        missingValue: (option: string) => `选项“${option}”需要一个值`,
        takesNoValue: (option: string) => `选项“${option}”不带值`,
        unexpectedArgument: (argument: string) => `多余的参数“${argument}”`,
        badChoice: (option: string, allowed: string, value: string) => `--${option} 只能是 ${allowed} 之一(收到“${value}”)`,
        badNumber: (option: string, value: string) => `--${option} 必须是整数(收到“${value}”)`,
        badLanguage: (value: string) => `--lang 只能是 en 或 zh-cn(收到“${value}”)`,
        internal: (detail: string) => `内部错误:${detail}(程序缺陷:请附上命令和文件报告;设置 BLUEPRINT_DEBUG=1 可显示调用栈)`,
        warningPrefix: '警告:',
        notePrefix: '注:'
    },
    reasons: {
        EACCES: '没有权限',
        ENOENT: '文件或文件夹不存在',
        EISDIR: '这是一个文件夹',
        ENOTDIR: '路径中有一部分不是文件夹',
        EROFS: '文件系统只读',
        ENOSPC: '设备空间不足',
        ENAMETOOLONG: '名称太长'
    },
    files: {
        isFolder: (path: string) => `无法写入 ${path}:这是一个文件夹`,
        notFolder: (path: string) => `无法写入 ${path} 中:它不是文件夹`,
        nameTooLong: (path: string, limit: number) => `无法写入 ${path}:文件名超过 ${limit} 字节`,
        failed: (path: string, reason: string) => `无法写入 ${path}:${reason}`,
        exists: (path: string) => `${path} 已存在,未覆盖(请先移走它或换一个文件夹)`
    },
    inputs: {
        noInputs: '没有给出文件或文件夹',
        noSuchPath: (path: string) => `文件或文件夹不存在:${path}`,
        notBlueprint: (path: string) => `不是 .blueprint 文件:${path}`,
        notRegular: (path: string) => `不是普通文件(是管道、套接字或设备):${path}`,
        unreadable: (path: string, reason: string) => `无法读取 ${path}:${reason}`,
        noBlueprints: (paths: string) => `${paths} 中没有 .blueprint 文件`,
        allIgnored: (count: number) => `找到的 ${count} 个服务蓝图文件全部被忽略(.blueprintignore、--ignore)`,
        notUtf8: (path: string, offset: number) => `${path}:不是 UTF-8 文本(偏移 ${offset} 处的字节无效);请以 UTF-8 编码保存该文件`,
        stdinTwice: '标准输入(-)只能给一次',
        stdinFilenameAlone: '--stdin-filename 需要输入中有 -(标准输入)',
        stdinName: '<标准输入>',
        noSuchConfig: (path: string) => `配置文件不存在:${path}`,
        configSchema: (path: string, where: string, detail: string) => `${path}:不符合 blueprint.config.json 的 schema,位置 ${where}(${detail})`,
        moreProblems: (count: number) => `(另有 ${count} 处问题)`
    },
    check: {
        watchStdin: '--watch 需要文件或文件夹,不能用标准输入(-)',
        summary: (files: number, errors: number, warnings: number, infos: number) =>
            `已检查 ${files} 个文件:${errors} 个错误,${warnings} 个警告,${infos} 条提示`,
        tooManyWarnings: (warnings: number, max: number) => `${warnings} 个警告,超过 --max-warnings ${max}`,
        watching: '正在监视改动(按 Ctrl+C 结束)…',
        rechecking: (path: string, time: string) => `—— ${time} ${path} 已改动,重新检查`
    },
    render: {
        wrote: (path: string) => `已写入 ${path}`,
        needsOne: 'render 只接受一个文件、文件夹或 -',
        needsOutput: 'render 需要 -o <输出.svg|输出.png|文件夹|->',
        noBlueprint: (input: string) => `${input} 中没有服务蓝图`,
        unknownFormat: (output: string) => `无法判断“${output}”的图片格式:请以 .svg 或 .png 命名,或给出 --format`,
        folderToStdout: '文件夹要画到文件夹中:-o - 只用于单个文件',
        noNamedBlueprint: (name: string, names: string) => `没有名为“${name}”的服务蓝图(现有:${names})`,
        hasErrors: (errors: number) => `未绘制:上面有 ${errors} 个错误;请先修正,或加 --force 照画`,
        drawnDespiteErrors: (errors: number) => `已绘制,但有 ${errors} 个错误(--force)`
    },
    markdown: {
        noSuchFile: (path: string) => `文件不存在:${path}`,
        badFormat: (value: string) => `Markdown 文件的 --format 只能是 md 或 html(收到“${value}”)`,
        wrote: (path: string, diagrams: number, failed: number) =>
            `已写入 ${path}(${diagrams} 张图${failed ? `,${failed} 个代码块有错误` : ''})`,
        title: '服务蓝图'
    },
    format: {
        unformatted: (path: string) => `${path}:未格式化`,
        formatted: (path: string) => `已格式化 ${path}`,
        refusedSyntax: (path: string) => `${path}:有语法错误,未格式化(请先修正)`,
        summary: (changed: number, total: number) => `${total} 个文件:${changed} 个已重新格式化`,
        summaryCheck: (changed: number, total: number) => `${total} 个文件:${changed} 个需要格式化`
    },
    stats: {
        classification: '服务分类',
        steps: '步骤',
        stepsPerZone: (evidence: number, customer: number, onstage: number, backstage: number, support: number) =>
            `(有形展示 ${evidence},顾客行为 ${customer},前台行为 ${onstage},后台行为 ${backstage},支持过程 ${support})`,
        lineCrossings: '跨越分界线',
        crossings: (interaction: number, visibility: number, internal: number) => `互动分界线 ${interaction},可视分界线 ${visibility},内部互动分界线 ${internal}`,
        failWaitPoints: '失误点/等待点',
        longestPath: '最长路径',
        customerVisible: '顾客可见时间',
        contactRatio: '接触比例',
        automationShare: '自动化比例'
    },
    png: {
        noRasteriser: (reason: string) => `输出 PNG 需要可选依赖包 @resvg/resvg-js,但它在这里无法加载(${reason});请改为输出 SVG,或在受支持的平台上重新安装`,
        missingFonts: (folder: string) => `${folder} 中缺少随包提供的中文字体;请重新安装本包`,
        uncovered: (chars: string) => `随包字体中没有 ${chars};若系统字体有这些字就用系统字体绘制(例如 apt install fonts-noto-cjk),否则会显示为方框`
    },
    analysisInput: {
        noSuchFile: (path: string) => `文件不存在:${path}`,
        noBlueprint: (path: string) => `${path} 中没有服务蓝图`,
        noNamedBlueprint: (path: string, name: string, names: string) => `${path} 中没有服务蓝图“${name}”(现有:${names})`,
        severalBlueprints: (path: string, names: string) => `${path} 中有多个服务蓝图:请写成 ${path}#蓝图名 指定一个(${names})`
    },
    simulate: {
        needsFile: 'simulate 只接受一个文件(file.blueprint 或 file.blueprint#蓝图名)',
        notPossible: (path: string, missing: string) => `${path}:无法进行流程分析;还缺少 ${missing}`,
        goalNeedsStaffFor: '--goal 需要与 --staff-for <执行者> 一起使用',
        badGoal: (goal: string) => `--goal 的写法应如 "p90 wait < 10 min"(mean|p90 wait)或 "p95 time < 30 min"(mean|p50|p90|p95 time),并带时长;收到“${goal}”`,
        unknownPerformer: (id: string, known: string) => `--staff-for:此服务蓝图中没有配置了人数的执行者“${id}”(现有:${known})`,
        none: '无',
        overloaded: (ids: string) => `利用率达到或超过 100%:${ids}(队列会无限增长)`,
        baseCase: '声明的需求与人员',
        staffNotFound: (id: string, most: number) => `“${id}”的人数直到 ${most} 都达不到目标`,
        staffFound: (staff: number, id: string, goal: string) => `人员配置:${staff} 名“${id}”可达到“${goal}”`,
        overTarget: (target: string, share: string) => `;目标 ${target},${share} 的顾客超出`,
        scenarioLine: (scenario: string, demand: number, customers: string, warmUp: number, seed: number) =>
            `情景:${scenario};每小时 ${demand} 位顾客;仿真 ${customers} 位顾客(前 ${warmUp} 位用于预热),种子 ${seed}`,
        visibleLine: (mean: string, p50: string, p90: string, p95: string, over: string) => `顾客可见时间:平均 ${mean},p50 ${p50},p90 ${p90},p95 ${p95}${over}`,
        costLine: (cost: string, analytic: string, bottleneck: string, limit: string) =>
            `每位顾客成本:${cost}(解析值 ${analytic});瓶颈 ${bottleneck};吞吐上限每小时 ${limit} 位顾客`,
        performerHeader: { performer: '执行者', staff: '人数', utilisation: '利用率', analytic: '解析值', wait: '等待(解析值)', meanQueue: '平均队长', maxQueue: '最大队长' },
        stepHeader: { step: '步骤', visits: '访问次数', meanWait: '平均等待', p90Wait: 'p90 等待' },
        staffingHeader: { staff: '人数', meets: '达标' },
        yes: '是',
        no: '否'
    },
    compare: {
        needsTwo: 'compare 需要两个服务蓝图:<现状[#蓝图名]> <目标[#蓝图名]>',
        noScenario: (path: string, name: string) => `${path} 中没有情景“${name}”`,
        notAnalysed: (path: string, missing: string) => `${path}:未做流程分析(还缺少 ${missing})`,
        heading: (a: string, b: string) => `比较 ${a} → ${b}`,
        headingWithScenario: (a: string, b: string, scenario: string) => `比较 ${a} → ${b}(情景 ${scenario})`,
        stepSummary: (added: number, removed: number, changed: number) => `步骤:新增 ${added},删除 ${removed},改动 ${changed}`,
        header: { metric: '指标', asIs: '现状', toBe: '目标', delta: '差值' },
        points: (value: string) => `${value} 个百分点`,
        change: {
            zone: (from: string, to: string) => `区域 ${from} → ${to}`,
            lane: (from: string, to: string) => `泳道 ${from} → ${to}`,
            performer: (from: string, to: string) => `执行者 ${from} → ${to}`,
            time: (from: string, to: string) => `时间 ${from} → ${to}`
        },
        metric: {
            'steps': '步骤',
            'steps customer': '顾客行为步骤',
            'steps onstage': '前台行为步骤',
            'steps backstage': '后台行为步骤',
            'steps support': '支持过程步骤',
            'crossings interaction': '跨越互动分界线',
            'crossings visibility': '跨越可视分界线',
            'crossings internal': '跨越内部互动分界线',
            'fail points': '失误点',
            'wait points': '等待点',
            'customer-visible time (standard)': '顾客可见时间(标准)',
            'contact ratio': '接触比例',
            'automation share': '自动化比例',
            'demand (customers/h)': '需求(位顾客/小时)',
            'staff (people)': '人员(人)',
            'bottleneck utilisation': '瓶颈利用率',
            'customer-visible time mean (simulated)': '顾客可见时间平均值(仿真)',
            'customer-visible time p90 (simulated)': '顾客可见时间 p90(仿真)',
            'cost per customer': '每位顾客成本',
            'throughput limit (customers/h)': '吞吐上限(位顾客/小时)'
        }
    },
    init: {
        fileName: '柜台存款.blueprint',
        wrote: (path: string) => `已写入 ${path}`,
        next: (file: string) => `下一步:blueprint check ${file}(或在装有 Service Blueprint 扩展的 VS Code 中打开它)`,
        starter: `// 入门服务蓝图:储蓄柜台存款(教材第十二章的例子,已简化)。
// 用 \`blueprint check\` 检查,用 \`blueprint render 柜台存款.blueprint -o 柜台存款.svg\` 画图。
actor 柜员 "柜员" staff 3
system 核心系统 "核心系统"

blueprint 柜台存款 "储蓄柜台存款" {
    classification {
        divergence standard
        object customer-goods
        contact interactive
        approach production-line
    }
    target 20 min

    phase 到达 "到达"
    phase 办理 "办理"
    phase 离开 "离开"

    evidence 有形展示 "有形展示"

    customer 顾客 "顾客行为" {
        step 取号 "取号" {
            phase 到达
            evidence "号码单"
            time 30 秒
        }
        step 排队等待 "排队等待" {
            phase 到达
            evidence "叫号屏"
            wait 8 分钟 tolerance 15 分钟
        }
        step 递交存折 "递交存折和现金" {
            phase 办理
            evidence "柜台", "存款凭条"
            time 1 分钟
        }
        step 取回存折 "取回存折" {
            phase 离开
            evidence "存折", "存款回单"
            time 10 秒
        }
    }

    line interaction

    onstage 柜台 "柜员(前台行为)" {
        step 点钞 "点钞验钞" {
            phase 办理
            by 柜员
            via counter
            evidence "点钞机显示"
            time 2 分钟 tolerance 4 分钟
            fail "假币或点钞差错" recover "当面复点"
        }
        step 退还存折 "盖章退还存折" {
            phase 离开
            by 柜员
            via counter
            evidence "业务章", "存折"
            time 20 秒
        }
    }

    line visibility

    backstage 后台 "后台行为" {
        step 凭证存档 "单据存档" {
            phase 离开
            by 柜员
            time 1 分钟
        }
    }

    line internal

    support 系统 "支持过程" {
        step 记账 "数据处理与记账" {
            phase 办理
            by 核心系统
            time 5 秒
        }
    }

    取号 -> 排队等待 -> 递交存折 -> 点钞
    点钞 -> 记账 -> 退还存折 -> 取回存折
    退还存折 -> 凭证存档
}
`
    }
};
