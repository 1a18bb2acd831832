//! The fixed set of report topics and, for each, the help that fits what was reported.
//!
//! Every rule and every default text here comes from `docs/facts.md`, section "Help that fits
//! what was reported" (official French guidance, Nov 2026); each topic's doc comment names its
//! row. The report's `category` picks the topic (directly, or through the config's `topics`
//! map); a category that is no topic gets the general help ([`crate::core::texts`]).
//!
//! What a topic decides:
//! - its **lead**: the helpline whose status, call and site come first (the 3018, the 3114 for
//!   self-harm, the 119 for child abuse);
//! - whether the **emergency line** (17/112) is shown above the lead (threats);
//! - its **services** (Pharos, Take It Down, the minors' chat, the CNIL);
//! - whether the police **minors' chat** is offered in the alternatives while the 3018 is closed
//!   (the topics that chat covers: cyber-harassment, sexual violence, sextortion);
//! - its texts: title, body and call hint when they differ from the general ones, and its
//!   "what you can do now" steps, worded for a victim and for a witness, in French (tutoiement)
//!   and English. A complaint step always says that a minor may file it alone.
//!
//! A platform overrides a topic's texts per locale under `texts.<locale>["<topic>.<key>"]`,
//! [`KEYS`] (`"sextortion.steps"`: the whole list of steps).

use crate::core::config::Locale;
use crate::core::helplines::{CHILD_IN_DANGER, CNIL, MAIN, MINORS_CHAT, PHAROS, SUICIDE_PREVENTION, TAKE_IT_DOWN};

/// A report topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Online harassment.
    Harassment,
    /// School bullying.
    Bullying,
    /// Hate content.
    Hate,
    /// Threats.
    Threats,
    /// Sexual harassment (including an adult soliciting a minor).
    SexualHarassment,
    /// Sexual blackmail over intimate images.
    Sextortion,
    /// Personal data published without consent.
    Doxxing,
    /// A fake account in someone's name.
    Impersonation,
    /// Self-harm or suicidal thoughts (opt-in: not in the default categories).
    SelfHarm,
    /// A child being abused (opt-in: not in the default categories).
    ChildAbuse,
}

impl Topic {
    /// The topics as written in the config and in `bouton3018:show`'s `detail.topic`.
    pub const NAMES: &'static [(&'static str, Topic)] = &[
        ("harassment", Topic::Harassment),
        ("bullying", Topic::Bullying),
        ("hate", Topic::Hate),
        ("threats", Topic::Threats),
        ("sexual-harassment", Topic::SexualHarassment),
        ("sextortion", Topic::Sextortion),
        ("doxxing", Topic::Doxxing),
        ("impersonation", Topic::Impersonation),
        ("self-harm", Topic::SelfHarm),
        ("child-abuse", Topic::ChildAbuse),
    ];

    /// The topic named `name`, if any.
    pub fn from_name(name: &str) -> Option<Topic> {
        Topic::NAMES.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    /// Its name (`"sexual-harassment"`).
    pub fn name(self) -> &'static str {
        Topic::NAMES.iter().find(|(_, t)| *t == self).map_or("", |(n, _)| n)
    }

    /// Where it sits in [`Topic::NAMES`] (and in per-topic tables).
    pub fn index(self) -> usize {
        Topic::NAMES.iter().position(|(_, t)| *t == self).unwrap_or(0)
    }

    /// Who leads and what is added for this topic.
    pub fn help(self) -> Help {
        let base = Help {
            lead: MAIN,
            emergency_first: false,
            emergency: Emergency::Police,
            services: &[],
            night_route: false,
            steps_first: false,
        };
        match self {
            // "harassment, bullying | 3018 (the single national number for school bullying and
            // online harassment since Sept 2023)". The minors' chat covers cyber-harassment.
            Topic::Harassment | Topic::Bullying => Help { night_route: true, ..base },
            // "hate | 3018 for support; the content itself to Pharos".
            Topic::Hate => Help { services: &[PHAROS], ..base },
            // "threats | 17 / 112 if danger is immediate; otherwise 3018, or the police minors'
            // chat".
            Topic::Threats => Help { emergency_first: true, services: &[MINORS_CHAT], night_route: true, ..base },
            // "sexual-harassment | 3018; if an adult solicits a minor: Pharos or the police
            // minors' chat". The chat covers sexual violence.
            Topic::SexualHarassment => Help { services: &[PHAROS, MINORS_CHAT], night_route: true, ..base },
            // "sextortion | 3018 | **do not pay** … Take It Down can block the images' spread".
            // "Do not pay" is to be read before any number: the steps come first.
            Topic::Sextortion => Help { services: &[TAKE_IT_DOWN], night_route: true, steps_first: true, ..base },
            // "doxxing | 3018 | … then complain to the CNIL" (single source).
            Topic::Doxxing => Help { services: &[CNIL], ..base },
            // "impersonation | 3018" (thin: no official step-by-step page found).
            Topic::Impersonation => base,
            // "self-harm | 3114 (24/7, free, confidential); 15 / 112 if life is in immediate
            // danger".
            Topic::SelfHarm => Help { lead: SUICIDE_PREVENTION, emergency: Emergency::Medical, ..base },
            // "child-abuse | 119 (24/7, free, not on phone bills)".
            Topic::ChildAbuse => Help { lead: CHILD_IN_DANGER, ..base },
        }
    }
}

