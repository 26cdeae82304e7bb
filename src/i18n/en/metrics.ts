/** English: metrics messages. Each key here has its twin in ../zh-cn/metrics.ts. */
export const metrics = {
};
