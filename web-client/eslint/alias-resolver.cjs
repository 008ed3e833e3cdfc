// An eslint-plugin-import resolver for the `@/` alias (tsconfig paths, vite.config.ts): `@/x` is
// `src/x`. Everything else goes to the plugin's own node resolver. Written here rather than taking
// eslint-import-resolver-typescript, whose native bindings the package registry serves only in part
// (npm ci then fails on the lock file).
const path = require('node:path');
const node = require('eslint-import-resolver-node');

const src = path.resolve(__dirname, '../src');
const extensions = ['.ts', '.tsx', '.d.ts', '.js', '.json'];

exports.interfaceVersion = 2;

exports.resolve = (source, file, config) => {
  const options = { extensions, ...config };
  if (source.startsWith('@/')) return node.resolve(path.join(src, source.slice(2)), file, options);
  return node.resolve(source, file, options);
};
