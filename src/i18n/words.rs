//! The model's things in words of a language: a regional group's name, a provision of a treaty
//! ("article\u{a0}5, paragraph\u{a0}1 (a)"). The words come from the catalogs; the model only names keys.

use std::borrow::Borrow;

use super::{Arg, Phrases};
use crate::model::treaty::Provision;
use crate::model::{RegionalGroup, State};

impl Phrases<'_> {
    /// The group's name ("African States"), message `group-<key>`.
    pub fn group_name(&self, group: impl Borrow<RegionalGroup>) -> String {
        self.plain(&format!("group-{}", group.borrow().key()), &[])
    }

    /// The group's short name, for table columns too narrow for its name, message `group-short-<key>`.
    pub fn group_short_name(&self, group: impl Borrow<RegionalGroup>) -> String {
        self.plain(&format!("group-short-{}", group.borrow().key()), &[])
    }

    /// A State's name as sentences need it: `state` (as lists print it), `state_the` ("the
    /// Netherlands", "la France", "l’Argentine"), `state_the_cap` (opening a sentence), `state_of`
    /// ("du Burundi", "de la Argentina") and `state_to` ("au Burundi", "al Perú"), each from the
    /// article of `states.csv` through the messages `state-the`, `state-of`, `state-to`.
    pub fn state_args(&self, state: &State) -> Vec<(&'static str, Arg)> {
        let lang = self.lang();
        let name = state.name_in_text(lang);
        let article = match state.article(lang) {
            "" => "none".to_string(),
            a => a.to_string(),
        };
        // A name before which the language elides (French d’Israël), message `elision-initials`.
        let elides = self.plain("elision-initials", &[]);
        let vowel = name.chars().next().is_some_and(|c| elides.contains(c));
        // A name that opens with the language's definite article (Arabic ال, message
        // `definite-prefix`) and the rest of it: لـ + المكسيك is written للمكسيك.
        let prefix = self.plain("definite-prefix", &[]);
        let rest = name.strip_prefix(prefix.as_str()).filter(|_| !prefix.is_empty());
        let definite = if rest.is_some() { "yes" } else { "no" };
        let rest = rest.unwrap_or(&name).to_string();
        let with = |id: &str| {
            self.plain(
                id,
                &[
                    ("article", article.as_str().into()),
                    ("name", name.as_str().into()),
                    ("vowel", if vowel { "yes" } else { "no" }.into()),
                    ("definite", definite.into()),
                    ("rest", rest.as_str().into()),
                ],
            )
        };
        let the = with("state-the");
        vec![
            ("state", state.name(lang).into()),
            ("state_the_cap", super::capitalized(&the).into()),
            ("state_the", the.into()),
            ("state_of", with("state-of").into()),
            ("state_to", with("state-to").into()),
        ]
    }

    /// "article\u{a0}5, paragraph\u{a0}1 (a)" (message `provision`).
    pub fn provision(&self, provision: &Provision) -> String {
        self.provision_in(provision, "provision")
    }

    /// The provision as it precedes "of the Convention" ("article 5, paragraph 1, of"; message
    /// `provision-of`).
    pub fn provision_before_of(&self, provision: &Provision) -> String {
        self.provision_in(provision, "provision-of")
    }

    fn provision_in(&self, provision: &Provision, id: &str) -> String {
        let paragraph = provision.paragraph.map_or("none".to_string(), |n| n.to_string());
        self.plain(
            id,
            &[
                ("article", provision.article.to_string().into()),
                ("paragraph", paragraph.into()),
                ("subparagraph", provision.subparagraph.clone().unwrap_or_else(|| "none".into()).into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Catalogs;
    use crate::lang::Lang;
    use crate::model::RegionalGroup;
    use crate::model::treaty::Provision;

    #[test]
    fn provisions_and_groups_in_words() {
        let catalogs = Catalogs::builtin();
        let p = Provision::parse("5(1)(a)").unwrap();
        assert_eq!(catalogs.phrases(Lang::En).provision(&p), "article\u{a0}5, paragraph\u{a0}1 (a)");
        assert_eq!(catalogs.phrases(Lang::Fr).provision(&p), "alinéa a) du paragraphe\u{a0}1 de l’article\u{a0}5");
        assert_eq!(catalogs.phrases(Lang::Zh).provision(&p), "第5条第1款(a)项");
        assert_eq!(catalogs.phrases(Lang::Ar).provision(&p), "المادة\u{a0}5، الفقرة\u{a0}1 (أ)");
        assert_eq!(catalogs.phrases(Lang::Ar).provision(&Provision::parse("2(h)").unwrap()), "المادة\u{a0}2 (ح)");
        assert_eq!(catalogs.phrases(Lang::En).provision(&Provision::parse("16").unwrap()), "article\u{a0}16");
        assert_eq!(catalogs.phrases(Lang::En).group_name(RegionalGroup::African), "African States");
    }
}

#[cfg(test)]
mod state_names {
    use crate::i18n::Catalogs;
    use crate::lang::Lang;

    /// A State named as each language's sentences need it, from the sample's States list.
    #[test]
    fn states_are_named_with_their_articles_and_in_running_text_order() {
        let states = crate::load::states::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("inputs/states.csv"), "states.csv").unwrap().states;
        let arg = |iso3: &str, lang: Lang, which: &str| -> String {
            let args = Catalogs::builtin().phrases(lang).state_args(states.get(iso3).unwrap());
            match &args.iter().find(|(n, _)| *n == which).unwrap().1 {
                crate::i18n::Arg::Str(s) => s.clone(),
                crate::i18n::Arg::Num(n) => n.to_string(),
            }
        };
        assert_eq!(arg("FRA", Lang::Fr, "state_the"), "la France");
        assert_eq!(arg("BDI", Lang::Fr, "state_the_cap"), "Le Burundi");
        assert_eq!(arg("BDI", Lang::Fr, "state_of"), "du Burundi");
        assert_eq!(arg("ISR", Lang::Fr, "state_of"), "d’Israël");
        assert_eq!(arg("USA", Lang::Fr, "state_to"), "aux États-Unis d’Amérique");
        assert_eq!(arg("NLD", Lang::Fr, "state_the"), "le Royaume des Pays-Bas");
        assert_eq!(arg("IRN", Lang::Fr, "state_the"), "la République islamique d’Iran");
        assert_eq!(arg("ARG", Lang::Es, "state_to"), "a la Argentina");
        assert_eq!(arg("PER", Lang::Es, "state_to"), "al Perú");
        assert_eq!(arg("BOL", Lang::En, "state_the"), "the Plurinational State of Bolivia");
        assert_eq!(arg("KEN", Lang::En, "state_the_cap"), "Kenya");
        // Lists keep the listed form; Arabic and Russian running text their own.
        assert_eq!(arg("BOL", Lang::En, "state"), "Bolivia (Plurinational State of)");
        assert_eq!(states.get("BOL").unwrap().name_in_text(Lang::Ar), "دولة بوليفيا المتعددة القوميات");
        assert_eq!(states.get("NLD").unwrap().name_in_text(Lang::Ar), "مملكة هولندا");
        assert_eq!(states.get("FSM").unwrap().name_in_text(Lang::Ru), "Федеративные Штаты Микронезии");
        assert_eq!(states.get("NLD").unwrap().name(Lang::Ar), "هولندا (مملكة -)");
        assert_eq!(states.get("DOM").unwrap().name(Lang::Zh), "多米尼加共和国");
    }
}
