//! "Did you mean …?": the closest known name to a misspelt one.

/// Edit distance between two strings, case-insensitive, by characters, a swap of two
/// neighbouring letters counting as one edit (optimal string alignment): `SNE` is one edit from
/// `SEN`.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(&a.to_lowercase(), &b.to_lowercase())
}

/// The candidate closest to `wanted`, if it is close enough to be a likely typo: within a third
/// of the word's length (at least 1, at most 3 edits), or the same but for `_`/`-`/space.
/// Among equally close candidates, one with the same letters in another order (a swap) wins.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let letters = |s: &str| {
        let mut l: Vec<char> = s.to_lowercase().chars().collect();
        l.sort_unstable();
        l
    };
    let nearest = nearest(wanted, candidates);
    nearest.iter().find(|c| letters(c) == letters(wanted)).or(nearest.first()).copied()
}

/// Every candidate at the smallest distance from `wanted` within the typo limit of `closest`,
/// in the order given, for callers that break ties themselves.
pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let fold = |s: &str| s.to_lowercase().replace(['_', '-', ' '], "");
    let limit = (wanted.chars().count() / 3).clamp(1, 3);
    let folded = fold(wanted);
    let mut best = usize::MAX;
    let mut out = Vec::new();
    for candidate in candidates {
        let d = if fold(candidate) == folded { 0 } else { distance(wanted, candidate) };
        if d > limit || d > best {
            continue;
        }
        if d < best {
            best = d;
            out.clear();
        }
        out.push(candidate);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_likely_typos_only() {
        assert_eq!(closest("yesno", ["yes_no", "countries"]), Some("yes_no"));
        assert_eq!(closest("stettings", ["survey", "choices", "settings"]), Some("settings"));
        assert_eq!(closest("Frnace", ["France", "Finland"]), Some("France"));
        assert_eq!(closest("zzz", ["yes_no"]), None);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(closest("SNE", ["MNE", "SEN", "SWE"]), Some("SEN"));
    }
}
