import { describe, expect, test } from 'vitest';
import { inLocale, validate } from '../helpers.js';

/** A blueprint around one step's properties, and room for members after the lanes. */
const around = (properties: string, members = '') => `actor teller
blueprint b {
    classification { divergence standard object information contact interactive }
    customer { step ask { ${properties} } }
    line interaction
    onstage { step serve { by teller evidence "counter" } }
    ask -> serve${members}
}`;

interface Mistake { name: string; text: string; en: string[]; zh: string[] }

/** The common mistakes of a designer, and what the first syntax error must say in each language. */
const MISTAKES: Mistake[] = [
    { name: 'missing unit', text: around('time 5'), en: ['After the number `5`', 'a time unit is expected', 'min', '分钟'], zh: ['之后应写时间单位', '分钟'] },
    { name: 'unknown unit like minutes', text: around('time 5 minutes evidence "form"'), en: ['found `minutes`', 'Did you mean `min`?'], zh: ['“minutes”', '是否想写“min”'] },
    { name: 'missing brace', text: around('time 5 min').replace(/\}\n$/, '').replace('} }\n    line interaction', '}\n    line interaction'), en: ['is not closed', '`}`'], zh: ['没有闭合', '“}”'] },
    { name: 'property outside a step', text: around('evidence "form"').replace('step serve { by teller evidence "counter" }', 'step serve by teller'), en: ['`by` describes a step', 'inside a step\'s braces'], zh: ['“by”描述的是步骤', '花括号'] },
    { name: 'flow to a keyword', text: around('evidence "form"', '\n    serve -> step'), en: ['`step` is a keyword, not a step name'], zh: ['“step”是关键字,不是步骤名称'] },
    { name: 'unterminated string', text: around('evidence "form'), en: ['no closing quote'], zh: ['缺少右引号'] },
    { name: 'classification value misspelt', text: around('evidence "form"').replace('divergence standard', 'divergence standrad'), en: ['`standrad` is not a divergence', 'Did you mean `standard`?'], zh: ['“standrad”不是服务流程差异程度', '是否想写“standard”'] }
];

async function firstSyntaxError(text: string): Promise<string> {
    const { diagnostics } = await validate(text);
    const syntax = diagnostics.filter(d => d.code === 'syntax');
    expect(syntax.length, diagnostics.map(d => d.message).join('\n')).toBeGreaterThan(0);
    return String(syntax[0].message);
}

describe('syntax errors in the designer\'s words', () => {
    test.each(MISTAKES.map(m => [m.name, m] as const))('%s (English)', async (_, mistake) => {
        const message = await firstSyntaxError(mistake.text);
        for (const words of mistake.en) expect(message).toContain(words);
        expect(message).not.toMatch(/Expecting|Token sequences|EOF/);
    });

    test.each(MISTAKES.map(m => [m.name, m] as const))('%s (中文)', async (_, mistake) => {
        const message = await inLocale('zh-cn', () => firstSyntaxError(mistake.text));
        for (const words of mistake.zh) expect(message).toContain(words);
        expect(message).toMatch(/[\u4e00-\u9fff]/);
    });

    test('a syntax error has the code syntax, as in the CLI', async () => {
        const { diagnostics } = await validate(around('time 5'));
        expect(diagnostics.filter(d => d.code === undefined || d.code === null)).toEqual([]);
        expect(diagnostics.some(d => d.code === 'syntax')).toBe(true);
    });

    test('a language change re-renders the syntax errors of an unchanged parse', async () => {
        const { document } = await validate(around('time 5 minutes'));
        const validator = (await import('../helpers.js')).services.Blueprint.validation.DocumentValidator;
        const english = (await validator.validateDocument(document)).find(d => d.code === 'syntax')!.message;
        const chinese = (await inLocale('zh-cn', () => validator.validateDocument(document))).find(d => d.code === 'syntax')!.message;
        expect(english).toContain('a time unit is expected');
        expect(chinese).toContain('之后应写时间单位');
    });
});
