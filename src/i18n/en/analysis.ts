/** English: analysis messages. Each key here has its twin in ../zh-cn/analysis.ts. */
export const analysis = {
};
