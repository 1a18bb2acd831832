// Types of the npm package `bouton-3018` (js/index.js).
//
// The config and widget types come from the wasm itself: src/lib.rs writes them into
// pkg/bouton_3018.d.ts (a wasm-bindgen `typescript_custom_section`), next to the code that
// validates them, so they cannot drift from it; they are re-exported here under short names.
// This file adds what only the JS side knows: the events, the script-tag global, `preload()`.

// The glue's `Widget` declares `[Symbol.dispose]()` (wasm-bindgen): this brings that lib in, so a
// consumer on `lib: ["ES2022", "DOM"]` with `skipLibCheck: false` compiles too (tests/types).
/// <reference lib="esnext.disposable" />
import type {
  Bouton3018Action,
  Bouton3018Channel,
  Bouton3018Config,
  Bouton3018Day,
  Bouton3018Exception,
  Bouton3018Helpline,
  Bouton3018Hours,
  Bouton3018Locale,
  Bouton3018Platform,
  Bouton3018ReportDetail,
  Bouton3018Role,
  Bouton3018Schedule,
  Bouton3018TextKey,
  Bouton3018Texts,
  Bouton3018Topic,
  Bouton3018TopicStepsKey,
  Bouton3018TopicTextKey,
  Bouton3018WeeklyHours,
  Bouton3018Theme,
  Bouton3018Font,
  Bouton3018SchemeColors,
  Widget,
} from "../pkg/bouton_3018.js";

/** A platform preset: which action it shows by default. */
export type Platform = Bouton3018Platform;
/** The main control: `call`, `link` (never a call link), `both`, or `auto` (by device). */
export type ActionMode = Bouton3018Action;
/** The widget's language (`lang` on its root). */
export type Locale = Bouton3018Locale;
/** Who sent the report. */
export type Role = Bouton3018Role;
/** A day of a weekly schedule. */
export type Day = Bouton3018Day;
/** One interval of `"HH:MM"` local times. */
export type Hours = Bouton3018Hours;
/** The same hours on the listed days. */
export type WeeklyHours = Bouton3018WeeklyHours;
/** A local date whose hours replace the weekly ones; `hours: []` closes it. */
export type DateException = Bouton3018Exception;
/** Opening hours of a phone line or a chat. */
export type Schedule = Bouton3018Schedule;
/** A helpline or service: a built-in id overrides the given fields; a new id adds one. */
export type Helpline = Bouton3018Helpline;
/** A further channel of a helpline (e.g. `"deaf"`: access for deaf and hard-of-hearing people), with its own hours. */
export type Channel = Bouton3018Channel;
/** The strings a platform may override (rendered as text, never as HTML). */
export type TextKey = Bouton3018TextKey;
/** A report topic: picks the first contact, the steps and the services shown. */
export type Topic = Bouton3018Topic;
/** A topic's overridable strings, `"<topic>.<key>"` (e.g. `"self-harm.bodyVictim"`). */
export type TopicTextKey = Bouton3018TopicTextKey;
/** A topic's step lists, `"<topic>.steps"` / `"<topic>.stepsWitness"`: the whole list. */
export type TopicStepsKey = Bouton3018TopicStepsKey;
/** Overrides for one locale: any subset of the keys, topics' texts included. */
export type TextOverrides = Bouton3018Texts;
/** The colour scheme: the device's (`"auto"`, default), or always light or dark. */
export type Theme = Bouton3018Theme;
/** The dialog's font: the system's UI font (default) or the host page's. */
export type Font = Bouton3018Font;
/** One scheme's colours (hex); each pair is checked against WCAG's contrast ratios. */
export type SchemeColors = Bouton3018SchemeColors;
/** The config given to `mount()`; every field but `platform` is optional. */
export type Config = Bouton3018Config;
/** The `detail` of the report event, and the argument of `Widget.show()`. */
export type ReportDetail = Bouton3018ReportDetail;
/** A mounted widget: `show(detail?)`, `close()`, `destroy()`, and wasm-bindgen's `free()`. */
export type { Widget };

/** `detail.kind` of `bouton3018:action`. */
export type ActionKind = "call" | "chat" | "link" | "fallback";

/** `detail.via` of `bouton3018:close`. */
export type CloseVia = "escape" | "button" | "backdrop" | "action" | "api";

/** `detail` of `bouton3018:show` (never personal data). */
export interface ShowEventDetail {
  platform: Platform;
  locale: Locale;
  /** Whether the leading line (the 3018; the 3114 or the 119 for their topics) is open now. */
  open?: boolean;
  /** The topic the report's category picked (one of the fixed ids, never the platform's own category); absent for the general help. */
  topic?: Topic;
}

/** `detail` of `bouton3018:action`. */
export interface ActionEventDetail {
  kind: ActionKind;
  /** The helpline id: `"3018"`, `"3114"`... */
  helpline: string;
}

/** `detail` of `bouton3018:close`. */
export interface CloseEventDetail {
  via: CloseVia;
}

/** `detail` of `bouton3018:error`. */
export interface ErrorEventDetail {
  message: string;
}

/** The methods every widget has, the script tag's no-wasm fallback included. */
export interface WidgetHandle {
  show(detail?: ReportDetail): void;
  close(): void;
  destroy(): void;
  free(): void;
}

/** What the script tag (`dist/bouton-3018.js`) puts on `window.bouton3018`. */
export interface ScriptTagApi {
  mount(config: Config): Promise<Widget>;
  /**
   * Hybrid apps (docs/hybrid-apps.md): set by the platform, read at each tap on a call link of
   * the auto-mounted widget (and of the loader's early dialog): called with the link's `href`
   * instead of the browser following it.
   */
  dial?: (href: string) => void;
  /**
   * The widget auto-mounted from the tag's `data-` attributes. Never rejects: when the wasm
   * cannot load or the attributes are invalid, the error goes to the console and
   * `bouton3018:error`, and this resolves to the loader's early dialog.
   */
  ready: Promise<WidgetHandle>;
}

/**
 * Mounts a widget: resolves once the wasm is loaded; rejects with an `Error` naming the bad
 * field when `config` is invalid, or with the load error.
 */
export function mount(config: Config): Promise<Widget>;

/**
 * Fetches and compiles the wasm once; `mount()` awaits it anyway. `wasm`: where the `.wasm`
 * comes from if not from beside the module (a CDN URL, or a `fetch()` already under way); only
 * the first call's is used.
 */
export function preload(wasm?: string | URL | Request | Response | Promise<Response>): Promise<void>;

/**
 * Whether the main line's phone (the 3018, or what `config.helplines` makes of it) is open at
 * `instantMs` (milliseconds since the epoch), by the engine the widget itself uses. `config` is
 * validated as by `mount()` and rejects the same way; nothing is added to the page. Loads the
 * wasm on first use, like `mount()`.
 */
export function isOpen(config: Config, instantMs: number): Promise<boolean>;

declare global {
  interface DocumentEventMap {
    "bouton3018:report": CustomEvent<ReportDetail>;
    "bouton3018:show": CustomEvent<ShowEventDetail>;
    "bouton3018:action": CustomEvent<ActionEventDetail>;
    "bouton3018:close": CustomEvent<CloseEventDetail>;
    "bouton3018:error": CustomEvent<ErrorEventDetail>;
  }
}
