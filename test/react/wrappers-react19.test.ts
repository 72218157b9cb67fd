/* The clientela/react wrappers in React 19 (test/hosts/react19/): see wrapper-suite.ts. */
import { wrapperSuite } from './wrapper-suite.js';

wrapperSuite(19);
