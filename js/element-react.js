// bouton-3018/element/react: defines <bouton-3018> (js/element.js) and brings its TSX types
// (js/element-react.d.ts). Nothing else.
import "./element.js";
