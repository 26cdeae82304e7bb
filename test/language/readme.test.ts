import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { format, validate } from '../helpers.js';

/** README's language reference must stay true: its example parses and links. */
test('the README example is a valid blueprint', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /```blueprint\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const { diagnostics } = await validate(example!);
    expect(diagnostics.filter(d => d.severity === 1).map(format)).toEqual([]);
});
