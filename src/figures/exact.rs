//! Exact decimal arithmetic for totals and medians: a numerator over a power of ten (and a
//! half, for the median of an even count), so that no figure carries binary rounding.

use std::cmp::Ordering;

/// `mantissa / 10^scale`, exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exact {
    mantissa: i128,
    scale: u32,
}

impl Exact {
    pub fn integer(n: i128) -> Self {
        Self { mantissa: n, scale: 0 }
    }

    /// The exact decimal a number was written as: `f64`'s shortest round-trip text ("12.5",
    /// "3"), which is what the reply held after normalisation.
    pub fn from_f64(value: f64) -> Option<Self> {
        if !value.is_finite() {
            return None;
        }
        Self::parse(&format!("{value}"))
    }

    /// Reads a plain decimal: "-12", "3.25".
    pub fn parse(text: &str) -> Option<Self> {
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if int.is_empty() || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) || int.len() + frac.len() > 30 {
            return None;
        }
        let mantissa: i128 = format!("{int}{frac}").parse().ok()?;
        Some(Self { mantissa: if negative { -mantissa } else { mantissa }, scale: frac.len() as u32 }.normalized())
    }

    fn normalized(mut self) -> Self {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    fn rescaled(self, scale: u32) -> i128 {
        self.mantissa * 10i128.pow(scale - self.scale)
    }

    /// Half of the value, exactly (one more decimal when it is odd).
    pub fn half(self) -> Self {
        if self.mantissa % 2 == 0 {
            Self { mantissa: self.mantissa / 2, scale: self.scale }.normalized()
        } else {
            Self { mantissa: self.mantissa * 5, scale: self.scale + 1 }.normalized()
        }
    }

    pub fn sum(values: &[Exact]) -> Self {
        values.iter().fold(Self::integer(0), |a, b| a + *b)
    }

    /// The median: the middle value, or the exact mean of the two middle values.
    pub fn median(values: &[Exact]) -> Option<Self> {
        let mut sorted = values.to_vec();
        sorted.sort();
        let n = sorted.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(sorted[n / 2]),
            _ => Some((sorted[n / 2 - 1] + sorted[n / 2]).half()),
        }
    }

    /// For printing only (the language's number form rounds it once, at most two decimals).
    pub fn to_f64(self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// A JSON number when whole, else the exact decimal as text.
    pub fn json(self) -> serde_json::Value {
        if self.scale == 0 && i64::try_from(self.mantissa).is_ok() {
            serde_json::Value::from(self.mantissa as i64)
        } else {
            serde_json::Value::from(self.to_string())
        }
    }
}

/// The exact sum.
impl std::ops::Add for Exact {
    type Output = Exact;
    fn add(self, other: Self) -> Self {
        let scale = self.scale.max(other.scale);
        Self { mantissa: self.rescaled(scale) + other.rescaled(scale), scale }.normalized()
    }
}

impl std::fmt::Display for Exact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let digits = self.mantissa.unsigned_abs().to_string();
        let width = self.scale as usize + 1;
        let padded = format!("{digits:0>width$}");
        let (int, frac) = padded.split_at(padded.len() - self.scale as usize);
        write!(f, "{}{int}.{frac}", if self.mantissa < 0 { "-" } else { "" })
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        self.rescaled(scale).cmp(&other.rescaled(scale))
    }
}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl serde::Serialize for Exact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(text: &str) -> Exact {
        Exact::parse(text).unwrap()
    }

    #[test]
    fn sums_and_medians_are_exact() {
        assert_eq!(Exact::sum(&[e("0.1"), e("0.2")]).to_string(), "0.3");
        assert_eq!(Exact::median(&[e("3"), e("1"), e("2")]), Some(e("2")));
        assert_eq!(Exact::median(&[e("3"), e("1"), e("2"), e("10")]).unwrap().to_string(), "2.5");
        assert_eq!(Exact::median(&[e("1"), e("2")]).unwrap().to_string(), "1.5");
        assert_eq!(Exact::median(&[]), None);
        assert_eq!(e("-0.05").to_string(), "-0.05");
        assert_eq!(Exact::sum(&[e("2147483647"), e("2147483647")]).to_string(), "4294967294");
        assert_eq!(e("12.50").json(), serde_json::json!("12.5"));
        assert_eq!(e("12").json(), serde_json::json!(12));
        assert_eq!(Exact::from_f64(1e-7).unwrap().to_string(), "0.0000001");
    }
}
