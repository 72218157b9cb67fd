// Bundle-size entry: <client-file> with its header, tab bar and — because the size harness bundles
// without code splitting, which inlines dynamic imports — every tab. An upper bound of what a host
// loads before any tab opens; subtract the tabs' own code (see client-file.bench.ts) for that figure.
export { ClientFileElement } from '../../src/elements/client-file/client-file.js';
import '../../src/define/client-file.js';
