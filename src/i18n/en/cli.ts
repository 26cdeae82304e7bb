/** English: cli messages. Each key here has its twin in ../zh-cn/cli.ts. */
export const cli = {
};
