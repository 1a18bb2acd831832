// The accessibility contract in webkit (the suite: a11y.suite.mjs; docs/accessibility.md).
import { a11ySuite } from "./a11y.suite.mjs";

a11ySuite("webkit");
