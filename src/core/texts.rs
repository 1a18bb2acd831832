//! Every visible string, per locale, and the per-locale overrides a platform may give.
//!
//! French speaks to a teenager as "tu", says it is not their fault and that they will not be
//! judged, and welcomes witnesses too (Santé publique France, Childline guidance in `docs/facts.md`).
//! Overrides are plain text: the shell only ever puts them in text nodes. Templates use
//! `{placeholders}`, replaced by plain text too.

macro_rules! texts {
    ($( $(#[doc = $doc:literal])* $field:ident / $key:literal : $fr:expr, $en:expr; )*) => {
        /// The keys that may be overridden, as written in the config.
        pub const KEYS: &[&str] = &[$($key),*];
        /// The built-in French strings, in the order of [`KEYS`].
        const FR: &[&str] = &[$($fr),*];
        /// The built-in English strings, in the order of [`KEYS`].
        const EN: &[&str] = &[$($en),*];

        /// A string's place in [`KEYS`], `FR`, `EN` and [`Texts`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum Key { $($field),* }

        impl Texts {
            $( $(#[doc = $doc])* pub fn $field(&self) -> &str { &self.0[Key::$field as usize] } )*
        }
    };
}

/// The full set of strings for one locale, overrides applied, in the order of [`KEYS`]; one
/// accessor per string (`texts.close()`).
///
/// A list rather than a struct of `String` fields: building the latter field by field cost the
/// wasm a copy of the allocation code per string (bench/BUDGET.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts(Vec<String>);

/// Overrides for one locale (`config.texts.fr`): any subset of the keys.
#[derive(Debug, Clone)]
pub struct TextOverrides(Vec<Option<String>>);

impl Default for TextOverrides {
    fn default() -> TextOverrides {
        TextOverrides(vec![None; KEYS.len()])
    }
}

impl TextOverrides {
    /// These overrides, and `under`'s where these have none (the platform's over the easy
    /// register's).
    pub fn over(self, under: TextOverrides) -> TextOverrides {
        TextOverrides(self.0.into_iter().zip(under.0).map(|(mine, theirs)| mine.or(theirs)).collect())
    }

    /// Sets the override of `key` (as written in the config); false if no such key.
    pub fn set(&mut self, key: &str, value: String) -> bool {
        KEYS.iter().position(|k| *k == key).map(|i| self.0[i] = Some(value)).is_some()
    }
}

impl Texts {
    fn build(defaults: &[&str], o: TextOverrides) -> Texts {
        Texts(defaults.iter().zip(o.0).map(|(d, o)| o.unwrap_or_else(|| String::from(*d))).collect())
    }

    /// The built-in French strings.
    pub fn fr() -> Texts {
        Texts::build(FR, TextOverrides::default())
    }

    /// The built-in English strings.
    pub fn en() -> Texts {
        Texts::build(EN, TextOverrides::default())
    }

    /// The French strings with `o`'s overrides applied.
    pub fn fr_with(o: TextOverrides) -> Texts {
        Texts::build(FR, o)
    }

    /// The English strings with `o`'s overrides applied.
    pub fn en_with(o: TextOverrides) -> Texts {
        Texts::build(EN, o)
    }

    /// Every string with its key, in the order of [`KEYS`] (examples/texts_corpus.rs).
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &str)> {
        KEYS.iter().copied().zip(self.0.iter().map(String::as_str))
    }
}

texts! {
    /// Title for a victim.
    title_victim / "titleVictim":
        "Ce n'est pas de ta faute",
        "It's not your fault";
    /// Title for a witness.
    title_witness / "titleWitness":
        "Merci d'avoir signalé",
        "Thank you for reporting this";
    /// Body for a victim.
    body_victim / "bodyVictim":
        "Ton signalement est envoyé. Tu peux en parler au 3018 : c'est gratuit, anonyme et confidentiel, et personne ne te jugera. Des écoutants, des psychologues et des juristes t'aident, et peuvent faire retirer des contenus.",
        "Your report has been sent. You can talk to the 3018: it's free, anonymous and confidential, and nobody will judge you. Listeners, psychologists and lawyers can help you and can get content taken down.";
    /// Body for a witness.
    body_witness / "bodyWitness":
        "Ton signalement est envoyé. Que tu sois victime ou témoin, le 3018 t'écoute : c'est gratuit, anonyme et confidentiel, sans jugement. Il peut aussi aider à faire retirer des contenus.",
        "Your report has been sent. Whether you are a victim or a witness, the 3018 is there for you: free, anonymous and confidential, with no judgement. It can also help get content taken down.";
    /// Label of the call link (its accessible name too).
    call / "call":
        "Appeler le 3018",
        "Call 3018";
    /// Second line of the call link.
    call_hint / "callHint":
        "Gratuit, anonyme et confidentiel",
        "Free, anonymous and confidential";
    /// Label of the chat link (the 3018's).
    chat / "chat":
        "Discuter en ligne avec le 3018",
        "Chat online with the 3018";
    /// Label of the site link.
    site / "site":
        "Aller sur le site du 3018",
        "Go to the 3018 website";
    /// Caption beside the number when this device cannot call.
    number_caption / "numberCaption":
        "Appelle le {number} depuis un téléphone, c'est gratuit.",
        "Call {number} from a phone, it's free.";
    /// Status while open. `{close}`: closing time.
    status_open / "statusOpen":
        "Ouvert maintenant, jusqu'à {close}",
        "Open now, until {close}";
    /// Status of a line open around the clock.
    status_always_open / "statusAlwaysOpen":
        "Ouvert 24\u{a0}h/24, 7\u{a0}j/7",
        "Open 24/7";
    /// Status when closing within 30 minutes. `{close}`, `{in}`.
    status_closing_soon / "statusClosingSoon":
        "Ouvert, ferme bientôt : à {close} (dans {in})",
        "Open, closing soon: at {close} (in {in})";
    /// Status while closed. `{day}`: "demain"... `{time}`: opening time, `{in}`: countdown.
    status_closed / "statusClosed":
        "Fermé pour le moment — rouvre {day} à {time}, dans {in}",
        "Closed right now — opens again {day} at {time}, in {in}";
    /// Status while closed with no known reopening.
    status_closed_unknown / "statusClosedUnknown":
        "Fermé pour le moment",
        "Closed right now";
    /// Appended when the device is not on the helpline's time: `{time}` in device time.
    local_time / "localTime":
        " ({time} chez toi)",
        " ({time} your time)";
    /// Live-region announcement when the leading line opens while the dialog is shown. `{name}`.
    announce_open / "announceOpen":
        "Le {name} est maintenant ouvert.",
        "The {name} is now open.";
    /// Live-region announcement when the leading line closes while the dialog is shown. `{name}`.
    announce_closed / "announceClosed":
        "Le {name} est maintenant fermé.",
        "The {name} is now closed.";
    /// Today, in a sentence ("rouvre aujourd'hui à 9 h").
    today / "today":
        "aujourd'hui",
        "today";
    /// Tomorrow, in a sentence.
    tomorrow / "tomorrow":
        "demain",
        "tomorrow";
    /// Later weekday, in a sentence. `{weekday}`.
    on_weekday / "onWeekday":
        "{weekday}",
        "on {weekday}";
    /// A date further than a week away. `{date}` (day/month).
    on_date / "onDate":
        "le {date}",
        "on {date}";
    /// Weekday names, Monday first, comma-separated.
    weekdays / "weekdays":
        "lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche",
        "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday";
    /// Title of the steps list.
    steps_title / "stepsTitle":
        "Ce que tu peux faire maintenant",
        "What you can do now";
    /// Step: evidence.
    step_evidence / "stepEvidence":
        "Garde des captures d'écran et les liens : ce sont des preuves.",
        "Keep screenshots and links: they are evidence.";
    /// Step: don't reply.
    step_dont_reply / "stepDontReply":
        "Ne réponds pas.",
        "Don't reply.";
    /// Step: block.
    step_block / "stepBlock":
        "Bloque le compte.",
        "Block the account.";
    /// Step: talk to an adult.
    step_talk / "stepTalk":
        "Parles-en à un adulte de confiance.",
        "Talk to an adult you trust.";
    /// Title of the alternatives while the 3018 is closed.
    alternatives_closed / "alternativesClosed":
        "En attendant, ces numéros répondent 24\u{a0}h/24, gratuitement",
        "Meanwhile, these numbers answer 24/7, for free";
    /// Title of the alternatives while the 3018 is closed and the minors' chat is among them
    /// (a chat is not a number, and the facts do not say it is free).
    alternatives_closed_chat / "alternativesClosedChat":
        "En attendant, ces services répondent 24\u{a0}h/24",
        "Meanwhile, these services answer 24/7";
    /// Title of the alternatives while the 3018 is open (emergency only), and of the emergency
    /// line shown first for threats.
    alternatives_open / "alternativesOpen":
        "En cas d'urgence",
        "In an emergency";
    /// Reason for the 3114 (say "confidential", never "anonymous": its own wording).
    reason_3114 / "reason3114":
        "Si tu penses à te faire du mal : 3114, confidentiel",
        "If you are thinking of hurting yourself: 3114, confidential";
    /// Reason for the 119.
    reason_119 / "reason119":
        "Si un enfant ou un ado est en danger : 119",
        "If a child or teenager is in danger: 119";
    /// Reason for 17 / 112.
    reason_emergency / "reasonEmergency":
        "Si tu es en danger immédiat : 17 ou 112",
        "If you are in immediate danger: 17 or 112";
    /// Reason for 15 / 112, instead of 17 / 112 for self-harm reports ("15 / 112 if life is in
    /// immediate danger").
    reason_15 / "reason15":
        "Si une vie est en danger immédiat : 15 ou 112",
        "If a life is in immediate danger: 15 or 112";
    /// Reason for the 114 (emergency by SMS for deaf and hard-of-hearing people, 24/7, free).
    reason_114 / "reason114":
        "Pour les personnes sourdes ou malentendantes, en cas d'urgence : le 114 par SMS, gratuit",
        "Deaf or hard of hearing, in an emergency: text 114, free";
    /// Reason for the police and gendarmerie chat for minors ("Espace Mineurs").
    reason_minors_chat / "reasonMinorsChat":
        "Le tchat de la police et de la gendarmerie pour les mineurs répond 24\u{a0}h/24, avec un ou une psychologue ; seul un code postal est demandé",
        "The police and gendarmerie chat for minors answers 24/7, with a psychologist; only a postcode is asked";
    /// Label of the minors' chat link.
    minors_chat / "minorsChat":
        "Ouvrir le tchat Espace Mineurs",
        "Open the Espace Mineurs chat";
    /// Title of a topic's extra services (Pharos, Take It Down, the CNIL...).
    services_title / "servicesTitle":
        "D'autres services qui peuvent aider",
        "Other services that can help";
    /// Reason for Pharos.
    reason_pharos / "reasonPharos":
        "Pharos, le portail officiel pour signaler un contenu illicite en ligne : ouvert aux mineurs, suivi 24\u{a0}h/24",
        "Pharos, the official portal for reporting illegal content online: open to minors, staffed 24/7";
    /// Label of the Pharos link.
    pharos / "pharos":
        "Signaler sur Pharos",
        "Report on Pharos";
    /// Reason for Take It Down (for under-18s; the image never leaves the phone; no personal
    /// data asked; only with participating platforms).
    reason_take_it_down / "reasonTakeItDown":
        "Take It Down peut bloquer la diffusion des images sur les plateformes qui y participent. Pour les moins de 18 ans ; l'image ne quitte jamais le téléphone et aucune donnée personnelle n'est demandée.",
        "Take It Down can stop the images spreading on the platforms that take part. For under-18s; the image never leaves the phone and no personal data is asked.";
    /// Label of the Take It Down link.
    take_it_down / "takeItDown":
        "Aller sur Take It Down (en français)",
        "Go to Take It Down";
    /// Reason for the CNIL (doxxing: after the site was asked to erase the data).
    reason_cnil / "reasonCnil":
        "Si le site n'efface pas les données dans le mois, une plainte est possible auprès de la CNIL",
        "If the site does not erase the data within a month, a complaint can be made to the CNIL";
    /// Label of the CNIL link.
    cnil / "cnil":
        "Aller sur le site de la CNIL",
        "Go to the CNIL website";
    /// Label of an alternative's call link. `{number}`.
    call_number / "callNumber":
        "Appeler le {number}",
        "Call {number}";
    /// Label of an alternative's SMS link. `{number}`.
    sms_number / "smsNumber":
        "Envoyer un SMS au {number}",
        "Text {number}";
    /// Label of an alternative's site link. `{name}`.
    visit_site / "visitSite":
        "Site du {name}",
        "{name} website";
    /// Title of the further channels (deaf access...) of the leading line. `{name}`.
    channels_title / "channelsTitle":
        "Autres façons de joindre le {name}",
        "Other ways to reach the {name}";
    /// Name of the 3018's access for deaf and hard-of-hearing people.
    channel_deaf / "channelDeaf":
        "Accès sourds et malentendants (transcription, LSF)",
        "Deaf and hard-of-hearing access (captioning, French Sign Language)";
    /// Caption of the QR code shown on devices that cannot call. `{number}`.
    qr_caption / "qrCaption":
        "Sur ordinateur ? Scanne ce code avec ton téléphone pour appeler le {number}.",
        "On a computer? Scan this code with your phone to call {number}.";
    /// Text alternative of the QR code. `{number}`.
    qr_alt / "qrAlt":
        "QR code qui lance un appel au {number}",
        "QR code that starts a call to {number}";
    /// Label of the close button.
    close / "close":
        "Fermer",
        "Close";
    /// "Didn't connect?" help under a call link that dialled nothing (the page stayed visible
    /// and focused after the tap). `{number}`.
    missed_call / "missedCall":
        "L'appel ne s'est pas lancé ? Compose le {number} sur ton téléphone.",
        "The call didn't start? Dial {number} on your phone.";
    /// The same under an SMS link that opened nothing. `{number}`.
    missed_sms / "missedSms":
        "Le SMS ne s'est pas ouvert ? Envoie un SMS au {number} depuis ton téléphone.",
        "The text didn't open? Text {number} from your phone.";
    /// Label of the help's copy button.
    copy_number / "copyNumber":
        "Copier le numéro",
        "Copy the number";
    /// The copy button's label once the number is copied (also announced).
    copied / "copied":
        "Numéro copié",
        "Number copied";
    /// Announced when the browser would not copy: the number is selected instead.
    copy_selected / "copySelected":
        "Le numéro est sélectionné : tu peux le copier.",
        "The number is selected: you can copy it.";
}

/// Longest override accepted, in characters.
pub const MAX_LEN: usize = 1000;

/// Replaces each `{name}` in `template` with its value (plain text in, plain text out).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&["{", name, "}"].concat(), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `.d.ts` users see lists the text keys by hand (`Bouton3018TextKey` in src/lib.rs):
    /// it must name exactly the keys the config accepts.
    #[test]
    fn typescript_text_keys_match() {
        let ts = crate::core::quoted_list(include_str!("../lib.rs"), "export type Bouton3018TextKey =", ';');
        assert_eq!(ts, KEYS, "Bouton3018TextKey in src/lib.rs differs from texts::KEYS");
    }

    #[test]
    fn both_locales_fill_every_key_and_placeholders_agree() {
        let (fr, en) = (Texts::fr(), Texts::en());
        assert_eq!(Texts::fr_with(TextOverrides::default()), fr);
        let mut o = TextOverrides::default();
        assert!(o.set("close", "Quitter".into()) && o.set("weekdays", "l,m,m,j,v,s,d".into()));
        assert!(!o.set("titel", "x".into()));
        let overridden = Texts::en_with(o);
        assert_eq!((overridden.close(), overridden.weekdays()), ("Quitter", "l,m,m,j,v,s,d"));
        let changed: Vec<usize> = (0..KEYS.len()).filter(|i| overridden.0[*i] != en.0[*i]).collect();
        assert_eq!(changed.iter().map(|i| KEYS[*i]).collect::<Vec<_>>(), ["weekdays", "close"]);
        assert_eq!((fr.0.len(), en.0.len()), (KEYS.len(), KEYS.len()));
        let placeholders = |s: &str| {
            let mut v: Vec<String> =
                s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(k, _)| k.to_owned())).collect();
            v.sort();
            v
        };
        let fr_json = format!("{fr:?}");
        let en_json = format!("{en:?}");
        assert!(!fr_json.contains(": \"\"") && !en_json.contains(": \"\""), "an empty string");
        for (f, e) in fr.0.iter().zip(&en.0) {
            assert_eq!(placeholders(f), placeholders(e), "{f} / {e}");
        }
        assert_eq!(fill("{a} et {b}", &[("a", "<x>"), ("b", "{a}")]), "<x> et {a}");
    }
}
