// Fails when committed generated files are stale: the composed supergraph and codegen's output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeSupergraph, root, SUBGRAPHS, SUPERGRAPH_PATH } from './supergraph.ts';

const stale: string[] = [];

if (readFileSync(SUPERGRAPH_PATH, 'utf8') !== composeSupergraph()) stale.push('schema/supergraph.graphql');

// Regenerate codegen output into a scratch copy and compare file by file.
const scratch = mkdtempSync(path.join(tmpdir(), 'oms-codegen-'));
try {
  const config = readFileSync(path.join(root, 'codegen.yml'), 'utf8').replaceAll(/^(\s+)((?:subgraphs|console)\/[^:]+):$/gm, `$1${scratch}/$2:`);
  const configPath = path.join(scratch, 'codegen.yml');
  (await import('node:fs')).writeFileSync(configPath, config);
  execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', configPath, '--silent'], { cwd: root, stdio: 'pipe' });
  for (const relative of [...SUBGRAPHS.map(({ name }) => `subgraphs/${name}/src/__generated__`), 'console/src/__generated__']) {
    for (const file of readdirSync(path.join(scratch, relative))) {
      const fresh = readFileSync(path.join(scratch, relative, file), 'utf8');
      let committed = '';
      try {
        committed = readFileSync(path.join(root, relative, file), 'utf8');
      } catch {
        // missing counts as stale
      }
      if (fresh !== committed) stale.push(`${relative}/${file}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (stale.length > 0) {
  console.error(`Generated files are stale; run \`pnpm generate\` and commit:\n${stale.map((file) => `  ${file}`).join('\n')}`);
  process.exit(1);
}
console.log('generated files are up to date (supergraph, codegen)');
