// bouton-3018/element/vue: defines <bouton-3018> (js/element.js) and brings its types for Vue
// templates (js/element-vue.d.ts). Nothing else. Vue must also be told the tag is a custom
// element: `compilerOptions.isCustomElement: (tag) => tag === "bouton-3018"` (README).
import "./element.js";
