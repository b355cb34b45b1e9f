import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { probeRegex } from './redos-probe';

/**
 * The patterns the code assembles with `new RegExp(…)` from tables (agency names, speech verbs, month names,
 * date layouts) are invisible to the literal scan, so they are caught as they are built: while the modules
 * load and while the seed article goes through the whole pipeline, and each one then meets the same
 * adversarial inputs as the literals.
 */

const BUDGET_MS = 15;
const OURS = /[/\\](?:src|content-scripts)[/\\]/;

describe('regular expressions built at run time', () => {
  it('none backtracks catastrophically or quadratically on adversarial input', async () => {
    const built = new Map<string, RegExp>();
    const Native = RegExp;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args, newTarget) {
        const re = Reflect.construct(target, args, newTarget) as RegExp;
        const caller = (new Error().stack ?? '').split('\n').slice(2, 4).join('\n');
        if (OURS.test(caller) && !/node_modules/.test(caller)) built.set(`/${re.source}/${re.flags}`, re);
        return re;
      },
    });
    try {
      const { parseHtml } = await import('../../../src/cli/parse-html');
      const { annotate } = await import('../../../src/core/annotate');
      const { cliEntityTagger } = await import('../../../src/cli/entity-tagger');
      const file = path.resolve(__dirname, '../../fixtures/pages/anadolu-armenia-2021-02-25.html');
      const url = 'https://www.aa.com.tr/en/world/armenian-military-maintains-call-for-premier-to-resign/2155218';
      const a = annotate(parseHtml(fs.readFileSync(file, 'utf8'), url), url, { tagEntities: cliEntityTagger() });
      expect(a.quotes.length).toBeGreaterThan(0);
    } finally {
      globalThis.RegExp = Native;
    }
    // The credit, speech-verb, month-name and date-layout tables each build at least one.
    expect(built.size).toBeGreaterThan(15);
    const slow: string[] = [];
    for (const [key, re] of built) {
      const found = probeRegex(new RegExp(re.source, re.flags), BUDGET_MS, 8);
      if (found) slow.push(`${key.slice(0, 160)} — ${JSON.stringify(found.prefix)} + ${JSON.stringify(found.pump)} × ${found.length}: ${found.ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  }, 180_000);
});
