//! Job numbers and their Code 39 barcode, as printed at the foot of a UN document's first page.

use anyhow::{Result, bail};

/// Code 39 patterns: nine elements (bar, space, bar, … bar), `1` for a wide element.
const CODE39: &[(char, &str)] = &[
    ('0', "000110100"),
    ('1', "100100001"),
    ('2', "001100001"),
    ('3', "101100000"),
    ('4', "000110001"),
    ('5', "100110000"),
    ('6', "001110000"),
    ('7', "000100101"),
    ('8', "100100100"),
    ('9', "001100100"),
    ('A', "100001001"),
    ('B', "001001001"),
    ('C', "101001000"),
    ('D', "000011001"),
    ('E', "100011000"),
    ('F', "001011000"),
    ('G', "000001101"),
    ('H', "100001100"),
    ('I', "001001100"),
    ('J', "000011100"),
    ('K', "100000011"),
    ('L', "001000011"),
    ('M', "101000010"),
    ('N', "000010011"),
    ('O', "100010010"),
    ('P', "001010010"),
    ('Q', "000000111"),
    ('R', "100000110"),
    ('S', "001000110"),
    ('T', "000010110"),
    ('U', "110000001"),
    ('V', "011000001"),
    ('W', "111000000"),
    ('X', "010010001"),
    ('Y', "110010000"),
    ('Z', "011010000"),
    ('-', "010000101"),
    ('.', "110000100"),
    (' ', "011000100"),
    ('$', "010101000"),
    ('/', "010100010"),
    ('+', "010001010"),
    ('%', "000101010"),
    ('*', "010010100"),
];

/// The digits a job number's barcode carries: `V.26-01234` → `2601234`.
pub fn job_digits(job: &str) -> Result<String> {
    let Some((office, rest)) = job.split_once('.') else {
        bail!("a job number looks like V.26-01234 (office letter, year, sequence)");
    };
    let Some((year, sequence)) = rest.split_once('-') else {
        bail!("a job number looks like V.26-01234 (office letter, year, sequence)");
    };
    let digits_only = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if office.is_empty() || !office.chars().all(|c| c.is_ascii_uppercase()) || year.len() != 2 || !digits_only(year) || !digits_only(sequence) {
        bail!("a job number looks like V.26-01234 (office letter, year, sequence)");
    }
    Ok(format!("{year}{sequence}"))
}

/// The barcode of `text` (start and stop asterisks added) as module widths: bars at even
/// positions, spaces at odd ones, with a narrow space between characters. Narrow = 1, wide = 3.
pub fn code39(text: &str) -> Result<Vec<u8>> {
    let mut widths = Vec::new();
    for (i, c) in std::iter::once('*').chain(text.chars()).chain(std::iter::once('*')).enumerate() {
        let c = c.to_ascii_uppercase();
        let Some((_, pattern)) = CODE39.iter().find(|(k, _)| *k == c) else {
            bail!("{} cannot be written in Code 39", crate::quote::quoted(c.to_string()));
        };
        if c == '*' && i != 0 && i != text.chars().count() + 1 {
            bail!("'*' is reserved for the start and stop of a Code 39 barcode");
        }
        if i > 0 {
            widths.push(1); // inter-character gap (a space, so the bar/space alternation holds)
        }
        widths.extend(pattern.bytes().map(|b| if b == b'1' { 3 } else { 1 }));
    }
    Ok(widths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_has_three_wide_elements_and_is_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for (c, p) in CODE39 {
            assert_eq!(p.len(), 9, "{c}");
            assert_eq!(p.bytes().filter(|b| *b == b'1').count(), 3, "{c}");
            assert!(seen.insert(*p), "duplicate pattern for {c}");
        }
    }

    #[test]
    fn job_numbers_become_barcodes() {
        assert_eq!(job_digits("V.26-01234").unwrap(), "2601234");
        assert!(job_digits("26-01234").is_err());
        let w = code39("2601234").unwrap();
        // 9 characters (with * * ) of 9 elements, 8 gaps.
        assert_eq!(w.len(), 9 * 9 + 8);
        assert_eq!(&w[..9], &[1, 3, 1, 1, 3, 1, 3, 1, 1]); // '*'
    }
}
