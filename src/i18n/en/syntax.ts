/** English: syntax messages. Each key here has its twin in ../zh-cn/syntax.ts. */
export const syntax = {
};