/// Which emergency numbers a topic's emergency line gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emergency {
    /// 17 (police) and 112: "if you are in immediate danger".
    Police,
    /// 15 (SAMU) and 112: "if a life is in immediate danger" (self-harm).
    Medical,
}

/// Who leads and what is added for a topic (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    /// The helpline id whose status, call and site lead the dialog.
    pub lead: &'static str,
    /// The emergency line is shown above the lead, not among the alternatives.
    pub emergency_first: bool,
    /// Which emergency numbers.
    pub emergency: Emergency,
    /// Helpline ids of the topic's services, in order.
    pub services: &'static [&'static str],
    /// The minors' chat is offered first among the alternatives while the 3018 is closed.
    pub night_route: bool,
    /// While the lead is closed, the steps (and services) come before the alternatives.
    pub steps_first: bool,
}

/// The keys of a topic's texts, after `"<topic>."` in `texts.<locale>`.
pub const KEYS: &[&str] =
    &["titleVictim", "titleWitness", "bodyVictim", "bodyWitness", "callHint", "steps", "stepsWitness"];

/// Most steps a topic's list may have.
pub const MAX_STEPS: usize = 10;

/// A topic's texts in one locale: `None` (and an empty list of steps) where the general text
/// applies... except steps: a topic always has its own list, possibly empty (self-harm and
/// child abuse have none in the facts: their first contact is the help).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopicTexts {
    /// Title for a victim.
    pub title_victim: Option<String>,
    /// Title for a witness.
    pub title_witness: Option<String>,
    /// Body for a victim.
    pub body_victim: Option<String>,
    /// Body for a witness.
    pub body_witness: Option<String>,
    /// Second line of the lead's call link.
    pub call_hint: Option<String>,
    /// Steps for a victim.
    pub steps: Option<Vec<String>>,
    /// Steps for a witness.
    pub steps_witness: Option<Vec<String>>,
}

/// `mine` over `under`, topic by topic and text by text (the platform's over the easy register's).
pub fn merge(mine: Vec<(Topic, TopicTexts)>, under: Vec<(Topic, TopicTexts)>) -> Vec<(Topic, TopicTexts)> {
    let mut out = under;
    for (topic, texts) in mine {
        match out.iter_mut().find(|(t, _)| *t == topic) {
            Some((_, base)) => {
                let t = std::mem::take(base);
                *base = TopicTexts {
                    title_victim: texts.title_victim.or(t.title_victim),
                    title_witness: texts.title_witness.or(t.title_witness),
                    body_victim: texts.body_victim.or(t.body_victim),
                    body_witness: texts.body_witness.or(t.body_witness),
                    call_hint: texts.call_hint.or(t.call_hint),
                    steps: texts.steps.or(t.steps),
                    steps_witness: texts.steps_witness.or(t.steps_witness),
                };
            }
            None => out.push((topic, texts)),
        }
    }
    out
}

