//! "Did you mean …?": the closest known name to a misspelt one.

/// Edit distance (Levenshtein) between two strings, by characters, case-insensitive.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        prev = row;
    }
    prev[b.len()]
}

/// The candidate closest to `wanted`, if it is close enough to be a likely typo: within a third
/// of the word's length (at least 1, at most 3 edits), or the same but for `_`/`-`/space.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    nearest(wanted, candidates).into_iter().next()
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
    }
}
