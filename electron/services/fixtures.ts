/** The fixture households testers load (fixtures/households/*.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureSummary } from '../../core/host-contract';

export class FixtureLibrary {
  constructor(private readonly dir: string) {}

  list(): FixtureSummary[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const name = f.slice(0, -'.json'.length);
        let label = name;
        try {
          const parsed = JSON.parse(readFileSync(join(this.dir, f), 'utf8')) as { label?: unknown };
          if (typeof parsed.label === 'string') label = parsed.label;
        } catch {
          // an unreadable file is still listed; loading it reports the problem
        }
        return { name, label };
      });
  }

  read(name: string): string | undefined {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return undefined;
    const path = join(this.dir, `${name}.json`);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
}
