/**
 * The starter blueprint of "Blueprint: New Blueprint", shaped by the chosen
 * classification. Pure text generation (no vscode), so tests check every
 * combination parses and validates.
 */
import type { Approach, Contact, Divergence, ObjectKind } from '../model/types.js';

export interface StarterClassification { divergence: Divergence; object: ObjectKind; contact: Contact; approach: Approach }

export const STARTER_FILE_NAME = '新服务蓝图.blueprint';

const EVIDENCE: Record<ObjectKind, string> = {
    'customer-goods': '存款回单',
    'company-goods': '借款合同',
    information: '交易结果页面',
    people: '课程资料'
};

/** The onstage lane, shaped by how the customer takes part; `undefined` when the customer meets nobody (contact none). */
function onstageLane(c: StarterClassification): { performers: string[]; lane: string[] } | undefined {
    const discretion = c.divergence === 'customized' ? ['            discretion'] : [];
    switch (c.contact) {
        case 'self-service':
            return {
                performers: ['system 自助终端 "Self-service terminal"'],
                lane: [
                    '    onstage 自助 "自助技术 Self-service technology" {',
                    '        step 自助办理 "自助办理 Serve yourself" {',
                    '            phase 办理',
                    '            by 自助终端',
                    '            via atm',
                    `            evidence "操作指引", "${EVIDENCE[c.object]}"`,
                    '            time 2 min tolerance 4 min',
                    '            fail "设备故障" recover "引导顾客到柜台办理"',
                    '        }',
                    '        step 交付 "打印凭条 Print the receipt" {',
                    '            phase 结束',
                    '            by 自助终端',
                    '            via atm',
                    '            time 10 s',
                    '        }',
                    '    }'
                ]
            };
        case 'indirect':
            return {
                performers: ['actor 客服 "Call-centre agent"'],
                lane: [
                    '    onstage 远程 "远程服务 Remote service" {',
                    '        step 远程受理 "远程受理 Take the request remotely" {',
                    '            phase 办理',
                    '            by 客服',
                    '            via phone',
                    `            evidence "${EVIDENCE[c.object]}"`,
                    '            time 3 min tolerance 6 min',
                    ...discretion,
                    '            fail "信息核实失败" recover "转人工复核"',
                    '        }',
                    '        step 交付 "告知结果 Tell the result" {',
                    '            phase 结束',
                    '            by 客服',
                    '            via phone',
                    '            time 1 min',
                    '        }',
                    '    }'
                ]
            };
        case 'interactive':
            return {
                performers: ['actor 柜员 "Teller"'],
                lane: [
                    '    onstage 柜台 "柜员 (前台) Teller" {',
                    '        step 受理 "受理 Take the request" {',
                    '            phase 办理',
                    '            by 柜员',
                    '            via counter',
                    `            evidence "柜台", "${EVIDENCE[c.object]}"`,
                    '            time 3 min tolerance 5 min',
                    ...discretion,
                    '            fail "资料不全" recover "当场告知并补齐资料"',
                    '        }',
                    '        step 交付 "交付结果 Hand over the result" {',
                    '            phase 结束',
                    '            by 柜员',
                    '            via counter',
                    '            time 1 min',
                    '        }',
                    '    }'
                ]
            };
        case 'none':
            return undefined;
    }
}

/** Top-level names already declared in the workspace, with what they declare. */
export type TakenNames = ReadonlyMap<string, 'actor' | 'system' | 'blueprint'>;

/** The starter's own top-level declarations: `kind name "title"` lines, each name also used in the body. */
const DECLARATION = /^(actor|system|blueprint) (\S+)/;

export function starterBlueprint(c: StarterClassification, taken: TakenNames = new Map()): string {
    return fitIntoWorkspace(starterText(c), taken);
}

/**
 * Top-level names are shared by the workspace: a performer the workspace
 * already declares as the same kind is used, not declared again; any other
 * clash gets a fresh name (新服务蓝图2, 柜员2, …).
 */
function fitIntoWorkspace(text: string, taken: TakenNames): string {
    let lines = text.split('\n');
    for (const line of text.split('\n')) {
        const match = DECLARATION.exec(line);
        if (!match) continue;
        const [, kind, name] = match;
        const existing = taken.get(name);
        if (!existing) continue;
        if (existing === kind && kind !== 'blueprint') {
            lines = lines.filter(l => l !== line);
            continue;
        }
        let fresh = 2;
        while (taken.has(`${name}${fresh}`)) fresh++;
        const renamed = new RegExp(`(?<![\\p{L}\\p{N}_])${name}(?![\\p{L}\\p{N}_])`, 'gu');
        lines = lines.map(l => (l.trimStart().startsWith('//') ? l : l.replace(renamed, `${name}${fresh}`)));
    }
    return lines.join('\n');
}

function starterText(c: StarterClassification): string {
    const onstage = onstageLane(c);
    const front = onstage?.lane[1].trim().split(' ')[1];
    // Without contact the customer hands nothing over: the flow is the provider's own.
    const flow = front ? ['提出需求', front, '审核', '记账', '交付', '确认结果'].join(' -> ') : '审核 -> 记账';
    return [
        `// 新服务蓝图: ${c.divergence} · ${c.object} · ${c.contact} · ${c.approach}.`,
        '// Replace the placeholder steps with the real process; the Problems view checks it against the classification.',
        '',
        ...(onstage?.performers ?? []),
        'actor 后台人员 "Back-office staff"',
        'system 核心系统 "Core banking"',
        '',
        'blueprint 新服务蓝图 "新服务蓝图 New service blueprint" {',
        '    classification {',
        `        divergence ${c.divergence}`,
        `        object ${c.object}`,
        `        contact ${c.contact}`,
        `        approach ${c.approach}`,
        '    }',
        '    target 30 min',
        '',
        '    phase 开始 "开始 Start"',
        '    phase 办理 "办理 Serve"',
        '    phase 结束 "结束 Finish"',
        '',
        '    evidence 有形展示 "有形展示 Physical evidence"',
        '',
        '    customer 顾客 "顾客行为 Customer actions" {',
        '        step 提出需求 "提出需求 State the need" {',
        '            phase 开始',
        `            via ${c.contact === 'self-service' ? 'atm' : c.contact === 'indirect' ? 'phone' : c.contact === 'none' ? 'mail' : 'counter'}`,
        '            time 1 min',
        '        }',
        '        step 确认结果 "确认结果 Confirm the result" {',
        '            phase 结束',
        `            evidence "${EVIDENCE[c.object]}"`,
        '            time 30 s',
        '        }',
        '    }',
        '',
        '    line interaction',
        '',
        ...(onstage ? [...onstage.lane, ''] : []),
        '    line visibility',
        '',
        '    backstage 后台 "后台行为 Backstage" {',
        '        step 审核 "审核 Check the request" {',
        '            phase 办理',
        '            by 后台人员',
        '            time 5 min tolerance 10 min',
        '        }',
        '    }',
        '',
        '    line internal',
        '',
        '    support 系统 "支持过程 Support processes" {',
        '        step 记账 "记账 Record the transaction" {',
        '            phase 办理',
        '            by 核心系统',
        '            time 5 s tolerance 30 s',
        '            fail "系统超时" recover "冲正后重新提交"',
        '        }',
        '    }',
        '',
        `    ${flow}`,
        '}',
        ''
    ].join('\n');
}
