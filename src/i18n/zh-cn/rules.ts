/** 简体中文:每条规则的标题、理由与消息。键与 ../en/rules.ts 一一对应;术语依照种子教材第十二章。 */
import type { Messages } from '../en/index.js';

const classifyWhy = '过程在三个维度(服务流程差异程度、服务活动作用客体、顾客参与服务程度)上的位置决定它应当如何设计,分类规则 BP202–BP212 据此检查蓝图。';
const noContactWhy = '顾客无参与(无参与)时,顾客只发起过程并接收结果,过程应像制造业一样按效率设计。';

export const rules: Messages['rules'] = {
    BP001: {
        title: '分界线依次为互动分界线 → 可视分界线 → 内部互动分界线,各出现一次;泳道按区域顺序排列',
        rationale: '分界线承载蓝图的含义:可视分界线以上的工作顾客看得见,以下的看不见。分界线放错位置,就把工作放到了错误的一侧。',
        laneOrder: (lane: string, zone: string, deepest: string, order: string) =>
            `${zone}泳道${lane}排在${deepest}泳道之后。各区域自上而下依次为:${order};请把这条泳道上移。`,
        lineTwice: (line: string) => `${line}画了两次;一张蓝图中每条分界线只出现一次。`,
        lineOrder: (line: string, previous: string) =>
            `${line}排在${previous}之后;分界线的顺序是互动分界线 → 可视分界线 → 内部互动分界线。`,
        lineMisplaced: (line: string, above: string, below: string) =>
            `${line}应位于${above}泳道与${below}泳道之间。`,
        linesSwapped: (first: string, second: string) =>
            `${first}与${second}的位置颠倒了:交换这两条分界线,使每条线位于它所分隔的两个区域之间。`,
        lineMissing: (line: string, keyword: string, above: string, below: string) =>
            `缺少${line}:请在${above}泳道与${below}泳道之间写上“line ${keyword}”。`
    },
    BP002: {
        title: '顾客步骤不直接流向后台行为或支持过程步骤',
        rationale: '顾客看不到可视分界线以下的工作;顾客只能通过一线员工或自助服务技术接触看不见的工作。',
        message: (customer: string, zone: string, hidden: string) =>
            `顾客步骤${customer}直接到达${zone}步骤${hidden}。顾客看不到可视分界线以下的工作:请让这条流向经过一个前台行为步骤或自助服务技术。`
    },
    BP003: {
        title: '后台行为和支持过程步骤不带有形展示',
        rationale: '有形展示是顾客看得见的东西;可视分界线以下的一切顾客都看不见。',
        message: (zone: string, step: string) =>
            `${zone}步骤${step}带有有形展示,但顾客看不到${zone}的工作。请把这项有形展示移到顾客实际接收它的前台行为或顾客行为步骤上。`
    },
    BP004: {
        title: '穿过互动分界线的顾客步骤与前台行为步骤相接',
        rationale: '每一次穿过互动分界线都是一个关键时刻,即顾客与服务提供者的直接互动;它发生在顾客与一线员工或技术之间,而不是与看不见的工作之间。',
        message: (step: string) =>
            `顾客步骤${step}穿过互动分界线,却没有与任何前台行为步骤相接。每一次穿越都是一个关键时刻:请让它与一线员工或自助服务技术相接。`
    },
    BP005: {
        title: '每个步骤都能从发起过程的顾客步骤到达',
        rationale: '没有任何流向通往的步骤,要么缺了流向,要么不属于这个过程。',
        message: (step: string, starts: string) =>
            `从发起过程的顾客步骤(${starts})无法到达步骤${step}。请用一条流向把它连上,或删除它。`
    },
    BP006: {
        title: '过程从顾客行为开始',
        rationale: '服务蓝图从顾客的角度绘制:过程从顾客所做的事开始。',
        message: (zone: string, step: string) =>
            `过程从${zone}步骤${step}开始,没有顾客步骤发起它。服务蓝图从顾客的角度绘制:请从顾客所做的事开始,再由它引向这个步骤。`
    },
    BP007: {
        title: '顾客行为和前台行为步骤展示有形展示',
        rationale: '服务是无形的;顾客凭看到和拿到的东西(号票、屏幕、表单、回单)来评判服务。',
        message: (zone: string, step: string) =>
            `${zone}步骤${step}没有有形展示。顾客凭看得见的东西评判无形的服务:请添加 evidence "…"(号票、屏幕、回单、表单)。`
    },
    BP008: {
        title: '前台行为与它所需的后台行为或支持过程相连',
        rationale: '种子教材的存款示例强调,柜台只是前面的部分;它所引发的后台行为和支持过程必须与它连在一起画出来。',
        message: (count: number) =>
            `没有前台行为步骤连向这 ${count} 个后台行为或支持过程步骤。请从需要它们的前台工作画一条穿过可视分界线的流向。`
    },
    BP009: {
        title: '流向中的循环有出口',
        rationale: '没有出口的循环会让顾客永远困在其中。',
        message: (loop: string) =>
            `循环 ${loop} 没有出口:顾客会被困在其中。请添加一条离开循环的流向(例如带 when "…" 条件)。`
    },
    BP010: {
        title: '步骤属于行为泳道,而不是有形展示区',
        rationale: '有形展示区放的是顾客看到的东西,而不是行为。',
        message: (step: string) =>
            `步骤${step}位于有形展示区,这个区放的是顾客看到的东西,不是行为。请把它移到行为泳道,并用 evidence "…" 附上有形展示。`
    },
    BP101: {
        title: '每个声明的失误点都列在“问题”视图中',
        rationale: '失误点是过程可能以顾客察觉得到的方式出错的地方;列在“问题”视图中,就是设计者需要管理的检查清单。声明失误点是事实,不是缺陷。',
        message: (step: string, reason: string) => `${step}处的失误点:${reason}。`,
        recoveryStep: (step: string) => `补救:步骤${step}。`,
        recoveryText: (text: string) => `补救:${text}。`
    },
    BP102: {
        title: '失误点有补救措施',
        rationale: '只有知道如何补救,失误点才算得到管理。',
        message: (step: string, reason: string) =>
            `${step}处的失误点没有补救措施。请说明发生“${reason}”时服务如何补救:recover <步骤> 或 recover "…",或从该步骤引出一条带 when "…" 的流向。`
    },
    BP103: {
        title: '等待点的预计等待超过容忍时间',
        rationale: '超过容忍时间,等待就变成顾客察觉得到的失误。',
        customer: (step: string, expected: string, tolerance: string) =>
            `${step}处的等待点:预计等待(${expected})超过顾客能容忍的时间(${tolerance})。`
            + '超过容忍时间,等待就变成顾客察觉得到的失误。请缩短等待(高峰时段增派人手、预约、加快前面的步骤),'
            + '填充等待时间(排队号、显示进度的屏幕),或在实际等待更短时更正数字。',
        hidden: (zone: string, step: string, expected: string, tolerance: string) =>
            `${zone}步骤${step}处的等待点:工作要等 ${expected},超过允许的 ${tolerance}。顾客看不到这段等待,`
            + '但之后的一切都被拖住,顾客会在后续环节感受到延误。请缩短等待(增加处理能力、加快交接、并行处理),'
            + '在流程允许时放宽容忍时间,或更正数字。'
    },
    BP104: {
        title: '标准时间超过其容忍时间,或顾客可见时间超过目标',
        rationale: 'Shostack 的时间标准:标准时间超过自身的容忍时间,每次执行都会超出容忍;可视分界线以上的每一分钟顾客都亲身经历。',
        standard: (step: string, standard: string, tolerance: string) =>
            `步骤${step}的标准时间为 ${standard},长于其容忍时间 ${tolerance}:`
            + '按标准完成也已超出容忍。请简化或自动化这个步骤以降低标准时间,或修订容忍时间。',
        target: (visible: string, path: string, target: string, biggest: string) =>
            `沿最长路径(${path}),顾客在过程中花费 ${visible},超过目标 ${target}。`
            + '顾客亲身经历顾客行为和前台行为的每一分钟工作与等待。'
            + `请缩短耗时最多的环节:${biggest};或把工作移到可视分界线以下。`,
        untimed: (step: string) => `${step}(无时间)`,
        item: (step: string, time: string) => `${step} ${time}`
    },
    BP105: {
        title: '可能的失误点未声明',
        rationale: '交给看不见的工作的交接、顾客独自操作机器、等待多个交接的步骤,正是过程通常出错的地方。',
        selfService: (step: string) =>
            `可能的失误点:${step}是自助服务,却没有给顾客任何有形展示或操作说明。`
            + '由顾客自己完成工作时(顾客合作法,顾客是合作生产者),不清楚的屏幕和缺失的指引正是过程出错的地方。'
            + '请添加 evidence "…"(屏幕、操作指南)或带说明的 note "…",或为卡住的顾客声明 fail "…" recover …。',
        join: (step: string, count: number, inbound: string) =>
            `可能的失误点:${step}汇合了 ${count} 条流入的流向(${inbound})。`
            + '等待多个交接的步骤,只要其中任何一个迟到、丢失或不完整就会停滞。'
            + '请声明 fail "…" 并给出补救措施,或减少交接。',
        roundTrip: (step: string, from: string, returns: string) =>
            `可能的失误点:工作在${step}处转到可视分界线以下(来自${from}),又回到${returns}。`
            + '工作在分界线以下时,顾客在等待看不见的工作,而且这项工作要转手两次。'
            + `请在${step}或这次往返的另一个步骤上声明 fail "…" recover …。`
    },
    BP201: {
        title: '声明了服务流程差异程度、作用客体和顾客参与程度',
        rationale: '过程在三个维度上的位置决定它应当如何设计;后面的规则据此检查蓝图。',
        inBlock: (missing: string, add: string) =>
            `分类中没有声明${missing}。${classifyWhy}请在 classification 块中添加:${add}。`,
        noBlock: (blueprint: string, missing: string, add: string) =>
            `蓝图${blueprint}没有声明${missing}。${classifyWhy}请添加 classification 块:${add}。`
    },
    BP202: {
        title: '生产线法要求标准服务',
        rationale: '生产线法限制个人自主权、实行标准化,适合简单、差异程度低的服务(存取款、转账、分期缴费)。定制服务需要判断力和决策权。',
        message: () =>
            '生产线法限制个人自主权,把每个步骤标准化;它适合标准服务这类差异程度低的服务(存取款、转账汇款、分期缴纳保费)。'
            + '这个过程声明为定制服务,需要灵活性、判断力以及拥有真正决策权的员工。'
            + '请改用 approach customer-contact(顾客接触法)或 customer-cooperation(顾客合作法),或在过程确实统一时声明 divergence standard(标准服务)。'
    },
    BP203: {
        title: '标准服务:不依赖员工自主判断;例行的人工前台工作可考虑交给技术(该建议为提示)',
        rationale: '标准服务按生产线方式运作:限制个人判断,并尽可能以技术替代人工,以降低人工成本、扩大业务量。',
        discretion: (step: string) =>
            `步骤${step}依赖员工的自主判断,但过程声明为标准服务。按生产线方式运作的标准服务`
            + '会限制个人判断,让每位顾客得到相同的服务。请把判断变成规则(一条带 when "…" 的流向),把它保留为少见且有记录的例外,'
            + '或声明 divergence customized(定制服务)。',
        manualRun: (steps: string, count: number) =>
            `建议:${steps}是 ${count} 个连续的人工前台行为步骤,都不需要自主判断:这是标准服务中的例行人工工作。`
            + '生产线法尽可能以技术替代人工(自动化降低人工成本、扩大业务量):'
            + '可考虑让其中一些步骤使用自助服务渠道或由系统完成(by <系统>)。'
    },
    BP204: {
        title: '定制服务:授予员工自主决策权',
        rationale: '定制服务(财富咨询、公司现金管理)没有固定模式:员工需要真正的决策权(授予服务人员较大的自主决策权)。',
        message: () =>
            '过程声明为定制服务,但没有任何前台行为或后台行为步骤授予员工自主决策权。财富咨询、公司现金管理这类定制服务'
            + '没有固定模式:员工需要判断力和真正的决策权(授予服务人员较大的自主决策权)。'
            + '请用 discretion 标出员工做决定的步骤,或在过程实际上统一时声明 divergence standard(标准服务)。'
    },
    BP205: {
        title: '无参与:顾客只发起过程并接收结果',
        rationale: '顾客无参与时,过程像制造业一样按效率设计;顾客出现在过程中间与此矛盾。',
        middle: (step: string, after: string) =>
            `顾客步骤${step}处在过程中间(在${after}之后)。${noContactWhy}请把这项工作交给服务提供者,或声明 contact indirect(间接参与)、self-service(自助服务)或 interactive(交互服务)。`,
        twoWay: (upper: string, lower: string) =>
            `${upper} <-> ${lower} 是一次穿过互动分界线的双向互动。${noContactWhy}`
            + '请把它改成单向交接(请求进来、结果出去),或声明一个有顾客参与的参与程度。'
    },
    BP206: {
        title: '间接参与:前台行为步骤是远程的,而非面对面',
        rationale: '间接参与意味着顾客远程与服务提供者打交道;面对面属于交互服务,现场机器属于自助服务。',
        faceToFace: (step: string, channel: string, remote: string) =>
            `前台行为步骤${step}与顾客面对面(via ${channel}),但过程声明为间接参与:顾客通过 ${remote} 远程与服务提供者打交道。`
            + '请为这个步骤使用远程渠道,或声明 contact interactive(交互服务)。',
        machine: (step: string, channel: string, remote: string) =>
            `前台行为步骤${step}让顾客在现场操作机器(via ${channel}),这是直接的自助服务接触,但过程声明为间接参与:`
            + `顾客通过 ${remote} 远程与服务提供者打交道。请为这个步骤使用远程渠道,或声明 contact self-service(自助服务)。`
    },
    BP207: {
        title: '自助服务:顾客面对的是技术,而不是员工',
        rationale: '自助服务中顾客使用技术(ATM、POS、电话银行和网上银行),而不是与员工打交道;它的过程和失误方式与柜台不同。',
        message: (customer: string, staff: string) =>
            `顾客步骤${customer}在${staff}与员工打交道,但过程声明为自助服务:顾客使用技术`
            + '(ATM、POS、电话银行或网上银行),而不是与员工打交道。请让技术完成这个步骤(by <系统>,或 atm、web、app 等自助渠道),'
            + '如果员工只在技术出故障时介入,就把它作为某个失误点的补救措施,或声明 contact interactive(交互服务)。'
    },
    BP208: {
        title: '交互服务:有顾客步骤与前台员工相接',
        rationale: '交互服务就是传统的面对面柜台服务:顾客与员工相接是它的定义。',
        message: () =>
            '过程声明为交互服务(传统的面对面服务),但没有任何顾客步骤穿过互动分界线与前台员工步骤相接。'
            + '请画出顾客与为其服务的员工之间的流向(由 actor 执行的前台行为步骤),如果顾客只面对技术,就声明 contact self-service(自助服务)。'
    },
    BP209: {
        title: '作用客体为人时要求直接参与',
        rationale: '作用于人本身的过程(指引、金融知识教育、培训)需要本人在场;种子教材的分类表中没有顾客不在场的作用于人的服务。',
        message: (contact: string) =>
            `作用于人本身的过程(人:指引、金融知识教育、培训)需要本人在场,但顾客参与程度声明为 ${contact}。`
            + '种子教材分类中作用于人的服务都有顾客在场。请声明 contact self-service(自助服务)或 interactive(交互服务),'
            + '如果过程实际上作用于信息或物品,就更正作用客体。'
    },
    BP210: {
        title: '顾客合作法:顾客承担生产工作',
        rationale: '顾客合作法让顾客成为承担部分工作的合作生产者,正是这一点降低了成本、平抑了需求。',
        message: () =>
            '顾客合作法让顾客成为承担部分工作的合作生产者,但没有任何顾客步骤承担生产工作:'
            + '没有自助服务的顾客步骤,也没有把工作交给前台技术的顾客步骤。请画出顾客在 ATM、自助终端、网上银行或手机银行上完成的步骤'
            + '(via atm、web、app …,或一条流向由系统执行的前台行为步骤的流向),或选择其他设计方法。'
    },
    BP211: {
        title: '顾客接触法:后台与顾客解耦,并有时间标准',
        rationale: 'Chase 的顾客接触法把高接触的前台工作与低接触的后台工作分开;后台与顾客解耦,像工厂一样按效率运作,并有时间标准。',
        waitsOnHidden: (customer: string, zone: string, hidden: string) =>
            `顾客步骤${customer}直接等待${zone}步骤${hidden}。顾客接触法`
            + '把低接触的后台工作与顾客解耦,使其能像工厂一样运作。请在两者之间加一个前台行为步骤'
            + '(交付结果的一线员工或技术)。',
        untimed: (step: string) =>
            `后台行为步骤${step}没有时间标准。采用顾客接触法时,后台像工厂一样按效率设计,`
            + '每个步骤都需要标准时间:请添加 time <标准时间> tolerance <最长时间>。'
    },
    BP212: {
        title: '顾客物品在结束时交还或确认',
        rationale: '涉及顾客物品/权益(存入的资金、证券、保管箱内物品)时,服务提供者必须保证其完好;顾客离开时要拿到凭证(存折、回单、确认书)。',
        message: () =>
            '这个过程作用于顾客物品/权益(存入的资金、证券、保管箱内物品),服务提供者必须保证其完好,'
            + '但过程结束时没有交还或确认它们:过程末尾没有任何顾客步骤接收有形展示。'
            + '请以一个接收存折、回单或确认书的顾客步骤结束(evidence "…")。'
    },
    BP301: {
        title: '执行者的利用率达到或超过 100%',
        rationale: '工作到达的速度超过员工处理的速度时,队列会无限增长:任何等待点或目标都守不住。',
        message: (performer: string, utilisation: string, inCase: string, demand: string, load: string, servers: string, cope: string) =>
            `${performer}的利用率为 ${utilisation}${inCase}:每小时 ${demand} 位顾客带来相当于 ${load} 人的工作量,`
            + `而只有 ${servers} 人,队列会无限增长。请至少配置 ${cope} 人,缩短或自动化它的步骤,或把工作转为自助服务。`
    },
    BP302: {
        title: '等待点的预测等待超过容忍时间',
        rationale: '现有人员守不住的容忍时间,是顾客在高峰时会看到被打破的承诺。',
        message: (step: string, demand: string, inCase: string, performer: string, servers: string, busy: string, wait: string, tolerance: string, advice: string) =>
            `${step}处的等待点:每小时 ${demand} 位顾客时${inCase},等待${performer}(${servers} 人,忙碌 ${busy})的预测等待`
            + `为 ${wait},超过容忍的 ${tolerance}。请增加人员(${advice}),缩短它的步骤,或分散需求(预约)。`,
        staffWould: (staff: string, wait: string) => `${staff} 人时等待 ${wait}`,
        moreThan: (staff: string) => `多于 ${staff} 人`
    },
    BP303: {
        title: '预测的顾客可见时间第 90 百分位超过目标',
        rationale: '目标是十位顾客中九位应得到的;员工消化不了的队列会把最慢的那一成顾客推到远超目标。',
        message: (demand: string, inCase: string, p90: string, median: string, target: string, bottleneck: string, busy: string) =>
            `每小时 ${demand} 位顾客时${inCase},十位顾客中有一位在过程中花费超过 ${p90}`
            + `(模拟的第 90 百分位;中位数 ${median}),超过目标 ${target}。`
            + `瓶颈是${bottleneck},利用率 ${busy}:请在那里增加人员,或缩短顾客可见的步骤。`
    },
    BP304: {
        title: '执行者的利用率低于 30%',
        rationale: '大部分时间闲着的员工只花成本不提供服务;生产线法要求人力随业务量配置。',
        message: (performer: string, busy: string, inCase: string, servers: string, fewer: string, fewerBusy: string) =>
            `${performer}${inCase}配置 ${servers} 人时忙碌率只有 ${busy};${fewer} 人时忙碌率为 ${fewerBusy}。可考虑减少人员,或安排其他工作。`
    },
    BP305: {
        title: '无法进行过程分析:缺少所需的信息',
        rationale: '需求、人员数量和步骤时间是预测队列和等待的依据;说明缺少什么,胜过悄无声息地什么也不预测。',
        message: (missing: string) =>
            `过程分析需要:${missing}。在此之前不预测利用率、等待或成本(docs/analysis.md)。`
    },
    common: {
        inScenario: (scenario: string) => `(情景${scenario})`,
        missingInScenario: (missing: string, scenario: string) => `情景${scenario}中的${missing}`,
        stepName: (id: string) => `“${id}”`,
        stepNameWithLabel: (id: string, label: string) => `“${id}”(${label})`,
        arrow: ' → ',
        listSeparator: '、',
        separator: ';'
    }
};
