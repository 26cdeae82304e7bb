/**
 * The CLI's one writer to stdout and stderr (the only place in src/ that
 * writes to the console; ESLint's no-console makes an exception for it).
 */
/* eslint-disable no-console */
export const output = {
    /** A result line for stdout. */
    line: (text: string): void => console.log(text),
    /** A one-line reason for stderr. */
    error: (text: string): void => console.error(text),
    /** A file's content for stdout (`-o -`), as it is. */
    raw: (content: string | Buffer): void => { process.stdout.write(content); }
};
