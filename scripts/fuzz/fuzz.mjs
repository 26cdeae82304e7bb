// @ts-check
// `npm run fuzz -- --count N --seed S`: the fuzzer is TypeScript (scripts/fuzz/run.ts), bundled on
// the fly by the shared loader; it drives dist/server.cjs, so build first (npm run build).
import { importTs } from '../lib/import-ts.mjs';

const { main } = await importTs('scripts/fuzz/run.ts');
try {
    process.exitCode = await main(process.argv.slice(2));
} catch (error) {
    console.error(`fuzz: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
}
