//! The model's things in words of a language: a regional group's name, a provision of a treaty
//! ("article 5, paragraph 1 (a)"). The words come from the catalogs; the model only names keys.

use std::borrow::Borrow;

use super::Phrases;
use crate::model::RegionalGroup;
use crate::model::treaty::Provision;

impl Phrases<'_> {
    /// The group's name ("African States"), message `group-<key>`.
    pub fn group_name(&self, group: impl Borrow<RegionalGroup>) -> String {
        self.plain(&format!("group-{}", group.borrow().key()), &[])
    }

    /// The group's short name, for chart labels, message `group-short-<key>`.
    pub fn group_short_name(&self, group: impl Borrow<RegionalGroup>) -> String {
        self.plain(&format!("group-short-{}", group.borrow().key()), &[])
    }

    /// "article 5, paragraph 1 (a)" (message `provision`).
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
        assert_eq!(catalogs.phrases(Lang::En).provision(&p), "article 5, paragraph 1 (a)");
        assert_eq!(catalogs.phrases(Lang::Fr).provision(&p), "alinéa a) du paragraphe 1 de l’article 5");
        assert_eq!(catalogs.phrases(Lang::Zh).provision(&p), "第5条第1款(a)项");
        assert_eq!(catalogs.phrases(Lang::Ar).provision(&p), "المادة 5، الفقرة 1 (أ)");
        assert_eq!(catalogs.phrases(Lang::Ar).provision(&Provision::parse("2(h)").unwrap()), "المادة 2 (ح)");
        assert_eq!(catalogs.phrases(Lang::En).provision(&Provision::parse("16").unwrap()), "article 16");
        assert_eq!(catalogs.phrases(Lang::En).group_name(RegionalGroup::African), "African States");
    }
}
