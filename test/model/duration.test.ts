import { expect, test } from 'vitest';
import { formatDuration, toSeconds } from '../../src/model/duration.js';

test('units convert to seconds, English and Chinese alike', () => {
    expect([toSeconds(200, 'ms'), toSeconds(200, '毫秒'), toSeconds(2, 'min'), toSeconds(2, '分钟'), toSeconds(1.5, 'h'), toSeconds(1, '天')])
        .toEqual([0.2, 0.2, 120, 120, 5400, 86400]);
});

test('durations read as a person would say them', () => {
    expect([0.2, 0, 45, 90, 3600, 5400, 172800].map(s => formatDuration(s))).toEqual(['200 ms', '0 s', '45 s', '1.5 min', '1 h', '1 h 30 min', '2 d']);
});
