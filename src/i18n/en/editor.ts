/**
 * English: what the language server says in the editor: hovers, keyword docs,
 * completion details, quick-fix titles, code lenses, outline details and
 * rename refusals. Each key here has its twin in ../zh-cn/editor.ts.
 */
export const editor = {
    /** What the domain keywords mean (domain doc, sections 2–4): hover and completion. */
    keywords: {
        standard: '**standard** (标准服务, low divergence): little variation, simple and repetitive (savings counter, payments). Standardise the process, replace labour with automation, grow volume.',
        customized: '**customized** (定制服务, high divergence): highly personal (wealth consulting, corporate cash management). Needs flexibility and judgment: give staff real decision authority.',
        'customer-goods': '**customer-goods** (顾客物品/权益): the provider must keep the customer\'s goods or rights intact (deposits, securities, safe-deposit boxes, claims).',
        'company-goods': '**company-goods** (公司物品/权益): the customer must keep the company\'s goods intact (bank loans, ATMs).',
        information: '**information** (信息): transmission, communication and processing of information (payments, online banking, enquiries).',
        people: '**people** (人): the service acts on the customer\'s body or mind (guidance, financial education, training); the customer must be present.',
        none: '**none** (无参与): the customer does not take part; design the process like manufacturing, for efficiency.',
        indirect: '**indirect** (间接参与): the customer takes part remotely (phone, web, app, mail), not face to face.',
        'self-service': '**self-service** (直接参与·自助服务): the customer works with technology (ATM, POS, phone and online banking).',
        interactive: '**interactive** (直接参与·交互服务): the traditional face-to-face counter service.',
        'production-line': '**production-line** (生产线法): limit personal discretion, divide labour clearly, substitute technology for people, standardise service. For low-divergence processes.',
        'customer-cooperation': '**customer-cooperation** (顾客合作法): the customer is a co-producer doing part of the work (self-service); give instructions, evidence and a forgiving process.',
        'customer-contact': '**customer-contact** (顾客接触法, Chase): separate high-contact front office, designed around the customer, from low-contact back office, designed for efficiency.',
        evidence: '**evidence** (有形展示): what the customer sees or receives at a step: ticket, receipt, screen, branch.',
        customer: '**customer** (顾客行为): the customer\'s steps, choices and interactions.',
        onstage: '**onstage** (前台行为): what the customer sees contact staff or self-service technology do.',
        backstage: '**backstage** (后台行为): contact staff\'s work the customer does not see.',
        support: '**support** (支持过程): internal units and systems that are not contact staff (core banking, cash centre, IT).',
        interaction: '**line of interaction** (互动分界线): every flow across it is a direct customer–provider interaction, a moment of truth.',
        visibility: '**line of visibility** (可视分界线): the customer sees nothing below it.',
        internal: '**line of internal interaction** (内部互动分界线): separates contact staff\'s backstage work from support processes.',
        fail: '**fail** (F, fail point): where the process can break in a way the customer notices; give each a recovery.',
        wait: '**wait** (W, wait point): the expected wait and the wait the customer tolerates.',
        time: '**time**: Shostack\'s time standard, the standard execution time and the tolerated maximum.',
        discretion: '**discretion**: the step relies on an employee\'s own judgment.',
        target: '**target**: the customer-visible time the process should not exceed (BP104).',
        demand: '**demand**: customers arriving per unit of time (`demand 40 per h`), for the process analysis (BP301–BP305, `blueprint simulate`).',
        staff: '**staff**: how many of a performer serve at once (`actor Teller staff 4`; in a blueprint or scenario `staff Teller 6`). Systems are unlimited unless given a capacity.',
        capacity: '**capacity**: how many machines serve at once (`system ATM capacity 2`); the same as staff.',
        cost: '**cost**: the cost of one performer per unit of time (`cost 80 per h`), for the cost per customer.',
        scenario: '**scenario**: a named what-if for the analysis that overrides demand, staff and step times (`scenario LunchPeak { demand 90 per h  staff Teller 6 }`).'
} as Record<string, string>,
    /** Structural keywords and channels: completion beside the domain keywords. */
    structure: {
        blueprint: '**blueprint** (服务蓝图): one service process: classification, target, phases, lanes in five zones, the three lines and the flows.',
        actor: '**actor** (员工角色): an employee role that performs steps (teller, lobby manager, underwriter).',
        system: '**system** (系统): a technology that performs steps (ATM, core banking, mobile app); its steps count as automated.',
        classification: '**classification** (服务分类): divergence, object, contact and approach; the rules BP2xx check the drawing against it.',
        divergence: '**divergence** (差异性): `standard` or `customized`.',
        object: '**object** (服务对象): `customer-goods`, `company-goods`, `information` or `people`.',
        contact: '**contact** (顾客参与程度): `none`, `indirect`, `self-service` or `interactive`.',
        approach: '**approach** (设计方法): `production-line`, `customer-cooperation` or `customer-contact`.',
        phase: '**phase** (阶段): in a blueprint, a named column group; in a step, the phase the step belongs to.',
        line: '**line** (分界线): `interaction`, `visibility` or `internal`, written between the lanes it separates.',
        step: '**step** (步骤): one action in a lane, with an optional label and properties.',
        by: '**by** (执行者): the actor or system that performs the step.',
        via: '**via** (渠道): the channel of the step: counter, branch, onsite, atm, kiosk, pos, phone, web, app, mail, internal.',
        tolerance: '**tolerance** (容忍时间): the tolerated maximum of a time standard or wait.',
        recover: '**recover** (补救): the recovery of a fail point: a step name or a description.',
        note: '**note** (备注): free text shown with the step.',
        when: '**when** (条件): the condition under which a flow is taken.',
        counter: '**counter** (柜台): face to face at the counter.',
        branch: '**branch** (网点): face to face in the branch, away from the counter (lobby, wealth room).',
        onsite: '**onsite** (上门): face to face away from the branch (a client\'s office, a roadshow venue).',
        atm: '**atm** (自动柜员机): self-service at an ATM.',
        kiosk: '**kiosk** (自助终端): self-service at a kiosk or queue machine.',
        pos: '**pos** (POS 机): self-service at a POS terminal or PIN pad.',
        phone: '**phone** (电话): remote, by telephone.',
        web: '**web** (网上银行): remote self-service on the web.',
        app: '**app** (手机银行): remote self-service in the mobile app.',
        mail: '**mail** (邮寄): remote, by post or e-mail.'
} as Record<string, string>,
    hover: {
        actor: (title: string, name: string) => `**${title}** · actor \`${name}\` (an employee role)`,
        system: (title: string, name: string) => `**${title}** · system \`${name}\` (technology: its steps count as automated)`,
        phase: (title: string, name: string) => `**${title}** · phase \`${name}\``,
        step: (label: string, zone: string, id: string, lane: string) => `**${label}** · ${zone} step \`${id}\` in lane ${lane}`,
        by: (performer: string, kind: string) => `by ${performer} (${kind})`,
        performerKind: { actor: 'actor', system: 'system' } as Record<string, string>,
        via: (channel: string) => `via ${channel}`,
        time: (standard: string) => `time ${standard}`,
        tolerance: (tolerance: string) => `, tolerance ${tolerance}`,
        wait: (expected: string) => `wait ${expected}`,
        tolerated: (tolerance: string) => `, tolerated ${tolerance}`,
        discretion: 'uses discretion',
        technology: 'technology',
        failPoint: (reason: string) => `**Fail point:** ${reason}`,
        recoverAt: (step: string) => ` → recover at \`${step}\``,
        recoverBy: (text: string) => ` → ${text}`,
        noRecovery: ' (no recovery)',
        evidence: (items: string) => `Evidence: ${items}`
    },
    completion: {
        detail: {
            Divergence: 'divergence (classification)',
            ObjectKind: 'object (classification)',
            Contact: 'contact (classification)',
            Approach: 'approach (classification)',
            Zone: 'zone (lane)',
            LineKind: 'line',
            Channel: 'channel',
            TimeUnit: 'time unit'
        } as Record<string, string>,
        keyword: 'keyword',
        kind: { step: 'step', phase: 'phase', actor: 'actor', system: 'system', blueprint: 'blueprint', performer: 'performer' } as Record<string, string>
    },
    fixes: {
        changeTo: (name: string) => `Change to '${name}'`,
        addClassification: (guess: string) => `Add a classification block (guessed from the drawing: ${guess})`,
        addToClassification: (axes: string) => `Add ${axes} to the classification`,
        divergenceStandard: 'Change divergence to standard (keep the production-line approach)',
        approachContact: 'Change approach to customer-contact (keep the customized divergence)',
        removeEvidence: 'Remove the evidence from this step',
        addRecovery: 'Add a recovery for this fail point',
        addEvidence: 'Add physical evidence to this step',
        raiseTolerance: (standard: string) => `Raise the tolerance to the standard time (${standard})`,
        raiseTarget: (visible: string) => `Raise the target to the customer-visible time (${visible})`,
        removeEarlier: (what: string) => `Remove the earlier ${what}`,
        fixAll: (count: number, code: string) => `Fix all ${count} ${code} problems in this file`,
        recoveryPlaceholder: 'describe how the service recovers',
        evidencePlaceholder: 'what the customer sees or receives'
    },
    lens: {
        preview: '$(open-preview) Preview',
        failPoints: (n: number) => `${n} fail point${n === 1 ? '' : 's'}`,
        waitPoints: (n: number) => `${n} wait point${n === 1 ? '' : 's'}`,
        visibleNoTarget: (visible: string) => `customer-visible ${visible} (no target)`,
        visibleAndTarget: (visible: string, target: string) => `customer-visible ${visible} / target ${target}`
    },
    rename: {
        inBlueprint: (name: string, kind: string, blueprint: string) =>
            `Cannot rename: '${name}' is already the name of ${article(kind)} ${kind} in blueprint ${blueprint}; ${kind} names must be unique there.`,
        inWorkspace: (name: string, file: string) =>
            `Cannot rename: '${name}' is already declared in ${file}; blueprint, actor and system names are shared by the whole workspace.`,
        invalidName: (name: string) =>
            `'${name}' is not a valid name: a name starts with a letter or _, goes on with letters, digits or _, and is not a keyword.`,
        kind: { Step: 'step', Phase: 'phase', Lane: 'lane' } as Record<string, string>
    }
};

function article(word: string): string {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
