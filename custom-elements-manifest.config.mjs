// Custom Elements Manifest (`npm run analyze` → ./custom-elements.json).
// `npm run analyze:check` (scripts/check-manifest.mjs) fails when the committed manifest is stale.
export default {
  litelement: true,
  // Only the modules that declare elements: the manifest documents tags, not the model or adapters.
  globs: ['src/elements/**/*.ts', 'src/context/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/define/**'],
  outdir: '.',
  // package.json already declares "customElements": "custom-elements.json"; never rewrite it
  // (the stale check writes the manifest into a temporary directory).
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in file-system order, which differs between clones: sort them so
      // the committed manifest and the one CI regenerates compare equal.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