impl TopicTexts {
    /// Sets the string override of `key` (one of [`KEYS`] but the step lists); false if no such
    /// key.
    pub fn set_text(&mut self, key: &str, value: String) -> bool {
        let slot = match key {
            "titleVictim" => &mut self.title_victim,
            "titleWitness" => &mut self.title_witness,
            "bodyVictim" => &mut self.body_victim,
            "bodyWitness" => &mut self.body_witness,
            "callHint" => &mut self.call_hint,
            _ => return false,
        };
        *slot = Some(value);
        true
    }

    /// Sets the step list `key` (`"steps"` or `"stepsWitness"`); false if no such key.
    pub fn set_steps(&mut self, key: &str, steps: Vec<String>) -> bool {
        match key {
            "steps" => self.steps = Some(steps),
            "stepsWitness" => self.steps_witness = Some(steps),
            _ => return false,
        }
        true
    }
}

/// A topic's built-in texts in one locale (see [`wording`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wording {
    /// Title for a victim, where it differs from the general one.
    pub title_victim: Option<&'static str>,
    /// Body for a victim, where it differs.
    pub body_victim: Option<&'static str>,
    /// Body for a witness, where it differs.
    pub body_witness: Option<&'static str>,
    /// Call hint of the lead, where it differs.
    pub call_hint: Option<&'static str>,
    /// Steps for a victim.
    pub steps: &'static [&'static str],
    /// Steps for a witness.
    pub steps_witness: &'static [&'static str],
}

const NONE: Wording = Wording {
    title_victim: None,
    body_victim: None,
    body_witness: None,
    call_hint: None,
    steps: &[],
    steps_witness: &[],
};

const fn steps(victim: &'static [&'static str], witness: &'static [&'static str]) -> Wording {
    Wording { steps: victim, steps_witness: witness, ..NONE }
}

// Shared wording. The evidence sentence is the general step's (`stepEvidence`).
const EVIDENCE_FR: &str = "Garde des captures d'écran et les liens : ce sont des preuves.";
const EVIDENCE_EN: &str = "Keep screenshots and links: they are evidence.";
/// "La victime, même mineure, peut déposer une plainte, seule" (masecurite.interieur.gouv.fr,
/// 2025-11-12). Never the online pre-complaint (adults only).
const COMPLAINT_FR: &str = "Tu peux porter plainte : une victime, même mineure, peut le faire seule.";
const COMPLAINT_EN: &str = "You can file a complaint, even on your own: a victim under 18 has that right.";

// harassment, bullying: "don't reply or retaliate; block and report; lock privacy settings; keep
// screenshots; tell an adult (at school for school bullying)".
const NO_REPLY_FR: &str = "Ne réponds pas et ne te venge pas.";
const NO_REPLY_EN: &str = "Don't reply or hit back.";
const BLOCK_REPORT_FR: &str = "Bloque le compte et signale-le.";
const BLOCK_REPORT_EN: &str = "Block the account and report it.";
const PRIVACY_FR: &str = "Verrouille tes paramètres de confidentialité.";
const PRIVACY_EN: &str = "Lock your privacy settings.";
const PRIVACY_WITNESS_FR: &str = "Dis à la personne visée qu'elle peut verrouiller ses paramètres de confidentialité.";
const PRIVACY_WITNESS_EN: &str = "Tell the person targeted they can lock their privacy settings.";
const ADULT_FR: &str = "Parles-en à un adulte de confiance.";
const ADULT_EN: &str = "Talk to an adult you trust.";
const ADULT_SCHOOL_FR: &str = "Parles-en à un adulte de confiance, et aussi à l'école, au collège ou au lycée.";
const ADULT_SCHOOL_EN: &str = "Talk to an adult you trust, at school too.";

