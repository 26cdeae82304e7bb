/**
 * English: every rule's title (README's rule table), rationale (hover, README)
 * and messages, keyed by the rule's code. Each key here has its twin in
 * ../zh-cn/rules.ts. Values arrive formatted: names quoted, zones and lines in
 * the catalogue's terms, durations in the units the designer wrote.
 */
export const rules = {
    BP001: {
        title: 'lines in order interaction → visibility → internal, each once; lanes in zone order',
        rationale: 'The lines carry the blueprint\'s meaning: above the line of visibility the customer sees the work, below it they do not. A line in the wrong place puts work on the wrong side.',
        laneOrder: (lane: string, zone: string, deepest: string, order: string) =>
            `The ${zone} lane ${lane} comes after ${article(deepest)} ${deepest} lane. Zones run top to bottom: ${order}; move this lane up.`,
        lineTwice: (line: string) => `The ${line} is drawn twice; a blueprint has each line once.`,
        lineOrder: (line: string, previous: string) =>
            `The ${line} comes after the ${previous}; lines run interaction → visibility → internal interaction.`,
        lineMisplaced: (line: string, above: string, below: string) =>
            `The ${line} belongs between the ${above} lanes and the ${below} lanes.`,
        linesSwapped: (first: string, second: string) =>
            `The ${first} and the ${second} are swapped: exchange the two lines, so each stands between the zones it separates.`,
        lineMissing: (line: string, keyword: string, above: string, below: string) =>
            `The ${line} is missing: write 'line ${keyword}' between the ${above} and ${below} lanes.`
    },
    BP002: {
        title: 'no flow from a customer step straight to a backstage or support step',
        rationale: 'The customer cannot see below the line of visibility; they reach invisible work only through contact staff or self-service technology.',
        message: (customer: string, zone: string, hidden: string) =>
            `Customer step ${customer} reaches ${zone} step ${hidden} directly. The customer cannot see below the line of visibility: route the flow through an onstage step or self-service technology.`
    },
    BP003: {
        title: 'backstage and support steps carry no physical evidence',
        rationale: 'Physical evidence is what the customer sees; they see nothing below the line of visibility.',
        message: (zone: string, step: string) =>
            `${capitalize(zone)} step ${step} carries physical evidence, but the customer cannot see ${zone} work. Move the evidence to the onstage or customer step where the customer receives it.`
    },
    BP004: {
        title: 'a customer step that crosses the line of interaction meets an onstage step',
        rationale: 'Every crossing of the line of interaction is a moment of truth, a direct customer–provider interaction; it happens with contact staff or technology, not with hidden work.',
        message: (step: string) =>
            `Customer step ${step} crosses the line of interaction without meeting an onstage step. Each crossing is a moment of truth: let it meet contact staff or self-service technology.`
    },
    BP005: {
        title: 'every step is reachable from a customer step that starts the process',
        rationale: 'A step nothing leads to is either missing its flow or not part of this process.',
        message: (step: string, starts: string) =>
            `Step ${step} cannot be reached from the customer step that starts the process (${starts}). Connect it with a flow, or remove it.`
    },
    BP006: {
        title: 'the process starts with a customer action',
        rationale: 'Blueprints are drawn from the customer\'s point of view: the process starts with what the customer does.',
        message: (zone: string, step: string) =>
            `The process starts with ${zone} step ${step}; no customer step starts it. Blueprints are drawn from the customer's view: begin with what the customer does, and let it lead to this step.`
    },
    BP007: {
        title: 'customer and onstage steps show physical evidence',
        rationale: 'Services are intangible; the customer judges them by what they see and receive (ticket, screen, form, receipt).',
        message: (zone: string, step: string) =>
            `${capitalize(zone)} step ${step} shows no physical evidence. The customer judges an intangible service by what they see: add evidence "…" (a ticket, screen, receipt, form).`
    },
    BP008: {
        title: 'onstage work links down to the backstage or support work it needs',
        rationale: 'The seed\'s deposit example stresses that the counter is only the front part; the backstage and support work it triggers must be drawn connected to it.',
        message: (count: number) =>
            `No onstage step links down to the ${count} backstage or support step${count === 1 ? '' : 's'}. Draw the flow from the onstage work that needs them across the line of visibility.`
    },
    BP009: {
        title: 'a loop in the flows has an exit',
        rationale: 'A loop without exit keeps the customer in it for ever.',
        message: (loop: string) =>
            `The loop ${loop} has no way out: the customer would be stuck in it. Add a flow that leaves the loop (for example with when "…").`
    },
    BP010: {
        title: 'steps belong in action lanes, not in the evidence zone',
        rationale: 'The evidence zone holds what the customer sees, not actions.',
        message: (step: string) =>
            `Step ${step} is in the physical-evidence zone, which holds what the customer sees, not actions. Move it to an action lane and attach the evidence with evidence "…".`
    },
    BP101: {
        title: 'every declared fail point is listed in the Problems view',
        rationale: 'Fail points are where the process can break in a way the customer notices; listed in the Problems view, they are the designer\'s checklist of what to manage. Declaring one is a fact, not a defect.',
        message: (step: string, reason: string) => `Fail point at ${step}: ${reason}.`,
        recoveryStep: (step: string) => ` Recovery: step ${step}.`,
        recoveryText: (text: string) => ` Recovery: ${text}.`
    },
    BP102: {
        title: 'a fail point has a recovery',
        rationale: 'A fail point is only managed when the service knows how to recover.',
        message: (step: string, reason: string) =>
            `Fail point at ${step} has no recovery. Say how the service recovers when "${reason}" happens: recover <step> or recover "…", or a flow out of the step with when "…".`
    },
    BP103: {
        title: 'a wait point\'s expected wait exceeds its tolerance',
        rationale: 'Past its tolerance a wait becomes a failure the customer notices.',
        customer: (step: string, expected: string, tolerance: string) =>
            `Wait point at ${step}: the expected wait (${expected}) exceeds what the customer tolerates (${tolerance}). `
            + 'Past its tolerance a wait turns into a failure the customer notices. Shorten the wait (staff for the peak, appointments, a faster step before it), '
            + 'fill it (a queue number, a screen showing progress), or correct the figures if the wait is really shorter.',
        hidden: (zone: string, step: string, expected: string, tolerance: string) =>
            `Wait point at ${zone} step ${step}: the work waits ${expected}, longer than the ${tolerance} allowed. The customer does not see this wait, `
            + 'but everything after it is held up, and the customer feels the delay downstream. Shorten the wait (capacity, a faster hand-off, '
            + 'work in parallel), raise the tolerance if the process allows it, or correct the figures.'
    },
    BP104: {
        title: 'a standard time exceeds its tolerance, or the customer-visible time exceeds the target',
        rationale: 'Shostack\'s time standards: a standard beyond its own tolerance is out of tolerance every time; the customer experiences every minute above the line of visibility.',
        standard: (step: string, standard: string, tolerance: string) =>
            `Step ${step} has a standard time of ${standard}, longer than its tolerance of ${tolerance}: `
            + 'done to standard it is already out of tolerance. Simplify or automate the step to bring the standard down, or revise the tolerance.',
        target: (visible: string, path: string, target: string, biggest: string) =>
            `The customer spends ${visible} in the process along its longest path (${path}), over the target of ${target}. `
            + 'The customer experiences every minute of customer and onstage work and waiting. '
            + `Shorten the biggest items: ${biggest}; or move work below the line of visibility.`,
        untimed: (step: string) => `${step} (no time)`,
        item: (step: string, time: string) => `${step} ${time}`
    },
    BP105: {
        title: 'likely fail point not declared',
        rationale: 'Hand-offs to invisible work, customers working machines alone, and steps waiting on several hand-offs are where processes typically break.',
        selfService: (step: string) =>
            `Likely fail point: ${step} is self-service, and gives the customer no evidence or instructions. `
            + 'When the customer does the work (customer-cooperation approach, the customer as co-producer), unclear screens and missing guidance are where the process breaks. '
            + 'Add evidence "…" (the screen, a guide) or a note "…" with the instructions, or declare fail "…" recover … for the customer who gets stuck.',
        join: (step: string, count: number, inbound: string) =>
            `Likely fail point: ${step} joins ${count} inbound flows (${inbound}). `
            + 'A step that waits for several hand-offs stalls when any one is late, lost or incomplete. '
            + 'Declare fail "…" with a recovery, or reduce the hand-offs.',
        roundTrip: (step: string, from: string, returns: string) =>
            `Likely fail point: work goes below the line of visibility at ${step} (from ${from}) and comes back up to ${returns}. `
            + 'While it is below the line the customer waits on work they cannot see, and the job changes hands twice. '
            + `Declare fail "…" recover … on ${step} or another step of this round trip.`
    },
    BP201: {
        title: 'divergence, object and contact are declared',
        rationale: 'Where a process sits on the three axes decides how it should be designed; the rules below check the drawing against it.',
        inBlock: (missing: string, add: string) =>
            `The classification does not declare ${missing}. ${classifyWhy} Add to the classification block: ${add}.`,
        noBlock: (blueprint: string, missing: string, add: string) =>
            `Blueprint ${blueprint} does not declare ${missing}. ${classifyWhy} Add a classification block: ${add}.`
    },
    BP202: {
        title: 'the production-line approach requires standard divergence',
        rationale: 'The production-line approach limits personal discretion and standardizes; it suits simple, low-divergence services (deposits, transfers, premium instalments). A customized service needs judgment and decision authority.',
        message: () =>
            'The production-line approach limits personal discretion and standardizes every step; it suits standard, low-divergence services '
            + '(deposits and withdrawals, transfers, premium instalments). This process is declared customized, which needs flexibility, judgment and '
            + 'staff with real decision authority. Use approach customer-contact or customer-cooperation, or declare divergence standard if the process really is uniform.'
    },
    BP203: {
        title: 'standard divergence: no discretion; routine manual onstage work is a candidate for technology (that suggestion is a hint)',
        rationale: 'A standard service is run like a production line: it limits personal judgment, and substitutes technology for people wherever possible to cut labour cost and grow volume.',
        discretion: (step: string) =>
            `Step ${step} relies on an employee's discretion, but the process is declared standard. A standard process, run like a production line, `
            + 'limits personal judgment so every customer gets the same service. Turn the judgment into a rule (a flow with when "…"), keep it as a rare, '
            + 'documented exception, or declare divergence customized.',
        manualRun: (steps: string, count: number) =>
            `Suggestion: ${steps} are ${count} manual onstage steps in a row with no discretion: routine staff work in a standard process. `
            + 'Production-line design substitutes technology for people wherever possible (automation cuts labour cost and grows volume): '
            + 'consider a self-service channel or a system (by <system>) for some of these steps.'
    },
    BP204: {
        title: 'customized divergence: staff are given discretion',
        rationale: 'Customized services (wealth consulting, corporate cash management) have no fixed pattern: staff need real decision authority.',
        message: () =>
            'The process is declared customized, but no onstage or backstage step gives staff discretion. Customized services such as wealth '
            + 'consulting or corporate cash management have no fixed pattern: staff need judgment and real decision authority. '
            + 'Mark the steps where staff decide with discretion, or declare divergence standard if the process is in fact uniform.'
    },
    BP205: {
        title: 'contact none: the customer only starts and receives the result',
        rationale: 'Without customer participation the process is designed like manufacturing, for efficiency; a customer in the middle contradicts that.',
        middle: (step: string, after: string) =>
            `Customer step ${step} is in the middle of the process (after ${after}). ${noContactWhy} Move this work to the provider, or declare contact indirect, self-service or interactive.`,
        twoWay: (upper: string, lower: string) =>
            `${upper} <-> ${lower} is a two-way interaction across the line of interaction. ${noContactWhy} `
            + 'Make it a one-way hand-off (the request in, the result out), or declare a contact level with customer participation.'
    },
    BP206: {
        title: 'contact indirect: onstage steps are remote, not face to face',
        rationale: 'Indirect participation means the customer deals with the provider remotely; face to face is interactive, an on-site machine is self-service.',
        faceToFace: (step: string, channel: string, remote: string) =>
            `Onstage step ${step} meets the customer face to face (via ${channel}), but the process is declared indirect contact: the customer deals with the provider remotely, `
            + `by ${remote}. Use a remote channel for this step, or declare contact interactive.`,
        machine: (step: string, channel: string, remote: string) =>
            `Onstage step ${step} has the customer operate a machine on site (via ${channel}), which is direct self-service contact, but the process is declared indirect contact: `
            + `the customer deals with the provider remotely, by ${remote}. Use a remote channel for this step, or declare contact self-service.`
    },
    BP207: {
        title: 'contact self-service: the customer meets technology, not staff',
        rationale: 'In self-service the customer works with technology (ATM, POS, phone and online banking), not staff; its process and failure modes differ from the counter\'s.',
        message: (customer: string, staff: string) =>
            `Customer step ${customer} meets staff at ${staff}, but the process is declared self-service: the customer works with technology `
            + '(ATM, POS, phone or online banking), not with staff. Let technology do this step (by <system>, or a self-service channel such as atm, web, app), '
            + 'name it as a fail point\'s recovery if staff only step in when the technology fails, or declare contact interactive.'
    },
    BP208: {
        title: 'contact interactive: a customer step meets onstage staff',
        rationale: 'Interactive service is the traditional face-to-face counter: it is defined by the customer meeting staff.',
        message: () =>
            'The process is declared interactive (the traditional face-to-face service), but no customer step meets an onstage staff step across the line of '
            + 'interaction. Draw the flow between the customer and the employee who serves them (an onstage step by an actor), or declare contact self-service '
            + 'if the customer only meets technology.'
    },
    BP209: {
        title: 'object people requires direct contact',
        rationale: 'A process that acts on the person (guidance, financial education, training) needs the person there; the seed\'s table has no people-processing service without the customer present.',
        message: (contact: string) =>
            `A process that acts on the person (guidance, financial education, training) needs the person there, but contact is declared ${contact}. `
            + 'Every people-processing service in the seed\'s classification has the customer present. Declare contact self-service or interactive, '
            + 'or, if the process really acts on information or goods, correct the object.'
    },
    BP210: {
        title: 'customer-cooperation approach: the customer does production work',
        rationale: 'The customer-cooperation approach makes the customer a co-producer who does part of the work, which is what cuts cost and smooths demand.',
        message: () =>
            'The customer-cooperation approach makes the customer a co-producer who does part of the work, but no customer step does production '
            + 'work: none is self-service, and none hands work to onstage technology. Draw the steps the customer does on an ATM, kiosk, web or app '
            + '(via atm, web, app … or a flow to an onstage step by a system), or choose another approach.'
    },
    BP211: {
        title: 'customer-contact approach: backstage is decoupled from the customer and timed',
        rationale: 'Chase\'s customer-contact approach separates high-contact front-office work from low-contact back-office work, which is decoupled from the customer and run for efficiency like a factory, with time standards.',
        waitsOnHidden: (customer: string, zone: string, hidden: string) =>
            `Customer step ${customer} waits directly on ${zone} step ${hidden}. The customer-contact approach `
            + 'decouples low-contact back-office work from the customer so it can run like a factory. Put an onstage step between them '
            + '(contact staff or technology that hands over the result).',
        untimed: (step: string) =>
            `Backstage step ${step} has no time standard. Under the customer-contact approach the back office is designed for efficiency `
            + 'like a factory, which needs a standard time per step: add time <standard> tolerance <max>.'
    },
    BP212: {
        title: 'customer goods are handed back or confirmed at the end',
        rationale: 'With customer goods or rights (deposited funds, securities, safe-deposit contents) the provider must keep them intact; the customer leaves with proof (passbook, receipt, confirmation).',
        message: () =>
            'The process acts on the customer\'s goods or rights (deposited funds, securities, safe-deposit contents), which the provider must keep '
            + 'intact, but it does not end by returning or confirming them: no customer step at the end of the process receives evidence. '
            + 'End with a customer step that receives the passbook, receipt or confirmation (evidence "…").'
    },
    BP301: {
        title: 'a performer is at or over 100% utilisation',
        rationale: 'When work arrives faster than the staff can do it, the queue grows without bound: no wait point or target can hold.',
        message: (performer: string, utilisation: string, inCase: string, demand: string, load: string, servers: string, cope: string) =>
            `${performer} is at ${utilisation} utilisation${inCase}: ${demand} customers an hour bring ${load} people's worth of work `
            + `for ${servers}, so the queue grows without bound. Staff at least ${cope}, shorten or automate its steps, or move work to self-service.`
    },
    BP302: {
        title: 'the predicted wait at a wait point exceeds its tolerance',
        rationale: 'A tolerance the declared staff cannot keep is a promise the customer will see broken at the peak.',
        message: (step: string, demand: string, inCase: string, performer: string, servers: string, busy: string, wait: string, tolerance: string, advice: string) =>
            `Wait point at ${step}: at ${demand} customers an hour${inCase} the predicted wait for ${performer} (${servers}, ${busy} busy) `
            + `is ${wait}, over the tolerated ${tolerance}. Add staff (${advice}), shorten its steps, or spread the demand (appointments).`,
        staffWould: (staff: string, wait: string) => `${staff} would wait ${wait}`,
        moreThan: (staff: string) => `more than ${staff}`
    },
    BP303: {
        title: 'the predicted p90 customer-visible time exceeds the target',
        rationale: 'The target is what nine customers in ten should get; queues the staff cannot absorb push the slow tenth far past it.',
        message: (demand: string, inCase: string, p90: string, median: string, target: string, bottleneck: string, busy: string) =>
            `At ${demand} customers an hour${inCase}, one customer in ten spends more than ${p90} in the process `
            + `(simulated p90; median ${median}), over the target of ${target}. `
            + `The bottleneck is ${bottleneck} at ${busy}: add staff there, or shorten the customer-visible steps.`
    },
    BP304: {
        title: 'a performer is under 30% utilisation',
        rationale: 'Staff who are idle most of the time cost without serving; the production-line approach asks for labour to follow the volume.',
        message: (performer: string, busy: string, inCase: string, servers: string, fewer: string, fewerBusy: string) =>
            `${performer} is only ${busy} busy${inCase} with ${servers}; ${fewer} would be ${fewerBusy} busy. Consider fewer, or give them other work.`
    },
    BP305: {
        title: 'the process analysis cannot run: something it needs is missing',
        rationale: 'A demand, staff counts and step times are what queues and waits are predicted from; saying what is missing is better than predicting nothing silently.',
        message: (missing: string) =>
            `The process analysis needs ${missing}. Until then no utilisation, waits or costs are predicted (docs/analysis.md).`
    },
    /** Shared phrases of the rules' messages. */
    common: {
        inScenario: (scenario: string) => ` in scenario ${scenario}`,
        missingInScenario: (missing: string, scenario: string) => `${missing} in scenario ${scenario}`,
        stepName: (id: string) => `'${id}'`,
        stepNameWithLabel: (id: string, label: string) => `'${id}' (${label})`,
        arrow: ' → ',
        listSeparator: ', ',
        separator: '; '
    }
};

const classifyWhy = 'Where a process sits on the three axes (divergence, object acted on, customer contact) decides how it should be designed, '
    + 'and the classification rules BP202–BP212 check the drawing against it.';
const noContactWhy = 'With no customer contact the customer only starts the process and receives the result, and the process is designed like '
    + 'manufacturing, for efficiency.';

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function article(word: string): string {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
