/**
 * English: syntax and lexer errors in the designer's words. Each key here has
 * its twin in ../zh-cn/syntax.ts. `found` is the text as written, already quoted.
 */
export const syntax = {
    endOfFile: 'the end of the file',
    token: { ID: 'a name', STRING: 'a string "…"', NUMBER: 'a number' },
    quote: (text: string) => `\`${text}\``,
    didYouMean: (value: string) => ` Did you mean \`${value}\`?`,
    unit: (previous: string, found: string, units: string) =>
        `After the number \`${previous}\` a time unit is expected: ${units}; found ${found}.`,
    value: (what: string, found: string, values: string) => `${found} is not ${what}: write one of ${values}.`,
    what: {
        Divergence: 'a divergence',
        ObjectKind: 'an object acted on',
        Contact: 'a customer contact level',
        Approach: 'a design approach',
        Zone: 'a zone',
        LineKind: 'a line',
        Channel: 'a channel'
    },
    keywordAsName: (found: string) =>
        `${found} is a keyword, not a step name: a flow joins steps by their names (\`ask -> serve\`). Write the name of a step here.`,
    nameExpected: (found: string) => `A name is expected here, found ${found}.`,
    closeBrace: (block: string, found: string) => `The ${block} is not closed: a \`}\` is expected before ${found}.`,
    block: { Step: 'step\'s { … } block', Lane: 'lane\'s { … } block', Blueprint: 'blueprint\'s { … } block', Classification: 'classification block', Scenario: 'scenario block', other: '{ … } block' },
    propertyOutsideStep: (found: string) =>
        `${found} describes a step and belongs inside a step's braces after its name, for example \`step ask { evidence "form" }\`.`,
    arrowExpected: (name: string, found: string) =>
        `After ${name} an arrow (-> or <->) is expected: a name here starts a flow \`a -> b\`; found ${found}.`,
    extraBrace: 'This `}` closes nothing: remove it, or open the block it should close.',
    topLevelOnly: (found: string) => `${found} cannot stand here: at the top level a file declares blueprint, actor and system.`,
    expected: (expected: string, found: string) => `Expected ${expected}, found ${found}.`,
    or: (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`),
    stopped: (shown: number) => `Too many syntax errors: the rest of the document is not checked. Fix the errors above (the first ${shown} are shown).`,
    unterminatedString: 'This string has no closing quote: close it on the same line.',
    unexpectedCharacter: (found: string) => `${found} is not part of the language: remove it, or put it in a string "…" or a comment //.`
};
