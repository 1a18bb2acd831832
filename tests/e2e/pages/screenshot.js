// scripts/screenshots.mjs: mounts the widget with the config of `?config=`.
import { mount } from "/dist/bouton-3018.mjs";

const config = JSON.parse(new URLSearchParams(location.search).get("config"));
await mount(config);
document.documentElement.dataset.widget = "ready";