/// The built-in texts of `topic` in `locale`, from its row of the facts.
pub fn wording(topic: Topic, locale: Locale) -> Wording {
    match (topic, locale) {
        (Topic::Harassment, Locale::Fr) => steps(
            &[NO_REPLY_FR, BLOCK_REPORT_FR, PRIVACY_FR, EVIDENCE_FR, ADULT_FR],
            &[NO_REPLY_FR, BLOCK_REPORT_FR, PRIVACY_WITNESS_FR, EVIDENCE_FR, ADULT_FR],
        ),
        (Topic::Harassment, Locale::En) => steps(
            &[NO_REPLY_EN, BLOCK_REPORT_EN, PRIVACY_EN, EVIDENCE_EN, ADULT_EN],
            &[NO_REPLY_EN, BLOCK_REPORT_EN, PRIVACY_WITNESS_EN, EVIDENCE_EN, ADULT_EN],
        ),
        (Topic::Bullying, Locale::Fr) => steps(
            &[NO_REPLY_FR, BLOCK_REPORT_FR, PRIVACY_FR, EVIDENCE_FR, ADULT_SCHOOL_FR],
            &[NO_REPLY_FR, BLOCK_REPORT_FR, PRIVACY_WITNESS_FR, EVIDENCE_FR, ADULT_SCHOOL_FR],
        ),
        (Topic::Bullying, Locale::En) => steps(
            &[NO_REPLY_EN, BLOCK_REPORT_EN, PRIVACY_EN, EVIDENCE_EN, ADULT_SCHOOL_EN],
            &[NO_REPLY_EN, BLOCK_REPORT_EN, PRIVACY_WITNESS_EN, EVIDENCE_EN, ADULT_SCHOOL_EN],
        ),
        // hate: "don't share it; report it to Pharos with the link and date".
        (Topic::Hate, Locale::Fr) => {
            const S: &[&str] = &["Ne partage pas ce contenu.", "Signale-le à Pharos avec le lien et la date."];
            steps(S, S)
        }
        (Topic::Hate, Locale::En) => {
            const S: &[&str] = &["Don't share it.", "Report it to Pharos with the link and the date."];
            steps(S, S)
        }
        // threats: "keep evidence; report; file a complaint".
        (Topic::Threats, Locale::Fr) => steps(
            &[EVIDENCE_FR, "Signale chaque message menaçant.", COMPLAINT_FR],
            &[
                EVIDENCE_FR,
                "Signale chaque message menaçant.",
                "La personne menacée peut porter plainte, même seule et même mineure.",
            ],
        ),
        (Topic::Threats, Locale::En) => steps(
            &[EVIDENCE_EN, "Report every threatening message.", COMPLAINT_EN],
            &[
                EVIDENCE_EN,
                "Report every threatening message.",
                "The person threatened can file a complaint, even alone and even under 18.",
            ],
        ),
        // sexual-harassment: "keep evidence; block; report"; an adult soliciting a minor goes to
        // Pharos or the police minors' chat.
        (Topic::SexualHarassment, Locale::Fr) => steps(
            &[
                EVIDENCE_FR,
                "Bloque le compte.",
                "Signale-le ; si c'est un adulte qui te fait des propositions sexuelles, signale-le aussi à Pharos ou au tchat de la police pour les mineurs.",
            ],
            &[
                EVIDENCE_FR,
                "Bloque le compte.",
                "Signale-le ; si c'est un adulte qui fait des propositions sexuelles à une personne mineure, signale-le aussi à Pharos ou au tchat de la police pour les mineurs.",
            ],
        ),
        (Topic::SexualHarassment, Locale::En) => steps(
            &[
                EVIDENCE_EN,
                "Block the account.",
                "Report it; if an adult is making sexual advances to you, also report it to Pharos or to the police chat for minors.",
            ],
            &[
                EVIDENCE_EN,
                "Block the account.",
                "Report it; if an adult is making sexual advances to a minor, also report it to Pharos or to the police chat for minors.",
            ],
        ),
        // sextortion: "**do not pay** (the blackmailer always asks for more); stop all contact
        // and block; keep every piece of evidence; file a complaint" (cybermalveillance.gouv.fr
        // "sextorsion" fiche réflexe).
        (Topic::Sextortion, Locale::Fr) => steps(
            &[
                "Ne paie pas : le maître-chanteur en demande toujours plus.",
                "Arrête tout contact et bloque le compte.",
                "Garde toutes les preuves : messages, captures d'écran, liens.",
                COMPLAINT_FR,
            ],
            &[
                "Dis-lui de ne pas payer : le maître-chanteur en demande toujours plus.",
                "Dis-lui d'arrêter tout contact et de bloquer le compte.",
                "Garde toutes les preuves : messages, captures d'écran, liens.",
                "La victime peut porter plainte, même seule et même mineure.",
            ],
        ),
        (Topic::Sextortion, Locale::En) => steps(
            &[
                "Don't pay: the blackmailer always asks for more.",
                "Stop all contact and block the account.",
                "Keep every piece of evidence: messages, screenshots, links.",
                COMPLAINT_EN,
            ],
            &[
                "Tell them not to pay: the blackmailer always asks for more.",
                "Tell them to stop all contact and block the account.",
                "Keep every piece of evidence: messages, screenshots, links.",
                "The victim can file a complaint, even alone and even under 18.",
            ],
        ),
        // doxxing: "keep evidence first; ask the site to erase the data (it must within one
        // month; "collected while you were a minor" is a valid reason); then complain to the
        // CNIL" (single source: configurable text).
        (Topic::Doxxing, Locale::Fr) => steps(
            &[
                "Garde d'abord des preuves : captures d'écran et liens.",
                "Demande au site d'effacer tes données : il doit le faire sous un mois, et « collectées avant mes 18 ans » est un motif valable.",
                "S'il ne le fait pas, tu peux te plaindre à la CNIL.",
            ],
            &[
                "Garde d'abord des preuves : captures d'écran et liens.",
                "La personne concernée peut demander au site d'effacer ses données : il doit le faire sous un mois, et « collectées avant mes 18 ans » est un motif valable.",
                "S'il ne le fait pas, elle peut se plaindre à la CNIL.",
            ],
        ),
        (Topic::Doxxing, Locale::En) => steps(
            &[
                "First keep evidence: screenshots and links.",
                "Ask the site to erase your data: it must do so within one month, and \u{201c}collected while I was a minor\u{201d} is a valid reason.",
                "If it does not, you can complain to the CNIL.",
            ],
            &[
                "First keep evidence: screenshots and links.",
                "The person concerned can ask the site to erase their data: it must do so within one month, and \u{201c}collected while I was a minor\u{201d} is a valid reason.",
                "If it does not, they can complain to the CNIL.",
            ],
        ),
        // impersonation: "keep evidence; report the fake account; file a complaint" (thin).
        (Topic::Impersonation, Locale::Fr) => steps(
            &[EVIDENCE_FR, "Signale le faux compte.", COMPLAINT_FR],
            &[
                EVIDENCE_FR,
                "Signale le faux compte.",
                "La personne dont l'identité est usurpée peut porter plainte, même seule et même mineure.",
            ],
        ),
        (Topic::Impersonation, Locale::En) => steps(
            &[EVIDENCE_EN, "Report the fake account.", COMPLAINT_EN],
            &[
                EVIDENCE_EN,
                "Report the fake account.",
                "The person being impersonated can file a complaint, even alone and even under 18.",
            ],
        ),
        // self-harm: the 3114, "24/7, free, confidential" (say confidential, never anonymous).
        // No steps in the facts.
        (Topic::SelfHarm, Locale::Fr) => Wording {
            title_victim: Some("Des personnes sont là pour toi"),
            body_victim: Some("Ton signalement est envoyé. Si tu penses à te faire du mal, tu peux appeler le 3114 : c'est gratuit et confidentiel, on te répond 24\u{a0}h/24, et personne ne te jugera."),
            body_witness: Some("Ton signalement est envoyé. Si tu t'inquiètes pour quelqu'un, tu peux appeler le 3114 : c'est gratuit et confidentiel, et on te répond 24\u{a0}h/24."),
            call_hint: Some("Gratuit et confidentiel, 24\u{a0}h/24"),
            ..NONE
        },
        (Topic::SelfHarm, Locale::En) => Wording {
            title_victim: Some("You are not alone"),
            body_victim: Some("Your report has been sent. If you are thinking of hurting yourself, you can call 3114: it's free and confidential, someone answers 24/7, and nobody will judge you."),
            body_witness: Some("Your report has been sent. If you are worried about someone, you can call 3114: it's free and confidential, and someone answers 24/7."),
            call_hint: Some("Free and confidential, 24/7"),
            ..NONE
        },
        // child-abuse: the 119, "24/7, free, not on phone bills". No steps in the facts.
        (Topic::ChildAbuse, Locale::Fr) => Wording {
            body_victim: Some("Ton signalement est envoyé. Tu peux appeler le 119, Allô Enfance en Danger : c'est gratuit, on te répond 24\u{a0}h/24, et l'appel n'apparaît pas sur les factures."),
            body_witness: Some("Ton signalement est envoyé. Si un enfant ou un ado est en danger, appelle le 119, Allô Enfance en Danger : c'est gratuit, on répond 24\u{a0}h/24, et l'appel n'apparaît pas sur les factures."),
            call_hint: Some("Gratuit, 24\u{a0}h/24, n'apparaît pas sur les factures"),
            ..NONE
        },
        (Topic::ChildAbuse, Locale::En) => Wording {
            body_victim: Some("Your report has been sent. You can call 119, the child-in-danger line: it's free, someone answers 24/7, and the call does not show on phone bills."),
            body_witness: Some("Your report has been sent. If a child or teenager is in danger, call 119, the child-in-danger line: it's free, someone answers 24/7, and the call does not show on phone bills."),
            call_hint: Some("Free, 24/7, not shown on phone bills"),
            ..NONE
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_the_contract() {
        for (name, topic) in Topic::NAMES {
            assert_eq!(Topic::from_name(name), Some(*topic));
            assert_eq!(topic.name(), *name);
            assert_eq!(Topic::NAMES[topic.index()].1, *topic);
        }
        assert_eq!(Topic::from_name("Harassment"), None);
        // docs/contract.md, `topics`: the ten names, in this order.
        let names: Vec<&str> = Topic::NAMES.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "harassment",
                "bullying",
                "hate",
                "threats",
                "sexual-harassment",
                "sextortion",
                "doxxing",
                "impersonation",
                "self-harm",
                "child-abuse"
            ]
        );
    }

    /// The `.d.ts` users see lists the topics and the topic text keys by hand (src/lib.rs).
    #[test]
    fn typescript_topic_names_and_keys_match() {
        let lib = include_str!("../lib.rs");
        let names: Vec<&str> = Topic::NAMES.iter().map(|(n, _)| *n).collect();
        assert_eq!(crate::core::quoted_list(lib, "export type Bouton3018Topic =", ';'), names);
        let mut ts = crate::core::quoted_list(lib, "export type Bouton3018TopicTextKey =", ';');
        ts.extend(crate::core::quoted_list(lib, "export type Bouton3018TopicStepsKey =", ';'));
        assert_eq!(ts, KEYS, "Bouton3018TopicTextKey and Bouton3018TopicStepsKey in src/lib.rs differ from KEYS");
    }

    #[test]
    fn every_topic_has_wording_in_both_locales_with_matching_shapes() {
        for (name, topic) in Topic::NAMES {
            let (fr, en) = (wording(*topic, Locale::Fr), wording(*topic, Locale::En));
            assert_eq!(fr.steps.len(), en.steps.len(), "{name}: steps");
            assert_eq!(fr.steps_witness.len(), en.steps_witness.len(), "{name}: witness steps");
            assert_eq!(fr.steps.len(), fr.steps_witness.len(), "{name}: victim and witness lists pair up");
            assert_eq!(
                (
                    fr.title_victim.is_some(),
                    fr.body_victim.is_some(),
                    fr.body_witness.is_some(),
                    fr.call_hint.is_some()
                ),
                (
                    en.title_victim.is_some(),
                    en.body_victim.is_some(),
                    en.body_witness.is_some(),
                    en.call_hint.is_some()
                ),
                "{name}: the same texts in both locales"
            );
            let all = fr.steps.iter().chain(fr.steps_witness).chain(en.steps).chain(en.steps_witness);
            for step in all {
                assert!(!step.trim().is_empty() && step.chars().count() <= crate::core::texts::MAX_LEN, "{name}");
                // "Complaint" steps say a minor may file it alone; never the online pre-complaint.
                let lower = step.to_lowercase();
                if lower.contains("plainte") && !lower.contains("cnil") {
                    assert!(lower.contains("seul") && lower.contains("mineur"), "{name}: {step}");
                }
                if lower.contains("complaint") && !lower.contains("cnil") {
                    assert!(
                        (lower.contains("alone") || lower.contains("own")) && lower.contains("18"),
                        "{name}: {step}"
                    );
                }
                assert!(!lower.contains("plainte en ligne") && !lower.contains("online complaint"), "{name}: {step}");
            }
            // The leads other than the 3018 have their own body, hint and no steps (none in the
            // facts); the 3018's topics keep the general body.
            let own_lead = topic.help().lead != MAIN;
            assert_eq!(fr.body_victim.is_some(), own_lead, "{name}");
            assert_eq!(fr.steps.is_empty(), own_lead, "{name}");
        }
        // The 3114 says confidential, never anonymous (its own staff's wording).
        for locale in [Locale::Fr, Locale::En] {
            let c = wording(Topic::SelfHarm, locale);
            for text in [c.body_victim, c.body_witness, c.call_hint].into_iter().flatten() {
                assert!(!text.contains("anonym"), "{text}");
                assert!(text.contains("confidenti"), "{text}");
            }
        }
    }

    /// No compressed gender forms (`un·e`, `Sourd·e`) in either register: `espeak-ng -v fr -x`
    /// reads "Sourd·e" as "sourd point e" (docs/easy-read.md), and the easy-to-read rules exclude
    /// them. Epicene wording or both words instead.
    #[test]
    fn no_compressed_forms_in_either_register() {
        let mut all: Vec<String> = Vec::new();
        for t in [crate::core::texts::Texts::fr(), crate::core::texts::Texts::en()] {
            all.extend(t.entries().map(|(_, v)| v.to_owned()));
        }
        for (_, topic) in Topic::NAMES {
            for locale in [Locale::Fr, Locale::En] {
                let w = wording(*topic, locale);
                all.extend(
                    [w.title_victim, w.body_victim, w.body_witness, w.call_hint]
                        .into_iter()
                        .flatten()
                        .map(str::to_owned),
                );
                all.extend(w.steps.iter().chain(w.steps_witness).map(|s| (*s).to_owned()));
            }
        }
        all.push(include_str!("easy.json").to_owned());
        for text in all {
            assert!(!text.contains('\u{b7}') && !text.contains("(e)"), "a compressed form: {text}");
        }
    }

    #[test]
    fn overrides_set_only_known_keys() {
        let mut t = TopicTexts::default();
        assert!(t.set_text("titleVictim", "x".into()));
        assert!(!t.set_text("steps", "x".into()), "a step list is not a string");
        assert!(t.set_steps("stepsWitness", vec!["a".into()]));
        assert!(!t.set_steps("titleVictim", vec![]));
        assert_eq!(t.title_victim.as_deref(), Some("x"));
        assert_eq!(t.steps_witness, Some(vec!["a".to_owned()]));
        for key in KEYS {
            assert!(t.clone().set_text(key, String::new()) || t.clone().set_steps(key, vec![]), "{key}");
        }
    }
}
