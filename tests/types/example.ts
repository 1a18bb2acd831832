// Every config field, every helpline and channel field, the events and the script-tag global,
// as a platform engineer would write them in strict TypeScript. Checked by
// `tsc -p tests/types` (and tsconfig.bundler.json) from tests/e2e/apps.test.mjs.
// The `@ts-expect-error` lines are the other half: if the types loosened (e.g. to `any`), those
// lines would stop being errors and tsc would fail on the unused directive.
import { isOpen, mount, preload } from "bouton-3018";
import "bouton-3018/element";
import type { Bouton3018Element, Bouton3018ElementAttributes } from "bouton-3018/element";
import type {
  ActionEventDetail, ActionKind, ActionMode, Channel, CloseEventDetail, CloseVia, Config, DateException, Day,
  ErrorEventDetail, Font, Helpline, Hours, Locale, Platform, ReportDetail, Role, Schedule, SchemeColors, ScriptTagApi, Theme,
  ShowEventDetail, TextKey, TextOverrides, Topic, TopicStepsKey, TopicTextKey, WeeklyHours, Widget, WidgetHandle,
} from "bouton-3018";

/** True only when A and B have exactly the same members. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const days: Day[] = ["mon", "tue", "wed", "thu", "fri"];
const hours: Hours = { open: "09:00", close: "17:30" };
const weekly: WeeklyHours = { days, ...hours };
const christmasEve: DateException = { date: "2026-12-24", hours: [{ open: "09:00", close: "18:00" }] };
const schedule = {
  weekly: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], open: "09:00", close: "23:00" }],
  exceptions: [christmasEve, { date: "2026-12-25", hours: [] }],
} satisfies Schedule;

const deaf = {
  id: "deaf",
  name: "Accès sourds et malentendants",
  url: "https://3018.fr",
  number: "3018",
  schedule: { weekly: [weekly, { days: ["sat"], open: "09:00", close: "12:30" }] },
} satisfies Channel;

const helpline = {
  id: "3018",
  name: "3018",
  number: "3018",
  url: "https://3018.fr",
  chatUrl: "https://3018.fr",
  timeZone: "Europe/Paris",
  schedule,
  chatSchedule: schedule,
  channels: [deaf, { id: "sms", name: "SMS", number: "+33 6 00 00 00 00", schedule }],
  sms: "114",
} satisfies Helpline;

const platform: Platform = "instagram";
const theme: Theme = "dark";
const font: Font = "inherit";
const brand: SchemeColors = { accent: "#6b21a8", accentText: "#fff", background: "#fffbf5", text: "#1f1235" };
const action: ActionMode = "auto";
const locale: Locale = "fr";
const topicText: TopicTextKey = "self-harm.bodyWitness";
const topicSteps: TopicStepsKey = "sextortion.steps";
const titles: TextOverrides = {
  titleVictim: "Des personnes sont là pour toi",
  close: "Fermer",
  [topicText]: "Tu t'inquiètes pour quelqu'un ? Appelle le 3114.",
  [topicSteps]: ["Ne paie pas.", "Garde les preuves."],
  "hate.stepsWitness": [],
};
const key: TextKey = "channelDeaf";
const topic: Topic = "child-abuse";

const config = {
  platform,
  action,
  locale,
  categories: ["harassment", "bullying"],
  texts: { fr: titles, en: { [key]: "Deaf and hard-of-hearing access" } },
  helplines: [helpline, { id: "local", name: "Écoute locale", url: "https://example.org", schedule }],
  trigger: "app:report-sent",
  canCall: false,
  now: "2026-11-25T15:00:00+01:00",
  returnFocus: "#report",
  topics: { "harcelement-scolaire": "bullying", suicide: "self-harm", maltraitance: topic },
  dial: (href: string) => void href,
  theme,
  colors: { light: brand, dark: { accent: "#d8b4fe", accentText: "#2e1065", background: "#1a1325", text: "#f5f3ff" } },
  font,
  register: "easy",
} satisfies Config;

// The example above really uses every field: adding one to the types fails here until it is.
const everyConfigField: Same<keyof typeof config, keyof Config> = true;
const everyHelplineField: Same<keyof typeof helpline, keyof Helpline> = true;
const everyChannelField: Same<keyof typeof deaf, keyof Channel> = true;
const everyScheduleField: Same<keyof typeof schedule, keyof Schedule> = true;

// The other accepted forms.
const minimal: Config = { platform: "tiktok" };
const silent: Config = { platform: "generic", trigger: false, now: 1_795_000_000_000 };

// @ts-expect-error platform is required
const noPlatform: Config = { locale: "fr" };
// @ts-expect-error not a preset
const badPlatform: Config = { platform: "myspace" };
// @ts-expect-error not an action
const badAction: Config = { platform: "tiktok", action: "sms" };
// @ts-expect-error not a locale
const badLocale: Config = { platform: "tiktok", locale: "de" };
// @ts-expect-error trigger is an event name or false
const badTrigger: Config = { platform: "tiktok", trigger: true };
// @ts-expect-error not a text key
const badText: Config = { platform: "tiktok", texts: { fr: { titel: "x" } } };
// @ts-expect-error not a day
const badDay: WeeklyHours = { days: ["monday"], open: "09:00", close: "10:00" };
// @ts-expect-error a channel has no chat URL
const badChannel: Channel = { id: "x", chatUrl: "https://example.org" };
// @ts-expect-error not a theme
const badTheme: Config = { platform: "tiktok", theme: "sepia" };
// @ts-expect-error not a register
const badRegister: Config = { platform: "tiktok", register: "simple" };
// @ts-expect-error not a font
const badFont: Config = { platform: "tiktok", font: "Comic Sans" };
// @ts-expect-error colours are hex strings
const badColour: Config = { platform: "tiktok", colors: { light: { accent: "red" } } };
// @ts-expect-error a scheme is light or dark
const badScheme: Config = { platform: "tiktok", colors: { sepia: {} } };
// @ts-expect-error dial is a function
const badDial: Config = { platform: "tiktok", dial: "tel:3018" };
// @ts-expect-error not a topic
const badTopic: Config = { platform: "tiktok", topics: { "harcelement-scolaire": "bulying" } };
// @ts-expect-error a topic's steps are a list
const badSteps: TextOverrides = { "sextortion.steps": "Ne paie pas." };
// @ts-expect-error not a topic text
const badTopicText: TextOverrides = { "sextortion.step": ["x"] };
// @ts-expect-error not a topic
const badTopicName: TextOverrides = { "sextorsion.steps": ["x"] };

const report: ReportDetail = { category: "harassment", role: "witness" };
const role: Role | undefined = report.role;

export async function integrate(): Promise<Widget> {
  await preload();
  const open: boolean = await isOpen(config, Date.now());
  const widget: Widget = await mount(config);
  widget.show(report);
  widget.show();
  widget.close();
  // @ts-expect-error no such method
  widget.open();

  document.addEventListener("bouton3018:show", (event) => {
    const detail: ShowEventDetail = event.detail;
    const shownOpen: boolean | undefined = detail.open;
    const shownTopic: Topic | undefined = detail.topic;
    console.log(detail.platform, detail.locale, shownOpen, shownTopic, open);
  });
  document.addEventListener("bouton3018:action", (event) => {
    const detail: ActionEventDetail = event.detail;
    const kind: ActionKind = detail.kind;
    // @ts-expect-error "sms" is not an action kind
    if (kind === "sms") return;
    console.log(kind, detail.helpline);
  });
  document.addEventListener("bouton3018:close", (event) => {
    const detail: CloseEventDetail = event.detail;
    const via: CloseVia = detail.via;
    console.log(via);
  });
  document.addEventListener("bouton3018:error", (event) => {
    const detail: ErrorEventDetail = event.detail;
    console.error(detail.message);
  });
  document.addEventListener("bouton3018:report", (event) => console.log(event.detail.category));
  document.dispatchEvent(new CustomEvent<ReportDetail>("bouton3018:report", { detail: report }));
  return widget;
}

// The script tag's global (dist/bouton-3018.js).
declare global {
  interface Window {
    bouton3018?: ScriptTagApi;
  }
}
// The <bouton-3018> element (bouton-3018/element): its DOM type, its properties, its attributes.
export async function fromElement(): Promise<void> {
  const el: Bouton3018Element = document.createElement("bouton-3018");
  const attributes: Bouton3018ElementAttributes = { platform: "tiktok", "can-call": "false", theme: "auto", load: "intent" };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.config = { colors: { light: brand } };
  el.dial = (href) => console.log("dial", href);
  document.body.append(el);
  const widget: WidgetHandle = await el.preload();
  widget.show({ category: "harassment" });
  // @ts-expect-error not an attribute value
  const badLoad: Bouton3018ElementAttributes = { load: "eager" };
  void badLoad;
}

export async function fromScriptTag(): Promise<void> {
  const api = window.bouton3018;
  if (!api) return;
  // A hybrid app's bridge, read at each tap on a call link.
  api.dial = (href) => console.log("dial", href);
  const handle: WidgetHandle = await api.ready;
  handle.show({ role: "victim" });
  handle.destroy();
}

export const used = [
  everyConfigField, everyHelplineField, everyChannelField, everyScheduleField, minimal, silent, noPlatform,
  badPlatform, badAction, badLocale, badTrigger, badText, badDay, badChannel, badTopic, badSteps, badTopicText, badDial, badRegister, badTheme, badFont, badColour, badScheme,
  badTopicName, role,
];
