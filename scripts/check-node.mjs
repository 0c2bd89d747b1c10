// Runs before `pnpm start` and `pnpm test` in plain JavaScript, so that an old Node says what it
// needs instead of failing on the first TypeScript file (ERR_UNKNOWN_FILE_EXTENSION ".ts").
// `pnpm install` puts Node 24 (the `node` package) in node_modules/.bin, which pnpm scripts use first.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 17)) {
  console.error(
    `\n  The OMS needs Node.js 22.17 or later (Node 24 LTS recommended); this is Node ${process.versions.node} (${process.execPath}).\n` +
      '  Run `npx -y pnpm@10.34.8 install --frozen-lockfile` first (it installs Node 24 into node_modules for the project\'s scripts),\n' +
      '  then `npx -y pnpm@10.34.8 start` or `npx -y pnpm@10.34.8 test`; or install Node 24 yourself.\n',
  );
  process.exit(1);
}
