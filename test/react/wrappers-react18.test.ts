/* The clientela/react wrappers in React 18 (test/hosts/react18/): see wrapper-suite.ts. */
import { wrapperSuite } from './wrapper-suite.js';

wrapperSuite(18);
